"""An officer's training transcript: what they did, as the records say it, to take home."""

import datetime as dt
import io
import uuid
from dataclasses import dataclass
from functools import partial

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from mss_training.documents.fonts import SANS
from mss_training.documents.layout import (
    ReportCanvas,
    ReportContext,
    as_paragraph_text,
    fits_in_cell,
    report_document,
    report_styles,
    report_table,
    script_paragraph,
)
from mss_training.documents.wording import long_date


@dataclass(frozen=True)
class ResultEntry:
    completed_on: dt.date
    module: str
    title: str
    outcome: str
    score: float | None
    kind: str  # original, amendment or void
    reason: str
    location: str
    instructors: str
    session_dates: str
    superseded: bool  # a later correction or void replaces it


@dataclass(frozen=True)
class CertificateEntry:
    serial: str
    module: str
    issued_on: dt.date
    expires_on: dt.date | None
    status: str  # valid, expired or revoked, as of the day


@dataclass(frozen=True)
class ExemptionEntry:
    module: str
    kind: str
    granted_on: dt.date
    valid_until: dt.date | None
    approved_by: str


@dataclass(frozen=True)
class Qualification:
    module: str
    title: str
    description: str
    criteria: str
    completed_on: dt.date
    expires_on: dt.date | None
    result_uid: uuid.UUID


@dataclass(frozen=True)
class OfficerTranscript:
    service_number: str
    contingent: str
    unit: str | None
    rank: str | None
    family_name: str
    given_names: str
    status: str
    results: tuple[ResultEntry, ...]
    certificates: tuple[CertificateEntry, ...]
    exemptions: tuple[ExemptionEntry, ...]
    qualifications: tuple[Qualification, ...]

    @property
    def folder(self) -> str:
        return f"{self.contingent}-{self.service_number}".replace("/", "-").replace("\\", "-")


# Headings in English, and beside them in the officer's home language where one is asked.
_HEADINGS = {
    "fr": {
        "Training transcript": "Relevé de formation",
        "Qualifications held": "Qualifications détenues",
        "Results": "Résultats",
        "Certificates": "Certificats",
        "Exemptions and equivalences": "Dispenses et équivalences",
    },
    "es": {
        "Training transcript": "Expediente de formación",
        "Qualifications held": "Cualificaciones vigentes",
        "Results": "Resultados",
        "Certificates": "Certificados",
        "Exemptions and equivalences": "Exenciones y equivalencias",
    },
    "ht": {
        "Training transcript": "Relve fòmasyon",
        "Qualifications held": "Kalifikasyon li genyen",
        "Results": "Rezilta",
        "Certificates": "Sètifika",
        "Exemptions and equivalences": "Dispans ak ekivalans",
    },
}
TRANSCRIPT_LANGUAGES = ("en", *_HEADINGS)


# Column widths (points) of the transcript's tables.
_QUALIFICATIONS = (60, 330, 65, 65)
_RESULTS = (55, 45, 100, 70, 85, 80, 88)
_EXEMPTIONS = (60, 80, 70, 70, 180)


def _heading(text: str, language: str) -> str:
    other = _HEADINGS.get(language, {}).get(text)
    return f"{text} / {other}" if other else text


def _day(day: dt.date | None) -> str:
    return f"{day:%Y-%m-%d}" if day else "—"


def _outcome(entry: ResultEntry) -> str:
    text = entry.outcome + (f" ({entry.score:g})" if entry.score is not None else "")
    if entry.kind == "void":
        text = "VOID"
    elif entry.kind == "amendment":
        text += ", correction"
    return text + (" — replaced later" if entry.superseded else "")


