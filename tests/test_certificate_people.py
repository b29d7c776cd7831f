"""Certificates as the people who hold, read and check them meet them: names of every
script, the short code read over the phone, reprints that say what they print, and PDFs
that describe themselves and embed their fonts."""

import dataclasses
import datetime as dt
import io
import shutil
import socket
import subprocess
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from mss_training.cli import main
from mss_training.db import Database, open_database
from mss_training.documents.certificate import certificates_pdf, long_date
from mss_training.documents.page_drawing import page_drawing
from mss_training.documents.scripts import visual_text
from mss_training.errors import InputError
from mss_training.services.certificates import (
    IssueOptions,
    Verdict,
    certificate_for_officer,
    reprint_notes,
    verify_text,
)
from mss_training.services.personnel import OfficerInput, OfficerRef, add_officers
from mss_training.services.readiness import ReadinessQuery
from mss_training.services.records_pack import PackRequest, records_pack
from mss_training.services.reports import (
    readiness_report_pdf_for,
    recent_sessions,
    roster_pdf_for,
    sign_in_sheet_pdf,
)
from mss_training.services.setup import installation_name
from mss_training.services.snapshots import CommanderAssessment, SnapshotRequest, take_snapshot
from mss_training.services.training import AttendeeResult, record_session
from mss_training.services.training_plan import PlanRequest, plan_pdf_for, training_plan
from tests.hard_names import HARD_NAMES
from tests.test_certificate_print_scan import longest_certificate
from tests.test_certificate_verification import (  # noqa: F401 - the fixture
    KEN,
    _session,
    issue,
    site,
    verdicts,
)
from tests.test_documents import ACTOR


@pytest.fixture
def hard_site(site: Database) -> Database:  # noqa: F811
    """The training site, with an officer of each hard name who passed FRM-101."""
    with site.transaction() as session:
        officers = [
            OfficerInput("KEN", f"H{index:04d}", family, given, rank="Sergeant", roles=("IPO",))
            for index, (family, given) in enumerate(HARD_NAMES.values())
        ]
        add_officers(session, officers, ACTOR)
        results = [AttendeeResult(OfficerRef("KEN", o.service_number), score=90) for o in officers]
        record_session(session, _session("FRM-101", dt.date(2026, 11, 12), *results), ACTOR)
    return site


@pytest.mark.parametrize("label", list(HARD_NAMES))
@pytest.mark.parametrize("language", ["en", "fr", "es", "ht"])
def test_every_hard_name_prints_and_its_genuine_pdf_verifies(
    hard_site: Database, tmp_path: Path, label: str, language: str
) -> None:
    index = list(HARD_NAMES).index(label)
    content = issue(hard_site, OfficerRef("KEN", f"H{index:04d}"), "FRM-101", language)
    pdf = certificates_pdf([content], "x")
    assert [v for v, _ in verdicts(hard_site, pdf, tmp_path)] == [Verdict.VALID]
    if shutil.which("pdftotext"):
        (tmp_path / "c.pdf").write_bytes(pdf)
        text = subprocess.run(
            ["pdftotext", tmp_path / "c.pdf", "-"], capture_output=True, text=True, check=True
        ).stdout
        # Copied out of the PDF, the name reads as typed (Arabic too: in reading order).
        family = HARD_NAMES[label][0]
        read = unicodedata.normalize("NFKC", " ".join(text.split()))
        assert family.split()[0] in read


def test_arabic_is_joined_and_right_to_left() -> None:
    family, given = HARD_NAMES["Arabic"]
    shown = visual_text(f"{given} {family}")
    assert shown != f"{given} {family}"
    assert all("\ufe70" <= char <= "\ufeff" or char == " " for char in shown)  # joined forms
    assert visual_text("Ngũgĩ Wanjirũ") == "Ngũgĩ Wanjirũ"


def test_dates_are_written_in_each_language() -> None:
    day = dt.date(2027, 10, 17)
    assert [long_date(day, language) for language in ("en", "fr", "es", "ht")] == [
        "17 October 2027", "17 octobre 2027", "17 de octubre de 2027", "17 oktòb 2027",
    ]  # fmt: skip


def test_the_short_code_verifies_against_the_records(site: Database) -> None:  # noqa: F811
    content = issue(site, KEN, "UOF-101")
    with site.reading() as session:
        assert verify_text(session, content.short_code, ACTOR).verdict is Verdict.VALID
        # As read over the phone: lower case, no hyphens, O for 0 and L for 1.
        spoken = content.short_code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
        spoken = content.serial + " " + spoken[len(content.serial) :]
        assert verify_text(session, spoken, ACTOR).verdict is Verdict.VALID
        wrong = content.short_code[:-1] + ("X" if content.short_code[-1] != "X" else "Y")
        misread = verify_text(session, wrong, ACTOR)
        assert misread.verdict is Verdict.TAMPERED and "read it again" in misread.explanation
        assert misread.says == ""  # a wrong check learns nothing of the certificate


def test_the_qr_carries_no_name(site: Database) -> None:  # noqa: F811
    content = issue(site, KEN, "UOF-101")
    assert content.short_code.startswith(content.serial)
    assert content.family_name not in content.short_code
    assert len(content.short_code.split()[1].replace("-", "")) == 12


def test_a_reprint_says_when_language_or_signatory_differ(site: Database) -> None:  # noqa: F811
    first = issue(site, KEN, "UOF-101", "fr")
    options = IssueOptions(language="es", signatory_name="Supt. Otieno")
    with site.transaction() as session:
        again = certificate_for_officer(session, KEN, "UOF-101", ACTOR, options)
    assert again == first
    (note,) = reprint_notes([again], options)
    assert "English and French, not English and Spanish" in note
    assert "not Supt. Otieno" in note and "--reissue" in note
    assert reprint_notes([again], IssueOptions(language="fr")) == []


