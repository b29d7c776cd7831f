"""Certificates printed before the layout's rework: a genuine one still verifies (checked by
the facts it shows, and saying so), and one altered the way a forger would is refused.

The PDF and the database that issued it were made by the code of that time (see
tests/data/older-layout-certificate/README.md).
"""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from mss_training.db import Database
from mss_training.documents.fonts import SANS
from mss_training.services.certificates import Verdict
from tests.stored_certificate_sites import cover_and_write, stored_site, verified
from tests.test_certificate_verification import overlaid

FIXTURE = Path(__file__).parent / "data" / "older-layout-certificate"
SERIAL = "MSS-2026-5BC7-000001"


@pytest.fixture
def older_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """A copy of the site that issued the older certificate, upgraded on opening."""
    with stored_site(FIXTURE, tmp_path, monkeypatch) as database:
        yield database


def _verify(database: Database, pdf: bytes, tmp_path: Path) -> tuple[Verdict, str]:
    (verification,) = verified(database, pdf, tmp_path)
    return verification.verdict, verification.explanation


def test_a_genuine_certificate_of_the_older_layout_verifies_and_says_it_is_older(
    older_site: Database, tmp_path: Path
) -> None:
    verdict, explanation = _verify(older_site, (FIXTURE / "certificate.pdf").read_bytes(), tmp_path)
    assert verdict is Verdict.VALID, explanation
    assert f"Certificate {SERIAL} is genuine and valid" in explanation
    assert "layout printed before December 2026" in explanation


def _cover_and_write(x: float, y: float, width: float, text: str) -> Callable[[Canvas], None]:
    return cover_and_write(x, y, width, text, height=18)


@pytest.mark.parametrize(
    ("forgery", "shown"),
    [
        (_cover_and_write(421, 299, 420, "John Peter Smith"), "John Peter Smith"),
        (
            _cover_and_write(
                421, 228, 460, "Completed on 3 November 2026 · Valid until 3 November 2036"
            ),
            "2036",
        ),
        (_cover_and_write(421, 254, 300, "FRM-101 · 8 hours"), "FRM-101"),
    ],
    ids=["another name", "a later expiry", "another module"],
)
def test_an_older_certificate_altered_is_refused(
    older_site: Database, tmp_path: Path, forgery: Callable[[Canvas], None], shown: str
) -> None:
    pdf = overlaid((FIXTURE / "certificate.pdf").read_bytes(), forgery)
    verdict, explanation = _verify(older_site, pdf, tmp_path)
    assert verdict is Verdict.TAMPERED
    assert shown in explanation


def test_an_older_certificate_with_hidden_text_is_refused(
    older_site: Database, tmp_path: Path
) -> None:
    def hide(canvas: Canvas) -> None:
        canvas.setFont(SANS, 2)
        canvas.drawString(100, 100, "Use of force and rules of engagement")

    verdict, explanation = _verify(
        older_site, overlaid((FIXTURE / "certificate.pdf").read_bytes(), hide), tmp_path
    )
    assert verdict is Verdict.TAMPERED
    assert "2-point type" in explanation
