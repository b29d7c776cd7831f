"""The Unicode fonts every document uses, shipped in resources/fonts (DejaVu, free licence),
and what every PDF says about itself.

ReportLab's built-in fonts cannot print Dorélien, Núñez or Ũ; these can. They are also the
only fonts a PDF of ours uses, all embedded: ReportLab's default Helvetica is never named,
so a page prints the same on any printer.
"""

import functools
import hashlib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from reportlab.graphics import shapes
from reportlab.lib import styles
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.pdfdoc import PDFString
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import tables

SANS = "MSS-Sans"
SANS_BOLD = "MSS-Sans-Bold"
SERIF = "MSS-Serif"
SERIF_BOLD = "MSS-Serif-Bold"

# ReportLab's own defaults (a table cell's font, a paragraph style's Helvetica, a chart's
# Times) are not embedded: every document made in this program defaults to ours.
shapes.STATE_DEFAULTS["fontName"] = SANS
tables.CellStyle.fontname = SANS
styles.ParagraphStyle.defaults["fontName"] = SANS
styles.ParagraphStyle.defaults["bulletFontName"] = SANS

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
}


def _subset_tag(font: str, subset: int) -> str:
    """Six capital letters naming one subset of one font: the same in every reprint, and
    different for each font and subset (ReportLab tags every font's first subset AAAAAA)."""
    digest = hashlib.sha256(f"{font}/{subset}".encode()).digest()
    return "".join(chr(ord("A") + byte % 26) for byte in digest[:6])


class _TaggedFont(TTFont):
    """A TrueType font whose embedded subsets carry their own tags."""

    def addObjects(self, doc: Any) -> None:  # noqa: N802 - ReportLab's name
        numbered = ttfonts.SUBSETN
        ttfonts.SUBSETN = lambda n, *_: _subset_tag(self.fontName, n).encode("ascii")
        try:
            super().addObjects(doc)
        finally:
            ttfonts.SUBSETN = numbered


@functools.cache
def register_fonts() -> None:
    """Register the fonts with ReportLab once per process."""
    folder = resources.files("mss_training.resources") / "fonts"
    for name, filename in _FILES.items():
        with resources.as_file(folder / filename) as path:
            pdfmetrics.registerFont(_TaggedFont(name, str(path)))


@dataclass(frozen=True)
class PdfDescription:
    """What a PDF says about itself in its document information and catalogue."""

    title: str
    author: str  # the installation that made it
    subject: str
    language: str = "en"  # a BCP 47 tag: en, fr, es, ht, or "en, fr" for a bilingual page


# For Canvas(...) and SimpleDocTemplate(...): the page starts in an embedded font.
CANVAS_FONT = {"initialFontName": SANS, "initialFontSize": 10}


def describe_pdf(canvas: Canvas, description: PdfDescription) -> None:
    """Title, author, subject and language of the PDF ``canvas`` writes."""
    register_fonts()
    canvas.setTitle(description.title)
    canvas.setAuthor(description.author)
    canvas.setSubject(description.subject)
    canvas.setCreator("MSS Training")
    # ReportLab takes the language only when the canvas is made; the catalogue holds it.
    canvas._doc.Catalog.Lang = PDFString(description.language.split(",")[0].strip())


def font_with_glyphs(text: str, font: str, fallback: str) -> str:
    """``font``, or ``fallback`` when ``font`` cannot draw some letter of ``text``: DejaVu
    Serif has no Arabic or Hebrew, which DejaVu Sans has, so such a name would print blank."""
    register_fonts()
    glyphs = pdfmetrics.getFont(font).face.charToGlyph
    if all(ord(char) in glyphs for char in text if char.isprintable()):
        return font
    return fallback


def fit_font_size(text: str, font: str, largest: float, width: float, smallest: float = 8) -> float:
    """The largest size, down to ``smallest``, at which ``text`` fits in ``width`` points."""
    size = largest
    while size > smallest and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 0.5
    return size
