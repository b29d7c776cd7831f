"""The certificate of completion: one A4 landscape page per certificate.

Drawing works from plain data only, so that a reprint of the stored data gives the very
same page, whatever has changed in the database since.

The page is laid out as a printer would: the blocks of the body (title, name, module,
dates) share the free height in equal gaps, so an English-only page has no hole where a
second language would go; the bottom band holds the authority, one or two signatures, the
QR code, the serial and the short code on one set of baselines.
"""

import datetime as dt
import hashlib
import io
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import segno
from babel.dates import format_date
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from mss_training.dates import last_valid_day
from mss_training.documents.fonts import (
    CANVAS_FONT,
    SANS,
    SANS_BOLD,
    SERIF,
    SERIF_BOLD,
    PdfDescription,
    describe_pdf,
    font_with_glyphs,
    register_fonts,
)
from mss_training.documents.scripts import draw_text, text_width

# certificate-3: "Valid until" the last valid day (M4); the page is otherwise certificate-2's.
TEMPLATE = "certificate-3"
PAGE = landscape(A4)
NAVY = HexColor("#1F3A5F")
GOLD = HexColor("#B08D3C")
GREY = HexColor("#555555")
BODY_WIDTH = PAGE[0] - 160
# The QR code's side and error correction, chosen by tests/test_certificate_print_scan.py:
# printed at 150 dpi, scanned at half that and blurred, the code decodes from 112 points
# up (it holds the short code only: 25 modules); 124 leaves a margin for worse printers.
QR_SIZE = 124.0
QR_ERROR = "m"
BAND_BASE = 70.0  # the lowest baseline of the bottom band
BAND_TOP = BAND_BASE + 22 + QR_SIZE + 8  # the body's blocks stay above this
# The short code's check: Crockford's base32, no I, L, O or U to misread.
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_LENGTH = 12

WORDS = {
    "en": {
        "mission": "Multinational Security Support Mission in Haiti · Gang Suppression Force",
        "title": "Certificate of Completion",
        "certify": "This is to certify that",
        "completed": "has successfully completed",
        "service_number": "Service number",
        "hours": "hours",
        "completed_on": "Completed on",
        "valid_until": "Valid until",
        "no_expiry": "Does not expire",
        "issued_at": "Issued at",
        "authority": "Mission Training Cell",
        "training_officer": "Training Officer",
        "verify": "Verify offline with MSS Training",
        "short_code": "Code",
    },
    "fr": {
        "mission": "Mission multinationale d'appui à la sécurité en Haïti · Force de répression "
        "des gangs",
        "title": "Certificat de réussite",
        "certify": "Nous certifions que",
        "completed": "a suivi avec succès",
        "service_number": "Matricule",
        "hours": "heures",
        "completed_on": "Terminé le",
        "valid_until": "Valable jusqu'au",
        "no_expiry": "Sans date d'expiration",
        "issued_at": "Délivré à",
        "authority": "Cellule de formation de la mission",
        "training_officer": "Officier de formation",
        "verify": "Vérification hors ligne avec MSS Training",
        "short_code": "Code",
    },
    "es": {
        "mission": "Misión Multinacional de Apoyo a la Seguridad en Haití · Fuerza de Supresión "
        "de Pandillas",
        "title": "Certificado de finalización",
        "certify": "Se certifica que",
        "completed": "ha completado satisfactoriamente",
        "service_number": "Número de placa",
        "hours": "horas",
        "completed_on": "Completado el",
        "valid_until": "Válido hasta el",
        "no_expiry": "No caduca",
        "issued_at": "Expedido en",
        "authority": "Célula de Formación de la Misión",
        "training_officer": "Oficial de formación",
        "verify": "Verificación sin conexión con MSS Training",
        "short_code": "Código",
    },
    "ht": {
        "mission": "Misyon miltinasyonal sipò sekirite an Ayiti · Fòs pou kraze gang yo",
        "title": "Sètifika fòmasyon",
        "certify": "Nou sètifye ke",
        "completed": "fin swiv avèk siksè",
        "service_number": "Matrikil",
        "hours": "èdtan",
        "completed_on": "Fini le",
        "valid_until": "Valab jiska",
        "no_expiry": "Pa janm ekspire",
        "issued_at": "Bay nan",
        "authority": "Selil fòmasyon misyon an",
        "training_officer": "Ofisye fòmasyon",
        "verify": "Verifye san entènèt avèk MSS Training",
        "short_code": "Kòd",
    },
}
LANGUAGES = tuple(WORDS)
# CLDR (and so Babel) has no Creole month names or date format; these are Haiti's own.
CREOLE_MONTHS = ("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm",
                 "oktòb", "novanm", "desanm")  # fmt: skip
