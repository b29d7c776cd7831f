"""The readiness report a commander takes to a deployment briefing."""

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from mss_training.documents.fonts import SANS, SANS_BOLD
from mss_training.documents.layout import (
    GREY,
    LIGHT,
    NAVY,
    ReportCanvas,
    ReportContext,
    as_paragraph_text,
    report_document,
    report_styles,
    report_table,
)

GREEN = HexColor("#2E8B57")
AMBER = HexColor("#E0A526")
RED = HexColor("#C0392B")


@dataclass(frozen=True)
class ContingentLine:
    code: str
    ready: int
    expiring: int
    not_ready: int

    @property
    def total(self) -> int:
        return self.ready + self.expiring + self.not_ready


@dataclass(frozen=True)
class GapLine:
    module: str
    title: str
    missing: int
    expired: int
    needed: int


@dataclass(frozen=True)
class ExpiringLine:
    contingent: str
    service_number: str
    name: str
    module: str
    expires_on: dt.date


@dataclass(frozen=True)
class ReadinessReportData:
    as_of: dt.date
    warn_days: int
    scope: str
    contingents: Sequence[ContingentLine]
    gaps: Sequence[GapLine]
    expiring: Sequence[ExpiringLine]
    # A signed snapshot's statement (the commander's assessment, whose, from which records).
    briefing: Sequence[str] = ()


def _chart(lines: Sequence[ContingentLine]) -> Drawing:
    drawing = Drawing(500, 210)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 40, 340, 150
    chart.data = [
        [line.ready for line in lines],
        [line.expiring for line in lines],
        [line.not_ready for line in lines],
    ]
    chart.categoryAxis.categoryNames = [line.code for line in lines]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = LIGHT
    chart.barWidth = 14
    for index, colour in enumerate((GREEN, AMBER, RED)):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 395, 170
    legend.fontName = SANS
    legend.fontSize = 8
    legend.colorNamePairs = [(GREEN, "Ready"), (AMBER, "Expiring"), (RED, "Not ready")]
    drawing.add(legend)
    drawing.add(
        String(40, 200, "Officers by status and contingent", fontName=SANS_BOLD, fontSize=9)
    )
    return drawing


def _contingent_row(line: ContingentLine) -> list[str]:
    percent = 100.0 * line.ready / line.total if line.total else 0.0
    counts = (line.total, line.ready, line.expiring, line.not_ready)
    return [line.code, *(f"{count:,}" for count in counts), f"{percent:.1f}"]


def _gap_row(gap: GapLine) -> list[str]:
    return [gap.module, gap.title[:48], f"{gap.missing:,}", f"{gap.expired:,}", f"{gap.needed:,}"]


def _expiring_row(line: ExpiringLine) -> list[str]:
    return [
        f"{line.expires_on:%Y-%m-%d}",
        line.contingent,
        line.service_number,
        line.name[:40],
        line.module,
    ]


def readiness_report_pdf(data: ReadinessReportData, context: ReportContext) -> bytes:
    buffer = io.BytesIO()
    document = report_document(buffer, context)
    heading, subheading, body = report_styles()
    briefing = ParagraphStyle("n", fontName=SANS, fontSize=9, leading=12, textColor=NAVY)
    total = sum(line.total for line in data.contingents)
    ready = sum(line.ready for line in data.contingents)
    expiring = sum(line.expiring for line in data.contingents)
    not_ready = sum(line.not_ready for line in data.contingents)
    percent = 100.0 * ready / total if total else 0.0
    figures = Table(
        [
            [f"{total:,}", f"{percent:.1f}%", f"{expiring:,}", f"{not_ready:,}"],
            ["officers", "ready", f"expiring within {data.warn_days} days", "not ready"],
        ],
        colWidths=[130] * 4,
    )
    figures.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), SANS_BOLD, 20),
                ("FONT", (0, 1), (-1, 1), SANS, 8),
                ("TEXTCOLOR", (0, 0), (0, 0), NAVY),
                ("TEXTCOLOR", (1, 0), (1, 0), GREEN),
                ("TEXTCOLOR", (2, 0), (2, 0), AMBER),
                ("TEXTCOLOR", (3, 0), (3, 0), RED),
                ("TEXTCOLOR", (0, 1), (-1, 1), GREY),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ]
        )
    )
    story = [
        Paragraph(f"Readiness as of {data.as_of:%d %B %Y}", heading),
        Paragraph(as_paragraph_text(data.scope), body),
        *(Paragraph(as_paragraph_text(line), briefing) for line in data.briefing),
        Spacer(1, 10),
        figures,
        Spacer(1, 12),
        _chart(data.contingents),
        Spacer(1, 6),
        report_table(
            [["Contingent", "Officers", "Ready", "Expiring", "Not ready", "% ready"]]
            + [
                [
                    line.code,
                    f"{line.total:,}",
                    f"{line.ready:,}",
                    f"{line.expiring:,}",
                    f"{line.not_ready:,}",
                    f"{100.0 * line.ready / line.total if line.total else 0:.1f}",
                ]
                for line in data.contingents
            ],
            [90, 70, 70, 70, 70, 70],
            numbers_from=1,
        ),
        Spacer(1, 14),
        Paragraph("Gaps: required modules not held", subheading),
        Paragraph("Officers who need each module and hold no valid pass of it.", body),
        Spacer(1, 4),
        report_table(
            [["Module", "Title", "Missing", "Expired", "Of officers needing it"]]
            + [
                [
                    gap.module,
                    gap.title[:48],
                    f"{gap.missing:,}",
                    f"{gap.expired:,}",
                    f"{gap.needed:,}",
                ]
                for gap in data.gaps
            ],
            [52, 250, 55, 55, 100],
            numbers_from=2,
        )
        if data.gaps
        else Paragraph("No gaps: every officer holds every module they need.", body),
        Spacer(1, 14),
        Paragraph(f"Qualifications expiring within {data.warn_days} days", subheading),
        Spacer(1, 4),
        report_table(
            [["Expires on", "Contingent", "Service no.", "Name", "Module"]]
            + [
                [
                    f"{line.expires_on:%Y-%m-%d}",
                    line.contingent,
                    line.service_number,
                    line.name[:40],
                    line.module,
                ]
                for line in data.expiring
            ],
            [62, 60, 70, 220, 60],
            numbers_from=5,
        )
        if data.expiring
        else Paragraph("Nothing expires within the window.", body),
    ]
    document.build(story, canvasmaker=partial(ReportCanvas, context=context))
    return buffer.getvalue()
