"""Fuzzing the bundle reader: whatever a file holds, the answer is an import or one sentence.

Random damage to a genuine bundle (bytes flipped, cut short, entries rewritten with random
content) and random files that merely look like ZIPs: each import either goes in whole (when
the damage missed everything that matters) or is refused with a BundleError, and a refusal
changes nothing in the database.
"""

import io
import warnings
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mss_training.errors import BundleError
from mss_training.sync.bundle import MANIFEST, PARTS, SIGNATURE
from tests.sync.nodes import Node, mission

_CACHE: dict[str, tuple[Node, bytes]] = {}
FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _hq_and_bundle(factory: pytest.TempPathFactory) -> tuple[Node, bytes]:
    if "setting" not in _CACHE:
        hq, kenya = mission(factory.mktemp("fuzz"), sites=1)
        for number in ("K1", "K2", "K3"):
            kenya.add_officer(number)
        kenya.train(["K1", "K2", "K3"])
        _CACHE["setting"] = (hq, kenya.export(hq).read_bytes())
    return _CACHE["setting"]


def _try(hq: Node, data: bytes, folder: Path) -> None:
    path = folder / "fuzzed.mssync"
    path.write_bytes(data)
    before = hq.snapshot()
    try:
        hq.receive(path)
    except BundleError as error:
        message = str(error)
        assert message and "\n" not in message and "Traceback" not in message
        assert hq.snapshot() == before


@FUZZ
@given(
    cuts=st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=8)), max_size=4),
    keep=st.floats(0.05, 1.0),
)
def test_a_damaged_bundle_is_imported_whole_or_refused_plainly(
    tmp_path_factory: pytest.TempPathFactory, cuts: list[tuple[float, bytes]], keep: float
) -> None:
    hq, genuine = _hq_and_bundle(tmp_path_factory)
    data = bytearray(genuine)
    for where, junk in cuts:
        start = int(where * (len(data) - 1))
        data[start : start + len(junk)] = junk
    _try(hq, bytes(data[: max(1, int(len(data) * keep))]), tmp_path_factory.mktemp("case"))


entry_names = st.sampled_from([MANIFEST, SIGNATURE, *PARTS, "../outside.txt", "/etc/x", "a\\b"])


@FUZZ
@given(entries=st.lists(st.tuples(entry_names, st.binary(max_size=300)), max_size=6))
def test_a_zip_of_random_entries_is_refused_plainly(
    tmp_path_factory: pytest.TempPathFactory, entries: list[tuple[str, bytes]]
) -> None:
    hq, _ = _hq_and_bundle(tmp_path_factory)
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w") as archive:
        # The same name twice is one of the things a hostile file may hold.
        warnings.simplefilter("ignore", UserWarning)
        for name, content in entries:
            archive.writestr(name, content)
    with pytest.raises(BundleError):
        _try_strict(hq, buffer.getvalue(), tmp_path_factory.mktemp("zip"))


def _try_strict(hq: Node, data: bytes, folder: Path) -> None:
    before = hq.snapshot()
    path = folder / "random.mssync"
    path.write_bytes(data)
    try:
        hq.receive(path)
    finally:
        assert hq.snapshot() == before
