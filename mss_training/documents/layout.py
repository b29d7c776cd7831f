"""What every report page carries: its title, the as-of date, when and from which database
it was generated, and "page X of Y"."""

import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from mss_training.documents.fonts import (
    CANVAS_FONT,
    SANS,
    SANS_BOLD,
    PdfDescription,
    describe_pdf,
    register_fonts,
)
from mss_training.documents.scripts import Alignment, draw_text, needs_shaping, text_width
from mss_training.documents.wording import long_date, words

NAVY = HexColor("#1F3A5F")
GREY = HexColor("#555555")
LIGHT = HexColor("#E8EDF3")
MARGIN = 36.0
FRAME_PADDING = 6.0  # what a Platypus frame keeps inside each of its sides
# A compound word may break after its own hyphen: "Wanjiru-" / "Otieno".
HYPHEN_BREAK = re.compile(r"(?<=-)(?=[^-])")


def as_paragraph_text(text: str) -> str:
    """Text for a ReportLab Paragraph, which reads its text as markup: names, places and
    notes are text, never markup, so "<b>" and "&amp;" print as typed."""
    return escape(text)


def wrap_words(
    text: str, font: str, size: float, width: float, max_lines: int | None = None
) -> list[str]:
    """``text`` in lines no wider than ``width``, broken between words only (or after the
    hyphen of a compound such as Wanjiru-Otieno).

    A word wider than the whole line alone is broken, with a hyphen, where it must be.
    With ``max_lines``, what does not fit ends the last line at a word, with an ellipsis.
    """

    def fits(candidate: str) -> bool:
        return text_width(candidate, font, size) <= width

    lines: list[str] = []
    line = ""
    for word in text.split():
        pieces = HYPHEN_BREAK.split(word)
        for index, piece in enumerate(pieces):
            joiner = " " if index == 0 and line else ""
            if fits(line + joiner + piece):
                line += joiner + piece
                continue
            if line:
                lines.append(line)
            while not fits(piece):
                cut = len(piece) - 1
                while cut > 1 and not fits(piece[:cut] + "-"):
                    cut -= 1
                lines.append(piece[:cut] + "-")
                piece = piece[cut:]
            line = piece
    if line or not lines:
        lines.append(line)
    if max_lines is None or len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    last = kept[-1].split()
    while len(last) > 1 and not fits(" ".join(last) + "…"):
        last.pop()
    kept[-1] = " ".join(last) + "…"
    if not fits(kept[-1]):  # one word, too long for the line even alone: cut it
        while len(kept[-1]) > 1 and not fits(kept[-1]):
            kept[-1] = kept[-1][:-2] + "…"
    return kept


_ALIGNMENTS: dict[int, Alignment] = {0: "left", 1: "centre", 2: "right", 4: "left"}


