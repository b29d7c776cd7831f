"""Hand-written baselines for the newer documents: what a competent engineer writes with the
bare libraries (ReportLab's platypus, `sqlite3`, `json`, `cryptography`) to make the same
pages or the same signed file, with none of the program's layers.

Each takes the same data the product draws (or reads the same rows itself), uses the same
embedded DejaVu fonts, and is checked by the benchmark to do the same work before it is
timed: the same number of pages, or the same officers and requirements.
"""

import datetime as dt
import functools
import hashlib
import io
import json
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"
SANS, BOLD = "Base-Sans", "Base-Sans-Bold"
NAVY, GREY, LIGHT = HexColor("#1F3A5F"), HexColor("#555555"), HexColor("#E8EDF3")


@functools.cache
def register_fonts() -> None:
    """The same DejaVu files the product embeds, registered once (outside any timing)."""
    for name, file in (
        ("Base-Sans", "DejaVuSans.ttf"),
        ("Base-Sans-Bold", "DejaVuSans-Bold.ttf"),
        ("Base-Serif", "DejaVuSerif.ttf"),
        ("Base-Serif-Bold", "DejaVuSerif-Bold.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / file)))


HEADING = ParagraphStyle("h", fontName=BOLD, fontSize=16, leading=20, textColor=NAVY)
SUBHEADING = ParagraphStyle("s", fontName=BOLD, fontSize=11, leading=15, textColor=NAVY)
BODY = ParagraphStyle("b", fontName=SANS, fontSize=9, leading=12, textColor=GREY)
CELL = ParagraphStyle("c", fontName=SANS, fontSize=7.5, leading=9)


def numbered_canvas(title: str, footer: str) -> type[Canvas]:
    """ReportLab's well-known recipe for "page X of Y": keep each page's state, draw the
    header and footer on save, when the count is known."""

    class Numbered(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = SANS
            super().__init__(*args, **kwargs)
            self.pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self.pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            width, height = self._pagesize
            for number, state in enumerate(self.pages, start=1):
                self.__dict__.update(state)
                self.setFillColor(NAVY)
                self.setFont(BOLD, 9)
                self.drawString(36, height - 22, title)
                self.setFont(SANS, 7.5)
                self.drawRightString(width - 36, height - 22, "MSS Training")
                self.setStrokeColor(LIGHT)
                self.line(36, height - 27, width - 36, height - 27)
                self.setFillColor(GREY)
                self.setFont(SANS, 7)
                self.drawString(36, 18, footer)
                self.drawRightString(width - 36, 18, f"Page {number} of {len(self.pages)}")
                super().showPage()
            super().save()

    return Numbered


HEAD_CELL = ParagraphStyle("head", fontName=BOLD, fontSize=8, leading=10)


def fitted_widths(header: Sequence[object], widths: Sequence[float]) -> list[float]:
    """``widths``, no column narrower than its header's longest word (the room taken from
    the widest column), as the product's lists do.

    A copy of the product's rule (``_fitted_widths`` in mss_training/documents/layout.py)
    on purpose, since a baseline uses none of the program's code;
    tests/test_document_baselines.py keeps the two from drifting apart.
    """
    widths = list(widths)
    extra = 0.0
    for index, h in enumerate(header):
        if isinstance(h, str) and h.split():
            needed = max(stringWidth(word, BOLD, 8) for word in h.split()) + 12
            if widths[index] < needed:
                extra, widths[index] = extra + needed - widths[index], needed
    if extra:
        widest = max(range(len(widths)), key=widths.__getitem__)
        widths[widest] -= extra
    return widths


def table(rows: Sequence[Sequence[object]], widths: Sequence[float], numbers_from: int) -> Table:
    """A plain platypus table with a repeated header, styled as the product's lists; a
    header wider than its column wraps in it, and columns are fitted to their headers."""
    widths = fitted_widths(rows[0], widths)
    head = [
        Paragraph(escape(h), HEAD_CELL)
        if isinstance(h, str) and stringWidth(h, BOLD, 8) > width - 12
        else h
        for h, width in zip(rows[0], widths, strict=True)
    ]
    made = Table([head, *rows[1:]], colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    made.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), BOLD, 8),
                ("FONT", (0, 1), (-1, -1), SANS, 8),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, LIGHT),
                ("ALIGN", (numbers_from, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ]
        )
    )
    return made


def section(
    heading: str,
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    numbers_from: int,
    empty: str,
    *,
    space: float = 10,
) -> list[Flowable]:
    """A subheading over its table (``rows``, the header first), or over the sentence
    ``empty`` where the table has no row under its header."""
    body = table(rows, widths, numbers_from) if len(rows) > 1 else Paragraph(empty, BODY)
    return [Spacer(1, space), Paragraph(heading, SUBHEADING), body]


