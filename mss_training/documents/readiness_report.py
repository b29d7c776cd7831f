"""The readiness report a commander takes to a deployment briefing.

Read in thirty seconds: the headline counts officers, each figure says what it counts, and
every list below holds exactly the officers of one figure (the not-ready officers with
what each lacks, the expiring ones with what lapses), so the numbers reconcile on paper.
"""

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import HexColor, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from mss_training.documents.fonts import SANS, SANS_BOLD, register_fonts
from mss_training.documents.layout import (
    CELL_PADDING,
    GREY,
    LIGHT,
    NAVY,
    ListTable,
    ReportCanvas,
    ReportContext,
    as_paragraph_text,
    fits_in_cell,
    report_document,
    report_styles,
    report_table,
    script_paragraph,
    wrap_words,
)
from mss_training.documents.wording import long_date, number, words

# Told apart in greyscale by lightness (dark, light, mid) and by the hatching of "not
# ready", not by hue alone.
GREEN = HexColor("#1B5E20")
AMBER = HexColor("#F9C74F")
RED = HexColor("#C0392B")
TITLE_LINES = 2


@dataclass(frozen=True)
class ContingentLine:
    code: str
    name: str
    ready: int
    expiring: int
    not_ready: int
    deployable: int

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
class Lack:
    """One requirement behind an officer's status: missing, expired or expiring."""

    module: str
    status: str  # "missing", "expired", "expiring" or "lapses" (during the tour)
    on: dt.date | None  # the last day of validity (expiring, lapses) or the day it lapsed


@dataclass(frozen=True)
class OfficerLine:
    contingent: str
    service_number: str
    name: str
    rank: str
    lacks: Sequence[Lack]


@dataclass(frozen=True)
class ReadinessReportData:
    as_of: dt.date
    warn_days: int
    scope: str
    contingents: Sequence[ContingentLine]
    gaps: Sequence[GapLine]
    not_ready: Sequence[OfficerLine]
    expiring: Sequence[OfficerLine]
    sign_off: bool = False
    # A signed snapshot's statement (the commander's assessment, whose, from which records).
    briefing: Sequence[str] = ()
    # Through a tour: its last day, the officers with a refresher due in it, and those
    # refreshers by month and module.
    through: dt.date | None = None
    lapsing: int = 0
    refreshers: Sequence["RefresherLine"] = ()


@dataclass(frozen=True)
class RefresherLine:
    month: str  # YYYY-MM of the qualifications' last day of validity
    module: str
    title: str
    officers: int


def _percent(part: int, whole: int, language: str) -> str:
    return number(100.0 * part / whole if whole else 0.0, language, 1)


def _hatch(drawing: Drawing, x: float, y: float, width: float, height: float) -> None:
    """Diagonal white lines across a bar segment, kept inside it."""
    step = 4.0
    start = x - height
    while start < x + width:
        x0 = max(start, x)
        x1 = min(start + height, x + width)
        if x1 > x0:
            drawing.add(
                Line(x0, y + (x0 - start), x1, y + (x1 - start), strokeColor=white, strokeWidth=0.7)
            )
        start += step


