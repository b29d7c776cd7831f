"""The hard-names sheet printed in every document that names people: each name copies out
of the PDF as typed (Arabic in reading order, joined forms folded back to letters), and no
word of any page runs over another or off the page."""

import datetime as dt
import io
import re
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest

from mss_training.db import Database
from mss_training.documents.layout import MARGIN
from mss_training.documents.scripts import visual_text
from mss_training.services.readiness import ReadinessQuery
from mss_training.services.records_pack import PackRequest, records_pack
from mss_training.services.reports import (
    DocumentOptions,
    readiness_report_pdf_for,
    recent_sessions,
    roster_pdf_for,
    sign_in_sheet_pdf,
)
from mss_training.services.snapshots import CommanderAssessment, SnapshotRequest, take_snapshot
from tests.hard_names import HARD_NAMES
from tests.test_certificate_people import hard_site  # noqa: F401 - the fixture
from tests.test_certificate_verification import site  # noqa: F401 - the fixture
from tests.test_documents import ACTOR

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
AS_OF = dt.date(2026, 11, 20)
LANGUAGES = ("en", "fr", "es", "ht")
TRANSCRIPT_HEADINGS = {
    "en": "Training transcript",
    "fr": "Training transcript / Relevé de formation",
    "es": "Training transcript / Expediente de formación",
    "ht": "Training transcript / Relve fòmasyon",
}
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


def documents(database: Database, language: str) -> dict[str, bytes]:
    """Every kind of document that names the hard-names officers, in ``language``."""
    options = DocumentOptions(language=language)
    query = ReadinessQuery(as_of=AS_OF)
    with database.transaction() as session:
        reference = next(
            s.reference
            for s in recent_sessions(session)
            if s.module == "FRM-101" and s.starts_on == dt.date(2026, 11, 12)
        )
        pdfs = {
            "sign-in sheet": sign_in_sheet_pdf(session, reference, language=language),
            "roster": roster_pdf_for(session, query, options),
            "readiness report": readiness_report_pdf_for(session, query, options),
            "snapshot": take_snapshot(
                session,
                ACTOR,
                SnapshotRequest(AS_OF, CommanderAssessment.QUALIFIED, language=language),
            ).pdf,
        }
        pack = records_pack(session, ACTOR, PackRequest("KEN", language=language, as_of=AS_OF))
    with zipfile.ZipFile(io.BytesIO(pack.data)) as archive:
        for index in range(len(HARD_NAMES)):
            pdfs[f"transcript {index}"] = archive.read(f"KEN-H{index:04d}/transcript.pdf")
    return pdfs


def squashed(text: str) -> str:
    """Text compared as a reader sees it: joined forms folded to letters, case folded,
    with no spaces, hyphens or commas (lines break at either) and no invisible direction
    marks (poppler wraps right-to-left glyphs in them)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    visible = "".join(char for char in folded if unicodedata.category(char) != "Cf")
    return re.sub(r"[\s\-,،]", "", visible)


def unfolded(text: str) -> str:
    """Text as drawn (joined forms kept), without spaces or invisible marks."""
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf")


def extracted(pdf: bytes, tmp_path: Path, *options: str) -> str:
    path = tmp_path / "document.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def overflowing_words(pdf: bytes, tmp_path: Path) -> list[str]:
    """Words drawn over one another or past the page's margins, as pdftotext places them."""
    found: list[str] = []
    for page in extracted(pdf, tmp_path, "-bbox").split("</page>")[:-1]:
        size = PAGE.search(page)
        assert size is not None
        width, height = map(float, size.groups())
        words = [
            (m.group(5), float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)))
            for m in WORD.finditer(page)
        ]
        for word, x0, y0, x1, y1 in words:
            if x0 < MARGIN - 1 or x1 > width - MARGIN + 1 or y0 < 0 or y1 > height:
                found.append(f"{word!r} off the page at {x0:.0f},{y0:.0f}")
        for index, (a, ax0, ay0, ax1, ay1) in enumerate(words):
            for b, bx0, by0, bx1, by1 in words[index + 1 :]:
                across = min(ax1, bx1) - max(ax0, bx0)
                down = min(ay1, by1) - max(ay0, by0)
                if across > 1 and down > 1.5:
                    found.append(f"{a!r} over {b!r} at {ax0:.0f},{ay0:.0f}")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_document_prints_every_hard_name_as_typed_and_nothing_overflows(
    hard_site: Database,  # noqa: F811
    tmp_path: Path,
    language: str,
) -> None:
    for kind, pdf in documents(hard_site, language).items():
        # In the order the page draws it: a cell's lines, and a right-to-left name's
        # glyphs in the order the name is read.
        raw = extracted(pdf, tmp_path, "-raw")
        text = squashed(raw)
        names = list(HARD_NAMES.values())
        if kind.startswith("transcript"):
            names = [names[int(kind.split()[1])]]
            # Headed in English and beside it in the language asked, Creole too.
            assert squashed(TRANSCRIPT_HEADINGS[language]) in text, kind
        for family, given in names:
            assert squashed(family) in text, (kind, family)
            assert squashed(given) in text, (kind, given)
            if family in HARD_NAMES["Arabic"]:  # shaped: joined forms, not bare letters
                for name in (family, given):
                    assert unfolded(visual_text(name)[::-1]) in unfolded(raw), (kind, name)
        assert overflowing_words(pdf, tmp_path) == [], kind


def test_the_check_reads_an_arabic_name_drawn_backwards_as_wrong() -> None:
    family = HARD_NAMES["Arabic"][0]
    assert squashed(family) not in squashed(family[::-1])
    assert squashed("ﻋﺒﺪ") == squashed("عبد")  # joined forms read as the letters
