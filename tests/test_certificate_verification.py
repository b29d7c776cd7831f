"""Certificates verified fact by fact: forged PDFs made the way a forger would make them."""

import dataclasses
import datetime as dt
import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ContentStream
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import func, select

import mss_training.documents.certificate as certificate_layout
from mss_training.cli import main
from mss_training.db import Database, open_database
from mss_training.documents.certificate import PAGE, CertificateContent, certificates_pdf
from mss_training.documents.fonts import SANS, register_fonts
from mss_training.documents.page_drawing import content_operations
from mss_training.errors import InputError
from mss_training.messages import use_language
from mss_training.models import AuditEntry, Certificate
from mss_training.services.audit import record_change
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
from mss_training.services.personnel import OfficerInput, OfficerRef, add_officers
from mss_training.services.reports import recent_sessions
from mss_training.services.setup import set_up_database
from mss_training.services.training import AttendeeResult, SessionInput, record_session
from tests.curricula import without_instructor_rules
from tests.test_documents import ACTOR, NAMES

KEN = OfficerRef("KEN", "00123")
GTM = OfficerRef("GTM", "00456")


def _session(module: str, day: dt.date, *results: AttendeeResult) -> SessionInput:
    return SessionInput(
        module=module, starts_on=day, ends_on=day, location="Kiganjo",
        instructors="Insp. Kamau", results=results,
    )  # fmt: skip


@pytest.fixture
def site(database_url: str) -> Iterator[Database]:
    """A training site where Grace passed UOF-101 and FRM-101 lately, María José FRM-101
    in January 2025 (so that qualification has expired)."""
    database = open_database(database_url, site_name="Kiganjo training site")
    with database.transaction() as session:
        set_up_database(session, without_instructor_rules(), ACTOR)
        add_demo_accounts(session)
        add_officers(
            session,
            [OfficerInput(c, n, f, g, rank="Inspector", roles=("IPO",)) for c, n, f, g in NAMES],
            ACTOR,
        )
        passed = [AttendeeResult(KEN, score=92), AttendeeResult(GTM, score=85)]
        for module, day in (("FRM-101", dt.date(2025, 1, 15)), ("FRM-101", dt.date(2026, 11, 10))):
            record_session(
                session, _session(module, day, *passed[: 2 if day.year == 2025 else 1]), ACTOR
            )
        record_session(session, _session("UOF-101", dt.date(2026, 11, 3), *passed), ACTOR)
    yield database
    database.close()


def issue(
    database: Database, ref: OfficerRef, module: str, language: str = "en"
) -> CertificateContent:
    with database.transaction() as session:
        return certificate_for_officer(session, ref, module, ACTOR, IssueOptions(language=language))


def verdicts(database: Database, pdf: bytes, tmp_path: Path) -> list[tuple[Verdict, str]]:
    path = tmp_path / "checked.pdf"
    path.write_bytes(pdf)
    with database.reading() as session:
        return [(v.verdict, v.explanation) for v in verify_pdf(session, path)]


