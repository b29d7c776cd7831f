"""An officer's training transcript: what they did, as the records say it, to take home."""

import datetime as dt
import io
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from mss_training.dates import last_valid_day
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
from mss_training.documents.wording import DOCUMENT_LANGUAGES, long_date, words


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


TRANSCRIPT_LANGUAGES = DOCUMENT_LANGUAGES


# Column widths (points) of the transcript's tables.
_QUALIFICATIONS = (60, 330, 65, 65)
_RESULTS = (55, 45, 100, 70, 85, 80, 88)
_EXEMPTIONS = (60, 80, 70, 70, 180)


def _heading(key: str, language: str) -> str:
    """A heading in English, and beside it in the pack's language when that is another:
    the transcript goes home with the officer and may be read abroad."""
    english, other = words("en")[key], words(language)[key]
    return f"{english} / {other}" if other != english else english


def _coded(table: dict[str, str], prefix: str, code: str) -> str:
    """A stored code (``pass``, ``revoked``...) in the document's words; as stored if new."""
    return table.get(f"{prefix}.{code}", code.replace("_", " "))


def _day(day: dt.date | None) -> str:
    return f"{day:%Y-%m-%d}" if day else "—"


def _outcome(entry: ResultEntry, table: dict[str, str]) -> str:
    text = _coded(table, "transcript.outcome", entry.outcome) + (
        f" ({entry.score:g})" if entry.score is not None else ""
    )
    if entry.kind == "void":
        text = table["transcript.void"]
    elif entry.kind == "amendment":
        text = table["transcript.correction"].format(outcome=text)
    return table["transcript.replaced"].format(outcome=text) if entry.superseded else text


def transcript_pdf(
    officer: OfficerTranscript,
    as_of: dt.date,
    issuer: str,
    language: str,
    author: str = "",
    titles: Mapping[str, str] | None = None,
) -> bytes:
    """The transcript of one officer as of a day: qualifications, results, certificates,
    in ``language`` (its headings in English beside it), with the modules' ``titles`` in
    that language where the curriculum translates them (code -> title).

    ``issuer`` keeps the records (named in the text); ``author``, the installation, is the
    PDF's author. A transcript goes home with the officer: no database path on it.
    """
    buffer = io.BytesIO()
    table = words(language)
    shown_titles = titles or {}
    title = _heading("transcript.title", language)
    context = ReportContext(
        f"{title} · {officer.contingent} {officer.service_number}",
        dt.datetime.now(dt.UTC), as_of, author=author or issuer, subject="Training transcript",
    )  # fmt: skip
    document = report_document(buffer, context)
    heading, subheading, body = report_styles()
    cell = ParagraphStyle("c", fontName=SANS, fontSize=7.5, leading=9)

    def text(value: str, width: float) -> str | Flowable:
        return value if fits_in_cell(value, width) else script_paragraph(value, cell)

    def said(key: str) -> Paragraph:
        return Paragraph(as_paragraph_text(table[key]), body)

    who = f"{officer.family_name.upper()}, {officer.given_names}"
    status = _coded(table, "transcript.officer", officer.status)
    details = [
        table["transcript.service_number"].format(
            number=officer.service_number, contingent=officer.contingent
        ),
        *([table["transcript.unit"].format(unit=officer.unit)] if officer.unit else []),
        *([table["transcript.rank"].format(rank=officer.rank)] if officer.rank else []),
        table["transcript.status"].format(status=status),
    ]
    kept = table["transcript.records_as_of"].format(date=long_date(as_of, language), issuer=issuer)
    story: list[Flowable] = [
        script_paragraph(who, heading),
        script_paragraph(" · ".join(details), body),
        Paragraph(as_paragraph_text(kept), body),
        Spacer(1, 10),
        Paragraph(_heading("transcript.qualifications", language), subheading),
    ]
    qualification_columns = ("module", "module_title", "gained_on", "valid_until")
    if officer.qualifications:
        story.append(
            report_table(
                [[table[f"transcript.{key}"] for key in qualification_columns]]
                + [
                    [
                        q.module,
                        text(shown_titles.get(q.module) or q.title, _QUALIFICATIONS[1]),
                        _day(q.completed_on),
                        _day(last_valid_day(q.expires_on)),
                    ]
                    for q in officer.qualifications
                ],
                _QUALIFICATIONS,
                numbers_from=4,
            )
        )
        story.append(said("transcript.badges"))
    else:
        story.append(said("transcript.no_qualification"))
    story += [Spacer(1, 10), Paragraph(_heading("transcript.results", language), subheading)]
    result_columns = ("completed", "module", "outcome", "session", "where", "instructors", "note")
    story.append(
        report_table(
            [[table[f"transcript.{key}"] for key in result_columns]]
            + [
                [
                    _day(r.completed_on),
                    r.module,
                    text(_outcome(r, table), _RESULTS[2]),
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
        else said("transcript.no_result")
    )
    story += [Spacer(1, 10), Paragraph(_heading("transcript.certificates", language), subheading)]
    certificate_columns = (
        "serial",
        "module",
        "issued_on",
        "certificate_valid_until",
        "certificate_status",
    )
    story.append(
        report_table(
            [[table[f"transcript.{key}"] for key in certificate_columns]]
            + [
                [
                    c.serial,
                    c.module,
                    _day(c.issued_on),
                    _day(last_valid_day(c.expires_on)),
                    _coded(table, "transcript.certificate", c.status),
                ]
                for c in officer.certificates
            ],
            [140, 60, 70, 70, 70],
            numbers_from=5,
        )
        if officer.certificates
        else said("transcript.no_certificate")
    )
    story += [
        Spacer(1, 10),
        Paragraph(_heading("transcript.exemptions", language), subheading),
    ]
    exemption_columns = ("module", "kind", "granted_on", "valid_until", "approved_by")
    story.append(
        report_table(
            [[table[f"transcript.{key}"] for key in exemption_columns]]
            + [
                [
                    e.module,
                    _coded(table, "transcript.exemption", e.kind),
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
        else said("transcript.none")
    )
    document.build(story, canvasmaker=partial(ReportCanvas, context=context))
    return buffer.getvalue()