def _chart(lines: Sequence[ContingentLine], language: str) -> Drawing:
    """Horizontal bars of 100 per cent per contingent (and the mission), split by status,
    each segment labelled with its count."""
    table = words(language)
    label_width, bar_width, bar_height, gap = 150.0, 330.0, 13.0, 5.0
    mission = _mission_line(lines, table["report.mission"])
    bars = [*lines, mission]
    chart_height = len(bars) * (bar_height + gap)
    top_room, bottom_room = 34.0, 34.0
    drawing = Drawing(label_width + bar_width + 20, top_room + chart_height + bottom_room)
    top = bottom_room + chart_height
    drawing.add(String(0, top + 22, table["report.chart"], fontName=SANS_BOLD, fontSize=9))
    series = (
        (table["report.ready_head"], GREEN, white, False),
        (table["report.expiring_head"], AMBER, HexColor("#000000"), False),
        (table["report.not_ready_head"], RED, white, True),
    )
    x = label_width
    for label, colour, _, hatched in series:
        drawing.add(Rect(x, top + 6, 10, 8, fillColor=colour, strokeColor=None))
        if hatched:
            _hatch(drawing, x, top + 6, 10, 8)
        drawing.add(String(x + 13, top + 7, label, fontName=SANS, fontSize=7.5))
        x += 30 + stringWidth(label, SANS, 7.5)
    drawing.add(String(0, top + 7, table["contingent"], fontName=SANS_BOLD, fontSize=7.5))
    # The grid first: the bars and their counts lie over it.
    for tick in (0, 25, 50, 75, 100):
        x = label_width + bar_width * tick / 100
        drawing.add(Line(x, bottom_room - 2, x, top, strokeColor=LIGHT, strokeWidth=0.5))
        drawing.add(
            String(x, bottom_room - 11, f"{tick}", fontName=SANS, fontSize=7, textAnchor="middle")
        )
    for index, line in enumerate(bars):
        y = top - (index + 1) * (bar_height + gap) + gap / 2
        name = wrap_words(_contingent_label(line), SANS, 7.5, label_width - 6, max_lines=1)[0]
        font = SANS_BOLD if line is mission else SANS
        drawing.add(String(0, y + 3.5, name, fontName=font, fontSize=7.5))
        x = label_width
        counts = (line.ready, line.expiring, line.not_ready)
        for count, (_, colour, ink, hatched) in zip(counts, series, strict=True):
            width = bar_width * count / line.total if line.total else 0.0
            if width <= 0:
                continue
            drawing.add(Rect(x, y, width, bar_height, fillColor=colour, strokeColor=None))
            if hatched:
                _hatch(drawing, x, y, width, bar_height)
            text = number(count, language)
            text_width = stringWidth(text, SANS_BOLD, 7)
            if text_width + 4 <= width:
                if hatched:  # a solid patch under the count, to read it over the hatching
                    drawing.add(
                        Rect(x + (width - text_width) / 2 - 2, y + 2, text_width + 4,
                             bar_height - 4, fillColor=colour, strokeColor=None)
                    )  # fmt: skip
                drawing.add(
                    String(x + width / 2, y + 3.5, text, fontName=SANS_BOLD, fontSize=7,
                           fillColor=ink, textAnchor="middle")
                )  # fmt: skip
            x += width
    drawing.add(
        String(label_width + bar_width / 2, bottom_room - 24, table["report.axis"],
               fontName=SANS, fontSize=7.5, fillColor=GREY, textAnchor="middle")
    )  # fmt: skip
    return drawing


def _contingent_label(line: ContingentLine) -> str:
    if not line.code:
        return line.name
    if not line.name or line.name == line.code:
        return line.code
    # "Haïti (Police nationale d'Haïti) · HTI", not a second pair of brackets
    return f"{line.name} · {line.code}" if "(" in line.name else f"{line.name} ({line.code})"


def _mission_line(lines: Sequence[ContingentLine], label: str) -> ContingentLine:
    return ContingentLine(
        "", label,
        sum(line.ready for line in lines), sum(line.expiring for line in lines),
        sum(line.not_ready for line in lines), sum(line.deployable for line in lines),
    )  # fmt: skip


def _heads(labels: Sequence[str], style: ParagraphStyle) -> list[Paragraph]:
    return [Paragraph(as_paragraph_text(label), style) for label in labels]


# The report's lists: none leaves a lone row at a page's foot or head.
list_table = partial(report_table, table_class=ListTable)


def _lack_text(lack: Lack, language: str) -> str:
    table = words(language)
    if lack.status == "missing" or lack.on is None:
        return table["report.missing_mark"].format(module=lack.module)
    # Expiring within the window or lapsing in the tour: its last day of validity.
    key = "report.expired_mark" if lack.status == "expired" else "report.expires_mark"
    return table[key].format(module=lack.module, date=long_date(lack.on, language))


OFFICER_COLUMNS = (34.0, 66.0, 150.0, 90.0, 182.0)


def _wrapped(text: str, width: float, style: ParagraphStyle) -> str | Flowable:
    """A cell's text, broken between words where it does not fit ``width`` (a compound
    name or rank never runs into the next column)."""
    return (
        text if fits_in_cell(text, width) else script_paragraph(text, style, width - CELL_PADDING)
    )


def _officer_rows(
    officers: Sequence[OfficerLine], language: str, cell: ParagraphStyle
) -> list[list[Any]]:
    _, number_width, name_width, rank_width, what_width = OFFICER_COLUMNS
    return [
        [
            officer.contingent,
            _wrapped(officer.service_number, number_width, cell),
            _wrapped(officer.name, name_width, cell),
            _wrapped(officer.rank, rank_width, cell),
            _wrapped("; ".join(_lack_text(x, language) for x in officer.lacks), what_width, cell),
        ]
        for officer in officers
    ]


