"""The sign-in sheet a training officer prints before a session: one row per expected
attendee, a signature column per day, and blank rows for those who walk in.

Rows grow to fit what they hold: names and ranks are broken between words by
``wrap_words`` (a word wider than its cell alone is hyphenated), so nothing runs over a
rule whatever its length.
"""

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from mss_training.documents.fonts import SANS, SANS_BOLD, register_fonts
from mss_training.documents.layout import (
    GREY,
    LIGHT,
    MARGIN,
    NAVY,
    ReportCanvas,
    ReportContext,
    ScriptLines,
    as_paragraph_text,
    report_document,
    script_paragraph,
    wrap_words,
)
from mss_training.documents.scripts import needs_shaping
from mss_training.documents.wording import document_language, long_date, short_date, words

ROW_FONT_SIZE = 9.0
ROW_LEADING = 11.5
# A one-line row is 26 points high: room for a signature; longer names make it taller.
ROW_PADDING = 7.25
CELL_SIDE_PADDING = 4.0
# Portrait fits two days' signatures beside the names; longer sessions print landscape.
PORTRAIT_DAYS = 2


@dataclass(frozen=True)
class Attendee:
    service_number: str
    family_name: str
    given_names: str
    rank: str
    contingent: str


@dataclass(frozen=True)
class SignInSheet:
    module_code: str
    module_title: str
    starts_on: dt.date
    ends_on: dt.date
    location: str
    instructors: str
    language: str  # the session's language code: the sheet is printed in it
    attendees: Sequence[Attendee]
    reference: str = ""  # the recorded session's reference; empty for a planned one


def session_days(sheet: SignInSheet) -> list[dt.date]:
    """Each day of the session, first to last (one signature column each)."""
    count = max(1, (sheet.ends_on - sheet.starts_on).days + 1)
    return [sheet.starts_on + dt.timedelta(days=offset) for offset in range(count)]


