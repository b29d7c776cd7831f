"""The completion roster: one row per officer, one narrow column per required module.

Drawn straight on the canvas, row by row, not as one platypus Table: a roster of 20,000
officers as a single Table takes ReportLab most of a minute to lay out.
"""

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth

from mss_training.documents.fonts import SANS, SANS_BOLD
from mss_training.documents.layout import GREY, LIGHT, MARGIN, NAVY, ReportCanvas, ReportContext

PAGE = landscape(A4)
ROW_HEIGHT = 12.5
HEADER_HEIGHT = 30.0
# status -> (mark, cell colour)
MARKS: dict[str, tuple[str, Color]] = {
    "current": ("✓", HexColor("#CDEBD3")),
    "expiring": ("!", HexColor("#FBE3B5")),
    "expired": ("✗", HexColor("#F5C2C0")),
    "missing": ("–", HexColor("#F5C2C0")),
    "exempt": ("E", HexColor("#E4E4E4")),
}
OVERALL = {"ready": "Ready", "expiring": "Expiring", "not_ready": "Not ready"}
OVERALL_COLOURS = {
    "ready": HexColor("#1E7B34"),
    "expiring": HexColor("#9A6700"),
    "not_ready": HexColor("#B3261E"),
}


@dataclass(frozen=True)
class RosterRow:
    service_number: str
    name: str
    contingent: str
    unit: str
    statuses: dict[str, str]  # module code -> requirement status
    overall: str


def _fit(text: str, font: str, size: float, width: float) -> tuple[str, float]:
    """The text and a size at which it fits: smaller type first, cut with … only if need be."""
    while size > 5.5 and stringWidth(text, font, size) > width:
        size -= 0.5
    if stringWidth(text, font, size) <= width:
        return text, size
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…", size


def roster_pdf(rows: Sequence[RosterRow], modules: Sequence[str], context: ReportContext) -> bytes:
    buffer = io.BytesIO()
    canvas = ReportCanvas(buffer, pagesize=PAGE, context=context, pageCompression=1)
    width, height = PAGE
    fixed = [("Service no.", 58.0), ("Name", 150.0), ("Cont.", 30.0), ("Unit", 110.0)]
    overall_width = 52.0
    available = width - 2 * MARGIN - sum(w for _, w in fixed) - overall_width
    module_width = max(14.0, min(34.0, available / max(1, len(modules))))
    top = height - 40
    bottom = 44.0
    per_page = int((top - HEADER_HEIGHT - bottom) // ROW_HEIGHT)

    def legend() -> None:
        canvas.setFont(SANS, 7)
        x = MARGIN
        for status, (mark, colour) in MARKS.items():
            canvas.setFillColor(colour)
            canvas.rect(x, 28, 9, 9, stroke=0, fill=1)
            canvas.setFillColorRGB(0, 0, 0)
            canvas.drawCentredString(x + 4.5, 30, mark)
            canvas.drawString(x + 12, 30, status)
            x += 62
        canvas.drawString(x, 30, "blank: not required")

    def header() -> float:
        canvas.setFillColor(LIGHT)
        canvas.rect(
            MARGIN, top - HEADER_HEIGHT, width - 2 * MARGIN, HEADER_HEIGHT, stroke=0, fill=1
        )
        canvas.setFillColor(NAVY)
        canvas.setFont(SANS_BOLD, 7.5)
        x = MARGIN + 3
        for label, column_width in fixed:
            canvas.drawString(x, top - HEADER_HEIGHT + 5, label)
            x += column_width
        canvas.setFont(SANS_BOLD, 6)
        for code in modules:
            canvas.saveState()
            canvas.translate(x + module_width / 2 + 2, top - HEADER_HEIGHT + 3)
            canvas.rotate(60)
            canvas.drawString(0, 0, code)
            canvas.restoreState()
            x += module_width
        canvas.setFont(SANS_BOLD, 7.5)
        canvas.drawString(x + 3, top - HEADER_HEIGHT + 5, "Overall")
        return top - HEADER_HEIGHT

    if not rows:
        header()
        canvas.setFont(SANS, 10)
        canvas.drawString(MARGIN, top - HEADER_HEIGHT - 20, "No officers match.")
        legend()
        canvas.showPage()
    for start in range(0, len(rows), per_page):
        y = header()
        for index, row in enumerate(rows[start : start + per_page]):
            y -= ROW_HEIGHT
            if index % 2:
                canvas.setFillColor(HexColor("#F7F8FA"))
                canvas.rect(MARGIN, y, width - 2 * MARGIN, ROW_HEIGHT, stroke=0, fill=1)
            canvas.setFillColorRGB(0, 0, 0)
            canvas.setFont(SANS, 7)
            x = MARGIN + 3
            for value, (_, column_width) in zip(
                (row.service_number, row.name, row.contingent, row.unit), fixed, strict=True
            ):
                fitted, size = _fit(value, SANS, 7, column_width - 6)
                canvas.setFont(SANS, size)
                canvas.drawString(x, y + 3.5, fitted)
                x += column_width
            for code in modules:
                status = row.statuses.get(code)
                if status:
                    mark, colour = MARKS[status]
                    canvas.setFillColor(colour)
                    canvas.rect(x + 1, y + 1, module_width - 2, ROW_HEIGHT - 2, stroke=0, fill=1)
                    canvas.setFillColorRGB(0, 0, 0)
                    canvas.drawCentredString(x + module_width / 2, y + 3.5, mark)
                x += module_width
            canvas.setFillColor(OVERALL_COLOURS.get(row.overall, GREY))
            canvas.setFont(SANS_BOLD, 7)
            canvas.drawString(x + 3, y + 3.5, OVERALL.get(row.overall, row.overall))
        legend()
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
