"""The command line starts without the layers a command does not use (issue 21, item 5)."""

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mss_training.cli import main
from mss_training.db.database import head_revision, known_revisions, migrations_config

# Each costs a command a tenth of a second or more to import; none is needed to build the
# argument parser, to print --help, or to read readiness.
HEAVY = ("alembic", "reportlab", "PySide6", "pypdf", "openpyxl", "argon2", "babel")
# What reading a database needs, and nothing else does: SQLAlchemy alone is a quarter of a
# second, and the program's database and service layers bring it (a module-level import of a
# service in one cli_*.py once put --help back from 0.12 s to 0.42 s).
DATABASE_LAYERS = ("sqlalchemy", "mss_training.db", "mss_training.services")


def _layers(modules: set[str]) -> set[str]:
    """The heavy packages and database layers among ``modules`` (full dotted names)."""
    found = {name.split(".")[0] for name in modules} & set(HEAVY)
    found |= {
        layer
        for layer in DATABASE_LAYERS
        if any(name == layer or name.startswith(layer + ".") for name in modules)
    }
    return found


def _imported_after(code: str) -> set[str]:
    """The heavy packages and database layers a fresh interpreter holds after running ``code``."""
    probe = f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return _layers(set(done.stdout.split()))


def test_importing_the_command_line_and_building_its_parser_imports_no_heavy_layer() -> None:
    loaded = _imported_after("from mss_training.cli import build_parser\nbuild_parser()")
    assert loaded == set()


def test_help_prints_every_command_without_the_heavy_layers(tmp_path: Path) -> None:
    code = (
        "import contextlib, io\nfrom mss_training.cli import main\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['--help'])"
    )
    assert _imported_after(code) == set()


def test_readiness_on_a_current_database_imports_neither_alembic_nor_reportlab(
    tmp_path: Path,
) -> None:
    database = tmp_path / "mission.sqlite"
    assert main(["--db", str(database), "demo", "--officers", "20", "--years", "1"]) == 0
    code = (
        "import io, os\nos.environ['MSS_TRAINING_USER'] = 'coordinator'\n"
        "os.environ['MSS_TRAINING_PASSWORD'] = 'mss-demo'\n"
        "from mss_training.cli import main\nout = io.StringIO()\n"
        f"assert main(['--db', {str(database)!r}, 'readiness', '--brief'], out=out) == 0\n"
        "assert 'ready' in out.getvalue().lower(), out.getvalue()"
    )
    assert _imported_after(code) <= {"argon2", *DATABASE_LAYERS}


def _demo_and_token(tmp_path: Path) -> tuple[Path, str]:
    """A small demo database and a script token of its coordinator."""
    database = tmp_path / "mission.sqlite"
    assert main(["--db", str(database), "demo", "--officers", "20", "--years", "1"]) == 0
    issued = subprocess.run(
        [sys.executable, "-m", "mss_training", "--db", str(database), "users", "token"],
        env=os.environ | {"MSS_TRAINING_USER": "coordinator", "MSS_TRAINING_PASSWORD": "mss-demo"},
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return database, issued.stdout.splitlines()[0]


def test_readiness_signed_in_with_a_script_token_checks_no_password(tmp_path: Path) -> None:
    """A token costs no argon2: the module that hashes passwords is not even imported."""
    database, token = _demo_and_token(tmp_path)
    code = (
        f"import io, os, sys\nos.environ['MSS_TRAINING_TOKEN'] = {token!r}\n"
        "from mss_training.cli import main\nout = io.StringIO()\n"
        f"assert main(['--db', {str(database)!r}, 'readiness', '--brief'], out=out) == 0\n"
        "assert 'ready' in out.getvalue().lower(), out.getvalue()\n"
        "assert 'mss_training.services.users' not in sys.modules\n"
        # Nor the signing code, the audit trail's writer or the curriculum file's parser:
        # reading signs nothing (docs/benchmarks.md, start-up).
        "assert 'cryptography' not in sys.modules, 'cryptography'\n"
        "assert 'mss_training.services.audit' not in sys.modules, 'audit'\n"
        "assert 'mss_training.io.curriculum_file' not in sys.modules, 'curriculum file'"
    )
    assert _imported_after(code) <= set(DATABASE_LAYERS)


@pytest.mark.parametrize(
    ("argv", "status"), [(["--help"], 0), (["--db", "{db}", "readiness"], 1), (["--nonsense"], 2)]
)
def test_the_program_exits_with_the_commands_status_and_its_objects_frozen(
    tmp_path: Path, argv: list[str], status: int
) -> None:
    """`mss-training` (and `python -m mss_training`) freezes the collector's objects before
    the interpreter's last collection, which would walk every object the command's imports
    made (0.07 s of a 0.4 s `readiness --brief`), and exits with the command's status."""
    arguments = [part.format(db=tmp_path / "none.sqlite") for part in argv]
    code = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 0))\n"
        f"sys.argv = ['mss-training', *{arguments!r}]\n"
        "from mss_training.cli import run\nrun()"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == status, done.stderr
    assert done.stdout.splitlines()[-1] == "frozen True"
    module = subprocess.run(
        [sys.executable, "-m", "mss_training", *arguments], capture_output=True, text=True
    )
    assert module.returncode == status


def test_a_choice_held_by_a_heavy_module_is_still_checked_and_listed(capsys: object) -> None:
    # The certificate languages live with ReportLab's document code; the parser reads them
    # only when the option is used, and still refuses a language it does not know.
    try:
        main(["certificates", "issue", "--lang", "xx", "-o", "out.pdf"])
    except SystemExit as stop:
        assert stop.code == 2
    error = capsys.readouterr().err  # type: ignore[attr-defined]
    assert "invalid choice: 'xx'" in error
    assert "'en'" in error


def test_the_schema_revisions_read_from_the_scripts_agree_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrations_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {revision.revision for revision in script.walk_revisions()}


def test_readiness_brief_with_a_script_token_reads_without_the_orm(tmp_path: Path) -> None:
    """A site's script runs `readiness --brief` hundreds of times: it reads Core tables on a
    connection, without the ORM and the mapping of every class (a third of its time), and
    prints the summary the full table begins with, figure for figure."""
    database, token = _demo_and_token(tmp_path)
    today = dt.date.today().isoformat()  # one day for both, whatever the clock does between
    brief = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "mss_training", "--db", str(database),
         "readiness", "--brief", "--as-of", today],
        env=os.environ | {"MSS_TRAINING_TOKEN": token},
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    imported = {line.split("|")[-1].strip() for line in brief.stderr.splitlines()}
    assert "sqlalchemy.orm" not in imported
    assert "mss_training.models" not in imported
    full = subprocess.run(
        [sys.executable, "-m", "mss_training", "--db", str(database), "readiness",
         "--as-of", today],
        env=os.environ | {"MSS_TRAINING_TOKEN": token},
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "Mission" in brief.stdout
    assert full.stdout.startswith(brief.stdout)
