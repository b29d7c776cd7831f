"""Every command of the command line, tried by every role, limited and not, on a mission of
two contingents: nothing of a contingent an account does not see reaches its output or a
file it writes.

The commands are read from the parser itself, so a command added later without a line in
``ARGUMENTS`` fails ``test_every_command_has_arguments_to_try``.
"""

import argparse
import io
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from mss_training.cli import build_parser, main
from mss_training.cli_briefings import CHANGED_STATUS, NOT_GENUINE_STATUS
from mss_training.keystore import PASSPHRASE_ENV
from mss_training.services.certificate_verification import EXIT_STATUS
from mss_training.services.demo import DEMO_PASSWORD
from tests.two_contingents import (
    ACCOUNTS,
    OFFICERS,
    TwoContingents,
    build_two_contingents,
    forbidden_for,
    quick_passwords,
)

Path_ = tuple[str, ...]

# The arguments each command is tried with ({name} is filled in per mission and account).
# None: not run here (`gui` opens the window, which tests/ui/test_every_door_window.py walks).
ARGUMENTS: dict[Path_, list[list[str]] | None] = {
    ("init",): [[]],
    ("demo",): [["--officers", "5"]],
    ("curriculum", "show"): [[], ["--format", "json"]],
    ("readiness",): [
        [], ["--format", "csv"], ["--format", "json"], ["--contingent", "KEN"],
        ["--contingent", "JAM"], ["--include-inactive", "--format", "csv"],
        ["--as-of", "2026-11-27", "--through", "2027-05-31", "--format", "json"],
        ["--as-of", "2026-11-27", "--through", "2027-05-31"],
    ],
    ("readiness", "snapshot"): [
        ["--as-of", "2026-11-27", "--assessment", "qualified", "--remarks", "door test",
         "-o", "{out}/snapshot.json"],
        ["--as-of", "2026-11-27", "--contingent", "JAM", "--assessment", "yes",
         "-o", "{out}/snapshot-jam.json"],
        ["--as-of", "2026-11-27", "--contingent", "KEN", "--assessment", "no", "--lang", "fr",
         "-o", "{out}/snapshot-ken.json"],
        ["--as-of", "2026-11-27", "--through", "2027-05-31", "--assessment", "qualified",
         "-o", "{out}/snapshot-tour.json"],
    ],
    ("readiness", "snapshot", "verify"): [
        ["{out}/snapshot.json"], ["{out}/snapshot-jam.json"], ["{out}/snapshot-ken.json"],
        ["{out}/snapshot-tour.json"],
    ],
    ("readiness", "snapshot", "list"): [[]],
    ("records", "pack"): [
        ["--contingent", "KEN", "-o", "{out}/records-ken.zip"],
        ["--contingent", "JAM", "-o", "{out}/records-jam.zip"],
        ["--officer", "JCF-9902", "--contingent", "JAM", "--lang", "fr",
         "-o", "{out}/records-officer-jam.zip"],
    ],
    ("records", "verify"): [["{out}/no-such-credential.json"]],
    ("plan",): [
        ["--contingent", "KEN", "--deploy-on", "2027-01-31"],
        ["--contingent", "JAM", "--deploy-on", "2027-01-31", "--format", "json"],
        ["--contingent", "KEN", "--deploy-on", "2027-01-31", "--seats", "5",
         "--format", "pdf", "-o", "{out}/plan-ken.pdf"],
        ["--contingent", "KEN", "--deploy-on", "2027-01-31", "--lang", "es",
         "--format", "pdf", "-o", "{out}/plan-ken-es.pdf"],
        ["--contingent", "JAM", "--deploy-on", "2027-01-31", "--format", "xlsx",
         "-o", "{out}/plan-jam.xlsx"],
    ],
    ("roster", "import"): [
        ["{roster_KEN}", "--dry-run"], ["{roster_JAM}", "--dry-run"],
        ["{roster_MIXED}", "--dry-run"], ["{roster_MIXED}", "--skip-invalid"],
    ],
    ("results", "import"): [
        ["{results_KEN}", "--dry-run"], ["{results_JAM}", "--dry-run"],
        ["{results_MIXED}", "--dry-run"], ["{results_MIXED}", "--skip-invalid"],
        ["{results_JAM}", "--session", "{session_JAM}"],
    ],
    ("results", "recognise"): [
        ["JCF-9902", "--contingent", "JAM", "--module", "UOF-101", "--passed-on", "2026-05-02",
         "--body", "Jamaica Police Academy", "--reference", "JPA-0042"],
        ["JCF-9902", "--contingent", "JAM", "--module", "UOF-101", "--passed-on", "2099-01-01",
         "--body", "Jamaica Police Academy", "--reference", "JPA-0042"],
    ],
    ("export",): [
        ["personnel", "{out}/personnel.csv"], ["results", "{out}/results.xlsx"],
        ["readiness", "{out}/readiness.csv", "--as-of", "2026-11-27"],
        ["readiness", "{out}/readiness-tour.xlsx", "--as-of", "2026-11-27",
         "--through", "2027-05-31"],
        ["curriculum", "{out}/curriculum.csv"],
    ],
    ("sessions", "list"): [
        [], ["--limit", "1000"], ["--module", "UOF-101"], ["--planned"], ["--held"],
        ["--from", "2026-01-01", "--to", "2027-12-31"],
    ],
    ("sessions", "plan"): [
        ["--module", "FRM-101", "--starts", "2027-01-11", "--location", "Range",
         "--service-numbers", "JCF-9902", "--contingent", "JAM"],
        ["--module", "FRM-101", "--starts", "2027-01-11", "--location", "Range",
         "--attendees", "{results_MIXED}", "--seats", "40", "--instructor", "Door Test"],
    ],
    ("sessions", "record"): [["{session_KEN}", "{results_KEN}"], ["00000000", "{results_JAM}"]],
    ("sessions", "attendees"): [
        ["{session_KEN}", "--add", "JCF-9902", "--contingent", "JAM"],
        ["{session_JAM}", "--absent", "JCF-9902", "--contingent", "JAM"],
    ],
    ("certificates", "issue"): [
        ["--session", "{session_KEN}", "-o", "{out}/ken.pdf"],
        ["--session", "{session_JAM}", "-o", "{out}/jam.pdf"],
        ["--session", "{session_MIXED}", "-o", "{out}/mixed.pdf"],
        ["--session", "{session_MIXED}", "--zip", "-o", "{out}/mixed.zip"],
        ["--contingent", "JAM", "-o", "{out}/unit-jam.pdf"],
        ["--contingent", "KEN", "-o", "{out}/unit-ken.pdf"],
        ["--officer", "JCF-9902", "--contingent", "JAM", "--module", "UOF-101",
         "-o", "{out}/officer-jam.pdf"],
    ],
    ("certificates", "verify"): [["{own_code}"], ["{own_pdf}"], ["M1.not-a-code"]],
    ("certificates", "revoke"): [
        ["{serial_JAM}", "--reason", "door test"], ["{serial_KEN}", "--reason", "door test"],
    ],
    ("report",): [
        ["sign-in", "--session", "{session_KEN}", "-o", "{out}/sign-in-ken.pdf"],
        ["sign-in", "--session", "{session_JAM}", "-o", "{out}/sign-in-jam.pdf"],
        ["sign-in", "--session", "{session_MIXED}", "-o", "{out}/sign-in-mixed.pdf"],
        ["roster", "-o", "{out}/roster.pdf"], ["readiness", "-o", "{out}/readiness.pdf"],
        ["roster", "--contingent", "JAM", "-o", "{out}/roster-jam.pdf"],
        ["readiness", "--contingent", "KEN", "-o", "{out}/readiness-ken.pdf"],
        ["sign-in", "--session", "{session_KEN}", "--lang", "ht", "-o", "{out}/sign-in-ht.pdf"],
        ["roster", "--lang", "es", "--phase", "induction", "-o", "{out}/roster-es.pdf"],
        ["readiness", "--lang", "fr", "--phase", "refresher", "--marking", "RESTRICTED",
         "--sign-off", "-o", "{out}/readiness-fr.pdf"],
        ["readiness", "--as-of", "2026-11-27", "--through", "2027-05-31",
         "-o", "{out}/readiness-tour.pdf"],
    ],
    ("sync", "identity"): [["--save", "{out}/identity.json"]],
    ("sync", "enrol"): [["{out}/no-such-identity.json"]],
    ("sync", "sites"): [[]],
    ("sync", "export"): [["{out}/bundle.mssync", "--all"]],
    ("sync", "import"): [["{out}/bundle.mssync", "--dry-run"]],
    ("sync", "conflicts"): [[], ["--resolve", "1"], ["--resolve", "2", "--use", "other"]],
    ("sync", "duplicates"): [[], ["--merge", "1"], ["--keep-both", "1"]],
    ("users", "add"): [["newcomer", "--role", "commander", "--password", "newcomer-pass"]],
    ("users", "list"): [[]],
    ("users", "disable"): [["spare"]],
    ("users", "enable"): [["spare"]],
    ("users", "reset-password"): [["spare", "--password", "spare-password"]],
    ("users", "password"): [["--password", DEMO_PASSWORD]],
    ("users", "change"): [["spare", "--name", "Spare Account"]],
    ("users", "token"): [["--hours", "1", "--label", "door test"], ["--hours", "500"]],
    ("users", "tokens"): [[]],
    ("users", "revoke-token"): [["1"], ["99"]],
    ("holds", "add"): [
        ["KP-4471", "--contingent", "KEN", "--kind", "medical", "--reason", "door test"],
        ["JCF-9902", "--contingent", "JAM", "--kind", "medical", "--reason", "door test"],
    ],
    ("holds", "list"): [[], ["--open"], ["--contingent", "KEN"], ["--contingent", "JAM"]],
    ("holds", "lift"): [
        ["{hold_KEN}", "--reason", "door test"], ["{hold_JAM}", "--reason", "door test"],
    ],
    ("holds", "import"): [["{holds_MIXED}", "--dry-run"], ["{holds_MIXED}", "--skip-invalid"]],
    ("gui",): None,
    ("audit", "verify"): [[]],
    ("audit", "show"): [
        [], ["--limit", "1000"], ["JCF-9902"], ["KP-4471"], ["JCF-9903", "--contingent", "JAM"],
        ["--entity", "certificate", "{serial_JAM}"], ["--entity", "certificate", "{serial_KEN}"],
        ["--entity", "session", "{session_KEN}"], ["--entity", "session", "{session_JAM}"],
        ["--entity", "session", "{session_MIXED}"],
        ["--entity", "result", "{result_JAM}"], ["--entity", "result", "{result_KEN}"],
    ],
    # The copy of the database file itself holds everything: a login does not protect the
    # file (docs/users.md), so backup files are not read for secrets; restoring it back is.
    ("backup",): [["{out}/copy.sqlite"]],
    ("restore",): [["{out}/copy.sqlite"]],
    # An encrypted key and nothing else: administrators only, refused to everyone else.
    ("keys", "export"): [["{out}/signing.key"]],
    ("keys", "import"): [["{out}/signing.key"]],
}  # fmt: skip