def cell(text: str, width: float) -> str | Flowable:
    """The string itself where it fits on one line (a table draws it fastest), else a
    wrapping Paragraph: what anyone who has profiled a ReportLab table does."""
    if "\n" not in text and stringWidth(text, SANS, 8) <= width - 12:
        return text
    return Paragraph(escape(text), CELL)


def build(story: list[Flowable], title: str, footer: str) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=30, rightMargin=30, topMargin=46, bottomMargin=36,
        title=title,
    )  # fmt: skip
    document.build(story, canvasmaker=numbered_canvas(title, footer))
    return buffer.getvalue()


def _day(day: dt.date | None) -> str:
    return day.isoformat() if day else "—"


_OUTCOMES = {"pass": "pass", "fail": "fail", "attended": "attended", "absent": "absent"}


def transcript_by_hand(officer: Any, as_of: dt.date, issuer: str) -> bytes:
    """One officer's transcript (an ``OfficerTranscript``: the data the product draws) in
    English: the same headings, sentences and tables, with bare platypus."""
    register_fonts()
    results = (55, 45, 100, 70, 85, 80, 88)

    def outcome(entry: Any) -> str:
        text = _OUTCOMES.get(entry.outcome, entry.outcome) + (
            f" ({entry.score:g})" if entry.score is not None else ""
        )
        if entry.kind == "void":
            text = "VOID"
        elif entry.kind == "amendment":
            text = f"{text}, correction"
        return f"{text} — replaced later" if entry.superseded else text

    details = [f"Service number {officer.service_number} · contingent {officer.contingent}"]
    details += [f"Unit {officer.unit}"] if officer.unit else []
    details += [f"Rank {officer.rank}"] if officer.rank else []
    details.append(f"Status {officer.status.replace('_', ' ')}")
    story: list[Flowable] = [
        Paragraph(escape(f"{officer.family_name.upper()}, {officer.given_names}"), HEADING),
        Paragraph(escape(" · ".join(details)), BODY),
        Paragraph(escape(f"Records as of {as_of:%d %B %Y}, kept by {issuer}."), BODY),
    ]
    story += section(
        "Qualifications held",
        [["Module", "Title", "Gained on", "Valid until"]]
        + [
            [q.module, cell(q.title, 330), _day(q.completed_on), _day(q.expires_on)]
            for q in officer.qualifications
        ],
        (60, 330, 65, 65),
        4,
        "No qualification is current on this day.",
    )
    if officer.qualifications:
        story.append(
            Paragraph("Each is also in this pack as a signed Open Badges 3.0 credential.", BODY)
        )
    heads = ["Completed", "Module", "Outcome", "Session", "Where", "Instructors", "Note"]
    story += section(
        "Results",
        [heads]
        + [
            [
                _day(r.completed_on),
                r.module,
                cell(outcome(r), results[2]),
                cell(r.session_dates, results[3]),
                cell(r.location, results[4]),
                cell(r.instructors or "—", results[5]),
                cell(r.reason, results[6]),
            ]
            for r in officer.results
        ],
        results,
        7,
        "No result is recorded.",
    )
    story += section(
        "Certificates",
        [["Serial", "Module", "Issued on", "Expires on", "Status"]]
        + [
            [c.serial, c.module, _day(c.issued_on), _day(c.expires_on), c.status]
            for c in officer.certificates
        ],
        (140, 60, 70, 70, 70),
        5,
        "No certificate was issued.",
    )
    story += section(
        "Exemptions and equivalences",
        [["Module", "Kind", "Granted on", "Valid until", "Approved by"]]
        + [
            [e.module, e.kind, _day(e.granted_on), _day(e.valid_until), cell(e.approved_by, 180)]
            for e in officer.exemptions
        ],
        (60, 80, 70, 70, 180),
        5,
        "None.",
    )
    title = f"Training transcript · {officer.contingent} {officer.service_number}"
    footer = f"As of {as_of:%d %B %Y} · Generated {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC"
    return build(story, title, f"{footer} · Issued by {issuer}")


