"""Certificates printed before the layout's rework: a genuine one still verifies (checked by
the facts it shows, and saying so), and one altered the way a forger would is refused.

The PDF and the database that issued it were made by the code of that time (see
tests/data/older-layout-certificate/README.md).
"""

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from reportlab.lib.colors import white
from reportlab.pdfgen.canvas import Canvas

from mss_training.db import Database, open_database
from mss_training.documents.fonts import SANS
from mss_training.services.certificates import Verdict, verify_pdf
from tests.test_certificate_verification import overlaid

FIXTURE = Path(__file__).parent / "data" / "older-layout-certificate"
SERIAL = "MSS-2026-5BC7-000001"


@pytest.fixture
def older_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """A copy of the site that issued the older certificate, upgraded on opening."""
    shutil.copytree(FIXTURE / "keys", tmp_path / "keys")
    monkeypatch.setenv("MSS_TRAINING_KEYS", str(tmp_path / "keys"))
    shutil.copy(FIXTURE / "site.sqlite", tmp_path / "site.sqlite")
    database = open_database(f"sqlite:///{tmp_path / 'site.sqlite'}")
    yield database
    database.close()


def _verify(database: Database, pdf: bytes, tmp_path: Path) -> tuple[Verdict, str]:
    path = tmp_path / "checked.pdf"
    path.write_bytes(pdf)
    with database.reading() as session:
        (verification,) = verify_pdf(session, path)
    return verification.verdict, verification.explanation


def test_a_genuine_certificate_of_the_older_layout_verifies_and_says_it_is_older(
    older_site: Database, tmp_path: Path
) -> None:
    verdict, explanation = _verify(older_site, (FIXTURE / "certificate.pdf").read_bytes(), tmp_path)
    assert verdict is Verdict.VALID, explanation
    assert f"Certificate {SERIAL} is genuine and valid" in explanation
    assert "layout printed before December 2026" in explanation


def _cover_and_write(x: float, y: float, width: float, text: str) -> Callable[[Canvas], None]:
    """A white box over what the page printed there, and other words over it."""

    def draw(canvas: Canvas) -> None:
        canvas.setFillColor(white)
        canvas.rect(x - width / 2, y - 4, width, 18, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont(SANS, 11)
        canvas.drawCentredString(x, y, text)

    return draw


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
