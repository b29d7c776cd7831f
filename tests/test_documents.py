"""Certificates, sign-in sheets, rosters and readiness reports as real PDFs, read back as text."""

import dataclasses
import datetime as dt
import hashlib
import io
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mss_training.cli import main
from mss_training.db import Database, open_database
from mss_training.documents.certificate import certificates_pdf
from mss_training.domain import UserRole
from mss_training.errors import InputError
from mss_training.models import Certificate, Contingent, Officer, Result
from mss_training.services.certificates import (
    IssueOptions,
    Verdict,
    certificate_for_officer,
    certificates_for_session,
    revoke_certificate,
    verify_code,
    verify_pdf,
)
from mss_training.services.demo import add_demo_accounts
from mss_training.services.permissions import Actor
from mss_training.services.personnel import OfficerInput, OfficerRef, add_officers
from mss_training.services.reports import recent_sessions
from mss_training.services.setup import set_up_database
from mss_training.services.training import (
    AttendeeResult,
    SessionInput,
    record_session,
    void_result,
)
from tests.curricula import without_instructor_rules

ACTOR = Actor("documents.test", UserRole.COORDINATOR)
NAMES = [
    ("KEN", "00123", "Wanjiru-Otieno", "Grace Ũrsula"),
    ("GTM", "00456", "Núñez de la Santísima Trinidad", "María José"),
    ("JAM", "00789", "O'Connor", "Kerry-Ann"),
    ("HTI", "01010", "Dorélien", "Jean-Robert"),
]


def pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture
def site(database_url: str) -> Iterator[Database]:
    database = open_database(database_url, site_name="Kiganjo training site")
    with database.transaction() as session:
        set_up_database(session, without_instructor_rules(), ACTOR)
        add_demo_accounts(session)  # the command line signs in as their coordinator
        add_officers(
            session,
            [OfficerInput(c, n, f, g, rank="Inspector", roles=("IPO",)) for c, n, f, g in NAMES],
            ACTOR,
        )
        record_session(
            session,
            SessionInput(
                module="UOF-101",
                starts_on=dt.date(2026, 11, 2),
                ends_on=dt.date(2026, 11, 3),
                location="Kiganjo",
                instructors="Insp. Kamau",
                results=(
                    AttendeeResult(OfficerRef("KEN", "00123"), score=92),
                    AttendeeResult(OfficerRef("GTM", "00456"), score=85),
                    AttendeeResult(OfficerRef("JAM", "00789"), score=64),  # failed
                    AttendeeResult(OfficerRef("HTI", "01010"), score=88),
                ),
            ),
            ACTOR,
        )
    yield database
    database.close()


def session_reference(database: Database) -> str:
    with database.reading() as session:
        return recent_sessions(session)[0].reference


def test_certificates_of_a_session_go_to_those_who_passed(site: Database) -> None:
    with site.transaction() as session:
        contents = certificates_for_session(
            session, session_reference(site), ACTOR, IssueOptions(language="fr")
        )
    assert [c.family_name for c in contents] == [
        "Dorélien", "Núñez de la Santísima Trinidad", "Wanjiru-Otieno",
    ]  # fmt: skip
    pages = pdf_text(certificates_pdf(contents, "test"))
    assert len(pages) == 3
    text = " ".join(" ".join(page.split()) for page in pages)
    for family, given in (("Wanjiru-Otieno", "Grace Ũrsula"), ("Dorélien", "Jean-Robert")):
        assert f"{given} {family}" in text
    assert "Use of force and rules of engagement" in text
    # Passed on 3 November 2026 for 12 months: the pass lapses on 3 November 2027.
    assert "Completed on 3 November 2026" in text and "Valid until 2 November 2027" in text
    assert "Certificat de réussite" in text
    assert "O'Connor" not in text
    serials = {c.serial for c in contents}
    assert len(serials) == 3 and all(s.startswith("MSS-2026-") for s in serials)


def test_a_failed_or_voided_result_gets_no_certificate(site: Database) -> None:
    with (
        pytest.raises(InputError, match="has no passing result in UOF-101"),
        site.transaction() as s,
    ):
        certificate_for_officer(s, OfficerRef("JAM", "00789"), "UOF-101", ACTOR, IssueOptions())
    with site.transaction() as session:
        result_uid = _result_of(session, "HTI", "01010")
        void_result(session, result_uid, reason="Recorded against the wrong officer", actor=ACTOR)
    with pytest.raises(InputError, match="no passing result"), site.transaction() as session:
        certificate_for_officer(
            session, OfficerRef("HTI", "01010"), "UOF-101", ACTOR, IssueOptions()
        )


def _result_of(session: Session, contingent: str, number: str) -> uuid.UUID:
    return session.execute(
        select(Result.uid)
        .join(Officer, Officer.id == Result.officer_id)
        .join(Contingent, Contingent.id == Officer.contingent_id)
        .where(Contingent.code == contingent, Officer.service_number == number)
    ).scalar_one()


@pytest.mark.tampers  # renames the officer with a bare Core update, outside the program
def test_a_reprint_is_the_same_certificate_even_after_the_name_changed(site: Database) -> None:
    ref = OfficerRef("KEN", "00123")
    with site.transaction() as session:
        first = certificate_for_officer(session, ref, "UOF-101", ACTOR, IssueOptions())
    with site.transaction() as session:
        session.execute(
            update(Officer).where(Officer.service_number == "00123").values(family_name="Kamau")
        )
    with site.transaction() as session:
        again = certificate_for_officer(session, ref, "UOF-101", ACTOR, IssueOptions())
        stored = session.scalars(select(Certificate)).one()
    assert again == first
    assert again.family_name == "Wanjiru-Otieno"
    reprint = certificates_pdf([again], again.serial)
    assert reprint == certificates_pdf([first], first.serial)
    assert hashlib.sha256(reprint).hexdigest() == stored.pdf_sha256