def overlaid(pdf: bytes, draw: Callable[[Canvas], None]) -> bytes:
    """``pdf`` with whatever ``draw`` draws stamped over its first page, as pypdf does it."""
    register_fonts()
    buffer = io.BytesIO()
    stamp = Canvas(buffer, pagesize=PAGE)
    draw(stamp)
    stamp.showPage()
    stamp.save()
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    writer.pages[0].merge_page(PdfReader(buffer).pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_page_printing_another_module_and_expiry_over_a_genuine_code_is_refused(
    site: Database, tmp_path: Path
) -> None:
    genuine = issue(site, KEN, "FRM-101")
    forged = dataclasses.replace(
        genuine, module_code="UOF-101", module_title="Use of force and rules of engagement",
        expires_on=dt.date(2036, 11, 10),
    )  # fmt: skip
    ((verdict, explanation),) = verdicts(site, certificates_pdf([forged], "x"), tmp_path)
    assert verdict is Verdict.TAMPERED
    assert "UOF-101" in explanation and "2036" in explanation
    path = tmp_path / "forged.pdf"
    path.write_bytes(certificates_pdf([forged], "x"))
    with site.reading() as session:
        (verification,) = verify_pdf(session, path)
    # What the genuine certificate says comes from the code, not from the page.
    assert "FRM-101 Firearms qualification" in verification.says
    # Its last valid day: the pass lapses on 10 May 2027.
    assert "valid until 9 May 2027" in verification.says and "2036" not in verification.says


def test_a_false_name_with_the_genuine_one_in_white_one_point_type_is_refused(
    site: Database, tmp_path: Path
) -> None:
    genuine = issue(site, KEN, "FRM-101")
    impostor = dataclasses.replace(genuine, given_names="John", family_name="Impostor")

    def hide_name(canvas: Canvas) -> None:
        canvas.setFillColorRGB(1, 1, 1)
        canvas.setFont(SANS, 1)
        canvas.drawString(100, 100, genuine.full_name)

    pdf = overlaid(certificates_pdf([impostor], "x"), hide_name)
    ((verdict, explanation),) = verdicts(site, pdf, tmp_path)
    assert verdict is Verdict.TAMPERED
    assert "John Impostor" in explanation
    assert "hides the text “Grace Ũrsula Wanjiru-Otieno” (1-point type)" in explanation


@pytest.mark.parametrize("how", ["visible", "invisible", "white", "tiny"])
def test_text_laid_over_a_genuine_page_is_refused(site: Database, tmp_path: Path, how: str) -> None:
    genuine = certificates_pdf([issue(site, KEN, "UOF-101")], "x")

    def stamp(canvas: Canvas) -> None:
        text = canvas.beginText(300, 250)
        text.setFont(SANS, 3 if how == "tiny" else 11)
        if how == "invisible":
            text.setTextRenderMode(3)
        if how == "white":
            text.setFillColorRGB(1, 1, 1)
        text.textLine("Valid until 3 November 2036")
        canvas.drawText(text)

    ((verdict, explanation),) = verdicts(site, overlaid(genuine, stamp), tmp_path)
    assert verdict is Verdict.TAMPERED
    assert "Valid until 3 November 2036" in explanation


def test_a_qr_code_that_is_not_the_printed_code_is_refused(
    site: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = issue(site, KEN, "UOF-101")
    draw_qr = certificate_layout._qr
    with monkeypatch.context() as forging:  # the forger's copy of the program, not ours
        forging.setattr(
            certificate_layout, "_qr",
            lambda canvas, _data, *place: draw_qr(canvas, "https://verify.example.org/", *place),
        )  # fmt: skip
        forged = certificates_pdf([content], "x")
    ((verdict, explanation),) = verdicts(site, forged, tmp_path)
    assert verdict is Verdict.TAMPERED and "QR code" in explanation


def test_a_page_without_a_code_in_a_file_of_certificates_is_refused(
    site: Database, tmp_path: Path
) -> None:
    genuine = PdfReader(io.BytesIO(certificates_pdf([issue(site, KEN, "UOF-101")], "x")))
    writer = PdfWriter()
    writer.add_page(genuine.pages[0])
    writer.add_blank_page(*PAGE)
    out = io.BytesIO()
    writer.write(out)
    found = verdicts(site, out.getvalue(), tmp_path)
    assert [verdict for verdict, _ in found] == [Verdict.VALID, Verdict.TAMPERED]
    assert "Page 2 carries no verification code" in found[1][1]


def test_genuine_certificates_in_every_language_verify_valid(
    site: Database, tmp_path: Path
) -> None:
    contents = [
        issue(site, KEN, "UOF-101", "fr"),
        issue(site, GTM, "UOF-101", "es"),
        issue(site, KEN, "FRM-101", "en"),
    ]
    for content in contents:
        assert [v for v, _ in verdicts(site, certificates_pdf([content], "x"), tmp_path)] == [
            Verdict.VALID
        ]
    # All in one file (fonts subset differently), and pages copied into another file by pypdf.
    assert [v for v, _ in verdicts(site, certificates_pdf(contents, "x"), tmp_path)] == [
        Verdict.VALID
    ] * 3
    writer = PdfWriter()
    for content in reversed(contents):
        writer.add_page(PdfReader(io.BytesIO(certificates_pdf([content], "x"))).pages[0])
    out = io.BytesIO()
    writer.write(out)
    assert [v for v, _ in verdicts(site, out.getvalue(), tmp_path)] == [Verdict.VALID] * 3


def test_a_long_name_and_title_still_verify(site: Database, tmp_path: Path) -> None:
    content = issue(site, KEN, "UOF-101")
    with site.transaction() as session:
        revoke_certificate(session, content.serial, "Testing a long name", ACTOR)
    long_name = " ".join(["Wanjiru-Otieno"] * 13)  # 194 characters: the field holds 200
    with site.transaction() as session:
        from mss_training.models import Officer

        officer = session.scalars(select(Officer).where(Officer.service_number == "00123")).one()
        officer.family_name = long_name
        record_change(  # as the program audits every edit
            session, actor=ACTOR.username, action="update", entity="officer",
            summary="Renamed",
        )  # fmt: skip
    with site.transaction() as session:
        content = certificate_for_officer(
            session, KEN, "UOF-101", ACTOR, IssueOptions(reissue_reason="Name corrected")
        )
    assert content.family_name == long_name
    assert [v for v, _ in verdicts(site, certificates_pdf([content], "x"), tmp_path)] == [
        Verdict.VALID
    ]


def test_an_expired_qualification_is_genuine_but_expired(site: Database, tmp_path: Path) -> None:
    content = issue(site, GTM, "FRM-101")
    assert content.expires_on == dt.date(2025, 7, 15)
    with site.reading() as session:
        verification = verify_code(session, content.code)
        assert verification.verdict is Verdict.EXPIRED
        assert "expired: its last valid day was 14 July 2025" in verification.explanation
        # Valid to its last valid day, the day before its expires_on, as readiness counts it.
        assert verify_code(session, content.code, dt.date(2025, 7, 14)).verdict is Verdict.VALID
        assert verify_code(session, content.code, dt.date(2025, 7, 15)).verdict is Verdict.EXPIRED
    pdf = tmp_path / "expired.pdf"
    pdf.write_bytes(certificates_pdf([content], "x"))
    assert main(["--db", site.url, "certificates", "verify", str(pdf)]) == 4
    assert main(["--db", site.url, "certificates", "verify", content.code]) == 4


def test_every_verdict_has_its_own_exit_status(
    site: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = site.url
    content = issue(site, KEN, "UOF-101")
    assert main(["--db", db, "certificates", "verify", content.code]) == 0
    out = capsys.readouterr().out
    assert "The genuine certificate says: Inspector Grace Ũrsula Wanjiru-Otieno" in out
    assert "it knows only of revocations made here" in out
    assert main(["--db", db, "certificates", "verify", content.code[:-4] + "AAAA"]) == 7
    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite'}")
    with other.transaction() as session:
        set_up_database(session, without_instructor_rules(), ACTOR)
        add_demo_accounts(session)
    assert main(["--db", other.url, "certificates", "verify", content.code]) == 6
    other.close()
    with site.transaction() as session:
        revoke_certificate(session, content.serial, "Issued in error", ACTOR)
    assert main(["--db", db, "certificates", "verify", content.code]) == 5
    assert "Issued in error" in capsys.readouterr().out


def test_verifying_by_the_printed_serial(
    site: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    content = issue(site, KEN, "UOF-101")
    assert content.serial.startswith("MSS-2026-")
    assert main(["--db", site.url, "certificates", "verify", content.serial]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"VALID: Certificate {content.serial} is genuine")
    assert main(["--db", site.url, "certificates", "verify", content.serial.lower()]) == 0
    assert main(["--db", site.url, "certificates", "verify", "MSS-2026-0000-000099"]) == 1
    assert "has no certificate MSS-2026-0000-000099" in capsys.readouterr().err


def uof_session(database: Database) -> str:
    with database.reading() as session:
        return next(s.reference for s in recent_sessions(session) if s.module == "UOF-101")


def _certificates(database: Database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(Certificate)) or 0


def test_printing_again_after_a_revocation_does_not_issue_a_new_certificate(
    site: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = issue(site, KEN, "UOF-101")
    with site.transaction() as session:
        revoke_certificate(session, content.serial, "Issued in error", ACTOR)
    for again in (
        lambda s: certificate_for_officer(s, KEN, "UOF-101", ACTOR, IssueOptions()),
        lambda s: certificates_for_session(s, uof_session(site), ACTOR, IssueOptions()),
    ):
        with (
            pytest.raises(InputError, match=r"was revoked on .* --reissue --reason"),
            site.transaction() as session,
        ):
            again(session)
    assert _certificates(site) == 1
    db, out = site.url, str(tmp_path / "again.pdf")
    officer = ["--officer", "00123", "--contingent", "KEN", "--module", "UOF-101", "-o", out]
    assert main(["--db", db, "certificates", "issue", *officer]) == 1
    assert main(["--db", db, "certificates", "issue", *officer, "--reissue"]) == 1
    assert "--reissue --reason TEXT" in capsys.readouterr().err
    assert _certificates(site) == 1
    reissue = ["--reissue", "--reason", "Revoked by mistake; confirmed by the coordinator"]
    assert main(["--db", db, "certificates", "issue", *officer, *reissue]) == 0
    assert _certificates(site) == 2
    with site.reading() as session:
        summary = session.scalars(
            select(AuditEntry.summary).where(AuditEntry.action == "reissue")
        ).one()
    assert f"replacing {content.serial}: Revoked by mistake" in summary
    assert [v for v, _ in verdicts(site, Path(out).read_bytes(), tmp_path)] == [Verdict.VALID]


def test_the_quick_content_reader_reads_what_pypdf_reads(site: Database) -> None:
    content = issue(site, GTM, "UOF-101", "es")
    contents = PdfReader(io.BytesIO(certificates_pdf([content], "x"))).pages[0].get_contents()
    assert contents is not None
    quick = content_operations(contents.get_data())
    full = ContentStream(contents, None).operations
    assert [operator for _, operator in quick] == [operator for _, operator in full]
    shown = [bytes(ops[0]) for ops, operator in quick if operator == b"Tj"]
    assert shown == [getattr(ops[0], "original_bytes", ops[0]) for ops, op in full if op == b"Tj"]
    assert any(b"Guatemala" in text for text in shown)


@pytest.mark.parametrize(
    ("language", "says"),
    [
        ("fr", "a suivi FRM-101"),
        ("es", "completó FRM-101"),
        ("ht", "fini FRM-101"),
    ],
)
def test_what_the_genuine_certificate_says_is_said_in_the_language_in_use(
    site: Database, language: str, says: str
) -> None:
    content = issue(site, GTM, "FRM-101")
    use_language(language)
    try:
        with site.reading() as session:
            said = verify_code(session, content.code).says
    finally:
        use_language("en")
    assert says in said
    # Its dates in the language's own words, not English months.
    assert {"fr": "juillet 2025", "es": "julio de 2025", "ht": "2025"}[language] in said
    assert "completed" not in said and "July" not in said