# Babel's locale for each language: British English writes "17 October 2027".
LOCALES = {"en": "en_GB", "fr": "fr", "es": "es"}
# Certificates with codes of these formats printed "Valid until" and the first day the pass
# is no longer valid (its ``expires_on``, one day late); from M4 on, the last valid day. A
# page is drawn as its code's format printed it, so that older prints still verify.
FIRST_INVALID_DAY_CODES = ("M1.", "M2.", "M3.")


def long_date(day: dt.date, language: str) -> str:
    """A date written out in ``language``: 17 October 2027, 17 octobre 2027, 17 de octubre
    de 2027, 17 oktòb 2027."""
    if language == "ht":
        return f"{day.day} {CREOLE_MONTHS[day.month - 1]} {day.year}"
    return str(format_date(day, format="long", locale=LOCALES[language]))


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
    # In the certificate's second language (empty: the same as in English, or untranslated).
    contingent_translated: str = ""
    module_title_translated: str = ""
    second_signatory_name: str = ""
    second_signatory_title: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.family_name}"

    @property
    def valid_until(self) -> dt.date | None:
        """The day printed after "Valid until": the last valid day (``expires_on``, the
        first day no longer valid, on a certificate of a code before M4)."""
        if self.code.startswith(FIRST_INVALID_DAY_CODES):
            return self.expires_on
        return last_valid_day(self.expires_on)

    @property
    def short_code(self) -> str:
        """What a person reads over the phone: the serial and a check of the signed code."""
        return f"{self.serial} {short_check(self.code)}"


def short_check(code: str) -> str:
    """Twelve characters of Crockford base32 (60 bits) from a signed code, in three groups;
    an installation holding the certificate recomputes it from its record."""
    number = int.from_bytes(hashlib.sha256(code.encode("ascii")).digest()[:8], "big") >> 4
    letters = "".join(CROCKFORD[(number >> (5 * i)) & 31] for i in reversed(range(CHECK_LENGTH)))
    return "-".join(letters[i : i + 4] for i in range(0, CHECK_LENGTH, 4))


def _in(content: CertificateContent, key: str) -> list[str]:
    """A fixed phrase in English and, on a bilingual certificate, in its second language."""
    phrases = [WORDS["en"][key]]
    if content.language != "en" and WORDS[content.language][key] != phrases[0]:
        phrases.append(WORDS[content.language][key])
    return phrases


def _both(content: CertificateContent, key: str) -> str:
    return " / ".join(_in(content, key))


def _translated(content: CertificateContent, given: str, key: str) -> str:
    """Wording given at issue (authority, signatory's title) in both languages when it is
    the default wording, as given otherwise."""
    return _both(content, key) if given == WORDS["en"][key] else given


def _qr(canvas: Canvas, data: str, x: float, y: float, size: float) -> None:
    """The QR code as vector squares, crisp at any printer resolution."""
    # A fixed mask skips segno's scoring of all eight; any mask scans the same.
    matrix = segno.make(data, error=QR_ERROR, micro=False, mask=0).matrix
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


CODE_SIZE = 4.4  # the machine-readable code: legible under a loupe, not meant to be typed


def _code_lines(code: str, width: float) -> list[str]:
    """The signed code in as many lines as it needs at CODE_SIZE."""
    text = f"[{code}]"
    per_line = max(20, int(width / text_width("M", SANS, CODE_SIZE) * 1.45))
    while True:
        lines = [text[start : start + per_line] for start in range(0, len(text), per_line)]
        if all(text_width(line, SANS, CODE_SIZE) <= width for line in lines):
            return lines
        per_line -= 4


# A block of the body: its height in points and how to draw it from its top edge.
Block = tuple[float, Callable[[float], None]]


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

    blocks = _body_blocks(canvas, content)
    top, bottom = height - 56, BAND_TOP
    gap = (top - bottom - sum(block[0] for block in blocks)) / (len(blocks) + 1)
    y = top - gap
    for block_height, draw in blocks:
        draw(y)
        y -= block_height + gap
    _bottom_band(canvas, content)
    canvas.showPage()


