"""What every report page carries: its title, the as-of date, when and from which database
it was generated, and "page X of Y"."""

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from mss_training.documents.fonts import SANS, SANS_BOLD, register_fonts

NAVY = HexColor("#1F3A5F")
GREY = HexColor("#555555")
LIGHT = HexColor("#E8EDF3")
MARGIN = 36.0


def as_paragraph_text(text: str) -> str:
    """Text for a ReportLab Paragraph, which reads its text as markup: names, places and
    notes are text, never markup, so "<b>" and "&amp;" print as typed."""
    return escape(text)


@dataclass(frozen=True)
class ReportContext:
    title: str
    database: str
    generated_at: dt.datetime
    as_of: dt.date | None = None
    # An identifier every page carries (a signed snapshot's fingerprint), or "".
    stamp: str = ""

    def footer(self) -> str:
        parts = [self.stamp] if self.stamp else []
        if self.as_of:
            parts.append(f"As of {self.as_of:%d %B %Y}")
        parts.append(f"Generated {self.generated_at:%Y-%m-%d %H:%M} UTC")
        parts.append(f"Database: {self.database}")
        return " · ".join(parts)


class ReportCanvas(Canvas):
    """A canvas that writes the header and footer of every page once it knows the page count."""

    def __init__(self, *args: Any, context: ReportContext, **kwargs: Any) -> None:
        register_fonts()
        super().__init__(*args, **kwargs)
        self.context = context
        self._saved_pages: list[dict[str, Any]] = []
        self.setTitle(context.title)
        self.setAuthor("MSS Training")
        self.setCreator("MSS Training")

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            self._draw_furniture(number, total)
            super().showPage()
        super().save()

    def _draw_furniture(self, number: int, total: int) -> None:
        width, height = self._pagesize
        self.saveState()
        self.setFillColor(NAVY)
        self.setFont(SANS_BOLD, 9)
        self.drawString(MARGIN, height - 22, self.context.title)
        self.setFont(SANS, 7.5)
        self.drawRightString(width - MARGIN, height - 22, "MSS Training")
        self.setStrokeColor(LIGHT)
        self.line(MARGIN, height - 27, width - MARGIN, height - 27)
        self.setFillColor(GREY)
        self.setFont(SANS, 7)
        self.drawString(MARGIN, 18, self.context.footer())
        self.drawRightString(width - MARGIN, 18, f"Page {number} of {total}")
        self.restoreState()


def report_document(buffer: io.BytesIO, context: ReportContext) -> SimpleDocTemplate:
    """An A4 report with room for the header and footer every page carries."""
    register_fonts()
    return SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + 10,
        bottomMargin=MARGIN, title=context.title,
    )  # fmt: skip


def report_styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """The heading, subheading and body text of a report."""
    return (
        ParagraphStyle("h", fontName=SANS_BOLD, fontSize=16, leading=20, textColor=NAVY),
        ParagraphStyle("s", fontName=SANS_BOLD, fontSize=11, leading=15, textColor=NAVY),
        ParagraphStyle("b", fontName=SANS, fontSize=9, leading=12, textColor=GREY),
    )


def report_table(
    rows: Sequence[Sequence[object]], widths: Sequence[float | None], numbers_from: int
) -> Table:
    """A table with a repeated header; columns from ``numbers_from`` on are right-aligned."""
    table = Table(rows, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), SANS_BOLD, 8),
                ("FONT", (0, 1), (-1, -1), SANS, 8),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, LIGHT),
                ("ALIGN", (numbers_from, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table
