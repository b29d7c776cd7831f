"""What every report page carries: its title, the as-of date, when and from which database
it was generated, and "page X of Y"."""

import datetime as dt
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from mss_training.documents.fonts import (
    CANVAS_FONT,
    SANS,
    SANS_BOLD,
    PdfDescription,
    describe_pdf,
    register_fonts,
)

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
    author: str = "MSS Training"  # the installation (its site's name)
    subject: str = ""
    language: str = "en"

    def footer(self) -> str:
        parts = []
        if self.as_of:
            parts.append(f"As of {self.as_of:%d %B %Y}")
        parts.append(f"Generated {self.generated_at:%Y-%m-%d %H:%M} UTC")
        parts.append(f"Database: {self.database}")
        return " · ".join(parts)


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
