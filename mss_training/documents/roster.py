"""The completion roster: one row per officer, one narrow column per required module.

Drawn straight on the canvas, row by row, not as one platypus Table: a roster of 20,000
officers as a single Table takes ReportLab most of a minute to lay out. Rows grow to hold
a long name, rank or unit (wrapped between words, never cut); module columns are headed by
their codes when the codes fit across them, else by numbers with a key at each page's foot.
"""

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth

from mss_training.documents.fonts import SANS, SANS_BOLD
from mss_training.documents.layout import (
    GREY,
    LIGHT,
    MARGIN,
    NAVY,
    ReportCanvas,
    ReportContext,
    wrap_words,
)
from mss_training.documents.scripts import draw_text
from mss_training.documents.wording import number, words

PAGE = landscape(A4)
ROW_HEIGHT = 12.5
LINE_HEIGHT = 8.0
FONT_SIZE = 7.0
HEADER_HEIGHT = 24.0
CODE_SIZE = 6.0
KEY_SIZE = 6.5
# status -> (mark, cell colour)
MARKS: dict[str, tuple[str, Color]] = {
    "current": ("✓", HexColor("#CDEBD3")),
    "expiring": ("!", HexColor("#FBE3B5")),
    "expired": ("✗", HexColor("#F5C2C0")),
    "missing": ("–", HexColor("#F5C2C0")),
    "exempt": ("E", HexColor("#E4E4E4")),
}
OVERALL_STATUSES = ("ready", "expiring", "not_ready")
OVERALL_COLOURS = {
    "ready": HexColor("#1E7B34"),
    "expiring": HexColor("#9A6700"),
    "not_ready": HexColor("#B3261E"),
}


@dataclass(frozen=True)
class RosterRow:
    service_number: str
    name: str
    contingent: str
    unit: str
    statuses: dict[str, str]  # module code -> requirement status
    overall: str
    rank: str = ""


@dataclass(frozen=True)
class _Column:
    label: str
    width: float
    wraps: bool  # text columns that may take several lines; others are one line


def _one_line(text: str, width: float) -> tuple[str, float]:
    """A short value (a service number, a code) on one line: smaller type if need be."""
    size = FONT_SIZE
    while size > 5.5 and stringWidth(text, SANS, size) > width:
        size -= 0.5
    return text, size


def module_heads(modules: Sequence[str], width: float) -> list[str]:
    """What heads each module column: the codes, if every one fits across its column at a
    legible size, else 1, 2, 3… (the page's key names them)."""
    if all(stringWidth(code, SANS_BOLD, CODE_SIZE) <= width - 2 for code in modules):
        return list(modules)
    return [str(index) for index in range(1, len(modules) + 1)]


def totals_by_status(rows: Sequence[RosterRow]) -> dict[str, dict[str, int]]:
    """Officers per overall status, by contingent and for all ("" as the key)."""
    totals: dict[str, dict[str, int]] = {"": dict.fromkeys(OVERALL_STATUSES, 0)}
    for row in rows:
        for key in ("", row.contingent):
            counts = totals.setdefault(key, dict.fromkeys(OVERALL_STATUSES, 0))
            counts[row.overall] = counts.get(row.overall, 0) + 1
    return totals