def _headline(data: ReadinessReportData, language: str, caption: ParagraphStyle) -> Table:
    table = words(language)
    mission = _mission_line(data.contingents, "")
    total = mission.total
    figures = [
        (number(total, language), NAVY, table["report.officers"]),
        (f"{number(mission.ready, language)}", GREEN, table["report.ready"]),
        (f"{number(mission.deployable, language)}", NAVY, table["report.deployable"]),
        (
            number(mission.expiring, language),
            HexColor("#9A6700"),
            table["report.expiring_tour" if data.through else "report.expiring"].format(
                days=data.warn_days
            ),
        ),
        (number(mission.not_ready, language), RED, table["report.not_ready"]),
    ]
    shares = ["", _percent(mission.ready, total, language) + " %",
              _percent(mission.deployable, total, language) + " %",
              _percent(mission.expiring, total, language) + " %",
              _percent(mission.not_ready, total, language) + " %"]  # fmt: skip
    headline = Table(
        [
            [figure for figure, _, _ in figures],
            shares,
            [Paragraph(as_paragraph_text(text), caption) for _, _, text in figures],
        ],
        colWidths=[104] * 5,
    )
    style = [
        ("FONT", (0, 0), (-1, 0), SANS_BOLD, 19),
        ("FONT", (0, 1), (-1, 1), SANS_BOLD, 9),
        ("TEXTCOLOR", (0, 1), (-1, 1), GREY),
        ("ALIGN", (0, 0), (-1, 1), "CENTER"),
        ("VALIGN", (0, 2), (-1, 2), "TOP"),
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, LIGHT),
    ]
    style += [("TEXTCOLOR", (i, 0), (i, 0), colour) for i, (_, colour, _) in enumerate(figures)]
    headline.setStyle(TableStyle(style))
    return headline


def _sign_off(language: str, cell: ParagraphStyle) -> Flowable:
    table = words(language)
    heads = [
        "",
        table["report.sign_name"],
        table["report.sign_signature"],
        table["report.sign_date"],
    ]
    rows: list[list[Any]] = [_heads(heads, cell)]
    for key in ("report.prepared", "report.reviewed", "report.approved"):
        rows.append([Paragraph(as_paragraph_text(table[key]), cell), "", "", ""])
    block = Table(rows, colWidths=[95, 180, 150, 90], rowHeights=[16, 30, 30, 30])
    block.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GREY),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    heading = report_styles()[1]
    return KeepTogether(
        [Paragraph(as_paragraph_text(table["report.sign_off"]), heading), Spacer(1, 4), block]
    )


def _refresher_story(
    data: ReadinessReportData,
    language: str,
    title: Flowable,
    note: Flowable,
    head: ParagraphStyle,
    cell: ParagraphStyle,
) -> list[Flowable]:
    """Through a tour: the refreshers due in it, a row per month and module."""
    table = words(language)
    if not data.refreshers:
        return [title, Paragraph(as_paragraph_text(table["report.no_refreshers"]), note.style)]
    rows: list[list[Any]] = [
        _heads(
            [table["report.month_head"], table["module"], table["report.title_head"],
             table["report.officers_head"]],
            head,
        )
    ]  # fmt: skip
    for line in data.refreshers:
        title_lines = wrap_words(line.title, SANS, 8, 290 - CELL_PADDING, max_lines=TITLE_LINES)
        rows.append(
            [line.month, line.module,
             Paragraph("<br/>".join(as_paragraph_text(t) for t in title_lines), cell),
             number(line.officers, language)]
        )  # fmt: skip
    return [title, note, list_table(rows, [60, 70, 290, 102], numbers_from=3)]


