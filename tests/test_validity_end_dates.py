"""Every paper and screen that says how long a pass holds names its last valid day.

A pass's ``expires_on`` is the first day it is no longer valid (docs/readiness.md). A
certificate, a transcript, the readiness report, the officer's record and the command line
must all name the same last valid day for the same pass, so that a commander can believe
what a paper says.
"""

import dataclasses
import datetime as dt
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from mss_training.cli import main
from mss_training.db import open_database
from mss_training.documents.certificate import CertificateContent, certificates_pdf
from mss_training.models import Officer
from mss_training.services.certificate_codes import SEPARATOR, decode_code, make_code
from mss_training.services.certificates import (
    IssueOptions,
    Verdict,
    certificate_for_officer,
    verify_code,
    verify_pdf,
)
from mss_training.services.officer_record import officer_record
from mss_training.services.personnel import OfficerRef
from mss_training.services.readiness import ReadinessQuery
from mss_training.services.records_pack import PackRequest, records_pack
from mss_training.services.reports import readiness_report_pdf_for
from tests.mission import ACTOR, Mission

CURRICULUM = """
[curriculum]
version = "dates-1"
title = "One module valid 12 months"

[[roles]]
code = "POL"
name = "Police officer"

[[modules]]
code = "PF"
title = "Pass or fail, valid 12 months"
category = "Conduct"
hours = 4
delivery = "classroom"
assessment = "pass_fail"
validity_months = 12
requirements = [{ role = "ALL", phase = "pre-deployment" }]
"""
PASSED = dt.date(2026, 3, 1)  # lapses on 1 March 2027
LAST_DAY = dt.date(2027, 2, 28)
AS_OF = dt.date(2027, 2, 10)  # within the warning window: expiring
LANGUAGES = {"K-1": "en", "K-2": "fr", "K-3": "es", "K-4": "ht"}
# "Valid until" and the last valid day, in each language's own words; never the day after.
LAST_DAY_WORDS = {
    "en": ("Valid until 28 February 2027", "1 March 2027"),
    "fr": ("Valable jusqu'au 28 février 2027", "1 mars 2027"),
    "es": ("Válido hasta el 28 de febrero de 2027", "1 de marzo de 2027"),
    "ht": ("Valab jiska 28 fevriye 2027", "1 mas 2027"),
}


@pytest.fixture
def mission(sqlite_url: str) -> Iterator[Mission]:
    database = open_database(sqlite_url, site_name="Kiganjo training site")
    mission = Mission.set_up(database, CURRICULUM).with_demo_accounts()
    for number in LANGUAGES:
        mission.passed(mission.officer(number, "POL"), "PF", PASSED)
    yield mission
    database.close()


def _issue(mission: Mission, number: str) -> CertificateContent:
    with mission.database.transaction() as session:
        options = IssueOptions(language=LANGUAGES[number])
        return certificate_for_officer(session, OfficerRef("KEN", number), "PF", ACTOR, options)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_certificate_prints_the_last_valid_day_in_every_language(mission: Mission) -> None:
    for number, language in LANGUAGES.items():
        content = _issue(mission, number)
        assert content.code.startswith("M4.")
        text = _text(certificates_pdf([content], "x"))
        assert "Valid until 28 February 2027" in text
        last_day, first_invalid_day = LAST_DAY_WORDS[language]
        assert last_day in text
        assert first_invalid_day not in text and "1 March 2027" not in text


def test_an_m4_code_signs_the_day_it_prints_and_expires_the_day_after(
    mission: Mission, tmp_path: Path
) -> None:
    content = _issue(mission, "K-1")
    decoded = decode_code(content.code)
    # What the code signs is what the page prints: a verifier reading the code offline
    # reads the same last day.
    assert "2027-02-28" in decoded.payload.decode().split(SEPARATOR)
    assert "2027-03-01" not in decoded.payload.decode()
    path = tmp_path / "certificate.pdf"
    path.write_bytes(certificates_pdf([content], "x"))
    with mission.database.reading() as session:
        (on_the_last_day,) = verify_pdf(session, path, LAST_DAY)
        assert on_the_last_day.verdict is Verdict.VALID, on_the_last_day.explanation
        assert "valid until 28 February 2027" in on_the_last_day.says
        (the_day_after,) = verify_pdf(session, path, LAST_DAY + dt.timedelta(days=1))
        assert the_day_after.verdict is Verdict.EXPIRED
        assert "its last valid day was 28 February 2027" in the_day_after.explanation
        assert verify_code(session, content.code, LAST_DAY).verdict is Verdict.VALID


