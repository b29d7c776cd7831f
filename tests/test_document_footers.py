"""Documents that go to people carry the installation's name, never the database file's path:
a roster or a readiness report is a handout too (issue #20)."""

import datetime as dt
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from mss_training.cli import main
from mss_training.db import open_database
from mss_training.services.setup import installation_name
from tests.mission import Mission


@pytest.fixture
def mission(sqlite_url: str) -> Iterator[Mission]:
    database = open_database(sqlite_url)
    mission = Mission.set_up(database).with_demo_accounts()
    officer = mission.officer("001", "POL")
    mission.passed(officer, "PF", dt.date(2026, 6, 1))
    yield mission
    database.close()


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


@pytest.mark.parametrize(
    "command",
    [
        ["report", "roster", "--as-of", "2026-11-27"],
        ["report", "readiness", "--as-of", "2026-11-27"],
        ["report", "readiness", "--as-of", "2026-11-27", "--lang", "fr"],
        ["plan", "--contingent", "KEN", "--deploy-on", "2027-02-01", "--format", "pdf"],
        ["readiness", "snapshot", "--as-of", "2026-11-27", "--assessment", "yes"],
    ],
    ids=["roster", "readiness", "readiness-fr", "plan", "snapshot"],
)
def test_a_document_names_the_installation_not_the_database_file(
    mission: Mission, command: list[str], tmp_path: Path
) -> None:
    url = mission.database.url
    path = url.removeprefix("sqlite:///")
    output = tmp_path / ("snapshot.json" if "snapshot" in command else "document.pdf")
    assert main(["--db", url, *command, "-o", str(output)]) == 0
    pdf = output.with_suffix(".pdf") if "snapshot" in command else output
    text = _text(pdf)
    with mission.database.reading() as session:
        name = installation_name(session)
    assert name in text
    assert path not in text and "mission.sqlite" not in text and Path(path).name not in text
