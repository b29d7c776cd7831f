from collections.abc import Iterator

import pytest

from tests.sync.nodes import OPENED


@pytest.fixture(autouse=True)
def _close_databases() -> Iterator[None]:
    yield
    while OPENED:
        OPENED.pop().close()
