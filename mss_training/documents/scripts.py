"""Text of any script, drawn right: Arabic joined and right to left, and extracted in the
order it is read.

A PDF page holds glyphs, not words: ReportLab draws a string's characters left to right,
one glyph each, so Arabic would print unjoined and backwards. Here the text is shaped
(arabic-reshaper picks each letter's joined form) and put in the order it is seen
(python-bidi, the Unicode bidirectional algorithm). Mixed-script text is drawn in that
order inside a marked-content span whose ActualText is the text as typed: copying,
searching and screen readers get the logical text, while the page shows the shaped one.
A name wholly in a
right-to-left script is drawn glyph by glyph in reading order instead, each glyph placed
leftwards: poppler, pdf.js and Acrobat then extract it in reading order (as joined forms,
which NFKC folds back to letters); poppler reverses ActualText spans, so those are kept for
mixed-script text. Every document draws
names and titles through ``draw_text`` so that every document gets this right alike.
"""

import functools
import unicodedata
from typing import Literal

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

Alignment = Literal["left", "centre", "right"]
# The letters' joined forms only: a ligature such as ﷲ for "الله" is missing from most fonts.
_RESHAPER = arabic_reshaper.ArabicReshaper(
    configuration={"delete_harakat": False, "support_ligatures": False}
)


@functools.lru_cache(maxsize=4096)
def needs_shaping(text: str) -> bool:
    """Whether ``text`` has right-to-left letters (Arabic, Hebrew, Syriac, Thaana...)."""
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


@functools.lru_cache(maxsize=4096)
def visual_text(text: str) -> str:
    """``text`` as a page shows it, left to right: unchanged for left-to-right scripts;
    joined forms in visual order for Arabic, and words of a right-to-left name ordered as
    read (the given name rightmost)."""
    if not needs_shaping(text):
        return text
    return str(get_display(_RESHAPER.reshape(text)))


def text_width(text: str, font: str, size: float) -> float:
    """How wide ``text`` prints, shaped."""
    return float(stringWidth(visual_text(text), font, size))


def draw_text(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    font: str,
    size: float,
    align: Alignment = "left",
) -> None:
    """Draw ``text`` at ``x`` (its left, centre or right) on the baseline ``y``."""
    shown = visual_text(text)
    canvas.setFont(font, size)
    draw = {
        "left": canvas.drawString,
        "centre": canvas.drawCentredString,
        "right": canvas.drawRightString,
    }[align]
    if shown == text:
        draw(x, y, text)
        return
    width = float(stringWidth(shown, font, size))
    left = {"left": x, "centre": x - width / 2, "right": x - width}[align]
    if not any(unicodedata.bidirectional(char) == "L" for char in text):
        _right_to_left(canvas, shown, left + width, y, font, size)
        return
    # Mixed scripts: glyphs in visual order, and the text as typed for readers that take it.
    canvas._code.append(f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex()}>>> BDC")
    canvas.drawString(left, y, shown)
    canvas._code.append("EMC")


def _right_to_left(
    canvas: Canvas, shown: str, right: float, y: float, font: str, size: float
) -> None:
    """Glyphs drawn in reading order, each placed leftwards from ``right``: the page looks
    the same as drawing ``shown`` left to right, but the content holds the text in the
    order it is read, so extraction, search and verification read it as typed."""
    text = canvas.beginText()
    text.setFont(font, size)
    pen = right
    for glyph in reversed(shown):
        pen -= float(stringWidth(glyph, font, size))
        text.setTextOrigin(pen, y)
        text.textOut(glyph)
    canvas.drawText(text)
