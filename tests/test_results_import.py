"""A site's attendance and results sheet goes in as sessions, checked row by row."""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from mss_training.db import Database, open_database
from mss_training.domain import Outcome, UserRole
from mss_training.models import Module, Result, TrainingSession
from mss_training.services.importing import ImportRejectedError
from mss_training.services.permissions import Actor
from mss_training.services.personnel import OfficerInput, add_officers
from mss_training.services.results_import import import_results, preview_results_import
from mss_training.services.setup import set_up_database
from tests.curricula import without_instructor_rules
from tests.sheets import write_csv, write_xlsx

ACTOR = Actor("import.test", UserRole.COORDINATOR)
TODAY = dt.date(2026, 11, 27)
HEADER = [
    "service_number", "contingent", "module_code", "date", "outcome", "score", "instructor",
    "location",
]  # fmt: skip


@pytest.fixture
def site(database_url: str) -> Iterator[Database]:
    database = open_database(database_url)
    with database.transaction() as session:
        set_up_database(session, without_instructor_rules(), ACTOR)
        add_officers(
            session,
            [
                OfficerInput("KEN", "00123", "Otieno", "Brian", roles=("IPO",)),
                OfficerInput("KEN", "00456", "Wanjiru", "Grace", roles=("FPU",)),
                OfficerInput("JAM", "00456", "Campbell", "Andre", roles=("IPO",)),
                OfficerInput("GTM", "00999", "García López", "José Luis", roles=("IPO",)),
            ],
            ACTOR,
        )
    yield database
    database.close()


def do_import(database: Database, path: Path, **options: object) -> object:
    with database.transaction() as session:
        return import_results(session, path, ACTOR, today=TODAY, **options)  # type: ignore[arg-type]


def stored(database: Database) -> list[tuple[str, str, float | None, str]]:
    with database.reading() as session:
        rows = session.execute(
            select(Module.code, Result.outcome, Result.score, TrainingSession.location)
            .join(Module, Module.id == Result.module_id)
            .join(TrainingSession, TrainingSession.id == Result.session_id)
            .order_by(Result.id)
        ).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]


def test_rows_become_sessions_by_module_date_and_place(site: Database, tmp_path: Path) -> None:
    rows = [
        HEADER,
        ["00123", "KEN", "UOF-101", "2026-11-02", "", "91", "Insp. Kamau", "Kiganjo"],
        ["00456", "KEN", "UOF-101", "2026-11-02", "", "72", "Insp. Kamau", "Kiganjo"],
        ["00456", "JAM", "UOF-101", "02/11/2026", "", "80", "Insp. Reid", "Kiganjo"],
        ["00123", "KEN", "CTX-101", "2026-11-03", "attended", "", "", "Kiganjo"],
        ["00999", "GTM", "FAC-101", "2026-11-03", "aprobado", "", "", "Ciudad de Guatemala"],
    ]
    path = write_xlsx(tmp_path / "attendance.xlsx", rows)
    preview = do_import(site, path)
    assert (preview.new_results, preview.sessions) == (5, 3)  # type: ignore[attr-defined]
    # A score alone is judged against the pass mark (80 for UOF-101).
    assert sorted(stored(site), key=str) == sorted(
        [
            ("UOF-101", Outcome.PASS.value, 91.0, "Kiganjo"),
            ("UOF-101", Outcome.FAIL.value, 72.0, "Kiganjo"),
            ("UOF-101", Outcome.PASS.value, 80.0, "Kiganjo"),
            ("CTX-101", Outcome.ATTENDED.value, None, "Kiganjo"),
            ("FAC-101", Outcome.PASS.value, None, "Ciudad de Guatemala"),
        ],
        key=str,
    )
    with site.reading() as session:
        instructors = session.scalars(
            select(TrainingSession.instructors).order_by(TrainingSession.id)
        ).all()
    assert "Insp. Kamau, Insp. Reid" in instructors


def test_importing_the_same_sheet_twice_adds_nothing(site: Database, tmp_path: Path) -> None:
    rows = [HEADER, ["00123", "KEN", "MAN-101", "2026-10-01", "pass", "", "", "Kiganjo"]]
    path = write_csv(tmp_path / "r.csv", rows, delimiter=";", bom=True)
    do_import(site, path)
    again = do_import(site, path)
    assert (again.new_results, again.already_recorded) == (0, 1)  # type: ignore[attr-defined]
    assert len(stored(site)) == 1