def roster_pdf(
    rows: Sequence[RosterRow],
    modules: Sequence[str],
    context: ReportContext,
    titles: Mapping[str, str] | None = None,
) -> bytes:
    table = words(context.language)
    buffer = io.BytesIO()
    canvas = ReportCanvas(buffer, pagesize=PAGE, context=context, pageCompression=1)
    width, height = PAGE
    fixed = [
        _Column(table["service_number"], 58.0, False),
        _Column(table["name"], 150.0, True),
        _Column(table["rank"], 80.0, True),
        _Column(table["contingent_short"], 30.0, False),
        _Column(table["unit"], 90.0, True),
    ]
    overall_width = 56.0
    available = width - 2 * MARGIN - sum(column.width for column in fixed) - overall_width
    module_width = max(14.0, min(40.0, available / max(1, len(modules))))
    heads = module_heads(modules, module_width)
    numbered = heads != list(modules)
    key_lines: list[str] = []
    if numbered:
        entries = [
            f"{head} {code}" + (f" {titles[code]}" if titles and titles.get(code) else "")
            for head, code in zip(heads, modules, strict=True)
        ]
        key_lines = _packed(f"{table['roster.key']}:", entries, width - 2 * MARGIN)
    top = height - 40
    legend_y = 28.0
    bottom = legend_y + 14 + len(key_lines) * (KEY_SIZE + 2)

    def legend() -> None:
        canvas.setFont(SANS, 7)
        x = MARGIN
        for status, (mark, colour) in MARKS.items():
            canvas.setFillColor(colour)
            canvas.rect(x, legend_y, 9, 9, stroke=0, fill=1)
            canvas.setFillColorRGB(0, 0, 0)
            canvas.drawCentredString(x + 4.5, legend_y + 2, mark)
            canvas.drawString(x + 12, legend_y + 2, table[f"status.{status}"])
            x += 24 + stringWidth(table[f"status.{status}"], SANS, 7)
        canvas.drawString(x, legend_y + 2, table["roster.not_required"])
        canvas.setFont(SANS, KEY_SIZE)
        y = legend_y + 14
        for line in reversed(key_lines):
            canvas.drawString(MARGIN, y, line)
            y += KEY_SIZE + 2

    def header() -> float:
        canvas.setFillColor(LIGHT)
        canvas.rect(
            MARGIN, top - HEADER_HEIGHT, width - 2 * MARGIN, HEADER_HEIGHT, stroke=0, fill=1
        )
        canvas.setFillColor(NAVY)
        canvas.setFont(SANS_BOLD, 7.5)
        x = MARGIN + 3
        for column in fixed:  # a long head takes two lines rather than run into the next
            lines = wrap_words(column.label, SANS_BOLD, 7.5, column.width - 6, max_lines=2)
            for index, line in enumerate(reversed(lines)):
                canvas.drawString(x, top - HEADER_HEIGHT + 7 + index * 8, line)
            x += column.width
        canvas.setFont(SANS_BOLD, CODE_SIZE if not numbered else 7)
        for head in heads:
            canvas.drawCentredString(x + module_width / 2, top - HEADER_HEIGHT + 7, head)
            x += module_width
        canvas.setFont(SANS_BOLD, 7.5)
        canvas.drawString(x + 3, top - HEADER_HEIGHT + 7, table["roster.overall"])
        return top - HEADER_HEIGHT

    def cells(row: RosterRow) -> list[list[str]]:
        values = (row.service_number, row.name, row.rank, row.contingent, row.unit)
        return [
            wrap_words(value, SANS, FONT_SIZE, column.width - 6) if column.wraps else [value]
            for value, column in zip(values, fixed, strict=True)
        ]

    def draw_row(
        row: RosterRow, lined: list[list[str]], y: float, row_height: float, shaded: bool
    ) -> None:
        if shaded:
            canvas.setFillColor(HexColor("#F7F8FA"))
            canvas.rect(MARGIN, y, width - 2 * MARGIN, row_height, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        first_line = y + row_height - 9
        x = MARGIN + 3
        for lines, column in zip(lined, fixed, strict=True):
            for index, line in enumerate(lines):
                text, size = (
                    (line, FONT_SIZE) if column.wraps else _one_line(line, column.width - 6)
                )
                draw_text(canvas, text, x, first_line - index * LINE_HEIGHT, SANS, size)
            x += column.width
        canvas.setFont(SANS, FONT_SIZE)
        for code in modules:
            status = row.statuses.get(code)
            if status:
                mark, colour = MARKS[status]
                canvas.setFillColor(colour)
                canvas.rect(x + 1, y + 1, module_width - 2, row_height - 2, stroke=0, fill=1)
                canvas.setFillColorRGB(0, 0, 0)
                canvas.drawCentredString(x + module_width / 2, first_line, mark)
            x += module_width
        canvas.setFillColor(OVERALL_COLOURS.get(row.overall, GREY))
        canvas.setFont(SANS_BOLD, 7)
        label = table.get(f"overall.{row.overall}", row.overall)
        canvas.drawString(x + 3, first_line, label)

    def row_height(lined: list[list[str]]) -> float:
        lines = max(len(lines) for lines in lined)
        return max(ROW_HEIGHT, lines * LINE_HEIGHT + 4.5)

    y = header()
    if not rows:
        canvas.setFont(SANS, 10)
        canvas.drawString(MARGIN, y - 20, table["roster.none"])
        y -= 30
    for index, row in enumerate(rows):
        lined = cells(row)  # wrapped once: the row's height and its drawing both need it
        needed = row_height(lined)
        if y - needed < bottom:
            legend()
            canvas.showPage()
            y = header()
        y -= needed
        draw_row(row, lined, y, needed, bool(index % 2))
    totals = _totals_lines(rows, table, context.language)
    if y - 12 * (len(totals) + 1) < bottom:
        legend()
        canvas.showPage()
        y = top
    y -= 16
    for bold, line in totals:
        canvas.setFillColor(NAVY)
        canvas.setFont(SANS_BOLD if bold else SANS, 8)
        canvas.drawString(MARGIN + 3, y, line)
        y -= 11
    legend()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _packed(label: str, entries: Sequence[str], width: float) -> list[str]:
    """Key entries run on in lines, a line never breaking inside an entry."""
    lines = [label]
    for entry in entries:
        candidate = f"{lines[-1]}  {entry}" if lines[-1] else entry
        if stringWidth(candidate, SANS, KEY_SIZE) <= width or not lines[-1]:
            lines[-1] = candidate
        else:
            lines.append(entry)
    return lines


def _totals_lines(
    rows: Sequence[RosterRow], table: Mapping[str, str], language: str
) -> list[tuple[bool, str]]:
    """The totals by status: the whole roster's first, then each contingent's."""
    totals = totals_by_status(rows)

    def line(label: str, counts: Mapping[str, int]) -> str:
        count = sum(counts.values())
        noun = table["roster.officer" if count == 1 else "roster.officers"]
        parts = [f"{number(count, language)} {noun}"]
        parts += [
            f"{table[f'overall.{status}']} {number(counts[status], language)}"
            for status in OVERALL_STATUSES
        ]
        return f"{label}: " + " · ".join(parts)

    lines = [(True, line(table["roster.totals"], totals[""]))]
    contingents = sorted(key for key in totals if key)
    if len(contingents) > 1:
        lines += [(False, line(code, totals[code])) for code in contingents]
    return lines
