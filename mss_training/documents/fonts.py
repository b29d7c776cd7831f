"""The Unicode fonts every document uses, shipped in resources/fonts (DejaVu, free licence).

ReportLab's built-in fonts cannot print Dorélien, Núñez or Ũ; these can.
"""

import functools
from importlib import resources

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SANS = "MSS-Sans"
SANS_BOLD = "MSS-Sans-Bold"
SERIF = "MSS-Serif"
SERIF_BOLD = "MSS-Serif-Bold"
MONO = "Courier"  # verification codes are plain ASCII

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
}


@functools.cache
def register_fonts() -> None:
    """Register the fonts with ReportLab once per process."""
    folder = resources.files("mss_training.resources") / "fonts"
    for name, filename in _FILES.items():
        with resources.as_file(folder / filename) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))


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
