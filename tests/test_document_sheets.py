"""Sign-in sheets, rosters and readiness reports as their readers see them: rows that fit
any name, words broken only between words, every language's words and dates."""

import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import SimpleDocTemplate

from mss_training.cli import main
from mss_training.config import database_url
from mss_training.db import open_database
from mss_training.documents.fonts import SANS, SANS_BOLD, register_fonts
from mss_training.documents.layout import (
    CELL_PADDING,
    MIN_ROWS_AT_BREAK,
    ListTable,
    ReportContext,
    fits_in_cell,
    report_table,
    wrap_words,
)
from mss_training.documents.roster import RosterRow, roster_pdf
from mss_training.documents.signin import Attendee, SignInSheet
from mss_training.documents.wording import DOCUMENT_LANGUAGES, long_date, words
from mss_training.services.readiness import ReadinessQuery
from mss_training.services.readiness_summary import readiness_summary
from mss_training.services.reports import (
    DocumentOptions,
    name_sort_key,
    planned_sign_in_pdf,
    readiness_report_data,
    recent_sessions,
)

NAME_70 = "Wolfeschlegelsteinhausen-Bergerdorff Núñez de la Santísima Trinidad Ry"
NAME_120 = (
    "María José Guadalupe Inmaculada Concepción de los Remedios del Perpetuo Socorro y "
    "Santísima Trinidad Fernández Ortega Pa"
)
THREE_LINE_RANK = "Subcomisionado Jefe de la Policía Nacional Civil de El Salvador"
SITE = "Kiganjo Police Training College"  # the installation the footer names
assert len(NAME_70) == 70 and len(NAME_120) == 120


@dataclass(frozen=True)
class Mark:
    text: str
    x: float
    y: float