def readiness_report_pdf(data: ReadinessReportData, context: ReportContext) -> bytes:
    register_fonts()
    language = context.language
    table = words(language)
    buffer = io.BytesIO()
    document = report_document(buffer, context)
    heading, report_subheading, report_body = report_styles()
    subheading = ParagraphStyle("s", parent=report_subheading, keepWithNext=1, spaceBefore=12)
    body = ParagraphStyle("b", parent=report_body, keepWithNext=1, spaceAfter=4)
    note = ParagraphStyle("n", parent=body, textColor=HexColor("#9A6700"), keepWithNext=0)
    briefing = ParagraphStyle("brief", parent=body, textColor=NAVY, keepWithNext=0)
    caption = ParagraphStyle(
        "c", fontName=SANS, fontSize=7.5, leading=9.5, textColor=GREY, alignment=1
    )
    cell = ParagraphStyle("cell", fontName=SANS, fontSize=8, leading=10, splitLongWords=0)
    head = ParagraphStyle("head", parent=cell, fontName=SANS_BOLD)

    def paragraph(text: str, style: ParagraphStyle) -> Flowable:
        return script_paragraph(text, style)

    story: list[Flowable] = [
        paragraph(table["report.heading"].format(date=long_date(data.as_of, language)), heading),
        paragraph(data.scope, body),
        *(paragraph(line, briefing) for line in data.briefing),
    ]
    if data.as_of > context.generated_at.date():
        story += [Spacer(1, 4), paragraph(
            table["report.future"].format(date=long_date(data.as_of, language)), note
        )]  # fmt: skip
    if data.through:
        story += [Spacer(1, 4), paragraph(
            table["report.through"].format(
                date=long_date(data.through, language), count=number(data.lapsing, language)
            ),
            briefing,
        )]  # fmt: skip
    story += [Spacer(1, 10), _headline(data, language, caption), Spacer(1, 12)]
    story.append(_chart(data.contingents, language))
    mission = _mission_line(data.contingents, table["report.mission"])
    by_contingent = [
        _heads(
            [table["contingent"], table["report.officers_head"], table["report.ready_head"],
             table["report.expiring_head"], table["report.deployable_head"],
             table["report.not_ready_head"], table["report.percent_ready"],
             table["report.percent_deployable"]],
            head,
        )
    ] + [
        [
            script_paragraph(_contingent_label(line), head if line is mission else cell),
            number(line.total, language), number(line.ready, language),
            number(line.expiring, language), number(line.deployable, language),
            number(line.not_ready, language), _percent(line.ready, line.total, language),
            _percent(line.deployable, line.total, language),
        ]
        for line in [*data.contingents, mission]
    ]  # fmt: skip
    story += [
        paragraph(table["report.by_contingent"], subheading),
        list_table(
            by_contingent, [128, 48, 48, 56, 60, 48, 60, 75], numbers_from=1, total_row=True
        ),
        paragraph(table["report.gaps"], subheading),
        paragraph(table["report.gaps_note"], body),
    ]
    if data.gaps:
        gap_rows: list[list[Any]] = [
            _heads(
                [table["module"], table["report.title_head"], table["report.missing_head"],
                 table["report.expired_head"], table["report.needed_head"]],
                head,
            )
        ]  # fmt: skip
        for gap in data.gaps:
            title = wrap_words(gap.title, SANS, 8, 270 - CELL_PADDING, max_lines=TITLE_LINES)
            gap_rows.append(
                [gap.module, Paragraph("<br/>".join(as_paragraph_text(t) for t in title), cell),
                 number(gap.missing, language), number(gap.expired, language),
                 number(gap.needed, language)]
            )  # fmt: skip
        story.append(list_table(gap_rows, [60, 270, 60, 60, 72], numbers_from=2))
    else:
        story.append(paragraph(table["report.no_gaps"], body))
    lists = (
        ("report.not_ready_list", "report.not_ready_note", "report.none_not_ready",
         "report.lacks", data.not_ready),
        ("report.expiring_list",
         "report.expiring_note_tour" if data.through else "report.expiring_note",
         "report.none_expiring", "report.lapses", data.expiring),
    )  # fmt: skip
    for title_key, note_key, none_key, what_key, officers in lists:
        story.append(
            paragraph(table[title_key].format(count=number(len(officers), language)), subheading)
        )
        story.append(paragraph(table[note_key].format(days=data.warn_days), body))
        if officers:
            heads = [table["contingent_short"], table["service_number"], table["name"],
                     table["rank"], table[what_key]]  # fmt: skip
            rows = [_heads(heads, head), *_officer_rows(officers, language, cell)]
            story.append(list_table(rows, OFFICER_COLUMNS, numbers_from=5))
        else:
            story.append(paragraph(table[none_key], body))
    if data.through:
        title = paragraph(table["report.refreshers"], subheading)
        explained = paragraph(table["report.refreshers_note"], body)
        story += _refresher_story(data, language, title, explained, head, cell)
    if data.sign_off:
        story += [Spacer(1, 16), _sign_off(language, cell)]
    document.build(story, canvasmaker=partial(ReportCanvas, context=context))
    return buffer.getvalue()