def _lines_block(
    canvas: Canvas, lines: Sequence[tuple[str, str, float, object]], spacing: float = 1.25
) -> Block:
    """Centred lines (text, font, size, colour), one under the other: each line's baseline
    clears the line above by its descent, whatever their sizes."""
    steps = [size * 0.8 for _, _, size, _ in lines[:1]]
    for (_, _, above, _), (_, _, size, _) in itertools.pairwise(lines):
        steps.append(max(size * spacing, above * 0.3 + size * 1.05))
    total = sum(steps) + lines[-1][2] * 0.2

    def draw(top: float) -> None:
        baseline = top
        for step, (text, font, size, colour) in zip(steps, lines, strict=True):
            baseline -= step
            canvas.setFillColor(colour)
            draw_text(canvas, text, PAGE[0] / 2, baseline, font, size, "centre")

    return total, draw


def _body_blocks(canvas: Canvas, content: CertificateContent) -> list[Block]:
    second = content.language != "en"
    words = WORDS[content.language]
    mission = [(WORDS["en"]["mission"].upper(), SANS_BOLD, 9.0, NAVY)]
    if second:
        mission.append((words["mission"].upper(), SANS, 8.0, NAVY))
    title = [(WORDS["en"]["title"], SERIF_BOLD, 30.0, NAVY)]
    if second:
        title.append((words["title"], SERIF, 17.0, NAVY))
    module_font = font_with_glyphs(content.module_title, SERIF_BOLD, SANS_BOLD)
    module_lines, module_size = _lines_layout(content.module_title, module_font, 22.0, 17.0)
    name_lines, name_size, name_font = _name_layout(content.full_name, module_size)
    country = content.contingent
    if second and content.contingent_translated and content.contingent_translated != country:
        country = f"{country} / {content.contingent_translated}"
    details = " · ".join(
        part
        for part in (
            content.rank,
            f"{_both(content, 'service_number')} {content.service_number}",
            f"{country} · {content.contingent_code}",
        )
        if part
    )
    module = [(line, module_font, module_size, NAVY) for line in module_lines]
    if second and content.module_title_translated:
        translated = content.module_title_translated
        module.append(
            (translated, font_with_glyphs(translated, SERIF, SANS), module_size * 0.7, NAVY)
        )
    hours = f"{content.module_code} · {content.hours:g} {_both(content, 'hours')}"
    dates = [(_dates_line(content, "en"), SANS, 11.0, GREY)]
    if second:
        dates.append((_dates_line(content, content.language), SANS, 10.0, GREY))
    return [
        _lines_block(canvas, mission),
        _lines_block(canvas, title),
        _lines_block(canvas, [(_both(content, "certify"), SERIF, 12.0, GREY)]),
        _lines_block(canvas, [(line, name_font, name_size, "black") for line in name_lines], 1.15),
        _lines_block(canvas, [(details, SANS, _fitting(details, SANS, 11.0), "black")]),
        _lines_block(canvas, [(_both(content, "completed"), SERIF, 12.0, GREY)]),
        _lines_block(canvas, [*module, (hours, SANS, 10.5, "black")], 1.35),
        _lines_block(canvas, dates),
    ]


def _fitting(text: str, font: str, largest: float, smallest: float = 7.0) -> float:
    """The largest size, down to ``smallest``, at which ``text`` fits the body's width."""
    size = largest
    while size > smallest and text_width(text, font, size) > BODY_WIDTH:
        size -= 0.5
    return size


def _lines_layout(text: str, font: str, largest: float, smallest: float) -> tuple[list[str], float]:
    """``text`` on one line as large as fits down to ``smallest``; else wrapped at
    ``smallest`` between words (smaller only past three lines, every letter still shown)."""
    size = _fitting(text, font, largest, smallest=smallest)
    if text_width(text, font, size) <= BODY_WIDTH:
        return [text], size
    lines = _wrapped(text, font, size, BODY_WIDTH)
    while size > 8 and len(lines) > 3:
        size -= 0.5
        lines = _wrapped(text, font, size, BODY_WIDTH)
    return lines, size