def page_marks(data: bytes, page: int = 0) -> tuple[list[Mark], list[float]]:
    """The text pieces of a page with where they start, and the heights of its
    horizontal rules (the table's grid), all in page coordinates."""
    texts: list[Mark] = []
    rules: list[float] = []
    start: list[tuple[float, float]] = []

    def on_text(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            texts.append(Mark(text.strip(), x, y))

    def on_operator(operator: bytes, operands: list[float], cm: list[float], _: object) -> None:
        if operator in (b"m", b"l") and len(operands) == 2:
            x = float(operands[0]) * cm[0] + float(operands[1]) * cm[2] + cm[4]
            y = float(operands[0]) * cm[1] + float(operands[1]) * cm[3] + cm[5]
            if operator == b"l" and start and abs(start[-1][1] - y) < 0.01:
                rules.append(round(y, 2))
            start.append((x, y))

    PdfReader(io.BytesIO(data)).pages[page].extract_text(
        visitor_text=on_text, visitor_operand_before=on_operator
    )
    return texts, sorted(set(rules))


def band(y: float, rules: list[float]) -> tuple[float, float]:
    below = max(rule for rule in rules if rule < y)
    above = min(rule for rule in rules if rule > y)
    return below, above


def sheet(attendees: list[Attendee], language: str = "en", days: int = 1) -> SignInSheet:
    return SignInSheet(
        module_code="UOF-101", module_title="Use of force", starts_on=dt.date(2026, 11, 6),
        ends_on=dt.date(2026, 11, 5 + days), location="Kiganjo", instructors="Insp. Kamau",
        language=language, attendees=attendees, reference="1a2b3c4d",
    )  # fmt: skip


@settings(deadline=None)  # the first example registers the fonts
@given(
    st.lists(
        st.text(st.sampled_from("abcdeWMwmÀÉÑÜßàéñü"), min_size=1, max_size=30),
        min_size=1,
        max_size=12,
    ),
    st.floats(min_value=30, max_value=200),
)
def test_words_wrap_within_the_width_and_break_only_between_them(
    text_words: list[str], width: float
) -> None:
    register_fonts()
    lines = wrap_words(" ".join(text_words), SANS, 9, width)
    assert all(stringWidth(line, SANS, 9) <= width for line in lines)
    # Every line ends at a word's end unless the word alone is wider than the line.
    rebuilt = " ".join(lines)
    for word in text_words:
        if stringWidth(word, SANS, 9) <= width:
            assert word in rebuilt.split(" "), word
    assert "".join(rebuilt.replace("- ", "").split()) == "".join(text_words)


def test_a_title_cut_to_its_lines_ends_at_a_word_with_an_ellipsis() -> None:
    register_fonts()
    title = "Human rights standards in arrest and detention"
    lines = wrap_words(title, SANS, 8, 90, max_lines=2)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert lines[-1][:-1].split()[-1] in title.split(" ")


def test_sign_in_rows_grow_to_fit_names_of_70_and_120_characters_and_long_ranks() -> None:
    attendees = [
        Attendee("GTM-00456", NAME_70, "María José", "Inspector", "GTM"),
        Attendee("SLV-0001", "Hernández", NAME_120, THREE_LINE_RANK, "SLV"),
        Attendee("KEN-00123", "Otieno", "Grace", "Assistant Superintendent", "KEN"),
    ]
    data = planned_sign_in_pdf(sheet(attendees), SITE)
    texts, rules = page_marks(data)
    numbers = {mark.text: mark for mark in texts if mark.x < 60 and mark.text.isdigit()}
    for row, attendee in enumerate(attendees, start=1):
        low, high = band(numbers[str(row)].y, rules)
        inside = [mark for mark in texts if low < mark.y < high and mark.x > 60]
        joined = "".join("".join(mark.text for mark in inside).split())
        # Every letter of the name and rank lies in its own row, clear of the rules.
        assert "".join(f"{attendee.family_name.upper()},{attendee.given_names}".split()) in joined
        assert "".join(attendee.rank.split()) in joined
        assert all(mark.y - low >= 2 and high - mark.y >= 8 for mark in inside)
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    # Ranks break between words: no word of the rank is cut.
    assert "Superintendent" in text and "Subcomisionado" in text


def test_the_sign_in_sheet_names_the_session_signs_each_day_and_keeps_rows_for_walk_ins() -> None:
    attendees = [Attendee(f"K{i}", f"Name{i}", "Given", "Constable", "KEN") for i in range(3)]
    data = planned_sign_in_pdf(sheet(attendees, days=2), SITE)
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "1a2b3c4d" in text
    assert "Day 1" in text and "Day 2" in text and "06/11" in text and "07/11" in text
    assert "6 November 2026 – 7 November 2026" in text
    assert "English" in text and "Database" not in text and ".sqlite" not in text
    texts, _ = page_marks(data)
    numbers = [int(mark.text) for mark in texts if mark.x < 60 and mark.text.isdigit()]
    assert numbers == list(range(1, 3 + 4 + 1))  # three expected, four blank rows


def test_a_sign_in_sheet_is_printed_in_its_sessions_language() -> None:
    attendee = [Attendee("GTM-1", "Pérez", "Ana", "Agente", "GTM")]
    expected = {
        "en": ("Sign-in sheet", "November", "English"),
        "fr": ("Feuille d'émargement", "novembre", "français"),
        "es": ("Hoja de asistencia", "noviembre", "español"),
        "ht": ("Fèy prezans", "novanm", "kreyòl ayisyen"),
    }
    for language in DOCUMENT_LANGUAGES:
        text = PdfReader(io.BytesIO(planned_sign_in_pdf(sheet(attendee, language), SITE))).pages[0]
        extracted = text.extract_text()
        assert all(word in extracted for word in expected[language]), language
        assert "".join(words(language)["service_number"].split()) in "".join(extracted.split())
    # A chosen language overrides the session's.
    spanish = planned_sign_in_pdf(sheet(attendee, "fr"), SITE, "es")
    assert "Hoja de asistencia" in PdfReader(io.BytesIO(spanish)).pages[0].extract_text()


def test_dates_follow_the_language() -> None:
    day = dt.date(2026, 11, 6)
    assert [long_date(day, language) for language in DOCUMENT_LANGUAGES] == [
        "6 November 2026", "6 novembre 2026", "6 de noviembre de 2026", "6 novanm 2026",
    ]  # fmt: skip


def test_names_sort_as_a_person_expects() -> None:
    names = [
        ("WANJIRU", "Grace"), ("wa Thiong'o", "Ngũgĩ"), ("Éboué", "Félix"), ("Ebanks", "Ann"),
        ("ezekiel", "Ruth"), ("Zúñiga", "Luis"), ("Zuniga", "Ana"),
    ]  # fmt: skip
    ordered = sorted(names, key=lambda name: name_sort_key(*name))
    assert ordered == [
        ("Ebanks", "Ann"), ("Éboué", "Félix"), ("ezekiel", "Ruth"), ("wa Thiong'o", "Ngũgĩ"),
        ("WANJIRU", "Grace"), ("Zuniga", "Ana"), ("Zúñiga", "Luis"),
    ]  # fmt: skip


@pytest.fixture
def demo(tmp_path: Path) -> str:
    db = str(tmp_path / "demo.sqlite")
    assert main(["--db", db, "demo", "--officers", "150", "--today", "2026-11-27"]) == 0
    return db


def report_text(db: str, tmp_path: Path, *arguments: str) -> str:
    output = tmp_path / "report.pdf"
    assert main(["--db", db, "report", *arguments, "-o", str(output)]) == 0
    pages = PdfReader(io.BytesIO(output.read_bytes())).pages
    return "\n".join(page.extract_text() for page in pages)


def test_the_readiness_report_reconciles_with_itself_and_the_readiness_service(
    demo: str, tmp_path: Path
) -> None:
    query = ReadinessQuery(as_of=dt.date(2026, 11, 27))
    with open_database(database_url(demo)) as database, database.reading() as session:
        data = readiness_report_data(session, query, DocumentOptions())
        overall = readiness_summary(session, query).overall
    ready = sum(line.ready for line in data.contingents)
    expiring = sum(line.expiring for line in data.contingents)
    not_ready = sum(line.not_ready for line in data.contingents)
    assert (ready, expiring, not_ready) == (overall.ready, overall.expiring, overall.not_ready)
    # Each list holds exactly the officers its figure counts, one row each.
    assert len(data.not_ready) == not_ready and len(data.expiring) == expiring
    assert all(officer.lacks for officer in [*data.not_ready, *data.expiring])
    # Deployable: trained for the day and held back by none of the demo's holds.
    assert overall.trained_but_held > 0
    assert sum(line.deployable for line in data.contingents) == (
        ready + expiring - overall.trained_but_held
    )
    text = report_text(demo, tmp_path, "readiness", "--as-of", "2026-11-27")
    flat = " ".join(text.split())
    assert f"Not ready: {not_ready:,} officers and what each lacks" in flat
    assert f"Expiring: {expiring:,} officers deployable now" in flat
    assert "Mission total" in flat and "Deployable" in flat and "Kenya (KEN)" in flat
    assert all(officer.service_number in text for officer in data.not_ready)
    assert "in the future" not in flat


def test_the_roster_totals_agree_with_the_readiness_service(demo: str, tmp_path: Path) -> None:
    query = ReadinessQuery(as_of=dt.date(2026, 11, 27))
    with open_database(database_url(demo)) as database, database.reading() as session:
        overall = readiness_summary(session, query).overall
    text = " ".join(report_text(demo, tmp_path, "roster", "--as-of", "2026-11-27").split())
    assert (
        f"Totals: {overall.total:,} officers · Ready {overall.ready:,} · "
        f"Expiring {overall.expiring:,} · Not ready {overall.not_ready:,}"
    ) in text
    assert "Completion roster · the whole mission · as of 27 November 2026" in text
    assert "Rank" in text and "Modules: 1 " in text


def test_reports_follow_the_phase_the_future_and_the_language(demo: str, tmp_path: Path) -> None:
    text = report_text(demo, tmp_path, "readiness", "--as-of", "2027-02-01", "--phase",
                       "induction", "--marking", "RESTRICTED", "--sign-off")  # fmt: skip
    flat = " ".join(text.split())
    assert "phase: induction" in flat and "RESTRICTED" in flat and "Approved by" in flat
    assert "1 February 2027 is in the future: these figures assume no further training" in flat
    months = {"fr": "novembre", "es": "noviembre", "ht": "novanm"}
    for language, month in months.items():
        for kind in ("roster", "readiness"):
            text = report_text(demo, tmp_path, kind, "--as-of", "2026-11-27", "--lang", language)
            assert f"27 {month} 2026" in text or f"27 de {month} de 2026" in text, (kind, language)
            assert "November" not in text
    with open_database(database_url(demo)) as database, database.reading() as session:
        reference = recent_sessions(session)[0].reference
    for language, title in (("es", "Hoja de asistencia"), ("ht", "Fèy prezans")):
        text = report_text(demo, tmp_path, "sign-in", "--session", reference, "--lang", language)
        assert title in text


def test_a_roster_row_holds_a_name_of_120_characters_whole() -> None:
    context = ReportContext("Roster", dt.datetime(2026, 11, 27, 9), dt.date(2026, 11, 27))
    row = RosterRow("K1", f"HERNÁNDEZ, {NAME_120}", "SLV", "1st FPU", {}, "ready", THREE_LINE_RANK)
    data = roster_pdf([row], ["UOF-101"], context)
    text = "".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())
    assert "".join(f"HERNÁNDEZ, {NAME_120}".split()) in text
    assert "".join(THREE_LINE_RANK.split()) in text
    assert "…" not in text