def test_every_rejection_is_named_and_nothing_is_written(site: Database, tmp_path: Path) -> None:
    rows = [
        HEADER,
        ["00777", "KEN", "UOF-101", "2026-11-02", "", "91", "", "Kiganjo"],  # 2
        ["00123", "KEN", "XYZ-999", "2026-11-02", "pass", "", "", "Kiganjo"],  # 3
        ["00123", "KEN", "MAN-101", "2027-01-01", "pass", "", "", "Kiganjo"],  # 4
        ["00123", "KEN", "UOF-101", "2026-11-02", "", "130", "", "Kiganjo"],  # 5
        ["00123", "KEN", "UOF-101", "2026-11-02", "pass", "40", "", "Kiganjo"],  # 6
        ["00123", "KEN", "MAN-101", "yesterday", "pass", "", "", "Kiganjo"],  # 7
        ["00456", "", "MAN-101", "2026-11-02", "pass", "", "", "Kiganjo"],  # 8
        ["00123", "KEN", "MAN-101", "2026-11-02", "maybe", "", "", "Kiganjo"],  # 9
        ["00123", "KEN", "MAN-101", "2026-11-02", "pass", "", "", "Kiganjo"],  # 10: fine
        ["00123", "KEN", "MAN-101", "2026-11-02", "pass", "", "", "Kiganjo"],  # 11
    ]
    path = write_csv(tmp_path / "bad.csv", rows)
    with pytest.raises(ImportRejectedError) as refused:
        do_import(site, path)
    reasons = {problem.row: problem.reason for problem in refused.value.preview.rejected}
    assert reasons == {
        2: "unknown officer 00777 in KEN",
        3: "unknown module 'XYZ-999'",
        4: "the date 2027-01-01 is in the future",
        5: "A score must be from 0 to 100, not 130",
        6: "A score of 40 is a fail in UOF-101 (pass mark 80), not a pass",
        7: "bad date 'yesterday' (use YYYY-MM-DD)",
        8: "service number 00456 belongs to officers of JAM, KEN; add a contingent column",
        9: "unknown outcome 'maybe' (use pass, fail, attended or absent)",
        11: "the same result is also on row 10",
    }
    assert stored(site) == []
    do_import(site, path, skip_invalid=True)
    assert stored(site) == [("MAN-101", Outcome.PASS.value, None, "Kiganjo")]


def test_a_sheet_without_contingents_finds_unique_service_numbers(
    site: Database, tmp_path: Path
) -> None:
    rows = [
        ["Matricule", "Module", "Date", "Résultat", "Lieu"],
        ["00999", "CPT-101", "15/10/2026", "réussi", "Base MSS"],
    ]
    with site.reading() as session:
        preview = preview_results_import(
            session, write_csv(tmp_path / "fr.csv", rows, delimiter=";"), today=TODAY
        )
    assert [(line.contingent, line.outcome) for line in preview.lines] == [("GTM", Outcome.PASS)]
    assert preview.rejected == ()
    with site.reading() as session:
        assert session.scalar(select(func.count()).select_from(Result)) == 0


# Between examples the test empties tables with bare Core deletes, outside the program.
@pytest.mark.tampers
@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from(["00123", "00456", "00999", "77777", ""]),
            st.sampled_from(["KEN", "JAM", "GTM", "", "Narnia"]),
            st.sampled_from(["UOF-101", "MAN-101", "CTX-101", "NOPE"]),
            st.sampled_from(["2026-11-02", "03/11/2026", "2027-01-01", "soon"]),
            st.sampled_from(["", "pass", "fail", "attended", "absent", "maybe"]),
            st.sampled_from(["", "40", "80", "95", "130", "x"]),
        ),
        max_size=10,
    )
)
def test_results_import_keeps_exactly_the_rows_it_accepted(
    site: Database, tmp_path: Path, rows: list[tuple[str, ...]]
) -> None:
    with site.transaction() as session:
        session.execute(delete(Result))
        session.execute(delete(TrainingSession))
    path = write_csv(
        tmp_path / "random.csv",
        [HEADER, *[[*row[:6], "Insp. Test", "Kiganjo"] for row in rows]],
    )
    with site.reading() as session:
        preview = preview_results_import(session, path, today=TODAY)
    # Every row is either accepted or rejected with a reason, never both, never lost.
    assert len(preview.lines) + len(preview.rejected) == len(rows)
    assert all(problem.reason for problem in preview.rejected)
    do_import(site, path, skip_invalid=True)
    assert len(stored(site)) == preview.new_results
    again = do_import(site, path, skip_invalid=True)
    assert again.new_results == 0  # type: ignore[attr-defined]
    assert len(stored(site)) == preview.new_results


def test_a_sheet_is_checked_against_the_results_it_names_among_many(
    site: Database, tmp_path: Path
) -> None:
    """Only the sheet's officers' results are looked up (a mission holds millions), and a
    row is "already recorded" exactly when that officer has that module on that day at
    that place (written differently or not), whoever else has results."""
    first = [
        HEADER,
        ["00123", "KEN", "MAN-101", "2026-10-01", "pass", "", "", "Kiganjo"],
        ["00456", "KEN", "MAN-101", "2026-10-01", "pass", "", "", "Kiganjo"],
        ["00456", "JAM", "CTX-101", "2026-10-02", "attended", "", "", "Kingston"],
    ]
    do_import(site, write_csv(tmp_path / "first.csv", first))
    second = [
        HEADER,
        # Held already: the same officer, module, day and place, in other capitals.
        ["00123", "KEN", "MAN-101", "2026-10-01", "pass", "", "", "KIGANJO"],
        # New: another day, another place, another module, another officer.
        ["00123", "KEN", "MAN-101", "2026-10-02", "pass", "", "", "Kiganjo"],
        ["00456", "KEN", "MAN-101", "2026-10-01", "pass", "", "", "Embakasi"],
        ["00456", "JAM", "MAN-101", "2026-10-02", "pass", "", "", "Kingston"],
        ["00999", "GTM", "MAN-101", "2026-10-01", "pass", "", "", "Kiganjo"],
    ]
    with site.reading() as session:
        preview = preview_results_import(
            session, write_csv(tmp_path / "s.csv", second), today=TODAY
        )
    assert [line.already_recorded for line in preview.lines] == [True, False, False, False, False]
    again = do_import(site, write_csv(tmp_path / "s.csv", second))
    assert (again.new_results, again.already_recorded) == (4, 1)  # type: ignore[attr-defined]
    assert len(stored(site)) == 7