def plan_by_hand(
    title: str,
    summary: str,
    modules: Sequence[Sequence[str]],
    refreshers: Sequence[Sequence[str]],
    deploy_on: dt.date,
) -> bytes:
    """The training plan's two tables (the same cells the product draws) under the same
    headings, with bare platypus."""
    register_fonts()

    def wrapped(row: Sequence[str], columns: tuple[int, ...]) -> list[str | Flowable]:
        return [Paragraph(escape(t), CELL) if i in columns else t for i, t in enumerate(row)]

    story: list[Flowable] = [
        Paragraph(escape(title), HEADING),
        Paragraph(escape(summary), BODY),
    ]
    heads = ["Module", "Title", "Officers", "Sessions", "Days", "Not before", "Start by",
             "Prerequisites", "Instructors"]  # fmt: skip
    story += section(
        "What to teach, by when",
        [heads, *(wrapped(row, (1, 7, 8)) for row in modules)],
        (48, 100, 42, 44, 34, 55, 55, 65, 80),
        2,
        "Every officer will be current on the deployment date.",
    )
    story += section(
        "Refreshers due during the tour",
        [["Month", "Module", "Officers", "Due by", "Service numbers"],
         *(wrapped(row, (4,)) for row in refreshers)],
        (45, 55, 42, 60, 321),
        2,
        "No qualification held on arrival lapses during the tour.",
        space=12,
    )  # fmt: skip
    footer = f"As of {deploy_on:%d %B %Y} · Generated {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC"
    return build(story, title, footer)


_WORST = {"expired": 2, "missing": 2, "expiring": 1, "current": 0, "exempt": 0}
_OVERALL = {0: "ready", 1: "expiring", 2: "not_ready"}


def snapshot_by_hand(
    path: str, rows_sql: str, as_of: dt.date, warn_days: int, key: Ed25519PrivateKey
) -> tuple[dict[str, Any], str]:
    """The signed snapshot's work with the bare libraries: the hand-written readiness SQL
    (``readiness_sql_by_hand``), each active officer's requirements grouped in roster
    order, the counts, the document signed with Ed25519 over its canonical JSON, the
    fingerprint, the kept file indented, stored in a table of the database.

    Left out: holds (none on the benchmark's mission), the audit entry and the PDF report.
    Returns the readiness part (for the check) and the kept file.
    """
    with sqlite3.connect(path) as connection:
        modules = dict(connection.execute("SELECT id, code FROM modules"))
        by_officer: dict[int, list[dict[str, Any]]] = {}
        for officer_id, module_id, status, completed_on, expires_on in connection.execute(rows_sql):
            by_officer.setdefault(officer_id, []).append(
                {"module": modules[module_id], "status": status,
                 "completed_on": completed_on, "expires_on": expires_on}
            )  # fmt: skip
        officers = []
        counts: dict[str, dict[str, int]] = {}
        for officer_id, number, contingent, unit, family, given in connection.execute(
            "SELECT o.id, o.service_number, c.code, u.name, o.family_name, o.given_names"
            " FROM officers o JOIN contingents c ON c.id = o.contingent_id"
            " LEFT JOIN units u ON u.id = o.unit_id WHERE o.status = 'active'"
            " ORDER BY c.code, o.family_name, o.given_names, o.service_number"
        ):
            requirements = sorted(by_officer.pop(officer_id, []), key=lambda r: r["module"])
            status = _OVERALL[max((_WORST[r["status"]] for r in requirements), default=0)]
            officers.append(
                {"service_number": number, "contingent": contingent, "unit": unit,
                 "family_name": family, "given_names": given, "status": status,
                 "deployable": status != "not_ready", "holds": [],
                 "requirements": requirements}
            )  # fmt: skip
            tally = counts.setdefault(contingent, dict.fromkeys(_OVERALL.values(), 0))
            tally[status] += 1
        readiness = {
            "as_of": as_of.isoformat(), "warn_days": warn_days, "phase": None,
            "officers": officers, "summary": counts,
        }  # fmt: skip
        body = {"format": "mss-training readiness snapshot", "as_of": as_of.isoformat(),
                "readiness": readiness}  # fmt: skip
        message = (
            b"mss-training readiness snapshot\n"
            + json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
        )
        signature = key.sign(message)
        fingerprint = hashlib.sha256(message).hexdigest()[:16]
        kept = json.dumps(
            {"snapshot": body, "signature": {"algorithm": "Ed25519", "value": signature.hex()}},
            ensure_ascii=False,
            indent=1,
        )
        connection.execute("CREATE TEMP TABLE IF NOT EXISTS kept (fingerprint, document)")
        connection.execute("INSERT INTO kept VALUES (?, ?)", (fingerprint, kept))
    return readiness, kept


def page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def same_pages(product: Callable[[], bytes], baseline: Callable[[], bytes], what: str) -> None:
    """The baseline must draw as many pages as the product, or it does less work."""
    made, by_hand = page_count(product()), page_count(baseline())
    assert made == by_hand, f"{what}: the product made {made} pages, the baseline {by_hand}"


# The roster's cell colours and marks, as a competent engineer would copy them.
ROSTER_MARKS = {
    "current": ("✓", HexColor("#CDEBD3")),
    "expiring": ("!", HexColor("#FBE3B5")),
    "expired": ("✗", HexColor("#F5C2C0")),
    "missing": ("–", HexColor("#F5C2C0")),
    "exempt": ("E", HexColor("#E4E4E4")),
}
ROSTER_OVERALL = {
    "ready": ("Ready", HexColor("#1E7B34")),
    "expiring": ("Expiring", HexColor("#9A6700")),
    "not_ready": ("Not ready", HexColor("#B3261E")),
}


