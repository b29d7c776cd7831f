"""Records to take home: a transcript and Open Badges 3.0 credentials anyone can check offline.

The credentials are valid against the Open Badges 3.0 JSON schema (vendored in
tests/schemas/, see its README), verify with the installation's did:key, and one changed
character anywhere makes them fail.
"""

import datetime as dt
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from mss_training.cli import main
from mss_training.db import open_database
from mss_training.domain import ExemptionKind, Outcome, UserRole
from mss_training.keystore import trusted_public_key
from mss_training.messages import message_language
from mss_training.services.certificates import IssueOptions, certificate_for_officer
from mss_training.services.credentials import (
    base58btc,
    check_credential,
    did_key,
    from_base58btc,
    public_key_of_did,
)
from mss_training.services.demo import DEMO_PASSWORD, add_demo_accounts
from mss_training.services.permissions import Actor, PermissionDeniedError
from mss_training.services.personnel import OfficerRef
from mss_training.services.records_pack import PackRequest, records_pack
from mss_training.services.training import void_result
from tests.mission import ACTOR, Mission

SCHEMA = json.loads(
    (Path(__file__).parent / "schemas" / "ob_v3p0_achievementcredential_schema.json").read_text()
)
DAY = dt.date(2026, 11, 30)  # a month end: PF passed on 2025-11-30 lapses today


@pytest.fixture
def mission(sqlite_url: str) -> Iterator[Mission]:
    database = open_database(sqlite_url)
    yield Mission.set_up(database)
    database.close()


def _history(mission: Mission) -> OfficerRef:
    """One officer with a correction, a void, a lapsed pass, an exemption and a certificate."""
    officer = mission.officer("K-1", "POL", family_name="Otieno")
    mission.passed(officer, "ATT", dt.date(2026, 9, 1))
    mission.passed(officer, "PF", dt.date(2025, 11, 30))  # 12 months: lapsed on DAY
    failed = mission.result(officer, "DRV", dt.date(2026, 10, 5), outcome=Outcome.FAIL)
    mission.amend(failed, outcome=Outcome.PASS)  # the assessor's sheet said pass
    wrong = mission.passed(officer, "SC", dt.date(2026, 11, 20))
    mission.void(wrong)
    mission.exempt(officer, "FPUX", dt.date(2026, 8, 1), kind=ExemptionKind.EQUIVALENCE)
    with mission.database.transaction() as session:
        certificate_for_officer(session, officer, "ATT", ACTOR, IssueOptions())
    return officer


def _pack(mission: Mission, actor: Actor = ACTOR, **options: Any) -> zipfile.ZipFile:
    request = PackRequest(contingent="KEN", **{"as_of": DAY, **options})
    with mission.database.transaction() as session:
        pack = records_pack(session, actor, request)
    return zipfile.ZipFile(io.BytesIO(pack.data))


def _credentials(archive: zipfile.ZipFile) -> dict[str, dict[str, Any]]:
    return {
        Path(name).stem: json.loads(archive.read(name))
        for name in archive.namelist()
        if "/credentials/" in name
    }