def test_the_roster_totals_count_one_officer_as_one_officer() -> None:
    context = ReportContext("Roster", dt.datetime(2026, 11, 27, 9), dt.date(2026, 11, 27))
    rows = [
        RosterRow("K1", "OTIENO, Jane", "KEN", "", {}, "ready"),
        RosterRow("J1", "BROWN, Ryan", "JAM", "", {}, "not_ready"),
        RosterRow("J2", "BROWN, Omar", "JAM", "", {}, "ready"),
    ]
    text = PdfReader(io.BytesIO(roster_pdf(rows, ["UOF-101"], context))).pages[0].extract_text()
    assert "KEN: 1 officer · Ready 1" in text
    assert "JAM: 2 officers · Ready 1" in text


def test_a_list_split_across_pages_leaves_no_lone_rows() -> None:
    register_fonts()
    rows = [["head"]] + [[f"row {index}"] for index in range(10)]
    table = ListTable(rows, repeatRows=1)
    table.wrap(200, 1000)
    row_height = table._rowHeights[1]
    # Room for the header and one row: the table moves whole to the next page.
    assert table.split(200, row_height * 2.5) == []
    # Room for all but one row: three go over together.
    first, rest = table.split(200, row_height * 10.5)
    assert len(rest._cellvalues) - 1 == MIN_ROWS_AT_BREAK
    assert len(first._cellvalues) - 1 == 10 - MIN_ROWS_AT_BREAK