def test_a_bilingual_certificate_names_the_country_in_both_languages(
    site: Database,  # noqa: F811
) -> None:
    haitian = OfficerRef("HTI", "01010")
    with site.transaction() as session:
        passed = AttendeeResult(haitian, score=88)
        record_session(session, _session("UOF-101", dt.date(2026, 11, 4), passed), ACTOR)
    content = issue(site, haitian, "UOF-101", "fr")
    page = PdfReader(io.BytesIO(certificates_pdf([content], "x"))).pages[0].extract_text()
    flat = " ".join(page.split())
    assert "Haïti (Police nationale d'Haïti) · HTI" in flat
    assert "(HTI)" not in flat
    assert "Délivré à" in flat and "Officier de formation" in flat and "heures" in flat


def test_an_unknown_language_is_refused_in_one_sentence() -> None:
    with pytest.raises(InputError, match="not 'de'"):
        IssueOptions(language="de")


def test_the_certificate_pdf_embeds_its_fonts_and_describes_itself(
    site: Database,  # noqa: F811
) -> None:
    content = issue(site, KEN, "UOF-101", "ht")
    pdf = certificates_pdf([content], "Certificates")
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert info is not None
    assert info.title == f"Certificate {content.serial} · UOF-101 · {content.full_name}"
    assert info.author == "Kiganjo training site"
    assert info.subject == "Certificate of completion"
    assert _language(pdf) == "en"


def _language(pdf: bytes) -> str:
    catalogue: Any = PdfReader(io.BytesIO(pdf)).trailer["/Root"]
    return str(catalogue.get_object()["/Lang"])


def _fonts(pdf: bytes) -> list[tuple[str, bool]]:
    """Every font a PDF's pages use: its name and whether its program is embedded."""
    found = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources: Any = page["/Resources"]
        for reference in resources.get_object()["/Font"].values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[str(font["/BaseFont"])] = embedded
    return sorted(found.items())


def test_every_kind_of_pdf_embeds_its_fonts_with_distinct_tags_and_describes_itself(
    site: Database,  # noqa: F811
) -> None:
    issue(site, KEN, "UOF-101", "fr")
    with site.reading() as session:
        reference = next(s.reference for s in recent_sessions(session) if s.module == "UOF-101")
        query = ReadinessQuery(as_of=dt.date(2026, 11, 20))
        pdfs = {
            "certificate": certificates_pdf([issue(site, KEN, "UOF-101")], "x"),
            "sign-in sheet": sign_in_sheet_pdf(session, reference),
            "roster": roster_pdf_for(session, query),
            "readiness report": readiness_report_pdf_for(session, query),
            "training plan": plan_pdf_for(
                training_plan(session, ACTOR, PlanRequest("KEN", dt.date(2027, 1, 4)))
            ),
        }
    with site.transaction() as session:
        pdfs["snapshot"] = take_snapshot(
            session, ACTOR, SnapshotRequest(query.as_of, CommanderAssessment.YES)
        ).pdf
        pack = records_pack(session, ACTOR, PackRequest("KEN", officer="00123", as_of=query.as_of))
    with zipfile.ZipFile(io.BytesIO(pack.data)) as archive:
        pdfs["transcript"] = archive.read("KEN-00123/transcript.pdf")
    for kind, pdf in pdfs.items():
        fonts = _fonts(pdf)
        assert fonts and all(embedded for _, embedded in fonts), (kind, fonts)
        assert not any("Helvetica" in name or "Courier" in name for name, _ in fonts), kind
        tags = [name.split("+")[0] for name, _ in fonts]
        assert len(set(tags)) == len(tags), (kind, tags)
        reader = PdfReader(io.BytesIO(pdf))
        info = reader.metadata
        assert info is not None and info.title and info.subject, kind
        assert info.title != info.subject, (kind, "a title naming what this one is")
        assert info.author == "Kiganjo training site", kind
        assert _language(pdf) in ("en", "fr"), kind


def test_a_new_site_is_never_named_after_the_computer(tmp_path: Path) -> None:
    admin = ["--admin-user", "admin", "--admin-password", "admin-password"]
    named, unnamed = tmp_path / "named.sqlite", tmp_path / "unnamed.sqlite"
    assert main(["--db", str(named), "init", "--site-name", "Kiganjo", *admin]) == 0
    assert main(["--db", str(unnamed), "init", *admin]) == 0  # no terminal to ask on
    names = []
    for path in (named, unnamed):
        with open_database(f"sqlite:///{path}") as database, database.reading() as session:
            names.append(installation_name(session))
    assert names == ["Kiganjo", "MSS training site"]
    assert socket.gethostname() not in names


def test_the_command_line_verifies_a_short_code(
    site: Database,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    content = issue(site, KEN, "UOF-101")
    assert main(["--db", site.url, "certificates", "verify", content.short_code]) == 0
    assert f"Certificate {content.serial} is genuine and valid" in capsys.readouterr().out


@pytest.mark.parametrize("label", ["70 characters", "Spanish compound", "Vietnamese"])
def test_the_name_is_never_smaller_than_the_module_title(label: str) -> None:
    family, given = HARD_NAMES[label]
    content = dataclasses.replace(
        longest_certificate(), family_name=family, given_names=given, language="en"
    )
    lines = page_drawing(PdfReader(io.BytesIO(certificates_pdf([content], "x"))).pages[0]).lines
    name = max(line.size for line in lines if line.text and line.text in content.full_name)
    title = max(line.size for line in lines if line.text and line.text in content.module_title)
    assert name >= title >= 17
