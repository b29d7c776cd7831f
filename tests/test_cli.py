"""The command line as a user calls it: real files, real output, plain errors."""

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mss_training.cli import main
from mss_training.db import open_database
from mss_training.services.personnel import OfficerInput, add_officers
from tests.mission import ACTOR, set_up_for_the_command_line

TODAY = "2026-11-27"


ADMIN = ("--admin-user", "admin", "--admin-password", "admin-password")


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out=out)
    return status, out.getvalue()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A small demo mission, made once for the read-only tests of this module."""
    path = str(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    status, output = run("--db", path, "demo", "--officers", "300", "--seed", "7", "--today", TODAY)
    assert status == 0, output
    return path


def test_init_loads_the_curriculum_once(tmp_path: Path) -> None:
    db = str(tmp_path / "site.sqlite")
    status, output = run("--db", db, "init", "--site-name", "Port-au-Prince", *ADMIN)
    assert status == 0
    assert "Created the administrator account admin." in output
    assert "Loaded and published curriculum 2026.4" in output
    assert "Added 12 contingents" in output
    with pytest.MonkeyPatch.context() as environment:
        environment.setenv("MSS_TRAINING_USER", "admin")
        environment.setenv("MSS_TRAINING_PASSWORD", "admin-password")
        status, output = run("--db", db, "init")
    assert (status, "already loaded; nothing changed" in output) == (0, True)


def test_database_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("MSS_TRAINING_DB", str(db))
    assert run("init", *ADMIN)[0] == 0
    assert db.exists()


def test_curriculum_show_json(demo_db: str) -> None:
    status, output = run("--db", demo_db, "curriculum", "show", "--format", "json")
    assert status == 0
    document = json.loads(output)
    assert set(document) >= {"version", "roles", "modules", "requirements"}
    modules = {module["code"]: module for module in document["modules"]}
    assert modules["FRM-101"]["validity_months"] == 6
    assert modules["CTX-101"]["pass_mark"] is None
    assert set(modules["UOF-101"]) == {
        "code", "title", "category", "hours", "assessment", "pass_mark", "validity_months",
        "instructor_requires", "instructor_current",
    }  # fmt: skip
    # Taught by qualified instructors only (docs/curriculum.md); CTX-101 takes any names.
    assert modules["FRM-101"]["instructor_requires"] == ["INS-201"]
    assert modules["FRM-101"]["instructor_current"] is True
    free_text = modules["CTX-101"]
    assert (free_text["instructor_requires"], free_text["instructor_current"]) == ([], False)
    assert {"module": "UOF-101", "role": "ALL", "contingent": None, "phase": "refresher"} in (
        document["requirements"]
    )
    assert {"module": "LNG-102", "role": "ALL", "contingent": "GTM", "phase": "induction"} in (
        document["requirements"]
    )


def test_readiness_json_has_the_documented_shape(demo_db: str) -> None:
    status, output = run("--db", demo_db, "readiness", "--as-of", TODAY, "--format", "json")
    assert status == 0
    document = json.loads(output)
    assert (document["as_of"], document["warn_days"]) == (TODAY, 30)
    officers = document["officers"]
    assert officers
    first = officers[0]
    assert set(first) >= {"service_number", "contingent", "family_name", "given_names", "status"}
    assert first["status"] in {"ready", "expiring", "not_ready"}
    for requirement in first["requirements"]:
        assert set(requirement) == {"module", "status", "completed_on", "expires_on"}
    by_contingent = document["summary"]["by_contingent"]
    assert sum(group["total"] for group in by_contingent.values()) == len(officers)
    for code, group in by_contingent.items():
        mine = [o for o in officers if o["contingent"] == code]
        assert group["not_ready"] == sum(o["status"] == "not_ready" for o in mine)
        assert group["ready"] + group["expiring"] + group["not_ready"] == group["total"]


def test_the_demo_mission_is_realistic(demo_db: str) -> None:
    document = json.loads(
        run("--db", demo_db, "readiness", "--as-of", TODAY, "--format", "json")[1]
    )
    statuses = {o["status"] for o in document["officers"]}
    assert statuses == {"ready", "expiring", "not_ready"}
    requirement_statuses = {r["status"] for o in document["officers"] for r in o["requirements"]}
    assert {"current", "expiring", "expired", "missing", "exempt"} <= requirement_statuses
    assert {"KEN", "JAM", "BHS", "BLZ", "GTM", "SLV"} <= set(document["summary"]["by_contingent"])
    with sqlite3.connect(demo_db) as connection:
        kinds = dict(connection.execute("SELECT kind, count(*) FROM results GROUP BY kind"))
        fails = connection.execute("SELECT count(*) FROM results WHERE outcome = 'fail'").fetchone()
        names = [row[0] for row in connection.execute("SELECT family_name FROM officers")]
    assert kinds["original"] > 1000 and kinds["amendment"] > 0 and kinds["void"] > 0
    assert fails[0] > 0
    assert any(any(ord(char) > 127 for char in name) for name in names)


def test_the_same_seed_gives_the_same_mission(demo_db: str, tmp_path: Path) -> None:
    again = str(tmp_path / "again.sqlite")
    run("--db", again, "demo", "--officers", "300", "--seed", "7", "--today", TODAY)
    first = run("--db", demo_db, "readiness", "--as-of", TODAY, "--format", "json")[1]
    second = run("--db", again, "readiness", "--as-of", TODAY, "--format", "json")[1]
    assert first == second
    other = str(tmp_path / "other.sqlite")
    run("--db", other, "demo", "--officers", "300", "--seed", "8", "--today", TODAY)
    assert run("--db", other, "readiness", "--as-of", TODAY, "--format", "json")[1] != first


def test_readiness_csv_and_filters(demo_db: str) -> None:
    status, output = run(
        "--db", demo_db, "readiness", "--as-of", TODAY, "--contingent", "jam", "--format", "csv",
        "--phase", "pre-deployment",
    )  # fmt: skip
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(output)))
    assert rows and {row["contingent"] for row in rows} == {"JAM"}
    assert "LNG-101" not in {row["module"] for row in rows}  # an induction module


def test_readiness_table_lists_who_needs_training(demo_db: str) -> None:
    status, output = run("--db", demo_db, "readiness", "--as-of", TODAY, "--contingent", "KEN")
    assert status == 0
    assert "Readiness as of 2026-11-27" in output
    assert "Officers who need training:" in output
    assert "KEN" in output and "Mission" in output


@pytest.mark.parametrize(
    "question",
    [
        (),
        ("--contingent", "JAM"),
        ("--phase", "pre-deployment", "--warn-days", "90"),
        ("--through", "2027-06-30"),
        ("--as-of", "2025-01-15", "--include-inactive"),
    ],
)
def test_brief_readiness_is_the_full_tables_summary_to_the_figure(
    demo_db: str, question: tuple[str, ...]
) -> None:
    """`--brief` counts by the dashboard's statement, not by listing every officer: what
    it prints must be the summary the full table opens with, figure for figure."""
    question = ("--as-of", TODAY, *question) if "--as-of" not in question else question
    status, full = run("--db", demo_db, "readiness", *question)
    assert status == 0
    status, brief = run("--db", demo_db, "readiness", *question, "--brief")
    assert status == 0
    assert "Mission" in brief and "Officers who need training:" not in brief
    assert full.startswith(brief)


def test_demo_refuses_a_database_that_holds_officers(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _ = run("--db", demo_db, "demo", "--officers", "10")
    assert status == 1
    assert "made in a new database; this one already has accounts" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("readiness", "--as-of", "2026-02-30"), "is not a valid date"),
        (("readiness", "--as-of", "next week"), "is not a valid date"),
        (("readiness", "--warn-days", "-3"), "negative"),
        (("readiness", "--phase", "deployment"), "invalid choice"),
    ],
)
def test_mistyped_arguments_get_a_plain_message(
    demo_db: str, argv: tuple[str, ...], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run("--db", demo_db, *argv)
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_user_mistakes_get_one_sentence_and_a_failing_status(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("--db", demo_db, "readiness", "--contingent", "ZZZ")[0] == 1
    error = capsys.readouterr().err
    assert error.startswith("mss-training: There is no contingent 'ZZZ'; known contingents: ATG")
    broken = tmp_path / "broken.sqlite"
    broken.write_text("not a database" * 100)
    assert run("--db", str(broken), "readiness")[0] == 1
    assert "damaged or is not an MSS Training database" in capsys.readouterr().err
    assert run("--db", str(tmp_path / "empty.sqlite"), "readiness")[0] == 1
    assert "There is no database at" in capsys.readouterr().err
    assert not (tmp_path / "empty.sqlite").exists()  # an ordinary command creates none
    bad_curriculum = tmp_path / "bad.toml"
    bad_curriculum.write_text('[curriculum]\nversion = "1"\ntitle = "T"\n[[modules]]\ncode = "x"\n')
    assert (
        run("--db", str(tmp_path / "new.sqlite"), "init", "--curriculum", str(bad_curriculum))[0]
        == 1
    )
    error = capsys.readouterr().err
    assert "bad.toml has" in error and "modules[1] (x).code" in error


def test_a_newer_database_is_refused_by_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "newer.sqlite"
    assert run("--db", str(db), "init", *ADMIN)[0] == 0
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    assert run("--db", str(db), "readiness")[0] == 1
    assert "newer version of MSS Training" in capsys.readouterr().err


def test_the_installed_command_never_shows_a_traceback(tmp_path: Path) -> None:
    environment = {**os.environ, "MSS_TRAINING_DB": str(tmp_path / "x.sqlite")}
    completed = subprocess.run(
        [sys.executable, "-m", "mss_training", "readiness", "--contingent", "KEN"],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    assert completed.returncode == 1
    assert "Traceback" not in completed.stderr
    assert completed.stderr.count("\n") == 1


def test_names_with_control_characters_cannot_drive_the_terminal(tmp_path: Path) -> None:
    """A name holding an escape sequence is printed as the escape's text, and a readiness
    CSV on standard output has its formulas neutralised like an exported file."""
    database_path = tmp_path / "mission.sqlite"
    set_up_for_the_command_line(f"sqlite:///{database_path}")
    with open_database(f"sqlite:///{database_path}") as database, database.transaction() as s:
        add_officers(s, [OfficerInput("KEN", "K1", "Evil\x1b[2J", "=1+1", roles=())], ACTOR)
    table, csv_out = io.StringIO(), io.StringIO()
    assert main(["--db", str(database_path), "readiness", "--as-of", "2026-11-27"], table) == 0
    assert (
        main(
            ["--db", str(database_path), "readiness", "--as-of", "2026-11-27", "--format", "csv"],
            csv_out,
        )
        == 0
    )
    assert "\x1b" not in table.getvalue()
    assert "EVIL\\x1b[2J, =1+1" in table.getvalue()
    assert ",'=1+1," in csv_out.getvalue()


def test_help_names_each_import_with_its_article(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    listed = " ".join(capsys.readouterr().out.split())
    assert "import an attendance and results sheet, or recognise a pass" in listed
    assert "import a personnel list" in listed
    assert "a attendance" not in listed
    with pytest.raises(SystemExit):
        main(["results", "--help"])
    assert "import an attendance and results sheet (CSV or XLSX)" in capsys.readouterr().out
