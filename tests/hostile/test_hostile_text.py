"""Names and notes with markup, formulas, SQL, control characters, right-to-left and very long
text are stored and shown exactly and harmlessly: in the database, in officer search, in CSV
and XLSX exports (formulas neutralised, and an export imports back unchanged), in every PDF
(ReportLab reads Paragraph text as markup) and in the app's tables."""

import datetime as dt
import io
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from mss_training.db import Database, open_database
from mss_training.documents.certificate import CertificateContent, certificates_pdf
from mss_training.documents.layout import ReportContext
from mss_training.documents.readiness_report import (
    ContingentLine,
    GapLine,
    Lack,
    OfficerLine,
    ReadinessReportData,
    readiness_report_pdf,
)
from mss_training.documents.roster import RosterRow, roster_pdf
from mss_training.documents.signin import Attendee, SignInSheet, sign_in_pdf
from mss_training.domain import Outcome
from mss_training.errors import InputError
from mss_training.io.sheets import read_rows
from mss_training.io.tables import write_table
from mss_training.services.exports import personnel_table
from mss_training.services.personnel import (
    OfficerInput,
    OfficerRef,
    add_officers,
    fold_for_search,
    officer_details,
    officer_rows,
    search_officer_ids,
)
from mss_training.services.reports import sign_in_sheet_pdf
from mss_training.services.results_import import preview_results_import
from mss_training.services.roster_import import preview_roster_import
from mss_training.services.training import AttendeeResult, SessionInput, record_session
from tests.mission import ACTOR, Mission
from tests.sheets import write_csv

# Each is a family name as someone typed or pasted it (no surrounding blanks: names are trimmed).
HOSTILE_NAMES = [
    "<b>Bold</b>", "Smith &amp; Sons", "A & B", "x < y > z", "<font color=red>Red</font>",
    "<para>Para</para>", "<img src=\"x.png\"/>", "=1+1", "+1 876", "-2", "@SUM(A1:A9)",
    "=HYPERLINK(\"http://evil\",\"click\")", "O'Brien", 'Say "hi"',
    "Robert'); DROP TABLE officers;--", "100%_", "50 % off", "back\\slash",
    "عبد الله", "דוד בן-גוריון", "\u202eevil\u202c",
    "Zoë Dorélien", "Nguyễn Văn", "Tab\tInside", "Bell\x07Char", "Esc\x1b[31mRed", "😀 Smile",
]  # fmt: skip
LONG_NAME = "Wanjiku-" * 24 + "Otieno"  # 198 characters, within the 200 a name may hold


def _officer(index: int, name: str) -> OfficerInput:
    return OfficerInput("KEN", f"K{index:03d}", name, f"G {name}", rank=name[:100], unit=name)


ODD_NAMES = [name for name in HOSTILE_NAMES if "\x07" in name or "\x1b" in name]
PRINTABLE = [name for name in HOSTILE_NAMES if name.isprintable()]
RIGHT_TO_LEFT = {"عبد الله", "דוד בן-גוריון"}
# Text pypdf reads back exactly. Right-to-left text is drawn shaped on certificates (joined
# forms, which NFKC folds back to letters) and unshaped elsewhere, and pypdf cannot read
# back characters beyond U+FFFF: those are checked letter by letter instead.
EXACT = [n for n in PRINTABLE if n not in RIGHT_TO_LEFT and all(ord(c) <= 0xFFFF for c in n)]


@pytest.fixture
def mission(database_url: str) -> Iterator[Database]:
    with open_database(database_url) as database:
        Mission.set_up(database)
        with database.transaction() as session:
            add_officers(
                session,
                [_officer(index, name) for index, name in enumerate([*HOSTILE_NAMES, LONG_NAME])],
                ACTOR,
            )
        yield database


def _all_officers(database: Database) -> dict[str, tuple[str, str, str | None, str | None]]:
    with database.reading() as session:
        ids = search_officer_ids(session)
        return {
            row.service_number: (row.family_name, row.given_names, row.rank, row.unit)
            for row in officer_rows(session, ids)
        }