class ScriptLines(Flowable):
    """Text of any script in lines, each drawn by ``draw_text``: Arabic joined, right to
    left and extracted in reading order, which a Paragraph (drawing each character as
    typed) gets wrong. Pieces start new lines (a bold family name, then the given names).
    """

    def __init__(self, pieces: Sequence[tuple[str, str]], style: ParagraphStyle) -> None:
        super().__init__()
        self.pieces = list(pieces)
        self.style = style
        self.lines: list[tuple[str, str]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        size = self.style.fontSize
        self.lines = [
            (line, font)
            for text, font in self.pieces
            for line in wrap_words(text, font, size, availWidth)
        ]
        self.width = availWidth
        self.height = len(self.lines) * self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        canvas.setFillColor(style.textColor)
        align = _ALIGNMENTS.get(style.alignment, "left")
        x = {"left": 0.0, "centre": self.width / 2, "right": self.width}[align]
        baseline = self.height - style.fontSize
        for line, font in self.lines:
            draw_text(canvas, line, x, baseline, font, style.fontSize, align)
            baseline -= style.leading


def script_paragraph(text: str, style: ParagraphStyle, width: float | None = None) -> Flowable:
    """``text`` as a report prints it: a Paragraph (broken between words to fit ``width``
    if given), or ``ScriptLines`` where a right-to-left script needs shaping."""
    if needs_shaping(text):
        return ScriptLines([(text, style.fontName)], style)
    lines = wrap_words(text, style.fontName, style.fontSize, width) if width else [text]
    return Paragraph("<br/>".join(as_paragraph_text(line) for line in lines), style)


CELL_PADDING = 12.0  # ReportLab's six points either side of a cell of report_table
CELL_FONT_SIZE = 8  # report_table's body font size


def fits_in_cell(text: str, width: float, font: str = SANS) -> bool:
    """Whether ``text`` fits on one line of a ``report_table`` cell ``width`` points wide,
    in ``font`` (the body's; the header's is bold).

    Such a cell can hold the plain string: a table draws it in a fraction of the time a
    Paragraph takes to parse, wrap and draw, and draws it as typed, never as markup. A
    transcript or a whole mission's report has thousands of cells.
    """
    return (
        "\n" not in text
        and not needs_shaping(text)
        and stringWidth(text, font, CELL_FONT_SIZE) <= width - CELL_PADDING
    )


@dataclass(frozen=True)
class ReportContext:
    """What every page of a report carries.

    The footer names the installation that issued the document (``author``), never the
    database file's path: every document goes to people. ``marking`` is a handling marking
    such as RESTRICTED, printed at the head and foot of every page.
    """

    title: str
    generated_at: dt.datetime
    as_of: dt.date | None = None
    # An identifier every page carries (a signed snapshot's fingerprint), or "".
    stamp: str = ""
    language: str = "en"
    marking: str = ""
    author: str = "MSS Training"  # the installation (its site's name)
    subject: str = ""

    def footer(self) -> str:
        table = words(self.language)
        parts = [self.stamp] if self.stamp else []
        if self.as_of:
            parts.append(table["as_of"].format(date=long_date(self.as_of, self.language)))
        when = f"{self.generated_at:%Y-%m-%d %H:%M}"
        parts.append(table["generated"].format(when=when))
        if self.author:
            parts.append(table["issued_by"].format(name=self.author))
        return " · ".join(parts)

    def page_label(self, number: int, total: int) -> str:
        return words(self.language)["page"].format(number=number, total=total)


class ReportCanvas(Canvas):
    """A canvas that writes the header and footer of every page once it knows the page count."""

    def __init__(self, *args: Any, context: ReportContext, **kwargs: Any) -> None:
        register_fonts()
        # Platypus passes its own initialFontName, None unless a document sets one.
        for key, value in CANVAS_FONT.items():
            if kwargs.get(key) is None:
                kwargs[key] = value
        super().__init__(*args, **kwargs)
        self.context = context
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            self._draw_furniture(number, total)
            super().showPage()
        # Last, over what a Platypus document template set ("(anonymous)", "untitled").
        context = self.context
        subject = context.subject or context.title
        describe_pdf(self, PdfDescription(context.title, context.author, subject, context.language))
        super().save()

    def _draw_furniture(self, number: int, total: int) -> None:
        width, height = self._pagesize
        self.saveState()
        self.setFillColor(NAVY)
        # A long scope ends at a word with an ellipsis, clear of "MSS Training".
        room = width - 2 * MARGIN - 70
        title = wrap_words(self.context.title, SANS_BOLD, 9, room, max_lines=1)[0]
        draw_text(self, title, MARGIN, height - 22, SANS_BOLD, 9)
        self.setFont(SANS, 7.5)
        self.drawRightString(width - MARGIN, height - 22, "MSS Training")
        if self.context.marking:
            self.setFont(SANS_BOLD, 9)
            self.drawCentredString(width / 2, height - 12, self.context.marking)
            self.drawCentredString(width / 2, 7, self.context.marking)
        self.setStrokeColor(LIGHT)
        self.line(MARGIN, height - 27, width - MARGIN, height - 27)
        self.setFillColor(GREY)
        self.setFont(SANS, 7)
        self.drawString(MARGIN, 18, self.context.footer())
        self.drawRightString(width - MARGIN, 18, self.context.page_label(number, total))
        self.restoreState()


def report_document(
    buffer: io.BytesIO, context: ReportContext, pagesize: tuple[float, float] = A4
) -> SimpleDocTemplate:
    """A report (A4 unless told) with room for the header and footer every page carries.

    Platypus pads its frame by six points: the side margins leave that out, so text and
    tables as wide as the page less ``MARGIN`` each side line up with the header and footer.
    """
    register_fonts()
    side = MARGIN - FRAME_PADDING
    return SimpleDocTemplate(
        buffer, pagesize=pagesize, leftMargin=side, rightMargin=side,
        topMargin=MARGIN + 10, bottomMargin=MARGIN, title=context.title,
    )  # fmt: skip


def report_styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """The heading, subheading and body text of a report."""
    return (
        ParagraphStyle("h", fontName=SANS_BOLD, fontSize=16, leading=20, textColor=NAVY),
        ParagraphStyle("s", fontName=SANS_BOLD, fontSize=11, leading=15, textColor=NAVY),
        ParagraphStyle("b", fontName=SANS, fontSize=9, leading=12, textColor=GREY),
    )


# A list split across pages keeps at least this many rows on each side of the break.
MIN_ROWS_AT_BREAK = 3


class ListTable(Table):
    """A table that never leaves a lone row or two at a page's foot or head: split, it
    keeps ``MIN_ROWS_AT_BREAK`` rows on each side, or moves whole to the next page."""

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        head = self.repeatRows
        first_rows = len(parts[0]._cellvalues) - head
        rest_rows = len(parts[1]._cellvalues) - head
        if first_rows < MIN_ROWS_AT_BREAK:
            return []
        if rest_rows >= MIN_ROWS_AT_BREAK:
            return parts
        moved = MIN_ROWS_AT_BREAK - rest_rows
        if first_rows - moved < MIN_ROWS_AT_BREAK:
            return []
        last = head + first_rows
        shorter = availHeight - sum(self._rowHeights[last - moved : last]) - 0.01
        return super().split(availWidth, shorter)


_HEADER_CELL = ParagraphStyle(
    "header cell", fontName=SANS_BOLD, fontSize=CELL_FONT_SIZE, leading=10
)


def _wrapped_headers(header: Sequence[object], widths: Sequence[float | None]) -> list[object]:
    """The header row, each text too wide for its column broken between words (a longer
    language's header, "Valable jusqu'au", must not run into the next column)."""
    cells: list[object] = []
    for cell, width in zip(header, widths, strict=False):
        too_wide = (
            isinstance(cell, str) and width is not None and not fits_in_cell(cell, width, SANS_BOLD)
        )
        cells.append(Paragraph(as_paragraph_text(str(cell)), _HEADER_CELL) if too_wide else cell)
    return [*cells, *header[len(cells) :]]


def _fitted_widths(header: Sequence[object], widths: Sequence[float | None]) -> list[float | None]:
    """``widths``, each column at least as wide as the longest word of its header (a word
    is never broken: "Agentes", not "Agent/es"), the room taken from the widest column."""
    fitted = list(widths)
    if not fitted or any(width is None for width in fitted):
        return fitted
    extra = 0.0
    for index, cell in enumerate(header[: len(fitted)]):
        width = fitted[index]
        if not isinstance(cell, str) or not cell.split() or width is None:
            continue
        needed = max(stringWidth(word, SANS_BOLD, 8) for word in cell.split()) + CELL_PADDING
        if width < needed:
            extra += needed - width
            fitted[index] = needed
    if extra:
        widest = max(range(len(fitted)), key=lambda i: fitted[i] or 0.0)
        fitted[widest] = (fitted[widest] or 0.0) - extra
    return fitted


def report_table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float | None],
    numbers_from: int,
    *,
    table_class: type[Table] = Table,
    total_row: bool = False,
) -> Table:
    """A table with a repeated header; columns from ``numbers_from`` on are right-aligned.

    ``table_class`` is how it splits across pages (``ListTable`` leaves no lone rows);
    with ``total_row`` the last row is a total, bold under a rule.
    """
    if rows:
        widths = _fitted_widths(rows[0], widths)
        rows = [_wrapped_headers(rows[0], widths), *rows[1:]]
    table = table_class(rows, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, 0), SANS_BOLD, 8),
        ("FONT", (0, 1), (-1, -1), SANS, CELL_FONT_SIZE),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, LIGHT),
        ("ALIGN", (numbers_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
    ]
    if total_row:
        style += [
            ("FONT", (0, -1), (-1, -1), SANS_BOLD, 8),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY),
        ]
    table.setStyle(TableStyle(style))
    return table