def command_paths(parser: argparse.ArgumentParser, prefix: Path_ = ()) -> set[Path_]:
    """Every runnable command of the parser: a path of subcommand names to a leaf, and a
    command that runs by itself as well as with subcommands (`readiness`, `readiness
    snapshot`)."""
    paths: set[Path_] = set()
    runs_alone = prefix == () or parser.get_default("handler") is not None
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            runs_alone = runs_alone and not action.required
            for name, sub in action.choices.items():
                paths |= command_paths(sub, (*prefix, name))
    return paths | {prefix} if runs_alone and prefix else paths or {prefix}


def test_every_command_has_arguments_to_try() -> None:
    assert command_paths(build_parser()) == set(ARGUMENTS)


@pytest.fixture(scope="module")
def mission(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TwoContingents]:
    with quick_passwords():
        yield build_two_contingents(tmp_path_factory.mktemp("doors") / "mission.sqlite")


def _sheets(folder: Path) -> dict[str, str]:
    """Roster and results sheets of each contingent, and of both; names changed, so that a
    preview telling what differs would show it."""
    files: dict[str, str] = {}
    for key, codes in (("KEN", ["KEN"]), ("JAM", ["JAM"]), ("MIXED", ["KEN", "JAM"])):
        roster = folder / f"roster-{key}.csv"
        rows = ["service_number,family_name,given_names,contingent,rank"]
        rows += [f"{o[0]},Renamed,Person,{c},Sergeant" for c in codes for o in OFFICERS[c]]
        roster.write_text("\n".join(rows) + "\n", encoding="utf-8")
        results = folder / f"results-{key}.csv"
        rows = ["service_number,contingent,module_code,date,score,location"]
        rows += [f"{o[0]},{c},FRM-101,2026-11-22,85,Range" for c in codes for o in OFFICERS[c]]
        results.write_text("\n".join(rows) + "\n", encoding="utf-8")
        files[f"roster_{key}"], files[f"results_{key}"] = str(roster), str(results)
        holds = folder / f"holds-{key}.csv"
        rows = ["contingent,service_number,kind,reason"]
        rows += [f"{c},{o[0]},administrative,door sheet" for c in codes for o in OFFICERS[c]]
        holds.write_text("\n".join(rows) + "\n", encoding="utf-8")
        files[f"holds_{key}"] = str(holds)
    return files