def walk_in_rows(expected: int) -> int:
    """Blank rows for attendees not on the list: about one in ten, at least four."""
    return min(12, max(4, expected // 10))


def _name_markup(attendee: Attendee, width: float) -> str:
    """The family name in bold capitals then the given names, broken between words."""
    family = attendee.family_name.upper()
    text = f"{family}, {attendee.given_names}"
    bold_end = len(family) + 1  # the family name and its comma print bold
    marked: list[str] = []
    position = 0  # where each line starts in ``text``
    for line in wrap_words(text, SANS_BOLD, ROW_FONT_SIZE, width):
        added_hyphen = (
            line.endswith("-") and text[position + len(line) - 1 : position + len(line)] != "-"
        )
        consumed = len(line) - added_hyphen
        bold = max(0, min(bold_end - position, consumed))
        piece = ""
        if bold:
            piece = f'<font name="{SANS_BOLD}">{as_paragraph_text(line[:bold])}</font>'
        marked.append(piece + as_paragraph_text(line[bold:]))
        position += consumed
        while position < len(text) and text[position].isspace():
            position += 1
    return "<br/>".join(marked)


def _name_cell(attendee: Attendee, width: float, style: ParagraphStyle) -> Flowable:
    """The name's cell; a right-to-left name shaped, its family name on its own lines."""
    family = attendee.family_name.upper()
    if needs_shaping(f"{family} {attendee.given_names}"):
        return ScriptLines([(f"{family},", SANS_BOLD), (attendee.given_names, SANS)], style)
    return Paragraph(_name_markup(attendee, width), style)


def _dates_text(sheet: SignInSheet, language: str) -> str:
    first = long_date(sheet.starts_on, language)
    if sheet.ends_on == sheet.starts_on:
        return first
    return f"{first} – {long_date(sheet.ends_on, language)}"


def sign_in_pdf(sheet: SignInSheet, context: ReportContext) -> bytes:
    register_fonts()
    language = document_language(context.language)
    table = words(language)
    days = session_days(sheet)
    pagesize = A4 if len(days) <= PORTRAIT_DAYS else landscape(A4)
    buffer = io.BytesIO()
    document = report_document(buffer, context, pagesize)
    heading = ParagraphStyle("heading", fontName=SANS_BOLD, fontSize=15, leading=19, textColor=NAVY)
    body = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=13, splitLongWords=0)
    cell = ParagraphStyle(
        "cell", fontName=SANS, fontSize=ROW_FONT_SIZE, leading=ROW_LEADING, splitLongWords=0
    )
    head = ParagraphStyle("head", parent=cell, fontName=SANS_BOLD, fontSize=8, leading=10)
    session_language = words(language).get(f"language.{sheet.language}", sheet.language)
    facts = [
        (table["module"], f"{sheet.module_code} · {sheet.module_title}"),
        (table["sign_in.session"], sheet.reference or table["sign_in.not_recorded"]),
        (table["sign_in.dates"], _dates_text(sheet, language)),
        (table["sign_in.location"], sheet.location),
        (table["sign_in.instructors"], sheet.instructors or ""),
        (table["sign_in.language"], session_language),
    ]
    fact_table = Table(
        [[Paragraph(label, body), script_paragraph(value, body)] for label, value in facts],
        colWidths=[32 * mm, None],
        hAlign="LEFT",
    )
    fact_table.setStyle(TableStyle([("TEXTCOLOR", (0, 0), (0, -1), GREY)]))

    usable = pagesize[0] - 2 * MARGIN
    number_width, service_width, rank_width, contingent_width = 22.0, 66.0, 84.0, 34.0
    signature_width = max(52.0, min(88.0, (usable * 0.42) / len(days)))
    name_width = (
        usable
        - number_width - service_width - rank_width - contingent_width
        - signature_width * len(days)
    )  # fmt: skip
    inner = 2 * CELL_SIDE_PADDING

    def heads() -> list[Paragraph]:
        signatures = [table["sign_in.signature"]]
        if len(days) > 1:
            signatures = [
                f"{table['sign_in.day'].format(number=index)}<br/>{short_date(day, language)}"
                for index, day in enumerate(days, start=1)
            ]
        labels = [
            table["sign_in.number"], table["service_number"], table["name"], table["rank"],
            table["contingent_short"],
        ]  # fmt: skip
        return [Paragraph(as_paragraph_text(label), head) for label in labels] + [
            Paragraph(label, head) for label in signatures
        ]

    rows: list[list[Flowable | str]] = [list(heads())]
    for number, attendee in enumerate(sheet.attendees, start=1):
        rows.append(
            [
                str(number),
                script_paragraph(attendee.service_number, cell, service_width - inner),
                _name_cell(attendee, name_width - inner, cell),
                script_paragraph(attendee.rank, cell, rank_width - inner),
                script_paragraph(attendee.contingent, cell, contingent_width - inner),
                *([""] * len(days)),
            ]
        )
    first_blank = len(sheet.attendees) + 1
    for number in range(first_blank, first_blank + walk_in_rows(len(sheet.attendees))):
        rows.append([str(number), *([""] * (4 + len(days)))])
    attendance = Table(
        rows,
        colWidths=[
            number_width, service_width, name_width, rank_width, contingent_width,
            *([signature_width] * len(days)),
        ],
        repeatRows=1,  # each row as tall as its tallest cell; the padding keeps room to sign
    )  # fmt: skip
    attendance.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS, ROW_FONT_SIZE),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ("GRID", (0, 0), (-1, -1), 0.5, GREY),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_SIDE_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_SIDE_PADDING),
                ("TOPPADDING", (0, 1), (-1, -1), ROW_PADDING),
                ("BOTTOMPADDING", (0, 1), (-1, -1), ROW_PADDING),
                ("TOPPADDING", (0, 0), (-1, 0), 4),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
            ]
        )
    )
    story = [
        Paragraph(as_paragraph_text(table["sign_in.title"]), heading),
        Spacer(1, 6),
        fact_table,
        Spacer(1, 10),
        Paragraph(
            as_paragraph_text(
                table[
                    "sign_in.expected_one" if len(sheet.attendees) == 1 else "sign_in.expected"
                ].format(count=len(sheet.attendees))
            ),
            body,
        ),
        Spacer(1, 6),
        attendance,
        Spacer(1, 24),
        Paragraph(
            as_paragraph_text(
                f"{table['sign_in.instructor_signs']}: ______________________________   "
                f"{table['sign_in.date']}: ____________"
            ),
            body,
        ),
    ]
    document.build(story, canvasmaker=partial(ReportCanvas, context=context))
    return buffer.getvalue()
