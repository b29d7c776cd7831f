"""A bundle is held to the instructor rule of a local write: a session of a module taught by
qualified instructors only comes in when its instructors held the qualification on its
last day (their passes may come in the same bundle); otherwise the bundle is refused whole,
in one sentence, and HQ stays as it was."""

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mss_training.errors import BundleError
from mss_training.io.curriculum_file import default_curriculum
from mss_training.models import TrainingSession
from mss_training.services.personnel import OfficerInput, add_officers
from tests.earlier_passes import write_pass
from tests.sync.nodes import ACTOR, Node, mission

DAY = dt.date(2026, 3, 10)


def _write(node: Node, module: str, instructors: str, number: str, day: dt.date = DAY) -> None:
    """A session written past the local checks, as a crafted (or old) site's records are."""
    write_pass(
        node.database, number, module, day, instructors=instructors, location=f"{node.name} range"
    )


def _site(tmp_path: Path) -> tuple[Node, Node]:
    hq, kenya = mission(tmp_path, sites=1, curriculum=default_curriculum())
    with kenya.database.transaction() as session:
        add_officers(
            session,
            [
                OfficerInput("KEN", "I-100", "Kamau", "Peter", roles=("INS",)),
                OfficerInput("KEN", "00001", "Otieno", "Brian", roles=("IPO",)),
            ],
            ACTOR,
        )
    return hq, kenya


def _sessions(node: Node) -> int:
    with node.database.reading() as session:
        return session.scalar(select(func.count()).select_from(TrainingSession)) or 0


def test_a_bundle_with_an_unqualified_instructor_is_refused_whole(tmp_path: Path) -> None:
    hq, kenya = _site(tmp_path)
    _write(kenya, "INS-201", "", "I-100", dt.date(2025, 5, 1))
    _write(kenya, "FRM-101", "KEN I-100", "00001")
    before = _sessions(hq)
    with pytest.raises(BundleError) as refused:
        kenya.send(hq)
    assert "breaks the rule of a local entry: instructor KEN I-100 (Peter Kamau) may not " in (
        str(refused.value)
    )
    assert "teach FRM-101: holds no pass of FRM-101 on 2026-03-10" in str(refused.value)
    assert _sessions(hq) == before


def test_a_bundle_with_an_instructor_as_attendee_is_refused(tmp_path: Path) -> None:
    hq, kenya = _site(tmp_path)
    _write(kenya, "FRM-101", "KEN I-100", "I-100")
    with pytest.raises(BundleError, match="cannot record or pass their own result"):
        kenya.send(hq)


def test_a_bundle_bringing_the_instructors_own_pass_is_taken(tmp_path: Path) -> None:
    hq, kenya = _site(tmp_path)
    kenya.send(hq)  # the officers
    _write(hq, "FRM-101", "", "I-100", dt.date(2026, 1, 20))  # HQ's own earlier record
    _write(kenya, "INS-201", "", "I-100", dt.date(2025, 5, 1))
    _write(kenya, "FRM-101", "KEN I-100", "00001")
    before = _sessions(hq)
    report = kenya.send(hq)
    assert report.added["sessions"] == 2
    assert _sessions(hq) == before + 2
