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

PLAN_HEADERS = (
    "Module", "Title", "Officers", "Sessions", "Days", "Not before", "Start by",
    "Prerequisites", "Instructors",
)  # fmt: skip
REFRESHER_HEADERS = ("Month", "Module", "Officers", "Due by", "Service numbers")


@dataclass(frozen=True)
class PlanDocument:
    title: str
    summary: str
    modules: Sequence[Sequence[str]]  # rows under PLAN_HEADERS
    refreshers: Sequence[Sequence[str]]  # rows under REFRESHER_HEADERS


def plan_pdf(plan: PlanDocument, database: str, deploy_on: dt.date, author: str = "") -> bytes:
    """The plan's PDF; ``author`` is the installation that made it."""
    buffer = io.BytesIO()
    context = ReportContext(
        plan.title, database, dt.datetime.now(dt.UTC), deploy_on,
        author=author or "MSS Training", subject="Training plan",
    )  # fmt: skip
    document = report_document(buffer, context)
    heading, subheading, body = report_styles()
    story: list[Flowable] = [
        Paragraph(as_paragraph_text(plan.title), heading),
        Paragraph(as_paragraph_text(plan.summary), body),
        Spacer(1, 10),
        Paragraph("What to teach, by when", subheading),
    ]
    cell = ParagraphStyle("c", fontName=SANS, fontSize=7.5, leading=9)

    def wrapped(row: Sequence[str], columns: tuple[int, ...]) -> list[str | Flowable]:
        """Long texts wrap in their cell (and keep to the left) instead of running over."""
        return [
            script_paragraph(text, cell) if index in columns else text
            for index, text in enumerate(row)
        ]

    story.append(
        report_table([list(PLAN_HEADERS), *(wrapped(row, (1, 7, 8)) for row in plan.modules)],
                     [48, 100, 42, 44, 34, 55, 55, 65, 80], numbers_from=2)
        if plan.modules
        else Paragraph("Every officer will be current on the deployment date.", body)
    )  # fmt: skip
    story += [Spacer(1, 12), Paragraph("Refreshers due during the tour", subheading)]
    story.append(
        report_table([list(REFRESHER_HEADERS), *(wrapped(row, (4,)) for row in plan.refreshers)],
                     [45, 55, 42, 60, 321], numbers_from=2)
        if plan.refreshers
        else Paragraph("No qualification held on arrival lapses during the tour.", body)
    )  # fmt: skip
    document.build(story, canvasmaker=partial(ReportCanvas, context=context))
    return buffer.getvalue()