def test_codes_verify_offline_and_tampering_is_found(site: Database, database_url: str) -> None:
    with site.transaction() as session:
        content = certificate_for_officer(
            session, OfficerRef("GTM", "00456"), "UOF-101", ACTOR, IssueOptions()
        )
    with site.reading() as session:
        assert verify_code(session, content.code).verdict is Verdict.VALID
        # Any change to the code breaks its signature.
        body = content.code[3:]
        changed = content.code[:3] + body[:40] + ("A" if body[40] != "A" else "B") + body[41:]
        assert verify_code(session, changed).verdict is Verdict.TAMPERED
        assert verify_code(session, "hello").verdict is Verdict.TAMPERED
    with site.transaction() as session:
        revoke_certificate(session, content.serial, "Issued in error", ACTOR)
    with site.reading() as session:
        verification = verify_code(session, content.code)
    assert verification.verdict is Verdict.REVOKED
    assert "Issued in error" in verification.explanation


def test_a_code_from_an_untrusted_installation_is_an_unknown_issuer(
    site: Database, tmp_path: Path
) -> None:
    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite'}")
    with site.transaction() as session:
        content = certificate_for_officer(
            session, OfficerRef("KEN", "00123"), "UOF-101", ACTOR, IssueOptions()
        )
    with other.transaction() as session:
        set_up_database(session, without_instructor_rules(), ACTOR)
    with other.reading() as session:
        assert verify_code(session, content.code).verdict is Verdict.UNKNOWN_ISSUER
    other.close()


def test_a_pdf_whose_visible_name_was_changed_is_tampered(site: Database, tmp_path: Path) -> None:
    with site.transaction() as session:
        content = certificate_for_officer(
            session, OfficerRef("KEN", "00123"), "UOF-101", ACTOR, IssueOptions()
        )
    genuine, forged = tmp_path / "genuine.pdf", tmp_path / "forged.pdf"
    genuine.write_bytes(certificates_pdf([content], content.serial))
    altered = dataclasses.replace(content, family_name="Kamau")
    forged.write_bytes(certificates_pdf([altered], "forged"))
    with site.reading() as session:
        assert [v.verdict for v in verify_pdf(session, genuine)] == [Verdict.VALID]
        assert [v.verdict for v in verify_pdf(session, forged)] == [Verdict.TAMPERED]
    db = site.url
    assert main(["--db", db, "certificates", "verify", str(genuine)]) == 0
    assert main(["--db", db, "certificates", "verify", str(forged)]) == 7  # tampered
    assert main(["--db", db, "certificates", "verify", content.code]) == 0


def test_reissue_gives_a_new_serial_and_revokes_the_old(site: Database) -> None:
    ref = OfficerRef("KEN", "00123")
    with site.transaction() as session:
        old = certificate_for_officer(session, ref, "UOF-101", ACTOR, IssueOptions())
        new = certificate_for_officer(
            session, ref, "UOF-101", ACTOR, IssueOptions(reissue_reason="Lost in the field")
        )
    assert new.serial != old.serial
    with site.reading() as session:
        assert verify_code(session, old.code).verdict is Verdict.REVOKED
        assert verify_code(session, new.code).verdict is Verdict.VALID


def test_command_line_certificates_zip_and_reports(site: Database, tmp_path: Path) -> None:
    db = site.url
    reference = session_reference(site)
    archive = tmp_path / "certificates.zip"
    issue = ["certificates", "issue", "--session", reference, "--zip", "-o", str(archive)]
    assert main(["--db", db, *issue]) == 0
    with zipfile.ZipFile(archive) as opened:
        names = sorted(opened.namelist())
        assert len(names) == 3 and all(name.startswith("MSS-2026-") for name in names)
        assert any("Dorélien Jean-Robert" in name for name in names)
        assert len(pdf_text(opened.read(names[0]))) == 1
    sign_in = tmp_path / "sign-in.pdf"
    assert main(["--db", db, "report", "sign-in", "--session", reference, "-o", str(sign_in)]) == 0
    text = " ".join(pdf_text(sign_in.read_bytes()))
    assert "Sign-in sheet" in text and "DORÉLIEN" in text and "O'CONNOR" in text
    assert "Page 1 of 1" in text
    roster = tmp_path / "roster.pdf"
    assert main(["--db", db, "report", "roster", "--as-of", "2026-11-27", "-o", str(roster)]) == 0
    pages = pdf_text(roster.read_bytes())
    assert "As of 27 November 2026" in pages[0] and f"Page 1 of {len(pages)}" in pages[0]
    # A long name wraps onto a second line, whole.
    assert "NÚÑEZDELASANTÍSIMATRINIDAD,MaríaJosé" in "".join("".join(pages).split())
    report = tmp_path / "readiness.pdf"
    assert (
        main(["--db", db, "report", "readiness", "--as-of", "2026-11-27", "-o", str(report)]) == 0
    )
    pages = pdf_text(report.read_bytes())
    assert "Readiness as of 27 November 2026" in pages[0]
    assert all("As of 27 November 2026" in page for page in pages)


def test_a_big_roster_repeats_its_header_on_every_page(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite")
    assert main(["--db", db, "demo", "--officers", "600", "--today", "2026-11-27"]) == 0
    roster = tmp_path / "roster.pdf"
    assert main(["--db", db, "report", "roster", "--as-of", "2026-11-27", "-o", str(roster)]) == 0
    pages = pdf_text(roster.read_bytes())
    assert len(pages) > 5
    assert all("Service no." in page and "Overall" in page for page in pages)
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