def test_names_are_stored_exactly(mission: Database) -> None:
    stored = _all_officers(mission)
    for index, name in enumerate([*HOSTILE_NAMES, LONG_NAME]):
        assert stored[f"K{index:03d}"] == (name, f"G {name}", name[:100], name)
    with mission.reading() as session:
        details = officer_details(session, search_officer_ids(session, "K000")[0])
    assert details.family_name == HOSTILE_NAMES[0]


def test_search_treats_every_character_as_itself(mission: Database) -> None:
    """ "%" and "_" match only themselves, quotes and ";" break nothing, accents are ignored."""
    with mission.reading() as session:
        everyone = {
            row.id: fold_for_search(row.family_name, row.given_names, row.service_number)
            for row in officer_rows(session, search_officer_ids(session))
        }
        for query in [*HOSTILE_NAMES, "%", "_", "'", '"', ";", "--", "\\", "Dorelien"]:
            words = fold_for_search(query).split()
            expected = {i for i, text in everyone.items() if all(w in text for w in words)}
            found = set(search_officer_ids(session, query))
            assert found == expected, query
        assert len(search_officer_ids(session, "%")) == 2  # "100%_" and "50 % off"


def test_text_a_database_cannot_hold_is_refused_plainly_on_every_backend(
    mission: Database,
) -> None:
    """PostgreSQL refuses NUL and text longer than its column; SQLite would take both. Both
    now give the same plain answer before anything is written."""
    for family_name, why in [
        ("Nul\x00Byte", "family name contains a NUL character"),
        ("x" * 201, "family name is longer than 200 characters"),
    ]:
        with pytest.raises(InputError, match=why), mission.transaction() as session:
            add_officers(session, [OfficerInput("KEN", "NEW1", family_name, "Test")], ACTOR)
    with pytest.raises(InputError, match="place is longer than 300"), mission.transaction() as s:
        record_session(
            s,
            SessionInput("PF", dt.date(2026, 1, 5), dt.date(2026, 1, 5), "y" * 301),
            ACTOR,
        )
    with mission.reading() as session:
        assert search_officer_ids(session, "NEW1") == []
        assert search_officer_ids(session, "Nul\x00Byte") == []


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_neutralises_formulas_and_imports_back_unchanged(
    mission: Database, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"personnel{suffix}"
    with mission.reading() as session:
        table = personnel_table(session)
        write_table(path, table.headers, table.rows, title=table.title)

    if suffix == ".csv":
        text = path.read_text(encoding="utf-8-sig")
        for formula in ("=1+1", "+1 876", "-2", "@SUM(A1:A9)"):
            assert f",'{formula}," in text  # the family name column, neutralised
        assert ",=1+1," not in text
    else:
        sheet = load_workbook(path).worksheets[0]
        formula_cells = [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]
        assert formula_cells == []  # "=1+1" is text in the workbook, never a formula
    exported = {row.cells[0]: row.cells[1] for row in list(read_rows(path))[1:]}
    assert exported["K007"] == "=1+1"

    with mission.reading() as session:
        preview = preview_roster_import(session, path)
    assert preview.rejected == ()
    # XML cannot hold a bell or an escape character: a workbook leaves them out.
    not_in_xml = 0 if suffix == ".csv" else len(ODD_NAMES)
    assert (preview.created, preview.updated) == (0, not_in_xml)
    assert preview.unchanged == len(HOSTILE_NAMES) + 1 - not_in_xml


def test_tab_and_carriage_return_before_a_formula_are_neutralised_too(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    notes = ["\t=cmd|' /C calc'!A0", "\r=1+1", "'=already quoted"]
    write_table(path, ["number", "note"], [[index, note] for index, note in enumerate(notes)])
    raw = path.read_bytes().decode("utf-8-sig")
    # A tab or carriage return can itself start a cell: the formula after it is guarded too.
    assert "'\t'=cmd" in raw and "'\r'=1+1" in raw
    assert [row.cells[1] for row in list(read_rows(path))[1:]] == notes


# ---- PDFs -----------------------------------------------------------------------------------


def _pdf_text(data: bytes) -> str:
    """The text of every page, without spaces and line breaks (layout decides those)."""
    reader = PdfReader(io.BytesIO(data))
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


def _shown(text: str, pdf: str) -> bool:
    return "".join(text.split()) in pdf


CONTEXT = ReportContext("Hostile <b>title</b> & co", dt.datetime(2026, 11, 27, 9))


def _certificate(name: str, place: str) -> CertificateContent:
    return CertificateContent(
        serial="MSS-2026-000001", family_name=name, given_names="<i>Given</i>",
        service_number="K&001", rank="Sgt <br/>", contingent="Kenya", contingent_code="KEN",
        module_code="PF", module_title="Conduct & <b>discipline</b>", hours=4,
        completed_on=dt.date(2026, 1, 5), expires_on=None, issuing_authority="HQ &amp; co",
        issuing_site=place, signatory_name="=Signer", signatory_title="Chief <u>x</u>",
        language="fr", code="MSS1.abc",
    )  # fmt: skip


def test_every_pdf_prints_hostile_text_as_typed() -> None:
    names = PRINTABLE
    certificates = _pdf_text(
        certificates_pdf([_certificate(name, f"Site {name}") for name in names], "Certificates")
    )
    signin = _pdf_text(
        sign_in_pdf(
            SignInSheet(
                module_code="PF", module_title="Conduct & <b>discipline</b>",
                starts_on=dt.date(2026, 1, 5), ends_on=dt.date(2026, 1, 5),
                location="<font size=40>Range</font> & Hall", instructors="O'Brien; <b>Smith</b>",
                language="en",
                attendees=[Attendee(f"K{i}", name, f"G {name}", name, "KEN")
                           for i, name in enumerate(names)],
            ),
            CONTEXT,
        )
    )  # fmt: skip
    roster = _pdf_text(
        roster_pdf(
            [RosterRow(f"K{i}", name, "KEN", name, {"PF": "current"}, "ready")
             for i, name in enumerate(names)],
            ["PF"],
            CONTEXT,
        )
    )  # fmt: skip
    readiness = _pdf_text(
        readiness_report_pdf(
            ReadinessReportData(
                as_of=dt.date(2026, 11, 27), warn_days=30,
                scope="10 active officers of <b>1st FPU</b> & co, contingent KEN; all phases.",
                contingents=[ContingentLine("KEN", "Kenya <b>&</b>", 5, 2, 3, 7)],
                gaps=[GapLine("PF", "Conduct & <b>discipline</b>", 1, 2, 3)],
                not_ready=[],
                expiring=[OfficerLine("KEN", f"K{i}", name, name,
                                      [Lack("PF", "expiring", dt.date(2026, 12, 1))])
                          for i, name in enumerate(names)],
            ),
            CONTEXT,
        )
    )  # fmt: skip

    for name in EXACT:
        assert _shown(name, certificates), name
        assert _shown(f"Site {name}", certificates), name
        assert _shown(f"{name.upper()}, G {name}", signin), name
        assert _shown(name, roster), name
        assert _shown(name, readiness), name
    for name in set(PRINTABLE) - set(EXACT):
        for pdf in (certificates, signin, roster, readiness):
            folded = unicodedata.normalize("NFKC", pdf)
            assert all(char in pdf or char in folded for char in name if char.isalpha()), name
    assert _shown("<font size=40>Range</font> & Hall", signin)
    assert _shown("O'Brien; <b>Smith</b>", signin)
    assert _shown("Conduct & <b>discipline</b>", signin + certificates + readiness)
    assert _shown("<b>1st FPU</b> & co", readiness)
    assert _shown("Hostile <b>title</b> & co", roster + readiness + signin)


def test_control_characters_and_long_names_do_not_break_a_pdf() -> None:
    odd = [name for name in HOSTILE_NAMES if not name.isprintable()] + [LONG_NAME, "x" * 200]
    certificates = _pdf_text(certificates_pdf([_certificate(n, "Site") for n in odd], "C"))
    assert certificates.count("CertificateofCompletion") == len(odd)
    assert _shown(LONG_NAME, certificates)

    # The longest name an officer can have (200 + 200 characters) is wrapped inside the
    # border, every letter of it printed; centred text starting inside it ends inside it.
    longest = replace(_certificate("W" * 200, "Site"), given_names="Jean-" * 40)
    page = PdfReader(io.BytesIO(certificates_pdf([longest], "C"))).pages[0]
    starts: list[float] = []
    page.extract_text(
        visitor_text=lambda text, cm, tm, *_: (
            starts.append(tm[4] * cm[0] + cm[4]) if text.strip() else None
        )
    )
    assert min(starts) >= 36  # the inner border
    assert _shown("Jean-" * 40 + "W" * 200, "".join(page.extract_text().split()))
    roster = roster_pdf([RosterRow("K1", n, "KEN", n, {}, "ready") for n in odd], ["PF"], CONTEXT)
    assert len(PdfReader(io.BytesIO(roster)).pages) == 1


def test_a_sign_in_sheet_from_the_database_prints_what_was_recorded(mission: Database) -> None:
    with mission.transaction() as session:
        recorded = record_session(
            session,
            SessionInput(
                "PF", dt.date(2026, 1, 5), dt.date(2026, 1, 5),
                location="<b>Camp</b> & 'Range' -- ; %", instructors="=Chief <i>O'Brien</i>",
                results=tuple(AttendeeResult(OfficerRef("KEN", f"K{i:03d}"), outcome=Outcome.PASS)
                              for i in range(len(HOSTILE_NAMES)) if HOSTILE_NAMES[i].isprintable()),
            ),
            ACTOR,
        )  # fmt: skip
    with mission.reading() as session:
        text = _pdf_text(sign_in_sheet_pdf(session, recorded.uid.hex[:8]))
    assert _shown("<b>Camp</b> & 'Range' -- ; %", text)
    assert _shown("=Chief <i>O'Brien</i>", text)
    for name in EXACT:
        assert _shown(f"{name.upper()}, G {name}", text), name


def test_a_results_sheet_whose_text_no_session_can_hold_is_rejected_by_row(
    mission: Database, tmp_path: Path
) -> None:
    header = ["service number", "contingent", "module", "date", "outcome", "instructor", "location"]
    rows = [
        # One session (PF, 5 January, Range) named by three instructors of 200 characters.
        ["K000", "KEN", "PF", "2026-01-05", "pass", "A" * 200, "Range"],
        ["K001", "KEN", "PF", "2026-01-05", "pass", "B" * 200, "Range"],
        ["K002", "KEN", "PF", "2026-01-05", "pass", "C" * 200, "Range"],
        ["K003", "KEN", "PF", "2026-01-05", "pass", "D" * 501, "Hall"],
        ["K004", "KEN", "PF", "2026-01-05", "pass", "Otieno", "E" * 301],
        ["K005", "KEN", "PF", "2026-01-06", "pass", "=Chief <b>O'Brien</b>", "<i>Camp</i>"],
    ]
    path = write_csv(tmp_path / "results.csv", [header, *rows])
    with mission.reading() as session:
        preview = preview_results_import(session, path, today=dt.date(2026, 11, 27))
    reasons = {problem.row: problem.reason for problem in preview.rejected}
    assert set(reasons) == {2, 3, 4, 5, 6}
    assert reasons[2] == "the instructors named for this session come to more than 500 characters"
    assert reasons[5] == "instructor is longer than 500 characters"
    assert reasons[6] == "location is longer than 300 characters"
    assert [line.location for line in preview.lines] == ["<i>Camp</i>"]
