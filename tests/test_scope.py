"""The scope rule, case by case: what an account limited to Kenya reads of a mission where
Jamaica trains too, through the services the command line and the window share."""

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from mss_training.db import Database, open_database
from mss_training.errors import NotFoundError
from mss_training.services.audit_history import AuditSubject, history_of, recent_entries
from mss_training.services.certificates import (
    IssueOptions,
    certificate_for_officer,
    certificates_for_session,
    revoke_certificate,
)
from mss_training.services.demo import DEMO_PASSWORD
from mss_training.services.importing import RowProblem
from mss_training.services.permissions import PermissionDeniedError
from mss_training.services.personnel import OfficerRef, officers_by_service_number
from mss_training.services.reports import recent_sessions, sign_in_sheet_pdf
from mss_training.services.results_import import preview_results_import
from mss_training.services.roster_import import preview_roster_import
from mss_training.services.scoped_reads import visible_conflicts
from mss_training.services.users import sign_in
from tests.two_contingents import (
    PLACES,
    TwoContingents,
    build_two_contingents,
    quick_passwords,
    secrets_of,
)

KEN = frozenset({"KEN"})
JAMAICAN = secrets_of("JAM")


@pytest.fixture(scope="module")
def mission(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TwoContingents]:
    with quick_passwords():
        yield build_two_contingents(tmp_path_factory.mktemp("scope") / "mission.sqlite")


@pytest.fixture
def database(mission: TwoContingents) -> Iterator[Database]:
    with open_database(mission.url) as opened:
        yield opened


def jamaican_in(text: str) -> list[str]:
    return sorted(token for token in JAMAICAN if token.casefold() in text.casefold())


def test_the_whole_log_shows_a_limited_account_its_contingents_entries_only(
    database: Database,
) -> None:
    with database.reading() as session:
        everything = recent_entries(session, 1000)
        mine = recent_entries(session, 1000, KEN)
    assert jamaican_in(repr(everything))  # the log does name them
    assert jamaican_in(repr(mine)) == []
    summaries = [line.summary for line in mine]
    assert "Added officer KEN KP-4471" not in summaries  # added in bulk: one entry for all
    assert any("score misread for KEN" in summary for summary in summaries)
    assert not any("score misread for JAM" in summary for summary in summaries)
    assert not any(line.entity in ("user", "settings") for line in mine)


def test_another_contingents_records_have_no_history_for_a_limited_account(
    mission: TwoContingents, database: Database
) -> None:
    asked = (
        (AuditSubject.OFFICER, "JCF-9902", "There is no officer 'JCF-9902' in KEN."),
        (AuditSubject.CERTIFICATE, mission.serials["JAM"], "There is no certificate"),
        (AuditSubject.SESSION, mission.sessions["JAM"], "There is no training session"),
        (AuditSubject.RESULT, str(mission.results["JAM"]), "There is no result"),
    )
    with database.reading() as session:
        for subject, key, answer in asked:
            with pytest.raises(NotFoundError, match=answer):
                history_of(session, subject, key, within=KEN)
        assert history_of(session, AuditSubject.OFFICER, "JCF-9902")  # it exists
        mixed = history_of(session, AuditSubject.SESSION, mission.sessions["MIXED"], within=KEN)
        whole = history_of(session, AuditSubject.SESSION, mission.sessions["MIXED"])
    assert [line.entity for line in mixed] == ["training_session"]
    assert len(whole) == 1  # the session's own entry; its results came in with it


def test_a_limited_account_lists_sessions_with_its_attendees_and_counts_only_those(
    mission: TwoContingents, database: Database
) -> None:
    with database.reading() as session:
        lines = {line.location: line for line in recent_sessions(session, 1000, within=KEN)}
        every = {line.location: line for line in recent_sessions(session, 1000)}
    assert set(lines) == {PLACES["KEN"], PLACES["MIXED"]}
    assert set(every) == set(PLACES.values())
    assert (lines["Camp Mixed"].attendees, every["Camp Mixed"].attendees) == (1, 2)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_sign_in_sheets_show_a_limited_account_its_attendees_only(
    mission: TwoContingents, database: Database
) -> None:
    with database.reading() as session:
        with pytest.raises(NotFoundError, match=r"There is no training session .* with officers"):
            sign_in_sheet_pdf(session, mission.sessions["JAM"], within=KEN)
        mixed = pdf_text(sign_in_sheet_pdf(session, mission.sessions["MIXED"], within=KEN))
    assert "KP-4471" in mixed
    assert jamaican_in(mixed) == []


