"""The QR code survives a print and a scan: the certificate rendered at 150 dpi, scanned at
half that, blurred by a pixel, in colour and in greyscale, still decodes to its exact code.

QR_SIZE and QR_ERROR in documents/certificate.py were chosen by this test: the largest code
(a 120-character name and a long module title) must scan.
"""

import dataclasses
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageFilter

import mss_training.documents.certificate as certificate_layout
from mss_training.documents.certificate import CertificateContent, certificates_pdf
from mss_training.services.certificate_codes import facts_of, make_code
from mss_training.signing import new_key_pair
from tests.hard_names import HARD_NAMES

pytestmark = pytest.mark.skipif(
    shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
    reason="zbarimg (zbar-tools) and pdftoppm (poppler-utils) are needed to scan a page",
)


def signed(content: CertificateContent) -> CertificateContent:
    private_key, _ = new_key_pair()
    return dataclasses.replace(content, code=make_code(facts_of(content, "4f2a91c0"), private_key))


def longest_certificate() -> CertificateContent:
    family, given = HARD_NAMES["120 characters"]
    return CertificateContent(
        serial="MSS-2026-4F2A-000017", family_name=family, given_names=given,
        service_number="KE-2019-004417", rank="Assistant Superintendent of Police",
        contingent="Haiti (Haitian National Police)", contingent_code="HTI",
        module_code="HRT-201",
        module_title="Human rights, protection of civilians and the prevention of sexual "
        "exploitation and abuse",
        hours=24, completed_on=dt.date(2026, 10, 17), expires_on=dt.date(2027, 10, 17),
        issuing_authority="Mission Training Cell", issuing_site="Kiganjo training site",
        signatory_name="Supt. Jane Wanjiru Mwangi", signatory_title="Chief Training Officer",
        language="es", code="", contingent_translated="Haití (Policía Nacional de Haití)",
        second_signatory_name="Comisionado Luis Alberto Hernández",
        second_signatory_title="Jefe de la Célula de Formación",
    )  # fmt: skip


def scanned(pdf: bytes, folder: Path, mode: str) -> list[str]:
    """What zbarimg reads from the page printed at 150 dpi and scanned at 75 dpi, blurred."""
    (folder / "page.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-singlefile", folder / "page.pdf", folder / "page"],
        check=True,
    )
    page = Image.open(folder / "page.png").convert(mode)
    scan = page.resize((page.width // 2, page.height // 2), Image.Resampling.BILINEAR)
    scan = scan.filter(ImageFilter.GaussianBlur(1))
    scan.save(folder / "scan.png")
    found = subprocess.run(
        ["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", folder / "scan.png"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    return found.stdout.splitlines()


@pytest.mark.parametrize("mode", ["RGB", "L"])
@pytest.mark.parametrize("language", ["en", "fr", "es", "ht"])
def test_the_largest_qr_code_scans_after_printing_and_scanning(
    tmp_path: Path, mode: str, language: str
) -> None:
    content = signed(dataclasses.replace(longest_certificate(), language=language))
    assert len(content.code) > 450  # as long as codes get
    assert scanned(certificates_pdf([content], "x"), tmp_path, mode) == [content.short_code]


def test_a_short_name_scans_too(tmp_path: Path) -> None:
    content = signed(
        dataclasses.replace(longest_certificate(), family_name="Ali", given_names="Omar")
    )
    assert scanned(certificates_pdf([content], "x"), tmp_path, "L") == [content.short_code]


def test_the_scan_is_not_flattered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The degradation is real: at the old 92 points the largest code no longer scans."""
    monkeypatch.setattr(certificate_layout, "QR_SIZE", 92.0)
    content = signed(longest_certificate())
    assert scanned(certificates_pdf([content], "x"), tmp_path, "L") != [content.short_code]
