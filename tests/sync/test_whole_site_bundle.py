"""A site's whole history merged into a new HQ: large enough for the merge's bulk paths
(COPY, ids drawn from PostgreSQL's sequences and sealed by range, the tables analysed in
the transaction), and every row still sealed as written."""

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from mss_training.db import Database
from mss_training.io.curriculum_file import default_curriculum
from mss_training.models import Result
from mss_training.services.audit import verify_audit_trail
from mss_training.services.demo import generate_demo
from tests.sync.nodes import Node
from tests.tampering import behind_the_back


def _problems(database: Database) -> list[str]:
    with database.reading() as session:
        return verify_audit_trail(session).problems


def _results(database: Database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(Result)) or 0


@pytest.mark.slow
@pytest.mark.tampers
def test_a_whole_site_merged_into_a_new_hq_is_sealed_row_by_row(
    tmp_path: Path, database_url: str
) -> None:
    curriculum = default_curriculum()  # the demo's, with its instructor rules
    site = Node.create("Kenya", f"sqlite:///{tmp_path / 'site.sqlite'}", tmp_path / "site",
                       curriculum=curriculum)  # fmt: skip
    hq = Node.create("HQ", database_url, tmp_path / "hq", hq=True, curriculum=curriculum)
    with site.database.transaction() as session:
        # About 11,000 results: past the size at which the merge analyses its tables.
        generate_demo(session, officers=560, seed=21, today=dt.date(2026, 11, 27), years=2)
    site.enrol(hq)
    hq.enrol(site)

    first = site.send(hq)
    again = hq.receive(site.bundles[-1])

    assert first.added["results"] == _results(site.database) == _results(hq.database) > 10_000
    assert not again.changes_anything
    assert _problems(hq.database) == []
    with hq.database.reading() as session:
        last = session.scalar(select(func.max(Result.id)))
    with behind_the_back(hq.database.url) as connection:
        connection.execute(text("UPDATE results SET score = 12 WHERE id = :id"), {"id": last})
    assert any(problem.startswith(f"Results row {last} (") for problem in _problems(hq.database))
