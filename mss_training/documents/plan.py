"""The training plan as a PDF: what to teach by when, then the refreshers of the tour."""

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from mss_training.documents.fonts import SANS
from mss_training.documents.layout import (
    ReportCanvas,
    ReportContext,
    as_paragraph_text,
    report_document,
    report_styles,
    report_table,
    script_paragraph,
)
from mss_training.documents.wording import words

PLAN_HEADERS = (
    "Module", "Title", "Officers", "Sessions", "Days", "Not before", "Start by",
    "Prerequisites", "Instructors",
)  # fmt: skip
REFRESHER_HEADERS = ("Month", "Module", "Officers", "Due by", "Service numbers")
# The headers' keys in the documents' word tables (mss_training.documents.wording).
_PLAN_HEADER_KEYS = (
    "plan.module", "plan.module_title", "plan.officers", "plan.sessions", "plan.days",
    "plan.not_before", "plan.start_by", "plan.prerequisites", "plan.instructors",
)  # fmt: skip
_REFRESHER_HEADER_KEYS = (
    "plan.month",
    "plan.module",
    "plan.officers",
    "plan.due_by",
    "plan.service_numbers",
)


@dataclass(frozen=True)
class PlanDocument:
    title: str
    summary: str
    modules: Sequence[Sequence[str]]  # rows under PLAN_HEADERS
    refreshers: Sequence[Sequence[str]]  # rows under REFRESHER_HEADERS


def plan_pdf(
    plan: PlanDocument, deploy_on: dt.date, author: str = "", language: str = "en"
) -> bytes:
    """The plan's PDF, its headings and headers in ``language`` (en, fr, es or ht);
    ``author`` is the installation that made it."""
    table = words(language)
    buffer = io.BytesIO()
    context = ReportContext(
        plan.title, dt.datetime.now(dt.UTC), deploy_on, language=language,
        author=author or "MSS Training", subject="Training plan",
    )  # fmt: skip
    document = report_document(buffer, context)
    heading, subheading, body = report_styles()
    story: list[Flowable] = [
        Paragraph(as_paragraph_text(plan.title), heading),
        Paragraph(as_paragraph_text(plan.summary), body),
        Spacer(1, 10),
        Paragraph(as_paragraph_text(table["plan.teach"]), subheading),
    ]
    cell = ParagraphStyle("c", fontName=SANS, fontSize=7.5, leading=9)

    def wrapped(row: Sequence[str], columns: tuple[int, ...]) -> list[str | Flowable]:
        """Long texts wrap in their cell (and keep to the left) instead of running over."""
        return [
            script_paragraph(text, cell) if index in columns else text
            for index, text in enumerate(row)
        ]

    headers: list[str | Paragraph] = [table[key] for key in _PLAN_HEADER_KEYS]
    story.append(
        report_table([headers, *(wrapped(row, (1, 7, 8)) for row in plan.modules)],
                     [48, 100, 42, 44, 34, 55, 55, 65, 80], numbers_from=2)
        if plan.modules
        else Paragraph(as_paragraph_text(table["plan.nothing_to_teach"]), body)
    )  # fmt: skip
    story += [Spacer(1, 12), Paragraph(as_paragraph_text(table["plan.refreshers"]), subheading)]
    refresher_headers: list[str | Paragraph] = [table[key] for key in _REFRESHER_HEADER_KEYS]
    story.append(
        report_table([refresher_headers, *(wrapped(row, (4,)) for row in plan.refreshers)],
                     [45, 55, 42, 60, 321], numbers_from=2)
        if plan.refreshers
        else Paragraph(as_paragraph_text(table["plan.no_refreshers"]), body)
    )  # fmt: skip
    document.build(story, canvasmaker=partial(ReportCanvas, context=context))
    return buffer.getvalue()