def _placeholders(mission: TwoContingents, username: str, out: Path) -> dict[str, str]:
    own = ACCOUNTS[username] or "KEN"
    own_pdf = out / "own-certificate.pdf"
    own_pdf.write_bytes(b"")  # filled by the first certificates issue of the own session
    values = {"out": str(out), "own_code": mission.codes[own], "own_pdf": str(own_pdf)}
    values |= {f"session_{key}": ref for key, ref in mission.sessions.items()}
    values |= {f"serial_{key}": serial for key, serial in mission.serials.items()}
    values |= {f"result_{key}": str(uid) for key, uid in mission.results.items()}
    values |= {f"hold_{key}": uid for key, uid in mission.holds.items()}
    return values | _sheets(out)


def written_text(path: Path) -> str:
    """What a person opening the file would read."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return "\n".join(page.extract_text() for page in PdfReader(path).pages)
    if suffix == ".xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        return "\n".join(
            " ".join(str(cell) for cell in row if cell is not None)
            for sheet in book.worksheets
            for row in sheet.iter_rows(values_only=True)
        )
    if suffix in (".zip", ".mssync"):
        texts = []
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                data = archive.read(name)
                if name.lower().endswith(".pdf"):
                    texts.append(
                        "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
                    )
                else:
                    texts.append(data.decode("utf-8", errors="replace"))
                texts.append(name)
        return "\n".join(texts)
    return path.read_text(encoding="utf-8", errors="replace")


def _files(folder: Path) -> dict[Path, float]:
    return {path: path.stat().st_mtime for path in folder.iterdir() if path.is_file()}


@pytest.mark.parametrize("username", sorted(ACCOUNTS))
def test_no_door_shows_another_contingent(
    username: str,
    mission: TwoContingents,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    database = tmp_path / "mission.sqlite"
    shutil.copyfile(mission.path, database)
    out = tmp_path / "out"
    out.mkdir()
    values = _placeholders(mission, username, out)
    inputs = {
        Path(value)
        for key, value in values.items()
        if key.startswith(("roster", "results", "holds"))
    }
    monkeypatch.setenv("MSS_TRAINING_USER", username)
    monkeypatch.setenv("MSS_TRAINING_PASSWORD", DEMO_PASSWORD)
    monkeypatch.setenv(PASSPHRASE_ENV, "a passphrase for the key file")
    forbidden = forbidden_for(username)
    leaks: list[str] = []
    for path, variants in ARGUMENTS.items():
        for variant in variants or []:
            argv = [*path, *(part.format(**values) for part in variant)]
            before = _files(out)
            stdout = io.StringIO()
            status = main(["--db", str(database), *argv], out=stdout)
            shown = stdout.getvalue() + capsys.readouterr().err
            # certificates verify answers a verdict with its own status (docs/certificates.md).
            verdicts = (
                set(EXIT_STATUS.values()) if argv[:2] == ["certificates", "verify"] else set()
            ) | (
                {CHANGED_STATUS, NOT_GENUINE_STATUS}
                if argv[1:3] == ["snapshot", "verify"]
                else set()
            )
            assert status in {0, 1} | verdicts, f"{username} {argv}: {shown}"
            written = {
                p: written_text(p)
                for p, stamp in _files(out).items()
                if before.get(p) != stamp and p not in inputs and p.suffix != ".sqlite"
            }
            own_pdf = path_of(written, (ACCOUNTS[username] or "KEN").lower())
            if argv[:2] == ["certificates", "issue"] and own_pdf is not None:
                shutil.copyfile(own_pdf, values["own_pdf"])
            # What the person typed may come back to them; nothing else of the others may.
            typed = {t for t in forbidden if any(t.casefold() in a.casefold() for a in argv)}
            for where, text in [("output", shown), *((str(p), t) for p, t in written.items())]:
                folded = text.casefold()  # names are often shown in capitals
                found = sorted(t for t in forbidden - typed if t.casefold() in folded)
                if found:
                    leaks.append(f"{' '.join(argv)} → {where}: {', '.join(found)}")
    assert leaks == []


def path_of(written: dict[Path, str], stem: str) -> Path | None:
    return next((p for p in written if p.stem == stem), None)