def test_the_pack_holds_a_transcript_and_a_credential_per_current_qualification(
    mission: Mission,
) -> None:
    _history(mission)
    archive = _pack(mission, officer="K-1")
    names = set(archive.namelist())
    assert {"README.md", "issuer.json", "KEN-K-1/transcript.pdf"} <= names
    credentials = _credentials(archive)
    # ATT (no expiry) and DRV (the corrected pass); PF lapsed today; SC was voided.
    assert set(credentials) == {"ATT", "DRV"}
    drv = credentials["DRV"]
    assert drv["validFrom"] == "2026-10-05T00:00:00Z"
    assert drv["validUntil"] == "2027-04-05T00:00:00Z"
    assert "validUntil" not in credentials["ATT"]
    assert drv["credentialSubject"]["achievement"]["criteria"]["narrative"].startswith(
        "Passed the module's assessment"
    )
    transcript = "\n".join(
        page.extract_text()
        for page in PdfReader(io.BytesIO(archive.read("KEN-K-1/transcript.pdf"))).pages
    )
    for seen in (
        "OTIENO, Test",
        "VOID",
        "correction",
        "replaced later",
        "equivalence",
        "Test range",
    ):
        assert seen in transcript
    # The ATT certificate was issued today, after the day of the pack; a pack as of today
    # lists it as valid (ATT never expires).
    assert "No certificate was issued" in transcript
    today = _pack(mission, officer="K-1", as_of=None).read("KEN-K-1/transcript.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(today)).pages)
    assert "valid" in text.split("Certificates")[1].split("Exemptions")[0]
    readme = archive.read("README.md").decode()
    issuer = json.loads(archive.read("issuer.json"))
    assert issuer["id"] in readme and "eddsa-jcs-2022" in readme


def test_credentials_verify_match_the_schema_and_fail_on_one_changed_character(
    mission: Mission,
) -> None:
    _history(mission)
    credentials = _credentials(_pack(mission))
    with mission.database.reading() as session:
        own_did = did_key(trusted_public_key(session))
    validator = jsonschema.Draft201909Validator(SCHEMA)
    for credential in credentials.values():
        assert list(validator.iter_errors(credential)) == []
        check = check_credential(credential)
        assert check.genuine, check.problem
        assert check.issuer == own_did and check.subject == "KEN/K-1"
    credential = credentials["DRV"]
    text = json.dumps(credential)
    for original, changed in (
        ("2027-04-05", "2028-04-05"),  # a longer validity
        ('"humanCode": "DRV"', '"humanCode": "DRW"'),
        ("KEN/K-1", "KEN/K-2"),  # another officer
    ):
        assert original in text
        forged = json.loads(text.replace(original, changed, 1))
        assert not check_credential(forged).genuine
    (proof,) = credential["proof"]
    value = proof["proofValue"]
    flipped = value[:-1] + ("2" if value[-1] != "2" else "3")
    assert not check_credential({**credential, "proof": [{**proof, "proofValue": flipped}]}).genuine
    assert not check_credential({k: v for k, v in credential.items() if k != "proof"}).genuine


def test_only_those_who_issue_certificates_for_the_contingent_make_a_pack(
    mission: Mission,
) -> None:
    _history(mission)
    with pytest.raises(PermissionDeniedError):
        _pack(mission, Actor("commander", UserRole.COMMANDER))
    with pytest.raises(PermissionDeniedError):
        _pack(mission, Actor("trainer", UserRole.TRAINING_OFFICER, frozenset({"JAM"})))


def test_the_command_line_packs_and_verifies_offline(
    mission: Mission, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _history(mission)
    with mission.database.transaction() as session:
        add_demo_accounts(session)
    monkeypatch.setenv("MSS_TRAINING_USER", "coordinator")
    monkeypatch.setenv("MSS_TRAINING_PASSWORD", DEMO_PASSWORD)
    target = tmp_path / "records.zip"
    out = io.StringIO()
    argv = ["--db", mission.database.url, "records", "pack", "--contingent", "KEN"]
    assert main([*argv, "--lang", "fr", "-o", str(target)], out=out) == 0, out.getvalue()
    assert "1 officers" in out.getvalue()
    with zipfile.ZipFile(target) as archive:
        credential = archive.read("KEN-K-1/credentials/ATT.json")
        pdf = PdfReader(io.BytesIO(archive.read("KEN-K-1/transcript.pdf")))
        assert "Relevé de formation" in pdf.pages[0].extract_text()
    path = tmp_path / "ATT.json"
    path.write_bytes(credential)
    out = io.StringIO()
    assert main(["records", "verify", str(path)], out=out) == 0
    assert out.getvalue().startswith("VALID: Attendance-only briefing, held by KEN/K-1")
    path.write_bytes(credential.replace(b"KEN/K-1", b"KEN/K-9"))
    out = io.StringIO()
    assert main(["records", "verify", str(path)], out=out) == 7
    assert out.getvalue().startswith("NOT GENUINE")


@given(st.binary(max_size=40))
def test_base58_round_trips(data: bytes) -> None:
    assert from_base58btc(base58btc(data)) == data


def test_a_did_key_names_its_ed25519_key() -> None:
    key = bytes(range(32))
    did = did_key(key)
    assert did.startswith("did:key:z6Mk")  # every Ed25519 did:key reads so
    assert public_key_of_did(did) == key


@pytest.mark.parametrize(
    ("language", "seen", "english"),
    [
        ("es", ("ANULADO", "corrección", "reemplazado después", "equivalencia", "Número de placa",
                "Aprobada por", "Registros al", "de 2026"), "Service number"),
        ("fr", ("ANNULÉ", "remplacé depuis", "équivalence", "Matricule", "Approuvée par",
                "Dossiers au", "2026"), "Approved by"),
        ("ht", ("ANILE", "koreksyon", "ekivalans", "Matrikil", "Apwouve pa", "novanm 2026"),
         "replaced later"),
    ],
)  # fmt: skip
def test_the_transcript_is_printed_in_the_pack_s_language(
    mission: Mission, language: str, seen: tuple[str, ...], english: str
) -> None:
    _history(mission)
    archive = _pack(mission, officer="K-1", language=language)
    transcript = " ".join(
        " ".join((page.extract_text() or "").split())
        for page in PdfReader(io.BytesIO(archive.read("KEN-K-1/transcript.pdf"))).pages
    )
    for words in seen:
        assert words in transcript, words
    assert english not in transcript
    # Its headings in English beside the language's, for a reader abroad.
    assert "Results / " in transcript


def test_a_transcript_prints_each_note_as_typed_and_wraps_the_long_ones(mission: Mission) -> None:
    # A cell that fits on one line is printed as a plain string, one that does not as a
    # paragraph broken between words: either way, what was typed is what prints.
    officer = mission.officer("K-1", "POL", family_name="Otieno")
    short = mission.passed(officer, "ATT", dt.date(2026, 9, 1))
    long = mission.passed(officer, "DRV", dt.date(2026, 9, 2))
    with mission.database.transaction() as session:
        void_result(session, short, reason="<b>A&B</b>", actor=ACTOR)
        void_result(session, long, reason="Recorded against the wrong platoon's sheet", actor=ACTOR)
    archive = _pack(mission, officer="K-1")
    pages = PdfReader(io.BytesIO(archive.read("KEN-K-1/transcript.pdf"))).pages
    transcript = "\n".join(page.extract_text() for page in pages)
    assert "<b>A&B</b>" in transcript
    # The long note is all there, over more than one line of its column.
    note = "Recorded against the wrong platoon's sheet"
    assert note not in transcript
    assert all(word in transcript.split() for word in note.split())


@pytest.mark.parametrize(
    ("language", "seen"),
    [
        ("es", ("# Registros de capacitación", "Cómo verificar una credencial")),
        ("fr", ("# Dossiers de formation", "Vérifier une attestation")),
        ("ht", ("# Dosye fòmasyon", "Kijan pou verifye yon kalifikasyon")),
    ],
)
def test_the_pack_s_readme_is_written_in_the_pack_s_language(
    mission: Mission, language: str, seen: tuple[str, ...]
) -> None:
    _history(mission)
    archive = _pack(mission, officer="K-1", language=language)
    readme = archive.read("README.md").decode()
    for words in seen:
        assert words in readme, words
    assert "Each folder holds" not in readme and "Checking a credential" not in readme
    # What a verifier types or compares stays as it is, whatever the language.
    issuer = json.loads(archive.read("issuer.json"))
    assert issuer["id"] in readme and issuer["public_key_hex"] in readme
    for kept in ("eddsa-jcs-2022", "`mss-training records verify FILE.json`", "2026-11-30"):
        assert kept in readme, kept
    assert "{" not in readme  # every placeholder filled
    # The command line itself keeps speaking English.
    assert message_language() == "en"
    assert (
        _pack(mission, officer="K-1")
        .read("README.md")
        .decode()
        .startswith("# Training records from the MSS mission to Haiti")
    )