def _name_layout(name: str, module_size: float) -> tuple[list[str], float, str]:
    """The name's lines, size and font: never smaller than the module's title until it
    must wrap."""
    font = font_with_glyphs(name, SERIF_BOLD, SANS_BOLD)
    lines, size = _lines_layout(name, font, 30.0, module_size)
    return lines, size, font


def _bottom_band(canvas: Canvas, content: CertificateContent) -> None:
    """The authority and the signatures on the left, the QR code with the serial and the
    short code under it on the right, their lowest lines on one baseline; the verify line
    and the machine-readable code under them all."""
    width = PAGE[0]
    left = 84.0
    rule = BAND_BASE + 26  # where signatures are signed
    canvas.setFillColor(NAVY)
    authority = _translated(content, content.issuing_authority, "authority")
    draw_text(canvas, authority, left, rule + 44, SANS_BOLD, 9.5)
    site = f"{_both(content, 'issued_at')} {content.issuing_site}"
    draw_text(canvas, site, left, rule + 32, SANS, 8.5)
    signatories = [(content.signatory_name, content.signatory_title)]
    if content.second_signatory_name:
        signatories.append((content.second_signatory_name, content.second_signatory_title))
    for index, (name, title) in enumerate(signatories):
        x = left + index * 230
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.8)
        canvas.line(x, rule, x + 200, rule)
        canvas.setFillColorRGB(0, 0, 0)
        draw_text(canvas, name, x, rule - 13, SANS_BOLD, 9.5)
        draw_text(canvas, _translated(content, title, "training_officer"), x, BAND_BASE, SANS, 8)

    qr_x = width - left - QR_SIZE
    _qr(canvas, content.short_code, qr_x, BAND_BASE + 22, QR_SIZE)
    middle = qr_x + QR_SIZE / 2
    canvas.setFillColorRGB(0, 0, 0)
    draw_text(canvas, content.serial, middle, BAND_BASE + 13, SANS_BOLD, 9.5, "centre")
    canvas.setFillColor(NAVY)
    short = f"{_both(content, 'short_code')} {short_check(content.code)}"
    draw_text(canvas, short, middle, BAND_BASE, SANS_BOLD, 10.5, "centre")

    canvas.setFillColor(GREY)
    verify = f"{_both(content, 'verify')}: {content.short_code}"
    draw_text(canvas, verify, left, 57, SANS, 6.5)
    # Up to three lines (the longest codes), all clear of the gold frame at 36 points.
    for index, line in enumerate(_code_lines(content.code, width - 2 * left)):
        draw_text(canvas, line, left, 50 - index * 4.9, SANS, CODE_SIZE)


def _wrapped(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` in lines no wider than ``width``, broken at spaces, and inside a word (a
    long hyphenated name) only where a word is wider than a line."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if text_width(candidate, font, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while text_width(word, font, size) > width:
            cut = len(word) - 1
            while cut > 1 and text_width(word[:cut], font, size) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    return [*lines, line] if line else lines


def _dates_line(content: CertificateContent, language: str) -> str:
    words = WORDS[language]
    parts = [f"{words['completed_on']} {long_date(content.completed_on, language)}"]
    if content.valid_until:
        parts.append(f"{words['valid_until']} {long_date(content.valid_until, language)}")
    else:
        parts.append(words["no_expiry"])
    return " · ".join(parts)


def certificates_pdf(contents: Sequence[CertificateContent], title: str) -> bytes:
    """The certificates as one PDF, the same bytes every time for the same contents; a
    single certificate's PDF is titled with its serial and module rather than ``title``."""
    register_fonts()
    buffer = io.BytesIO()
    # invariant: no creation time or random id in the file, so a reprint is identical.
    canvas = Canvas(buffer, pagesize=PAGE, invariant=True, pageCompression=1, **CANVAS_FONT)
    first = contents[0] if contents else None
    if first is not None and len(contents) == 1:
        title = f"Certificate {first.serial} · {first.module_code} · {first.full_name}"
    languages = sorted({content.language for content in contents} - {"en"})
    describe_pdf(
        canvas,
        PdfDescription(
            title=title,
            author=first.issuing_site if first is not None else "MSS Training",
            subject="Certificate of completion",
            language=", ".join(["en", *languages]),
        ),
    )
    for content in contents:
        draw_certificate(canvas, content)
    canvas.save()
    return buffer.getvalue()
