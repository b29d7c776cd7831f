"""The certificate of completion: one A4 landscape page per certificate.

Drawing works from plain data only, so that a reprint of the stored data gives the very
same page, whatever has changed in the database since.
"""

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

import segno
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from mss_training.documents.fonts import (
    MONO,
    SANS,
    SANS_BOLD,
    SERIF,
    SERIF_BOLD,
    fit_font_size,
    font_with_glyphs,
    register_fonts,
)

TEMPLATE = "certificate-1"
PAGE = landscape(A4)
NAVY = HexColor("#1F3A5F")
GOLD = HexColor("#B08D3C")
GREY = HexColor("#555555")
# Where a wrapped name may go: from 30 points above a one-line name's baseline, 42 down.
NAME_TOP = 30.0
NAME_HEIGHT = 42.0
MISSION = "Multinational Security Support Mission in Haiti · Gang Suppression Force"

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
}
WORDS = {
    "en": {
        "title": "Certificate of Completion",
        "certify": "This is to certify that",
        "completed": "has successfully completed",
        "service_number": "Service number",
        "hours": "hours",
        "completed_on": "Completed on",
        "valid_until": "Valid until",
        "no_expiry": "Does not expire",
        "verify": "Verify offline with MSS Training",
    },
    "fr": {
        "title": "Certificat de réussite",
        "certify": "Nous certifions que",
        "completed": "a suivi avec succès",
        "service_number": "Matricule",
        "hours": "heures",
        "completed_on": "Terminé le",
        "valid_until": "Valable jusqu'au",
        "no_expiry": "Sans date d'expiration",
        "verify": "Vérification hors ligne avec MSS Training",
    },
    "es": {
        "title": "Certificado de finalización",
        "certify": "Se certifica que",
        "completed": "ha completado satisfactoriamente",
        "service_number": "Número de placa",
        "hours": "horas",
        "completed_on": "Completado el",
        "valid_until": "Válido hasta",
        "no_expiry": "No caduca",
        "verify": "Verificación sin conexión con MSS Training",
    },
}
LANGUAGES = tuple(WORDS)


def long_date(day: dt.date, language: str) -> str:
    month = MONTHS[language].split()[day.month - 1]
    if language == "es":
        return f"{day.day} de {month} de {day.year}"
    return f"{day.day} {month} {day.year}"


@dataclass(frozen=True)
class CertificateContent:
    """Everything printed on a certificate, as issued."""

    serial: str
    family_name: str
    given_names: str
    service_number: str
    rank: str
    contingent: str  # the country's name
    contingent_code: str
    module_code: str
    module_title: str
    hours: float
    completed_on: dt.date
    expires_on: dt.date | None
    issuing_authority: str
    issuing_site: str
    signatory_name: str
    signatory_title: str
    language: str
    code: str

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.family_name}"


def _bilingual(content: CertificateContent, key: str) -> str:
    """English, then " / " and the certificate's second language when it has one."""
    if content.language == "en":
        return WORDS["en"][key]
    return f"{WORDS['en'][key]} / {WORDS[content.language][key]}"


def _centred(canvas: Canvas, text: str, y: float, font: str, size: float) -> None:
    canvas.setFont(font, size)
    canvas.drawCentredString(PAGE[0] / 2, y, text)


def _qr(canvas: Canvas, data: str, x: float, y: float, size: float) -> None:
    """The QR code as vector squares, crisp at any printer resolution."""
    # A fixed mask skips segno's scoring of all eight; any mask scans the same.
    matrix = segno.make(data, error="m", micro=False, mask=0).matrix
    count = len(matrix) + 8  # a quiet zone of four modules each side
    module = size / count
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + 5) * module
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            # One rectangle per run of dark modules, not one per module.
            canvas.rect(
                x + (start + 4) * module, top, (column - start) * module, module, stroke=0, fill=1
            )


CODE_LINES = 4  # the most lines of code that fit above the frame
CODE_WIDTH = 118  # characters on a line of code, in 5.6-point type
WIDEST_CODE = 165  # characters that fit on a line before the QR code