def transcript_pdf(
    officer: OfficerTranscript, as_of: dt.date, issuer: str, language: str, author: str = ""
) -> bytes:
    """The transcript of one officer as of a day: qualifications, results, certificates.

    ``issuer`` keeps the records (named in the text); ``author``, the installation, is the
    PDF's author. A transcript goes home with the officer: no database path on it.
    """
    buffer = io.BytesIO()
    title = _heading("Training transcript", language)
    context = ReportContext(
        f"{title} · {officer.contingent} {officer.service_number}", "",
        dt.datetime.now(dt.UTC), as_of, author=author or issuer, subject="Training transcript",
    )  # fmt: skip
    document = report_document(buffer, context)
    heading, subheading, body = report_styles()
    cell = ParagraphStyle("c", fontName=SANS, fontSize=7.5, leading=9)

    def text(value: str, width: float) -> str | Flowable:
        return value if fits_in_cell(value, width) else script_paragraph(value, cell)

    who = f"{officer.family_name.upper()}, {officer.given_names}"
    details = [
        f"Service number {officer.service_number} · contingent {officer.contingent}",
        *([f"Unit {officer.unit}"] if officer.unit else []),
        *([f"Rank {officer.rank}"] if officer.rank else []),
        f"Status {officer.status.replace('_', ' ')}",
    ]
    story: list[Flowable] = [
        script_paragraph(who, heading),
        script_paragraph(" · ".join(details), body),
        Paragraph(
            as_paragraph_text(f"Records as of {long_date(as_of, 'en')}, kept by {issuer}."), body
        ),
        Spacer(1, 10),
        Paragraph(_heading("Qualifications held", language), subheading),
    ]
    if officer.qualifications:
        story.append(
            report_table(
                [["Module", "Title", "Gained on", "Valid until"]]
                + [
                    [
                        q.module,
                        text(q.title, _QUALIFICATIONS[1]),
                        _day(q.completed_on),
                        _day(q.expires_on),
                    ]
                    for q in officer.qualifications
                ],
                _QUALIFICATIONS,
                numbers_from=4,
            )
        )
        story.append(
            Paragraph("Each is also in this pack as a signed Open Badges 3.0 credential.", body)
        )
    else:
        story.append(Paragraph("No qualification is current on this day.", body))
    story += [Spacer(1, 10), Paragraph(_heading("Results", language), subheading)]
    story.append(
        report_table(
            [["Completed", "Module", "Outcome", "Session", "Where", "Instructors", "Note"]]
            + [
                [
                    _day(r.completed_on),
                    r.module,
                    text(_outcome(r), _RESULTS[2]),
                    text(r.session_dates, _RESULTS[3]),
                    text(r.location, _RESULTS[4]),
                    text(r.instructors or "—", _RESULTS[5]),
                    text(r.reason, _RESULTS[6]),
                ]
                for r in officer.results
            ],
            _RESULTS,
            numbers_from=7,
        )
        if officer.results
        else Paragraph("No result is recorded.", body)
    )
    story += [Spacer(1, 10), Paragraph(_heading("Certificates", language), subheading)]
    story.append(
        report_table(
            [["Serial", "Module", "Issued on", "Expires on", "Status"]]
            + [
                [c.serial, c.module, _day(c.issued_on), _day(c.expires_on), c.status]
                for c in officer.certificates
            ],
            [140, 60, 70, 70, 70],
            numbers_from=5,
        )
        if officer.certificates
        else Paragraph("No certificate was issued.", body)
    )
    story += [
        Spacer(1, 10),
        Paragraph(_heading("Exemptions and equivalences", language), subheading),
    ]
    story.append(
        report_table(
            [["Module", "Kind", "Granted on", "Valid until", "Approved by"]]
            + [
                [
                    e.module,
                    e.kind,
                    _day(e.granted_on),
                    _day(e.valid_until),
                    text(e.approved_by, _EXEMPTIONS[4]),
                ]
                for e in officer.exemptions
            ],
            _EXEMPTIONS,
            numbers_from=5,
        )
        if officer.exemptions
        else Paragraph("None.", body)
    )
    document.build(story, canvasmaker=partial(ReportCanvas, context=context))
    return buffer.getvalue()