def roster_by_hand(rows: Sequence[Any], modules: Sequence[str], title: str) -> bytes:
    """The completion roster on a bare canvas: the same landscape page, DejaVu fonts and
    compression; per row the same five text columns (name, rank and unit wrapped by
    ReportLab's ``simpleSplit``), a coloured cell and mark per module, the overall status;
    shaded alternate rows, a header band and a legend on every page, "page X of Y"."""
    from reportlab.lib.pagesizes import landscape
    from reportlab.lib.utils import simpleSplit

    register_fonts()
    width, height = landscape(A4)
    buffer = io.BytesIO()
    canvas = numbered_canvas(title, "Completion roster")(
        buffer, pagesize=(width, height), pageCompression=1
    )
    columns = (("Service no.", 58.0), ("Name", 150.0), ("Rank", 80.0), ("Cont.", 30.0),
               ("Unit", 90.0))  # fmt: skip
    module_width = max(14.0, min(40.0, (width - 72 - 408 - 56) / max(1, len(modules))))
    # Codes too wide for their columns are headed 1, 2, 3… with a key at each page's foot.
    numbered = any(stringWidth(code, BOLD, 6) > module_width - 2 for code in modules)
    heads = [str(n) for n in range(1, len(modules) + 1)] if numbered else list(modules)
    key = ["Modules:"]
    for head, code in zip(heads, modules, strict=True) if numbered else ():
        entry = f"{head} {code}"
        if stringWidth(f"{key[-1]}  {entry}", SANS, 6.5) <= width - 72:
            key[-1] = f"{key[-1]}  {entry}"
        else:
            key.append(entry)
    key = key if numbered else []
    top, bottom = height - 40, 42.0 + len(key) * 8.5
    shade = HexColor("#F7F8FA")

    def header() -> float:
        canvas.setFillColor(LIGHT)
        canvas.rect(36, top - 24, width - 72, 24, stroke=0, fill=1)
        canvas.setFillColor(NAVY)
        canvas.setFont(BOLD, 7.5)
        x = 39.0
        for label, column_width in columns:
            canvas.drawString(x, top - 17, label)
            x += column_width
        canvas.setFont(BOLD, 6)
        for head in heads:
            canvas.drawCentredString(x + module_width / 2, top - 17, head)
            x += module_width
        canvas.drawString(x + 3, top - 17, "Overall")
        return top - 24

    def legend() -> None:
        canvas.setFont(SANS, 7)
        x = 36.0
        for status, (mark, colour) in ROSTER_MARKS.items():
            canvas.setFillColor(colour)
            canvas.rect(x, 28, 9, 9, stroke=0, fill=1)
            canvas.setFillColorRGB(0, 0, 0)
            canvas.drawCentredString(x + 4.5, 30, mark)
            canvas.drawString(x + 12, 30, status)
            x += 24 + stringWidth(status, SANS, 7)
        canvas.setFont(SANS, 6.5)
        for number, line in enumerate(reversed(key)):
            canvas.drawString(36, 42 + number * 8.5, line)

    y = header()
    for index, row in enumerate(rows):
        values = (row.service_number, row.name, row.rank, row.contingent, row.unit)
        lines = [
            simpleSplit(value, SANS, 7, column_width - 6) or [""]
            for value, (_, column_width) in zip(values, columns, strict=True)
        ]
        row_height = max(12.5, max(len(cell) for cell in lines) * 8 + 4.5)
        if y - row_height < bottom:
            legend()
            canvas.showPage()
            y = header()
        y -= row_height
        if index % 2:
            canvas.setFillColor(shade)
            canvas.rect(36, y, width - 72, row_height, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont(SANS, 7)
        first_line, x = y + row_height - 9, 39.0
        for cell, (_, column_width) in zip(lines, columns, strict=True):
            for number, line in enumerate(cell):
                canvas.drawString(x, first_line - number * 8, line)
            x += column_width
        for code in modules:
            status = row.statuses.get(code)
            if status:
                mark, colour = ROSTER_MARKS[status]
                canvas.setFillColor(colour)
                canvas.rect(x + 1, y + 1, module_width - 2, row_height - 2, stroke=0, fill=1)
                canvas.setFillColorRGB(0, 0, 0)
                canvas.drawCentredString(x + module_width / 2, first_line, mark)
            x += module_width
        label, colour = ROSTER_OVERALL[row.overall]
        canvas.setFillColor(colour)
        canvas.setFont(BOLD, 7)
        canvas.drawString(x + 3, first_line, label)
    legend()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
