"""Bundles reach only their addressees, with exactly what they lack; refusals in plain words."""

import datetime as dt
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select, update

from mss_training.errors import BundleError
from mss_training.models import Result
from mss_training.sync.bundle import BundleReader
from mss_training.sync.identity import own_identity
from tests.sync.nodes import Node, mission


def _records(bundle: Path, part: str = "results.jsonl") -> int:
    with BundleReader(bundle) as reader:
        return reader.manifest.records(part)


def test_a_bundle_for_hq_is_refused_elsewhere_and_one_for_everyone_is_not(
    tmp_path: Path,
) -> None:
    hq, first, second = mission(tmp_path, sites=2)
    hq.send(first)
    hq.send(second)  # HQ vouches for each site to the other
    first.add_officer("100")
    for_hq = first.export(hq)
    before = second.snapshot()
    with pytest.raises(BundleError, match=r"is addressed to HQ, not to this one"):
        second.receive(for_hq)
    assert second.snapshot() == before
    second.receive(first.export())  # made for everyone
    assert second.has_officer("100")
    hq.receive(for_hq)
    assert hq.has_officer("100")


def test_an_unknown_sender_is_named_by_its_key_not_by_the_name_it_borrowed(
    tmp_path: Path,
) -> None:
    hq, site = mission(tmp_path, sites=1)
    impostor = Node.create("Site1", f"sqlite:///{tmp_path / 'x.sqlite'}", tmp_path / "x")
    with impostor.database.reading() as session:
        fingerprint = own_identity(session).fingerprint
    with pytest.raises(BundleError) as refused:
        hq.receive(impostor.export())
    message = str(refused.value)
    assert f"has not enrolled (key {fingerprint})" in message
    assert "Site1" not in message.split(".mssync", 1)[1]
    assert site.knows(hq)


def test_a_second_exchange_within_a_minute_carries_only_the_new_records(
    tmp_path: Path,
) -> None:
    hq, site = mission(tmp_path, sites=1)
    for number in ("100", "101", "102"):
        site.add_officer(number)
    site.train(["100", "101"])
    started = dt.datetime.now(dt.UTC)
    first = site.export(hq)
    assert _records(first) == 2
    hq.receive(first)
    site.receive(hq.export(site))  # HQ's bundle confirms what it imported
    site.train(["102"], day=2)
    second = site.export(hq)
    assert dt.datetime.now(dt.UTC) - started < dt.timedelta(minutes=1)
    assert _records(second) == 1
    hq.receive(second)
    assert len(hq.snapshot()["results"]) == 3
    # Nothing confirmed since: the next bundle carries the same again, not less.
    assert _records(site.export(hq)) == 1


@pytest.mark.tampers  # backdates a stored time by hand, as no program path can
def test_a_fact_stored_late_with_an_earlier_time_is_not_missed(tmp_path: Path) -> None:
    # A transaction open while a bundle was made commits afterwards, its rows stamped
    # before the bundle: they were not in it, so the next bundle must carry them.
    hq, site = mission(tmp_path, sites=1)
    site.add_officer("100")
    site.add_officer("101")
    site.train(["100"])
    first = site.export(hq)
    late = site.train(["101"], day=3)
    with site.database.transaction() as session:
        session.execute(
            update(Result)
            .where(Result.session.has(uid=late))
            .values(stored_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5))
        )
    hq.receive(first)
    site.receive(hq.export(site))
    second = site.export(hq)
    assert _records(second) == 1
    hq.receive(second)
    with hq.database.reading() as session:
        assert len(session.scalars(select(Result.id)).all()) == 2


def _lying_bomb(path: Path) -> None:
    """A manifest whose zip entry says 100 bytes but unpacks to 50 MB."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", b" " * (50 * 1024 * 1024))
        archive.writestr("manifest.sig", b"00")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("manifest.json")
    data[info.header_offset + 22 : info.header_offset + 26] = struct.pack("<I", 100)
    central = data.index(b"PK\x01\x02")
    data[central + 24 : central + 28] = struct.pack("<I", 100)
    path.write_bytes(bytes(data))


def _overlapping_bomb(path: Path) -> None:
    """Two entries sharing one compressed block: the way the worst zip bombs multiply."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", b"x" * 1000)
        archive.writestr("manifest.sig", b"00")
        archive.writestr("results.jsonl", b"x" * 1000)
    data = bytearray(path.read_bytes())
    centrals = [i for i in range(len(data)) if data[i : i + 4] == b"PK\x01\x02"]
    first_offset = data[centrals[0] + 42 : centrals[0] + 46]
    data[centrals[2] + 42 : centrals[2] + 46] = first_offset
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("make", [_lying_bomb, _overlapping_bomb])
def test_a_zip_bomb_is_refused_as_too_large(tmp_path: Path, make: Callable[[Path], None]) -> None:
    hq, _site = mission(tmp_path, sites=1)
    bomb = tmp_path / "bomb.mssync"
    make(bomb)
    before = hq.snapshot()
    with pytest.raises(BundleError, match=r"is too large: .* \(a zip bomb\)"):
        hq.receive(bomb)
    assert hq.snapshot() == before