def _code_lines(code: str) -> tuple[list[str], float]:
    """The printed code in lines, and its type size: a long code (a long name or title)
    takes longer lines in smaller type rather than more lines than fit."""
    text = f"[{code}]"
    width = max(CODE_WIDTH, -(-len(text) // CODE_LINES))
    size = 5.6 * min(1.0, WIDEST_CODE / width)
    return [text[start : start + width] for start in range(0, len(text), width)], size


def draw_certificate(canvas: Canvas, content: CertificateContent) -> None:
    """Draw one certificate on the current page of ``canvas`` and end the page."""
    register_fonts()
    width, height = PAGE
    canvas.setStrokeColor(NAVY)
    canvas.setLineWidth(6)
    canvas.rect(24, 24, width - 48, height - 48)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(1.2)
    canvas.rect(36, 36, width - 72, height - 72)

    canvas.setFillColor(NAVY)
    _centred(canvas, MISSION.upper(), height - 72, SANS_BOLD, 9.5)
    _centred(canvas, WORDS["en"]["title"], height - 118, SERIF_BOLD, 32)
    y = height - 142
    if content.language != "en":
        _centred(canvas, WORDS[content.language]["title"], y, SERIF, 16)
    canvas.setFillColor(GREY)
    _centred(canvas, _bilingual(content, "certify"), y - 32, SERIF, 12)

    canvas.setFillColorRGB(0, 0, 0)
    _name(canvas, content.full_name, y - 72, width - 160)
    number_word = _bilingual(content, "service_number")
    details = " · ".join(
        part
        for part in (
            content.rank,
            f"{number_word} {content.service_number}",
            f"{content.contingent} ({content.contingent_code})",
        )
        if part
    )
    _centred(canvas, details, y - 96, SANS, fit_font_size(details, SANS, 11.5, width - 160))

    canvas.setFillColor(GREY)
    _centred(canvas, _bilingual(content, "completed"), y - 128, SERIF, 12)
    canvas.setFillColor(NAVY)
    title_font = font_with_glyphs(content.module_title, SERIF_BOLD, SANS_BOLD)
    title_size = fit_font_size(content.module_title, title_font, 22, width - 160)
    _centred(canvas, content.module_title, y - 160, title_font, title_size)
    canvas.setFillColorRGB(0, 0, 0)
    hours = f"{content.hours:g} {WORDS['en']['hours']}"
    _centred(canvas, f"{content.module_code} · {hours}", y - 180, SANS, 11)

    dates = _dates_line(content, "en")
    _centred(canvas, dates, y - 206, SANS, 11)
    if content.language != "en":
        canvas.setFillColor(GREY)
        _centred(canvas, _dates_line(content, content.language), y - 221, SANS, 10)

    _signature(canvas, content, 84, 118)
    canvas.setFillColor(NAVY)
    canvas.setFont(SANS_BOLD, 9)
    canvas.drawCentredString(width / 2, 168, content.issuing_authority)
    canvas.setFont(SANS, 8.5)
    canvas.drawCentredString(width / 2, 155, f"Issued at {content.issuing_site}")

    qr_size = 92
    _qr(canvas, content.code, width - 84 - qr_size, 78, qr_size)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(SANS_BOLD, 9)
    canvas.drawCentredString(width - 84 - qr_size / 2, 66, content.serial)

    canvas.setFillColor(GREY)
    canvas.setFont(SANS, 6.5)
    canvas.drawString(84, 66, _bilingual(content, "verify") + ":")
    lines, size = _code_lines(content.code)
    canvas.setFont(MONO, size)
    for index, line in enumerate(lines):
        canvas.drawString(84, 58 - index * 6.4, line)
    canvas.showPage()


def _wrapped(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` in lines no wider than ``width``, broken at spaces, and inside a word (a
    long hyphenated name) only where a word is wider than a line."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if stringWidth(candidate, font, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while stringWidth(word, font, size) > width:
            cut = len(word) - 1
            while cut > 1 and stringWidth(word[:cut], font, size) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    return [*lines, line] if line else lines


def _name(canvas: Canvas, name: str, baseline: float, width: float) -> None:
    """The officer's name on one line, as large as fits; a name too long for one line even
    in small type (up to 400 characters) is wrapped, every letter shown, between the lines
    above and below it."""
    font = font_with_glyphs(name, SERIF_BOLD, SANS_BOLD)
    size = fit_font_size(name, font, 30, width)
    if stringWidth(name, font, size) <= width:
        _centred(canvas, name, baseline, font, size)
        return
    size = 14.0
    lines = _wrapped(name, font, size, width)
    while size > 5 and len(lines) * size * 1.15 > NAME_HEIGHT:
        size -= 0.5
        lines = _wrapped(name, font, size, width)
    first = baseline + NAME_TOP - size
    for index, line in enumerate(lines):
        _centred(canvas, line, first - index * size * 1.15, font, size)


def _dates_line(content: CertificateContent, language: str) -> str:
    words = WORDS[language]
    parts = [f"{words['completed_on']} {long_date(content.completed_on, language)}"]
    if content.expires_on:
        parts.append(f"{words['valid_until']} {long_date(content.expires_on, language)}")
    else:
        parts.append(words["no_expiry"])
    return " · ".join(parts)


def _signature(canvas: Canvas, content: CertificateContent, x: float, y: float) -> None:
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.8)
    canvas.line(x, y, x + 210, y)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(SANS_BOLD, 9.5)
    canvas.drawString(x, y - 13, content.signatory_name)
    canvas.setFont(SANS, 8.5)
    canvas.drawString(x, y - 25, content.signatory_title)


def certificates_pdf(contents: Sequence[CertificateContent], title: str) -> bytes:
    """The certificates as one PDF, the same bytes every time for the same contents."""
    buffer = io.BytesIO()
    # invariant: no creation time or random id in the file, so a reprint is identical.
    canvas = Canvas(buffer, pagesize=PAGE, invariant=True, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor("MSS Training")
    canvas.setCreator("MSS Training")
    for content in contents:
        draw_certificate(canvas, content)
    canvas.save()
    return buffer.getvalue()
