"""Two sites correct the same result unaware of each other: a conflict, the same choice
everywhere until a coordinator makes one (issue 14, item 3)."""

import uuid
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import aliased

from mss_training.domain import Outcome
from mss_training.models import Result
from mss_training.services.training import amend_result, void_result
from tests.sync.nodes import ACTOR, Node, mission


def _counting(node: Node) -> set[tuple[uuid.UUID, str, float | None]]:
    """The results that count: neither voids nor corrected since."""
    newer = aliased(Result)
    with node.database.reading() as session:
        rows = session.execute(
            select(Result.uid, Result.kind, Result.score).where(
                Result.kind != "void",
                ~select(newer.id).where(newer.supersedes_id == Result.id).exists(),
            )
        )
        return {(uid, kind, score) for uid, kind, score in rows}


def _exchange(nodes: list[Node]) -> None:
    hq, *sites = nodes
    for _ in range(2):
        for site in sites:
            site.send(hq)
        for site in sites:
            hq.send(site)


def _clash(tmp_path: Path, hq_url: str, *, first_voids: bool = True) -> list[Node]:
    nodes = mission(tmp_path, hq_url=hq_url, sites=2)
    hq, first, second = nodes
    hq.add_officer("100")
    result = _only_result(hq, hq.train(["100"]))
    hq.send(first)
    hq.send(second)
    with first.database.transaction() as session:
        if first_voids:
            void_result(session, result, reason="wrong officer", actor=ACTOR)
        else:
            amend_result(
                session,
                result,
                attended=True,
                score=95.0,
                outcome=Outcome.PASS,
                reason="score added up again",
                actor=ACTOR,
            )
    with second.database.transaction() as session:
        amend_result(
            session,
            result,
            attended=True,
            score=40.0,
            outcome=Outcome.FAIL,
            reason="score misread",
            actor=ACTOR,
        )
    return nodes


def _only_result(node: Node, session_uid: uuid.UUID) -> uuid.UUID:
    with node.database.reading() as session:
        [uid] = session.scalars(select(Result.uid).where(Result.session.has(uid=session_uid))).all()
        return uid


def test_two_corrections_of_one_result_are_a_conflict_with_one_choice_everywhere(
    tmp_path: Path, database_url: str
) -> None:
    nodes = _clash(tmp_path, database_url, first_voids=False)
    _exchange(nodes)
    lists = [node.conflicts() for node in nodes]
    assert all(listed == lists[0] for listed in lists)
    [(_uid, _officer, field, values)] = lists[0]
    assert field == "correction of a result"
    assert [value for value, _by, _at in values] == ["score 40, fail", "score 95, pass"]
    assert [by for _value, by, _at in values] == ["Site2", "Site1"]
    # Until someone chooses, the correction recorded last counts, at every installation.
    counting = [_counting(node) for node in nodes]
    assert all(found == counting[0] for found in counting)
    assert [(kind, score) for _uid, kind, score in counting[0]] == [("amendment", 40.0)]
    snapshots = [node.snapshot() for node in nodes]
    assert all(snapshot == snapshots[0] for snapshot in snapshots)


def test_a_coordinator_chooses_the_other_correction_and_it_counts_everywhere(
    tmp_path: Path, database_url: str
) -> None:
    nodes = _clash(tmp_path, database_url)
    hq, first, second = nodes
    first.send(hq)
    second.send(hq)
    assert len(hq.conflicts()) == 1
    assert hq.resolve_first(choice=2)  # the void made at Site1
    _exchange(nodes)
    for node in nodes:
        assert node.conflicts() == []
        assert _counting(node) == set()
    snapshots = [node.snapshot() for node in nodes]
    assert all(snapshot == snapshots[0] for snapshot in snapshots)
