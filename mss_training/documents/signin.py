"""The sign-in sheet a training officer prints before a session: one row per expected attendee."""

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from mss_training.documents.fonts import SANS, SANS_BOLD, register_fonts
from mss_training.documents.layout import (
    GREY,
    LIGHT,
    MARGIN,
    NAVY,
    ReportCanvas,
    ReportContext,
    as_paragraph_text,
)


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
    language: str
    attendees: Sequence[Attendee]


def sign_in_pdf(sheet: SignInSheet, context: ReportContext) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 10,
        bottomMargin=MARGIN,
        title=context.title,
    )
    heading = ParagraphStyle("heading", fontName=SANS_BOLD, fontSize=15, leading=19, textColor=NAVY)
    body = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=13)
    dates = f"{sheet.starts_on:%d %B %Y}"
    if sheet.ends_on != sheet.starts_on:
        dates += f" to {sheet.ends_on:%d %B %Y}"
    facts = [
        ["Module", f"{sheet.module_code} · {sheet.module_title}"],
        ["Dates", dates],
        ["Location", sheet.location],
        ["Instructor(s)", sheet.instructors or ""],
        ["Language", sheet.language],
    ]
    fact_table = Table(
        [
            [Paragraph(label, body), Paragraph(as_paragraph_text(value), body)]
            for label, value in facts
        ],
        colWidths=[32 * mm, None],
        hAlign="LEFT",
    )
    fact_table.setStyle(TableStyle([("TEXTCOLOR", (0, 0), (0, -1), GREY)]))
    rows = [["No.", "Service no.", "Name", "Rank", "Cont.", "Signature"]]
    for number, attendee in enumerate(sheet.attendees, start=1):
        rows.append(
            [
                str(number),
                attendee.service_number,
                Paragraph(
                    f"<b>{as_paragraph_text(attendee.family_name.upper())}</b>, "
                    f"{as_paragraph_text(attendee.given_names)}",
                    body,
                ),
                Paragraph(as_paragraph_text(attendee.rank), body),
                attendee.contingent,
                "",
            ]
        )
    attendance = Table(
        rows,
        colWidths=[10 * mm, 24 * mm, 62 * mm, 30 * mm, 13 * mm, None],
        repeatRows=1,
        rowHeights=[18] + [26] * len(sheet.attendees),
    )
    attendance.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), SANS_BOLD, 8.5),
                ("FONT", (0, 1), (-1, -1), SANS, 9),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ("GRID", (0, 0), (-1, -1), 0.5, GREY),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story = [
        Paragraph("Sign-in sheet", heading),
        Spacer(1, 6),
        fact_table,
        Spacer(1, 10),
        Paragraph(
            f"{len(sheet.attendees)} expected attendees. Sign on arrival; the instructor signs "
            "below at the end of the session.",
            body,
        ),
        Spacer(1, 6),
        attendance,
        Spacer(1, 24),
        Paragraph(
            "Instructor's signature: ______________________________   Date: ____________", body
        ),
    ]
    document.build(story, canvasmaker=partial(ReportCanvas, context=context))
    return buffer.getvalue()
