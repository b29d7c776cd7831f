"""Certificates of the third code format (M3.), printed before M4: they print "Valid until"
and the first day their pass is no longer valid. They must still verify exactly as printed,
mark by mark, and a verifier must still tell the right last day of validity.

The PDF and the database that issued it were made by the code of that time (see
tests/data/m3-certificate/README.md): four passes that lapse on 1 March 2027.
"""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from mss_training.db import Database
from mss_training.documents.certificate import certificates_pdf
from mss_training.models import Certificate
from mss_training.services.certificates import (
    IssueOptions,
    Verdict,
    Verification,
    certificate_for_officer,
    verify_code,
)
from mss_training.services.personnel import OfficerRef
from tests.stored_certificate_sites import cover_and_write, stored_site, verified
from tests.test_certificate_verification import overlaid
from tests.test_documents import ACTOR

FIXTURE = Path(__file__).parent / "data" / "m3-certificate"
SERIALS = [f"MSS-2026-46B4-00000{n}" for n in (1, 2, 3, 4)]
BEFORE_THE_LAST_DAY = dt.date(2026, 12, 1)
LAST_DAY = dt.date(2027, 2, 28)


@pytest.fixture
def m3_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """A copy of the site that issued the M3 certificates, upgraded on opening."""
    with stored_site(FIXTURE, tmp_path, monkeypatch) as database:
        yield database


def _verify(
    database: Database, pdf: bytes, tmp_path: Path, today: dt.date = BEFORE_THE_LAST_DAY
) -> list[Verification]:
    return verified(database, pdf, tmp_path, today)


def test_m3_certificates_in_every_language_still_verify_as_printed(
    m3_site: Database, tmp_path: Path
) -> None:
    found = _verify(m3_site, (FIXTURE / "certificates.pdf").read_bytes(), tmp_path)
    assert [v.verdict for v in found] == [Verdict.VALID] * 4, [v.explanation for v in found]
    for verification, serial in zip(found, SERIALS, strict=True):
        assert f"Certificate {serial} is genuine and valid" in verification.explanation
        # Compared mark by mark, not by the older layout's check of facts.
        assert "layout printed before December 2026" not in verification.explanation


@pytest.mark.parametrize(
    "written",
    [
        "Completed on 1 March 2026 · Valid until 1 March 2037",
        # Even "corrected" by hand to the true last day, the page is not the one issued.
        "Completed on 1 March 2026 · Valid until 28 February 2027",
    ],
    ids=["a later expiry", "the date corrected by hand"],
)
def test_an_m3_certificate_altered_is_refused(
    m3_site: Database, tmp_path: Path, written: str
) -> None:
    pdf = overlaid(
        (FIXTURE / "certificates.pdf").read_bytes(),
        cover_and_write(421, 244, 460, written, height=16),
    )
    found = _verify(m3_site, pdf, tmp_path)
    assert found[0].verdict is Verdict.TAMPERED
    assert written.split(" · ")[1] in found[0].explanation
    assert [v.verdict for v in found[1:]] == [Verdict.VALID] * 3


def test_a_verifier_tells_the_last_valid_day_of_an_m3_certificate(
    m3_site: Database, tmp_path: Path
) -> None:
    pdf = (FIXTURE / "certificates.pdf").read_bytes()
    (first, *_) = _verify(m3_site, pdf, tmp_path)
    # The paper says 1 March 2027; the answer says what that meant.
    assert "valid until 1 March 2027 as printed" in first.says
    assert "its last valid day is 28 February 2027" in first.says
    assert [v.verdict for v in _verify(m3_site, pdf, tmp_path, LAST_DAY)] == [Verdict.VALID] * 4
    after = _verify(m3_site, pdf, tmp_path, LAST_DAY + dt.timedelta(days=1))
    assert [v.verdict for v in after] == [Verdict.EXPIRED] * 4
    assert "its last valid day was 28 February 2027" in after[0].explanation
    with m3_site.reading() as session:
        code = session.scalars(select(Certificate.code).where(Certificate.serial == SERIALS[0]))
        by_code = verify_code(session, code.one(), LAST_DAY)
    assert by_code.verdict is Verdict.VALID and by_code.says == first.says


def test_an_m3_certificate_printed_again_is_the_same_page(m3_site: Database) -> None:
    """A reprint of an M3 certificate is as issued, byte for byte: its code still signs the
    first invalid day, so a page printing the last one would not verify."""
    grace, maria = OfficerRef("KEN", "00123"), OfficerRef("GTM", "00456")
    with m3_site.transaction() as session:
        contents = [
            certificate_for_officer(session, ref, module, ACTOR, IssueOptions())
            for ref, module in ((grace, "UOF-101"), (grace, "FRM-101"), (maria, "UOF-101"),
                                (maria, "FRM-101"))
        ]  # fmt: skip
    assert [content.serial for content in contents] == SERIALS
    assert all(content.code.startswith("M3.") for content in contents)
    assert certificates_pdf(contents, "Certificates") == (FIXTURE / "certificates.pdf").read_bytes()


def test_an_m3_certificate_reissued_is_an_m4_with_the_last_valid_day(m3_site: Database) -> None:
    with m3_site.transaction() as session:
        new = certificate_for_officer(
            session, OfficerRef("KEN", "00123"), "UOF-101", ACTOR,
            IssueOptions(reissue_reason="Printed one day late (M3)"),
        )  # fmt: skip
    assert new.code.startswith("M4.") and new.serial != SERIALS[0]
    assert new.valid_until == LAST_DAY
    with m3_site.reading() as session:
        old = session.scalars(select(Certificate).where(Certificate.serial == SERIALS[0])).one()
        assert old.revoked_reason == f"Replaced by {new.serial}: Printed one day late (M3)"
        assert verify_code(session, old.code, LAST_DAY).verdict is Verdict.REVOKED
        assert verify_code(session, new.code, LAST_DAY).verdict is Verdict.VALID