def test_conflicts_are_listed_for_the_officers_the_account_sees(database: Database) -> None:
    with database.reading() as session:
        mine = visible_conflicts(session, KEN)
        every = visible_conflicts(session, None)
    assert [row.officer.split()[:2] for row in mine] == [["KEN", "KP-4471"]]
    assert len(every) == 2


def write(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_roster_preview_says_only_that_another_contingent_is_outside(
    database: Database, tmp_path: Path
) -> None:
    sheet = write(
        tmp_path / "jam.csv",
        "service_number,family_name,given_names,contingent,rank",
        "JCF-9902,Renamed,Person,JAM,Sergeant",
        "JCF-7777,New,Person,jam,",
        "KP-4471,Kiprotichy,Wanjiku,KEN,Sergeant",
    )
    with database.reading() as session:
        preview = preview_roster_import(session, sheet, within=KEN)
        unlimited = preview_roster_import(session, sheet)
    outside = "contingent JAM is outside your account's contingents"
    assert preview.rejected == (RowProblem(2, outside), RowProblem(3, outside))
    assert [(c.row, c.action, c.changed) for c in preview.changes] == [(4, "update", ("rank",))]
    assert [c.action for c in unlimited.changes] == ["update", "create", "update"]


def test_a_results_preview_says_only_that_another_contingent_is_outside(
    database: Database, tmp_path: Path
) -> None:
    with_column = write(
        tmp_path / "jam.csv",
        "service_number,contingent,module_code,date,score,location",
        "JCF-9902,JAM,FRM-101,2026-11-22,85,Range",
        "KP-4471,KEN,FRM-101,2026-11-22,85,Range",
    )
    without = write(
        tmp_path / "numbers.csv",
        "service_number,module_code,date,score,location",
        "JCF-9902,FRM-101,2026-11-22,85,Range",
    )
    with database.reading() as session:
        preview = preview_results_import(session, with_column, within=KEN)
        numbers_only = preview_results_import(session, without, within=KEN)
    assert preview.rejected == (
        RowProblem(2, "contingent JAM is outside your account's contingents"),
    )
    assert preview.new_results == 1
    # Without a contingent, another contingent's number is one the account does not know.
    assert numbers_only.rejected == (RowProblem(2, "unknown officer JCF-9902"),)


def test_pasted_numbers_find_only_the_accounts_officers(database: Database) -> None:
    with database.reading() as session:
        found, unknown = officers_by_service_number(
            session, ["KP-4471", "JCF-9902", "NOBODY-1"], within=KEN
        )
    assert [row.service_number for row in found] == ["KP-4471"]
    assert unknown == ["JCF-9902", "NOBODY-1"]


def test_a_limited_trainer_certifies_its_attendees_of_a_mixed_session(
    mission: TwoContingents, database: Database
) -> None:
    with quick_passwords():
        trainer = sign_in(database, "trainer", DEMO_PASSWORD)
    with database.rehearsal() as session:
        contents = certificates_for_session(
            session, mission.sessions["MIXED"], trainer, IssueOptions()
        )
    assert [content.service_number for content in contents] == ["KP-4471"]


def test_certificate_look_ups_cannot_probe_another_contingent(
    mission: TwoContingents, database: Database
) -> None:
    with quick_passwords():
        trainer = sign_in(database, "trainer", DEMO_PASSWORD)
    answers = set()
    with database.rehearsal() as session:
        for number in ("JCF-9902", "JCF-0000"):  # one exists, one does not: the same answer
            with pytest.raises(PermissionDeniedError) as refused:
                certificate_for_officer(
                    session, OfficerRef("JAM", number), "UOF-101", trainer, IssueOptions()
                )
            answers.add(str(refused.value))
        for serial in (mission.serials["JAM"], "MSS-2026-0000-000000"):
            with pytest.raises(NotFoundError) as missing:
                revoke_certificate(session, serial, "probing", trainer)
            answers.add(str(missing.value).replace(serial, "S"))
    assert answers == {
        "Training officers limited to Kenya cannot issue certificates for Jamaica officers.",
        "There is no certificate 'S' in this database.",
    }
