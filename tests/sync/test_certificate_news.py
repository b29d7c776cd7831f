"""A verifier is told how fresh its installation's news of revocations is."""

import datetime as dt
from pathlib import Path

from pypdf import PdfReader

from mss_training.documents.certificate import certificates_pdf, long_date
from mss_training.services.certificates import (
    IssueOptions,
    Verdict,
    certificate_for_officer,
    revoke_certificate,
    verify_code,
    verify_pdf,
)
from mss_training.services.personnel import OfficerRef
from tests.sync.nodes import ACTOR, Node, mission


def _verify(node: Node, code: str) -> tuple[Verdict, str]:
    with node.database.reading() as session:
        verification = verify_code(session, code)
    return verification.verdict, verification.revocation_news


def test_a_site_says_how_old_its_revocation_news_from_hq_is(tmp_path: Path) -> None:
    hq, site = mission(tmp_path, sites=1)
    site.add_officer("00123")
    site.train(["00123"], module="UOF-101")
    with site.database.transaction() as session:
        content = certificate_for_officer(
            session, OfficerRef("KEN", "00123"), "UOF-101", ACTOR, IssueOptions()
        )
    site.send(hq)
    with hq.database.transaction() as session:
        revoke_certificate(session, content.serial, "Issued against the wrong result", ACTOR)
    assert _verify(hq, content.code) == (
        Verdict.REVOKED,
        "This is mission HQ: revocations made here are known as of now, and those made at a "
        "site from that site's latest bundle.",
    )
    # Offline, the site cannot know yet: its answer says how old its news is.
    assert _verify(site, content.code) == (
        Verdict.VALID,
        "This installation has never imported a bundle from HQ: it knows only of revocations "
        "made here.",
    )
    hq.send(site)
    today = long_date(dt.datetime.now(dt.UTC).date(), "en")
    assert _verify(site, content.code) == (
        Verdict.REVOKED,
        f"Revocations are known up to the bundle from HQ of {today}.",
    )


def test_a_certificate_carried_to_hq_prints_and_verifies_its_last_valid_day(
    tmp_path: Path,
) -> None:
    """A bundle carries the pass's expires_on and the M4 code as issued: printed again at
    HQ, the certificate names the same last valid day, and verifies there."""
    hq, site = mission(tmp_path, sites=1)
    site.add_officer("00123")
    site.train(["00123"], module="UOF-101")
    with site.database.transaction() as session:
        content = certificate_for_officer(
            session, OfficerRef("KEN", "00123"), "UOF-101", ACTOR, IssueOptions(language="fr")
        )
    assert content.code.startswith("M4.") and content.expires_on is not None
    last_day = content.expires_on - dt.timedelta(days=1)
    site.send(hq)
    with hq.database.transaction() as session:
        again = certificate_for_officer(
            session, OfficerRef("KEN", "00123"), "UOF-101", ACTOR, IssueOptions(language="fr")
        )
    assert again == content and again.valid_until == last_day
    path = tmp_path / "at-hq.pdf"
    path.write_bytes(certificates_pdf([again], "x"))
    assert path.read_bytes() == certificates_pdf([content], "x")
    text = PdfReader(path).pages[0].extract_text()
    assert f"Valid until {long_date(last_day, 'en')}" in text
    assert f"Valable jusqu'au {long_date(last_day, 'fr')}" in text
    with hq.database.reading() as session:
        (verification,) = verify_pdf(session, path, last_day)
    assert verification.verdict is Verdict.VALID, verification.explanation
    assert f"valid until {long_date(last_day, 'en')}" in verification.says