def _officer_id(mission: Mission, number: str) -> int:
    with mission.database.reading() as session:
        found = session.scalar(select(Officer.id).where(Officer.service_number == number))
    assert found is not None
    return found


def test_the_readiness_report_the_officer_record_and_the_transcript_name_the_same_day(
    mission: Mission,
) -> None:
    _issue(mission, "K-1")
    with mission.database.reading() as session:
        record = officer_record(session, _officer_id(mission, "K-1"), AS_OF, ACTOR)
        report = _text(readiness_report_pdf_for(session, ReadinessQuery(as_of=AS_OF)))
    assert record.readiness is not None
    (state,) = record.readiness.requirements
    assert state.last_valid_day == LAST_DAY
    (certificate,) = record.certificates
    assert certificate.last_valid_day == LAST_DAY
    assert "PF until 28 February 2027" in report
    with mission.database.transaction() as session:
        pack = records_pack(session, ACTOR, PackRequest("KEN", officer="K-1", as_of=AS_OF))
    archive = zipfile.ZipFile(io.BytesIO(pack.data))
    transcript = _text(archive.read("KEN-K-1/transcript.pdf"))
    qualifications = transcript.split("Qualifications")[1].split("Results")[0]
    certificates = transcript.split("Certificates")[1].split("Exemptions")[0]
    for table in (qualifications, certificates):
        assert "2027-02-28" in table and "2027-03-01" not in table
    assert "Valid until" in certificates
    # An Open Badges credential's validUntil is the instant it ceases to be valid: the
    # start of the day after the last, which is right as it is.
    credential = json.loads(archive.read("KEN-K-1/credentials/PF.json"))
    assert credential["validUntil"] == "2027-03-01T00:00:00Z"
    # The pack's README says so to whoever reads the credential at home.
    assert "its last valid day, the one its certificate prints, is the day before" in (
        archive.read("README.md").decode()
    )


def test_the_command_line_names_the_last_valid_day(
    mission: Mission, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = mission.database.url
    assert main(["--db", url, "readiness", "--as-of", AS_OF.isoformat()]) == 0
    table = capsys.readouterr().out
    assert "PF expiring, valid to 2027-02-28" in table
    assert "2027-03-01" not in table
    with mission.database.transaction() as session:
        pack = records_pack(session, ACTOR, PackRequest("KEN", officer="K-1", as_of=AS_OF))
    credential = zipfile.ZipFile(io.BytesIO(pack.data)).read("KEN-K-1/credentials/PF.json")
    path = tmp_path / "PF.json"
    path.write_bytes(credential)
    main(["records", "verify", str(path)])
    said = capsys.readouterr().out
    assert "valid from 2026-03-01 until 2027-02-28" in said
    assert "2027-03-01" not in said
    with pytest.raises(SystemExit):
        main(["certificates", "verify", "--help"])
    assert "EXPIRED         genuine but past its last valid day" in capsys.readouterr().out


def test_a_code_whose_last_day_has_no_day_after_is_damaged_not_a_crash(mission: Mission) -> None:
    content = _issue(mission, "K-1")
    facts = dataclasses.replace(
        decode_code(content.code).facts, expires_on=dt.date.max, prefix="M3."
    )
    # An M3 payload signing 9999-12-31, read as an M4 one: its day after does not exist.
    forged = "M4." + make_code(facts, bytes(32))[3:]
    with mission.database.reading() as session:
        verification = verify_code(session, forged)
    assert verification.verdict is Verdict.TAMPERED
    assert "the code is damaged" in verification.explanation