def test_a_header_too_wide_for_its_column_breaks_between_words_in_bold() -> None:
    """A header wider in bold than its column wraps inside it; one that fits in the body's
    font but not in bold wraps too: the header's font is the one measured."""
    register_fonts()
    header = "Valable jusqu'au"
    width = stringWidth(header, SANS_BOLD, 8) + CELL_PADDING - 1  # fits in SANS, not bold
    assert fits_in_cell(header, width) and not fits_in_cell(header, width, SANS_BOLD)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, leftMargin=40, topMargin=40)
    document.build([report_table([["PF", header], ["PF", "2027-02-28"]], [40, width], 2)])
    page = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
    lines: list[tuple[float, str]] = []
    page.extract_text(
        visitor_text=lambda text, _cm, tm, _font, _size: lines.append((tm[5], text.strip()))
    )
    shown = [text for _, text in lines if text in ("Valable", "jusqu'au", "Valable jusqu'au")]
    assert shown == ["Valable", "jusqu'au"]  # two lines, within the column
    assert fits_in_cell("2027-02-28", width)


def test_documents_print_module_titles_in_their_language(demo: str, tmp_path: Path) -> None:
    with open_database(database_url(demo)) as database, database.reading() as session:
        reference = recent_sessions(session, module="UOF-101")[0].reference
    text = report_text(demo, tmp_path, "sign-in", "--session", reference, "--lang", "fr")
    assert "Usage de la force et règles d'engagement" in " ".join(text.split())
    text = report_text(demo, tmp_path, "readiness", "--as-of", "2026-11-27", "--lang", "es")
    assert "Calificación en armas de fuego" in " ".join(text.split())


def test_every_language_has_every_word_with_the_same_placeholders() -> None:
    english = words("en")
    for language in DOCUMENT_LANGUAGES:
        table = words(language)
        assert table.keys() == english.keys(), language
        for key, text in english.items():
            assert re.findall(r"{\w+}", table[key]) == re.findall(r"{\w+}", text), (language, key)
