"""Mission-scale benchmarks, each beside the bare library doing the same work in the same run.

    python benchmarks/run.py            # 50,000 officers over ten years: about 2,070,000 results
    python benchmarks/run.py --small    # a quick run, as CI does

Prints a table (operation, size, time, baseline, ratio, peak memory) and writes it as JSON.
No test asserts a time: these figures are for docs/benchmarks.md.
"""

import argparse
import csv
import dataclasses
import datetime as dt
import hashlib
import io
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
import tracemalloc
import uuid
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Run as a script, the checkout is not on the path: the baselines' own modules are in it.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openpyxl import load_workbook
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import func, select
from sqlalchemy import text as sql_text
from sqlalchemy.dialects import sqlite as sqlite_dialect

from mss_training.db import Database, open_database
from mss_training.db.row_digests import covered_tables
from mss_training.documents.certificate import CertificateContent, certificates_pdf
from mss_training.documents.layout import ReportContext
from mss_training.documents.roster import RosterRow, roster_pdf
from mss_training.domain import SiteRole, UserRole
from mss_training.errors import InputError
from mss_training.io.curriculum_file import CurriculumSpec, default_curriculum, parse_curriculum
from mss_training.io.readiness_export import write_readiness_json
from mss_training.io.tables import write_table
from mss_training.models import Contingent, Officer, Result
from mss_training.services.audit import record_change, verify_audit_trail
from mss_training.services.certificates import IssueOptions, certificates_for_session
from mss_training.services.demo import generate_demo
from mss_training.services.exports import personnel_table
from mss_training.services.permissions import Actor
from mss_training.services.readiness import (
    ReadinessQuery,
    readiness_by_officer,
    readiness_report,
    requirement_rows,
)
from mss_training.services.readiness_summary import readiness_summary
from mss_training.services.reports import recent_sessions
from mss_training.services.roster_import import import_roster
from mss_training.services.setup import set_up_database
from mss_training.sync.export import plan_export, write_bundle
from mss_training.sync.identity import enrol_site, own_identity
from mss_training.sync.merge import import_bundle

TODAY = dt.date(2026, 11, 27)
ACTOR = Actor("benchmark", UserRole.COORDINATOR)


@dataclass
class Row:
    operation: str
    size: str
    seconds: float | None
    baseline: float | None
    target: str
    peak_mb: float | None = None
    note: str = ""
    cpu: float | None = None  # seconds of CPU, where the machine's load makes wall time unfair
    baseline_cpu: float | None = None

    @property
    def ratio(self) -> float | None:
        """Of CPU times where both were measured (a loaded machine's wall times are not
        fair to either side), else of wall times."""
        if self.cpu is not None and self.baseline_cpu:
            return self.cpu / self.baseline_cpu
        if self.seconds is None or not self.baseline:
            return None
        return self.seconds / self.baseline


def timed(work: Callable[[], object], repeat: int = 1) -> tuple[float, float]:
    """Best time of ``repeat`` runs, and the peak of Python allocations (MB) in the first.

    Memory is traced in a run of its own, since tracing slows the work it watches.
    """
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best, traced_peak(work)


def traced_peak(work: Callable[[], object]) -> float:
    """The peak of Python allocations (MB) in one run of ``work``."""
    tracemalloc.start()
    work()
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return peak


def timed_cpu(work: Callable[[], object], repeat: int = 3) -> tuple[float, float]:
    """Best wall time and best CPU time (this process's: SQLite and ReportLab run in it) of
    ``repeat`` runs. On a machine shared with other jobs the CPU time is the fair one."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        start, cpu_start = time.perf_counter(), time.process_time()
        work()
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - cpu_start)
    return wall, cpu


def paired_cpu(
    product: Callable[[], object], baseline: Callable[[], object], repeat: int = 3
) -> tuple[tuple[float, float], tuple[float, float]]:
    """``timed_cpu`` of both, their runs taken in turn, so that a change in the machine's
    load falls on both sides alike."""
    times = [timed_cpu(work, 1) for _ in range(repeat) for work in (product, baseline)]
    ours, theirs = times[0::2], times[1::2]
    return (
        (min(t[0] for t in ours), min(t[1] for t in ours)),
        (min(t[0] for t in theirs), min(t[1] for t in theirs)),
    )


def once(work: Callable[[], object]) -> float:
    """The time of one run, for work too long to repeat or to trace."""
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


STEPS = ("startup", "scaling", "readiness", "dashboard", "search", "app", "import",
         "certificates", "roster", "documents", "sync", "sync-pg", "audit", "ledger",
         "memory")  # fmt: skip
chosen_steps: set[str] = set(STEPS)


def step(name: str, work: Callable[[], None]) -> None:
    if name in chosen_steps:
        print(f"  {name}: {once(work):.0f} s", flush=True)


def build_mission(
    folder: Path, officers: int, years: int, curriculum: CurriculumSpec | None = None
) -> Database:
    database = open_database(f"sqlite:///{folder / f'mission-{officers}.sqlite'}")
    with database.transaction() as session:
        set_up_database(session, curriculum or default_curriculum(), ACTOR)
        generate_demo(session, officers=officers, seed=2699, today=TODAY, years=years)
    return database


def raw_sql(database: Database, statement: object) -> str:
    compiled = statement.compile(  # type: ignore[attr-defined]
        dialect=sqlite_dialect.dialect(), compile_kwargs={"literal_binds": True}
    )
    return str(compiled)


def _months_later(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months``, the day clamped to the month's end (bare ``calendar``)."""
    import calendar

    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _first_valid(day: dt.date, months: int) -> dt.date:
    """The earliest completion date still valid on ``day`` (its expiry is after ``day``)."""
    candidate = _months_later(day, -months) - dt.timedelta(days=4)
    while _months_later(candidate, months) <= day:
        candidate += dt.timedelta(days=1)
    return candidate


def readiness_sql_by_hand(
    connection: sqlite3.Connection, as_of: dt.date, warn_days: int, *, from_passes: bool = False
) -> str:
    """The readiness rules (docs/readiness.md) written once by hand as SQLite SQL, with no
    help from the program: one row per active officer and required module, its status, the
    latest pass on or before the day and when it lapses. The cut-off dates of each validity
    are worked out once in Python, so the database compares dates instead of adding months
    to every row (what a competent engineer does; the program does the same).

    The latest pass comes from the recorded facts (results, their voids and corrections),
    or, with ``from_passes``, from the table of effective passes the program maintains."""
    last_pass = f"""(SELECT max(p.completed_on) FROM results p
                WHERE p.officer_id = n.officer_id AND p.module_id = n.module_id
                  AND p.completed_on <= '{as_of.isoformat()}' AND p.kind <> 'void'
                  AND NOT EXISTS (SELECT 1 FROM results s WHERE s.supersedes_id = p.id)
                  AND (p.outcome = 'pass'
                       OR (m.assessment = 'attendance' AND p.attended)
                       OR (m.assessment = 'scored' AND p.score >= m.pass_mark)))"""
    if from_passes:
        last_pass = f"""(SELECT max(p.completed_on) FROM effective_passes p
                WHERE p.officer_id = n.officer_id AND p.module_id = n.module_id
                  AND p.completed_on <= '{as_of.isoformat()}')"""
    months = [row[0] for row in connection.execute(
        "SELECT DISTINCT validity_months FROM module_revisions WHERE validity_months IS NOT NULL"
    )]  # fmt: skip
    warn = as_of + dt.timedelta(days=warn_days)
    cut_offs = (
        ", ".join(
            f"({m}, '{_first_valid(as_of, m).isoformat()}', '{_first_valid(warn, m).isoformat()}')"
            for m in months
        )
        or "(NULL, NULL, NULL)"
    )
    return f"""
        WITH version(id) AS (SELECT id FROM curriculum_versions WHERE status = 'published'),
        cut(months, valid_from, current_from) AS (VALUES {cut_offs}),
        needed(officer_id, module_id) AS (
            SELECT o.id, r.module_id FROM officers o JOIN requirements r
              ON r.role_id IS NULL AND r.curriculum_version_id = (SELECT id FROM version)
             AND (r.contingent_id IS NULL OR r.contingent_id = o.contingent_id)
             WHERE o.status = 'active'
            UNION
            SELECT o.id, r.module_id FROM officers o
              JOIN officer_roles x ON x.officer_id = o.id
              JOIN requirements r ON r.role_id = x.role_id
               AND r.curriculum_version_id = (SELECT id FROM version)
               AND (r.contingent_id IS NULL OR r.contingent_id = o.contingent_id)
             WHERE o.status = 'active'),
        held(officer_id, module_id, months, last_pass, exempt) AS MATERIALIZED (
            SELECT n.officer_id, n.module_id, m.validity_months, {last_pass},
              EXISTS (SELECT 1 FROM exemptions e
                       WHERE e.officer_id = n.officer_id AND e.module_id = n.module_id
                         AND e.granted_on <= '{as_of.isoformat()}'
                         AND (e.valid_until IS NULL OR e.valid_until >= '{as_of.isoformat()}'))
            FROM needed n JOIN module_revisions m
              ON m.module_id = n.module_id AND m.curriculum_version_id = (SELECT id FROM version))
        SELECT h.officer_id, h.module_id,
          CASE WHEN h.exempt THEN 'exempt' WHEN h.last_pass IS NULL THEN 'missing'
               WHEN h.months IS NULL THEN 'current' WHEN h.last_pass < c.valid_from THEN 'expired'
               WHEN h.last_pass < c.current_from THEN 'expiring' ELSE 'current' END AS status,
          h.last_pass AS completed_on,
          CASE WHEN h.months IS NOT NULL THEN
            min(date(h.last_pass, '+' || h.months || ' months'),
                date(h.last_pass, 'start of month', '+' || (h.months + 1) || ' months', '-1 day'))
          END AS expires_on
        FROM held h LEFT JOIN cut c ON c.months = h.months"""


def summary_sql_by_hand(rows_sql: str) -> str:
    """The dashboard's counts from those rows: officers by contingent, unit and worst status,
    and requirements by contingent, unit, module and status (holds are left out: the
    baseline does less than the program, never more)."""
    return f"""
        WITH rows AS MATERIALIZED ({rows_sql}),
        worst(officer_id, rank) AS (
            SELECT officer_id, max(CASE status WHEN 'expired' THEN 2 WHEN 'missing' THEN 2
                                   WHEN 'expiring' THEN 1 ELSE 0 END) FROM rows GROUP BY 1)
        SELECT c.code, u.name, NULL, coalesce(w.rank, 0), count(*) FROM officers o
          JOIN contingents c ON c.id = o.contingent_id LEFT JOIN units u ON u.id = o.unit_id
          LEFT JOIN worst w ON w.officer_id = o.id
         WHERE o.status = 'active' GROUP BY 1, 2, 4
        UNION ALL
        SELECT c.code, u.name, m.code, r.status, count(*) FROM rows r
          JOIN officers o ON o.id = r.officer_id JOIN contingents c ON c.id = o.contingent_id
          LEFT JOIN units u ON u.id = o.unit_id JOIN modules m ON m.id = r.module_id
         GROUP BY 1, 2, 3, 4"""


def bench_readiness(
    database: Database, rows: list[Row], label: str, *, beside_passes: bool = True
) -> None:
    query = ReadinessQuery(as_of=TODAY)
    path = database.url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as connection:
        statement = readiness_sql_by_hand(connection, query.as_of, query.warn_days)
        on_passes = readiness_sql_by_hand(
            connection, query.as_of, query.warn_days, from_passes=True
        )
    counts_sql = summary_sql_by_hand(statement)
    # The baselines must do the program's work: the same rows, to the day.
    with database.reading() as session, sqlite3.connect(path) as connection:
        product = {
            (o, m, str(status), c and str(c), e and str(e))
            for o, m, status, c, e, *_ in session.execute(requirement_rows(session, query))
        }
        for by_hand in (statement, on_passes):
            found = set(connection.execute(by_hand).fetchall())
            assert product == found, f"{len(product ^ found)} rows differ from the hand-written SQL"

    def summary() -> object:
        with database.reading() as session:
            return readiness_summary(session, query)

    def baseline_counts() -> object:
        with sqlite3.connect(path) as connection:
            return connection.execute(counts_sql).fetchall()

    (seconds, cpu), (baseline, baseline_cpu) = paired_cpu(summary, baseline_counts)
    rows.append(
        Row("readiness summary of the whole mission", label, seconds, baseline, "≤ 1 s, < baseline",
            None, "the rules from the recorded results, as one hand-written SQLite query "
            "counting in the database", cpu, baseline_cpu)
    )  # fmt: skip

    if beside_passes:
        # Not a target: the program's statement beside the same counts written by hand on
        # the table of effective passes it maintains (holds left out, as above).
        passes_counts = summary_sql_by_hand(on_passes)

        def baseline_on_passes() -> object:
            with sqlite3.connect(path) as connection:
                return connection.execute(passes_counts).fetchall()

        (seconds, cpu), (baseline, baseline_cpu) = paired_cpu(summary, baseline_on_passes)
        rows.append(
            Row("readiness summary, beside SQL on its passes table", label, seconds, baseline,
                "–", None, "the same counts by hand from the effective passes the program "
                "maintains", cpu, baseline_cpu)
        )  # fmt: skip

    # What `mss-training readiness --format json` does, into a file as a user would.
    def full_json() -> None:
        with database.reading() as session, Path(os.devnull).open("w", encoding="utf-8") as out:
            write_readiness_json(query, readiness_by_officer(session, query), out)

    def baseline_rows() -> object:
        with sqlite3.connect(path) as connection:
            return connection.execute(statement).fetchall()

    (seconds, cpu), (baseline, baseline_cpu) = paired_cpu(full_json, baseline_rows)
    rows.append(
        Row("full readiness JSON of the whole mission", label, seconds, baseline, "≤ 2×", None,
            "the same hand-written SQL returning every officer × requirement row",
            cpu, baseline_cpu)
    )  # fmt: skip


def curriculum_of(modules: int) -> CurriculumSpec:
    """The shared curriculum with synthetic modules added, each required of every officer
    like the first module that is, up to ``modules`` in all."""
    shipped = default_curriculum()
    model = next(m for m in shipped.modules if any(r.role == "ALL" for r in m.requirements))
    extra = tuple(
        dataclasses.replace(model, code=f"SYN-{index:03d}", title=f"Synthetic module {index}",
                            prerequisites=(), translations=())
        for index in range(modules - len(shipped.modules))
    )  # fmt: skip
    return dataclasses.replace(
        shipped, version=f"{shipped.version}+{modules}", modules=shipped.modules + extra
    )


def bench_scaling(folder: Path, rows: list[Row], small: bool, sizes: Sequence[int]) -> None:
    """How readiness grows with officers, with results per officer (years of history) and
    with modules; and the refusal of a curriculum past its limit (docs/curriculum.md)."""
    from mss_training.io.curriculum_limits import MAX_MODULES

    def measure(officers: int, years: int, modules: int | None = None) -> None:
        place = folder / f"scale-{officers}-{years}-{modules}"
        place.mkdir()
        curriculum = curriculum_of(modules) if modules else None
        mission = build_mission(place, officers, years, curriculum)
        with sqlite3.connect(mission.url.removeprefix("sqlite:///")) as connection:
            results = connection.execute("SELECT count(*) FROM results").fetchone()[0]
        label = f"scaling: {officers:,} officers, {years} years ({results:,} results)"
        if modules:
            label += f", {modules} modules"
        bench_readiness(mission, rows, label, beside_passes=False)
        mission.close()
        shutil.rmtree(place)

    officers = (500, 1_500) if small else tuple(sizes)
    for count in officers:
        measure(count, 2 if small else 10)
    for years in (2, 5) if not small else (1,):
        measure(officers[0], years)
    for modules in (100, MAX_MODULES) if not small else (60,):
        measure(1_000 if not small else 200, 2, modules)
    # A file past the limit, as `init --curriculum` reads it: refused before any module is read.
    too_many = MAX_MODULES + 200
    text = '[curriculum]\nversion = "big"\ntitle = "Too big"\n' + "".join(
        f'[[modules]]\ncode = "M{index}"\n' for index in range(too_many)
    )
    start = time.perf_counter()
    try:
        parse_curriculum(text, "big.toml")
        answer = "NOT refused"
    except InputError as refusal:
        answer = f"refused: {str(refusal).splitlines()[-1].strip(' -')}"
    rows.append(
        Row(f"a curriculum file of {too_many} modules", "–", time.perf_counter() - start, None,
            "refused", note=answer)
    )  # fmt: skip


def bench_startup(folder: Path, rows: list[Row]) -> None:
    """`--help`, and `readiness --brief` signed in with the password and with a script token,
    on a small database: wall and CPU time of the whole process (best of five), beside a bare
    `python -c pass`."""
    import resource

    small = folder / "small.sqlite"
    # Bytecode as an installed program has it: with PYTHONDONTWRITEBYTECODE set (some shells
    # and containers set it), every run would compile the program's modules anew.
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    base.pop("MSS_TRAINING_TOKEN", None)
    env = base | {"MSS_TRAINING_USER": "coordinator", "MSS_TRAINING_PASSWORD": "mss-demo"}
    program = [sys.executable, "-m", "mss_training", "--db", str(small)]
    subprocess.run([*program, "demo", "--officers", "300"], env=env, check=True,
                   capture_output=True)  # fmt: skip
    issued = subprocess.run([*program, "users", "token", "--label", "benchmark"], env=env,
                            check=True, capture_output=True, text=True)  # fmt: skip
    # A script's environment: the token alone, no name or password.
    with_token = base | {"MSS_TRAINING_TOKEN": issued.stdout.splitlines()[0]}

    def best(command: list[str], environment: dict[str, str]) -> tuple[float, float]:
        wall = cpu = float("inf")
        for _ in range(5):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, env=environment, check=True, capture_output=True)
            wall = min(wall, time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            used = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            cpu = min(cpu, used)
        return wall, cpu

    bare, bare_cpu = best([sys.executable, "-c", "pass"], env)
    # The bare library doing what the command cannot do without: start Python, import
    # SQLAlchemy, open the file and ask it one count.
    library = (
        "import sqlalchemy as sa, sys\n"
        "engine = sa.create_engine(f'sqlite:///{sys.argv[1]}')\n"
        "with engine.connect() as c:\n"
        "    c.execute(sa.text(\"SELECT count(*) FROM officers WHERE status = 'active'\")).one()\n"
    )
    floor, floor_cpu = best([sys.executable, "-c", library, str(small)], env)
    python = (bare, bare_cpu, "bare Python")
    sqlalchemy = (floor, floor_cpu, "Python, SQLAlchemy imported, the file opened, one count")
    for label, arguments, environment, baseline in (
        ("command start: `--help`", ["--help"], env, python),
        ("command start: `readiness --brief`, password", ["readiness", "--brief"], env,
         sqlalchemy),
        ("command start: `readiness --brief`, script token", ["readiness", "--brief"],
         with_token, sqlalchemy),
    ):  # fmt: skip
        wall, cpu = best([*program, *arguments], environment)
        rows.append(
            Row(label, "300 officers", wall, baseline[0], "≤ 0.3 s", cpu=cpu,
                baseline_cpu=baseline[1],
                note=f"baseline: {baseline[2]}; bare Python start: {bare:.3f} s, "
                f"{bare_cpu:.3f} s of CPU")
        )  # fmt: skip


def bench_dashboard(database: Database, rows: list[Row], label: str, target: str) -> None:
    def summary() -> object:
        with database.reading() as session:
            return readiness_summary(session, ReadinessQuery(as_of=TODAY))

    cpu_start = time.process_time()
    seconds, peak = timed(summary, 3)
    cpu = (time.process_time() - cpu_start) / 4  # three timed runs and one traced
    rows.append(Row("readiness dashboard refresh", label, seconds, None, target, peak, cpu=cpu))


def bench_search(database: Database, rows: list[Row], label: str) -> None:
    from PySide6.QtWidgets import QApplication

    from mss_training.services.personnel import officer_rows, search_officer_ids
    from mss_training.ui.models.officers import OfficerTableModel

    QApplication.instance() or QApplication([])

    def read(ids: list[int]) -> object:
        with database.reading() as session:
            return officer_rows(session, ids)

    model = OfficerTableModel(read)  # type: ignore[arg-type]
    prefixes = ["k", "ka", "kam", "kama", "kamau"]

    def type_name() -> None:
        for text in prefixes:
            with database.reading() as session:
                ids = search_officer_ids(session, text, status="active")
            model.set_ids(ids)
            for row in range(min(30, model.rowCount())):
                model.index(row, 1).data()

    seconds, peak = timed(type_name, 3)
    rows.append(
        Row("officer search per keystroke (table model)", label, seconds / len(prefixes), None,
            "≤ 50 ms", peak)
    )  # fmt: skip


def bench_app(database: Database, rows: list[Row], label: str) -> None:
    script = f"""
import os, time
start = time.perf_counter()
cpu_start = time.process_time()
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# As the app starts (mss-training app imports mss_training.ui first): the non-Qt layers
# are loaded before PySide6.
from mss_training.ui.main_window import MainWindow
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from mss_training.db import open_database
from mss_training.domain import UserRole
from mss_training.services.permissions import Actor
from mss_training.ui.context import AppContext
from mss_training.ui.tasks import TaskRunner
app = QApplication([])
database = open_database({database.url!r})
runner = TaskRunner()
settings = QSettings(os.devnull, QSettings.Format.IniFormat)
# Signed in already: the window's start is measured, not the password check.
actor = Actor("benchmark", UserRole.COORDINATOR)
window = MainWindow(AppContext(database, runner, actor), settings)
window.show(); app.processEvents()
first = time.perf_counter() - start
first_cpu = time.process_time() - cpu_start
window.tabs.setCurrentWidget(window.personnel)
window.personnel.status.setCurrentIndex(0)
window.personnel.refresh()
for _ in range(10):
    runner.wait_idle(); app.processEvents()
window.personnel.table.scrollToBottom(); app.processEvents()
# VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec, so a child started by this
# benchmark process would report the parent's peak.
status = open("/proc/self/status").read()
peak = int(status.split("VmHWM:")[1].split()[0]) / 1024
print(first, first_cpu, peak, window.personnel.model.rowCount())
runner.shutdown(); database.close()
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    first, first_cpu, rss, shown = done.stdout.split()[-4:]
    rows.append(
        Row("app start to first painted window", label, float(first), None, "≤ 2 s",
            cpu=float(first_cpu))
    )  # fmt: skip
    rows.append(
        Row("peak memory of the app showing the personnel table", f"{int(shown):,} officers",
            None, None, "≤ 400 MB", float(rss))
    )  # fmt: skip


def bench_import(database: Database, folder: Path, rows: list[Row], count: int) -> None:
    with database.reading() as session:
        table = personnel_table(session)
        files = {}
        for suffix in (".csv", ".xlsx"):
            files[suffix] = folder / f"roster{suffix}"
            write_table(files[suffix], table.headers, personnel_table(session).rows)
    empty = folder / "import-empty.sqlite"
    with open_database(f"sqlite:///{empty}") as fresh, fresh.transaction() as session:
        set_up_database(session, default_curriculum(), ACTOR)
    for suffix, path in files.items():
        target_file = folder / f"import{suffix}.sqlite"
        shutil.copyfile(empty, target_file)
        target = open_database(f"sqlite:///{target_file}")

        def product(path: Path = path, target: Database = target) -> None:
            with target.transaction() as session:
                import_roster(session, path, ACTOR)

        start = time.perf_counter()
        product()
        seconds = time.perf_counter() - start
        # The same file again: every officer is compared with the stored one, none written.
        start = time.perf_counter()
        product()
        again = time.perf_counter() - start
        target.close()

        def baseline(path: Path = path, suffix: str = suffix) -> None:
            if suffix == ".csv":
                with path.open(encoding="utf-8-sig", newline="") as handle:
                    records = list(csv.reader(handle))[1:]
            else:
                sheet = load_workbook(path, read_only=True).worksheets[0]
                records = [list(r) for r in sheet.iter_rows(min_row=2, values_only=True)]
            copy = folder / f"import-baseline-{uuid.uuid4().hex}.sqlite"
            shutil.copyfile(empty, copy)
            connection = sqlite3.connect(copy)
            with connection:
                insert_roster_by_hand(connection, records)
            connection.close()

        base, _ = timed(baseline)
        kind = suffix[1:].upper()
        rows.append(Row(f"roster import, {kind}", f"{count:,} rows", seconds, base, "≤ 3×"))
        rows.append(
            Row(f"roster import, {kind}, the same file again", f"{count:,} rows", again, base,
                "< first import")
        )  # fmt: skip


def insert_roster_by_hand(connection: sqlite3.Connection, records: Sequence[Sequence[Any]]) -> None:
    """The baseline's work: the roster's rows into the same tables, with no checks.

    Codes become ids, units are added, each officer gets a uid and the moment, and the
    role rows follow: what any import must write, written with `sqlite3` alone.
    """
    contingents = dict(connection.execute("SELECT code, id FROM contingents"))
    roles = dict(connection.execute("SELECT code, id FROM roles"))
    site = connection.execute("SELECT site_id FROM installation").fetchone()[0]
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    units: dict[tuple[int, str], int] = {}
    officers = []
    for number, family, given, rank, code, unit, _, gender, status, start, end in records:
        contingent = contingents[code]
        if unit and (contingent, unit) not in units:
            units[(contingent, unit)] = (
                connection.execute(
                    "INSERT INTO units (contingent_id, name, uid, created_at, site_id, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (contingent, unit, uuid.uuid4().hex, now, site, now),
                ).lastrowid
                or 0
            )
        officers.append((
            contingent, number, family, given, rank, units.get((contingent, str(unit))), gender,
            status, start or None, end or None, f"{family} {given} {number}".lower(), now,
            site, "{}", uuid.uuid4().hex, now, site, now,
        ))  # fmt: skip
    connection.executemany(
        "INSERT INTO officers (contingent_id, service_number, family_name, given_names, rank,"
        " unit_id, gender, status, deployment_start, deployment_end, search_text, updated_at,"
        " updated_site_id, field_versions, uid, created_at, site_id, stored_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        officers,
    )
    ids = {
        (contingent, number): officer_id
        for officer_id, contingent, number in connection.execute(
            "SELECT id, contingent_id, service_number FROM officers"
        )
    }
    connection.executemany(
        "INSERT INTO officer_roles (officer_id, role_id) VALUES (?, ?)",
        [
            (ids[(contingents[record[4]], record[0])], roles[code])
            for record in records
            for code in str(record[6] or "").split(";")
            if code
        ],
    )


def bench_certificates(database: Database, rows: list[Row], count: int) -> None:
    with database.transaction() as session:
        contents: list[CertificateContent] = []
        # Issuing stores each certificate's PDF hash, so issue no more than are measured:
        # session by session (at most 30 each) until there are enough.
        for line in recent_sessions(session, limit=count):
            if len(contents) >= count:
                break
            if line.attendees:
                try:
                    contents += certificates_for_session(
                        session, line.reference, ACTOR, IssueOptions()
                    )
                except InputError:
                    continue  # nobody passed that one
    contents = contents[:count]

    def product() -> object:
        return certificates_pdf(contents, "benchmark")

    # The baseline: the bare canvas with the same embedded DejaVu fonts (registered once,
    # outside the timing, as the product's are), the same words of each certificate and the
    # same QR code (of the short code, one rectangle per run of dark modules).
    import segno

    from benchmarks.document_baselines import register_fonts

    register_fonts()

    def baseline() -> object:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=landscape(A4))
        for content in contents:
            lines = (
                ("Base-Sans-Bold", 9, "MULTINATIONAL SECURITY SUPPORT MISSION IN HAITI"),
                ("Base-Serif-Bold", 30, "Certificate of Completion"),
                ("Base-Serif", 12, "This is to certify that"),
                ("Base-Serif-Bold", 24, content.full_name),
                ("Base-Sans", 11, f"{content.rank} · {content.service_number}"),
                ("Base-Sans", 11, content.contingent),
                ("Base-Serif", 12, "has successfully completed"),
                ("Base-Serif-Bold", 20, content.module_title),
                ("Base-Sans", 10.5, f"{content.hours:g} hours"),
                ("Base-Sans", 11, f"Completed on {content.completed_on.isoformat()}"),
                ("Base-Sans-Bold", 9.5, content.issuing_authority),
                ("Base-Sans", 8.5, f"Issued at {content.issuing_site}"),
                ("Base-Sans-Bold", 9.5, content.signatory_name),
                ("Base-Sans", 8, content.signatory_title),
                ("Base-Sans-Bold", 9.5, content.serial),
                ("Base-Sans-Bold", 10.5, content.short_code),
            )  # fmt: skip
            for index, (font, size, text) in enumerate(lines):
                canvas.setFont(font, size)
                canvas.drawCentredString(421, 540 - index * 30, text)
            canvas.setFont("Base-Sans", 4.4)
            for index in range(0, len(content.code), 180):
                canvas.drawString(60, 50 - index / 180 * 4.9, content.code[index : index + 180])
            matrix = segno.make(content.short_code, error="m", micro=False, mask=0).matrix
            module = 124 / (len(matrix) + 8)
            # One rectangle per run of dark modules, as the product draws it (the verifier
            # compares every page's drawing, so the product cannot change its operators).
            for y, row in enumerate(matrix):
                x = 0
                while x < len(row):
                    if row[x]:
                        start = x
                        while x < len(row) and row[x]:
                            x += 1
                        canvas.rect(650 + (start + 4) * module, 180 - (y + 5) * module,
                                    (x - start) * module, module, stroke=0, fill=1)  # fmt: skip
                    x += 1
            canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    seconds, peak = timed(product)
    base, _ = timed(baseline)
    rows.append(
        Row("certificates in one PDF", f"{len(contents):,}", seconds, base, "≤ 1.5×", peak,
            "bare canvas: the same DejaVu fonts and words, the same QR drawn the same way")
    )  # fmt: skip


def bench_roster(database: Database, rows: list[Row], count: int) -> None:
    from benchmarks.document_baselines import roster_by_hand, same_pages

    with database.reading() as session:
        report = readiness_report(session, ReadinessQuery(as_of=TODAY, include_inactive=True))
    officers = report.officers[:count]
    modules = sorted({s.module for o in officers for s in o.requirements})
    roster = [
        RosterRow(o.service_number, f"{o.family_name}, {o.given_names}", o.contingent,
                  o.unit or "", {s.module: s.status.value for s in o.requirements}, o.status.value)
        for o in officers
    ]  # fmt: skip
    context = ReportContext("Roster", dt.datetime.now(dt.UTC), TODAY)

    def product() -> bytes:
        return roster_pdf(roster, modules, context)

    def baseline() -> bytes:
        return roster_by_hand(roster, modules, context.title)

    same_pages(product, baseline, "completion roster")
    (seconds, cpu), (base, base_cpu) = paired_cpu(product, baseline, 2)
    rows.append(
        Row("completion roster", f"{len(roster):,} officers", seconds, base, "≤ 2×",
            traced_peak(product), "bare canvas: the same fonts, columns, coloured cells, "
            "shading, legend and page numbers; names wrapped by ReportLab's simpleSplit",
            cpu, base_cpu)
    )  # fmt: skip


def bench_sync(database: Database, folder: Path, rows: list[Row], results: int) -> None:
    """A site's whole history as one bundle, merged into a new HQ, then merged again."""
    hq = open_database(f"sqlite:///{folder / 'hq.sqlite'}", site_name="HQ", site_role=SiteRole.HQ)
    with hq.transaction() as session:
        set_up_database(session, default_curriculum(), ACTOR)
    with database.transaction() as session, hq.transaction() as theirs:
        enrol_site(session, own_identity(theirs), ACTOR)
        enrol_site(theirs, own_identity(session), ACTOR)
    bundle = folder / "site.mssync"

    def export() -> None:
        with database.reading() as session:
            write_bundle(session, plan_export(session, bundle, ACTOR))

    def merge() -> None:
        with hq.transaction() as session:
            import_bundle(session, bundle, ACTOR)

    export_seconds, export_cpu = timed_cpu(export, 1)
    merge_seconds, merge_cpu = timed_cpu(merge, 1)
    again_seconds, again_cpu = timed_cpu(merge, 1)
    with hq.reading() as session:
        merged = session.scalar(select(func.count()).select_from(Result))
    assert merged == results, f"HQ has {merged} results of {results}"
    hq.close()
    path = database.url.removeprefix("sqlite:///")
    raw = folder / "raw.zip"

    def baseline_export() -> None:
        with (
            sqlite3.connect(path) as connection,
            zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, compresslevel=4) as archive,
            archive.open("results.jsonl", "w", force_zip64=True) as entry,
        ):
            for row in connection.execute("SELECT * FROM results"):
                entry.write(json.dumps(row, default=str).encode() + b"\n")

    with sqlite3.connect(path) as connection:
        width = len(connection.execute("SELECT * FROM results LIMIT 1").description)
    columns, marks = ",".join(f"c{i}" for i in range(width)), ",".join("?" * width)

    def baseline_import() -> None:
        with zipfile.ZipFile(raw) as archive, sqlite3.connect(":memory:") as connection:
            connection.execute(f"CREATE TABLE results ({columns})")
            with archive.open("results.jsonl") as entry:
                connection.executemany(
                    f"INSERT INTO results VALUES ({marks})", (json.loads(line) for line in entry)
                )

    base_export, base_export_cpu = timed_cpu(baseline_export, 1)
    base_import, base_import_cpu = timed_cpu(baseline_import, 1)
    size = f"{results:,} results"
    rows += [
        Row("sync bundle export, whole site", size, export_seconds, base_export, "500k < 60 s",
            note="baseline: `sqlite3` rows to `json` lines in a `zipfile`", cpu=export_cpu,
            baseline_cpu=base_export_cpu),
        Row("sync bundle import, new to HQ", size, merge_seconds, base_import, "500k < 60 s",
            note=f"{results / merge_cpu:,.0f} results a second of CPU, checked and merged; "
            "baseline: `zipfile` + `json` + `executemany` into an unindexed table",
            cpu=merge_cpu, baseline_cpu=base_import_cpu),
        Row("sync bundle import, again", size, again_seconds, base_import, "< first import",
            cpu=again_cpu, baseline_cpu=base_import_cpu),
    ]  # fmt: skip


def bench_documents(database: Database, rows: list[Row]) -> None:
    """The newer documents, each beside its hand-written baseline (benchmarks/
    document_baselines.py): transcripts, a contingent's training plan, a signed snapshot
    of the whole mission; and the records pack (every transcript and credential) alone."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from benchmarks import document_baselines as by_hand
    from mss_training.documents.transcript import transcript_pdf
    from mss_training.services.records_pack import (
        PackRequest,
        _revisions,
        officer_transcript,
        records_pack,
    )
    from mss_training.services.reports import DocumentOptions, readiness_report_pdf_for
    from mss_training.services.snapshots import SnapshotRequest, take_snapshot
    from mss_training.services.training_plan import (
        PlanRequest,
        plan_pdf_for,
        plan_rows,
        training_plan,
    )

    by_hand.register_fonts()
    with database.reading() as session:
        contingent, officers = session.execute(
            select(Contingent.code, func.count(Officer.id))
            .join(Officer, Officer.contingent_id == Contingent.id)
            .where(Officer.status == "active")
            .group_by(Contingent.code)
            .order_by(func.count(Officer.id))
        ).all()[0]
        ids = session.scalars(
            select(Officer.id)
            .join(Contingent, Contingent.id == Officer.contingent_id)
            .where(Contingent.code == contingent, Officer.status == "active")
            .order_by(Officer.id)
            .limit(40)
        ).all()
        revisions = _revisions(session)
        transcripts = [officer_transcript(session, i, TODAY, revisions) for i in ids]
        request = PlanRequest(contingent, deploy_on=TODAY + dt.timedelta(days=60))
        plan = training_plan(session, ACTOR, request)
    issuer = "MSS Training, benchmark"

    def product_transcripts() -> list[bytes]:
        return [transcript_pdf(t, TODAY, issuer, "en", "benchmark") for t in transcripts]

    def baseline_transcripts() -> list[bytes]:
        return [by_hand.transcript_by_hand(t, TODAY, issuer) for t in transcripts]

    made = sum(map(by_hand.page_count, product_transcripts()))
    drawn = sum(map(by_hand.page_count, baseline_transcripts()))
    assert made == drawn, f"transcripts: the product made {made} pages, the baseline {drawn}"
    (wall, cpu), (base, base_cpu) = paired_cpu(product_transcripts, baseline_transcripts, 2)
    count = len(transcripts)
    rows.append(
        Row("transcript PDF of one officer (mean of 40)", f"{made} pages in all", wall / count,
            base / count, "–", None,
            "bare platypus: the same DejaVu fonts, headings, sentences and tables",
            cpu / count, base_cpu / count)
    )  # fmt: skip

    modules, refreshers = plan_rows(plan)
    cells = (
        [[str(c) for c in row] for row in modules.rows],
        [[str(c) for c in row] for row in refreshers.rows],
    )
    title = f"Training plan for {contingent}, deploying {request.deploy_on:%d %B %Y}"
    summary = (
        f"{plan.seats} seats a session; a tour of {plan.tour_days} days. Sessions of a module"
        " run one after another, 8 hours a day; each module ends before the modules that"
        ' need it start. "Not before": a module that expires, taught earlier, would lapse'
        " before arrival."
    )

    def product_plan() -> bytes:
        return plan_pdf_for(plan)

    def baseline_plan() -> bytes:
        return by_hand.plan_by_hand(title, summary, *cells, request.deploy_on)

    by_hand.same_pages(product_plan, baseline_plan, "training plan")
    (wall, cpu), (base, base_cpu) = paired_cpu(product_plan, baseline_plan, 2)
    rows.append(
        Row("training plan PDF of a contingent", f"{officers:,} officers, "
            f"{by_hand.page_count(product_plan())} pages", wall, base, "–", None,
            "bare platypus: the same two tables' cells, headings and fonts", cpu, base_cpu)
    )  # fmt: skip

    # The snapshot: the product signs, keeps and prints it; the baseline does all but
    # the PDF (and holds, and the audit entry), so the product's PDF is timed alone too.
    query = ReadinessQuery(as_of=TODAY)
    path = database.url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as connection:
        rows_sql = readiness_sql_by_hand(connection, query.as_of, query.warn_days)
    key = Ed25519PrivateKey.generate()
    taken: list[str] = []

    def snapshot() -> object:
        with database.rehearsal() as session:
            request = SnapshotRequest(as_of=TODAY, assessment="yes")  # type: ignore[arg-type]
            taken.append(take_snapshot(session, ACTOR, request).document)
        return taken

    def baseline_snapshot() -> object:
        return by_hand.snapshot_by_hand(path, rows_sql, query.as_of, query.warn_days, key)

    wall, cpu = timed_cpu(snapshot, 1)
    base, base_cpu = timed_cpu(baseline_snapshot, 2)
    with database.reading() as session:
        officers_read = tuple(readiness_by_officer(session, query))
        start = time.process_time()
        stamp = "Snapshot 0123456789abcdef"
        options = DocumentOptions()
        readiness_report_pdf_for(
            session, query, options, briefing=["Yes"], stamp=stamp, officers=officers_read
        )
        pdf_cpu = time.process_time() - start
    product_officers = json.loads(taken[-1])["snapshot"]["readiness"]["officers"]
    readiness = by_hand.snapshot_by_hand(path, rows_sql, query.as_of, query.warn_days, key)[0]
    assert [(o["service_number"], o["status"], o["requirements"]) for o in product_officers] == [
        (o["service_number"], o["status"], o["requirements"]) for o in readiness["officers"]
    ], "the snapshot's officers differ from the hand-written one's"
    rows.append(
        Row("signed readiness snapshot of the whole mission", f"{len(product_officers):,} "
            "active officers", wall, base, "–", None,
            f"hand-written SQL, json, Ed25519 (cryptography), kept in a table; no PDF: "
            f"the product's PDF alone took {pdf_cpu:.2f} s of CPU, so without it the "
            f"product takes {cpu - pdf_cpu:.2f} s ({(cpu - pdf_cpu) / base_cpu:.2f}×)",
            cpu, base_cpu)
    )  # fmt: skip

    def pack() -> object:
        with database.reading() as session:
            return records_pack(session, ACTOR, PackRequest(contingent, as_of=TODAY))

    wall, cpu = timed_cpu(pack, 1)
    rows.append(
        Row("records pack (transcripts, credentials) of a contingent", "every officer of "
            f"a contingent of {officers:,} active", wall, None, "–", cpu=cpu)
    )  # fmt: skip


# Each command of the memory step runs in a process of its own, which prints its peak
# resident size (VmHWM: ru_maxrss would carry this benchmark's own peak across exec).
MEMORY_SCRIPT = """
import datetime as dt, sys
from mss_training.db import open_database
from mss_training.domain import UserRole
from mss_training.errors import InputError
from mss_training.services.permissions import Actor
ACTOR, TODAY = Actor("benchmark", UserRole.COORDINATOR), dt.date.fromisoformat({today!r})
database = open_database({url!r})
try:
{work}
except InputError as refusal:  # a file past the limits: refused, and its peak still read
    print("refused: " + str(refusal).splitlines()[-1].strip(" -"), file=sys.stderr)
status = open("/proc/self/status").read()
print(int(status.split("VmHWM:")[1].split()[0]) / 1024)
"""
MEMORY_WORK = {
    "readiness": (
        "full readiness JSON of the whole mission (`readiness --format json`)",
        "from mss_training.io.readiness_export import write_readiness_json\n"
        "from mss_training.services.readiness import ReadinessQuery, readiness_by_officer\n"
        "query = ReadinessQuery(as_of=TODAY)\n"
        "with database.reading() as session, open({out!r}, 'w') as out:\n"
        "    write_readiness_json(query, readiness_by_officer(session, query), out)",
    ),
    "results": (
        "every result as CSV (`export results`)",
        "from mss_training.io.tables import write_table\n"
        "from mss_training.services.exports import results_table\n"
        "from pathlib import Path\n"
        "with database.reading() as session:\n"
        "    table = results_table(session)\n"
        "    write_table(Path({out!r} + '.csv'), table.headers, table.rows)",
    ),
    "personnel": (
        "every officer as XLSX (`export personnel`)",
        "from mss_training.io.tables import write_table\n"
        "from mss_training.services.exports import personnel_table\n"
        "from pathlib import Path\n"
        "with database.reading() as session:\n"
        "    table = personnel_table(session)\n"
        "    write_table(Path({out!r} + '.xlsx'), table.headers, table.rows)",
    ),
    "pack": (
        "records pack of the smallest contingent (`records pack`)",
        "from mss_training.services.records_pack import PackRequest, records_pack\n"
        "with database.reading() as session:\n"
        "    pack = records_pack(session, ACTOR, PackRequest({contingent!r}, as_of=TODAY))\n"
        "open({out!r}, 'wb').write(pack.data)",
    ),
    "sync-export": (
        "sync bundle of the whole mission (`sync export --all`)",
        "from pathlib import Path\n"
        "from mss_training.sync.export import plan_export, write_bundle\n"
        "with database.reading() as session:\n"
        "    write_bundle(session, plan_export(session, Path({bundle!r}), ACTOR))",
    ),
    "sync-import": (
        "that bundle merged into a new HQ (`sync import`)",
        "from pathlib import Path\n"
        "from mss_training.sync.merge import import_bundle\n"
        "hq = open_database({hq!r})\n"
        "with hq.transaction() as session:\n"
        "    import_bundle(session, Path({bundle!r}), ACTOR)",
    ),
}
# The importers, at and past the sheets' limit (io/sheets.py: 75,000 rows); the roster
# goes into a new database, the results into the whole mission (undone after).
_ROSTER_IMPORT = (
    "from pathlib import Path\n"
    "from mss_training.services.roster_import import import_roster\n"
    "with open_database({roster_db!r}).transaction() as session:\n"
    "    import_roster(session, Path({path!r}), ACTOR)"
)
IMPORT_WORK = {
    "roster-csv-100k": ("roster import of 100,000 rows, CSV (`roster import`)",
                        _ROSTER_IMPORT, "roster-100000.csv"),
    "roster-xlsx-100k": ("roster import of 100,000 rows, XLSX (`roster import`)",
                         _ROSTER_IMPORT, "roster-100000.xlsx"),
    "roster-csv-75k": ("roster import of the most rows a sheet may hold, CSV (`roster import`)",
                       _ROSTER_IMPORT, "roster-74999.csv"),
    "roster-xlsx-75k": ("roster import of the most rows a sheet may hold, XLSX "
                        "(`roster import`)", _ROSTER_IMPORT, "roster-74999.xlsx"),
    "results-import": (
        "results import of the most rows a sheet may hold, into the whole mission "
        "(`results import`)",
        "from pathlib import Path\n"
        "from mss_training.services.results_import import import_results\n"
        "with database.rehearsal() as session:\n"
        "    import_results(session, Path({path!r}), ACTOR, skip_invalid=True, today=TODAY)",
        "results-74999.csv",
    ),
}  # fmt: skip


def write_import_files(database: Database, folder: Path) -> dict[str, int]:
    """Rosters of 100,000 rows and of the most a sheet may hold (the mission's officers,
    then as many again with other service numbers), and a results sheet of the most; their
    rows by name (fewer on a small mission)."""
    with database.reading() as session:
        table = personnel_table(session)
        officers = list(table.rows)
    again = [[f"{row[0]}9", *row[1:]] for row in officers]
    written = {}
    # A sheet holds at most 75,000 rows, its header one of them.
    sizes = ((100_000, ".csv"), (100_000, ".xlsx"), (74_999, ".csv"), (74_999, ".xlsx"))
    for count, suffix in sizes:
        name = f"roster-{count}{suffix}"
        written[name] = write_table(folder / name, table.headers, (officers + again)[:count])
    results = [
        [row[0], row[4], module, (TODAY - dt.timedelta(days=1)).isoformat(), "pass",
         "Benchmark range"]
        for module in ("MAN-101", "C2-101")
        for row in officers
    ][:74_999]  # fmt: skip
    headers = ["service_number", "contingent", "module_code", "date", "outcome", "location"]
    written["results-74999.csv"] = write_table(folder / "results-74999.csv", headers, results)
    return written


def bench_memory(
    database: Database, folder: Path, rows: list[Row], label: str, only: set[str]
) -> None:
    """The peak resident memory of the largest commands (those named in ``only``, or all),
    each in a fresh process, on the whole mission (target: none over 1 GB)."""
    with database.reading() as session:
        contingent = session.execute(
            select(Contingent.code)
            .join(Officer, Officer.contingent_id == Contingent.id)
            .where(Officer.status == "active")
            .group_by(Contingent.code)
            .order_by(func.count(Officer.id))
        ).first()[0]  # type: ignore[index]
    hq_url = f"sqlite:///{folder / 'memory-hq.sqlite'}"
    hq = open_database(hq_url, site_name="HQ", site_role=SiteRole.HQ)
    with hq.transaction() as session:
        set_up_database(session, default_curriculum(), ACTOR)
    with database.transaction() as session, hq.transaction() as theirs:
        enrol_site(session, own_identity(theirs), ACTOR)
        enrol_site(theirs, own_identity(session), ACTOR)
    hq.close()
    values = {
        "out": str(folder / "memory-out"), "contingent": contingent,
        "bundle": str(folder / "memory.mssync"), "hq": hq_url,
        "roster_db": f"sqlite:///{folder / 'memory-roster.sqlite'}",
    }  # fmt: skip
    jobs = {name: (what, work, "") for name, (what, work) in MEMORY_WORK.items()}
    jobs |= IMPORT_WORK
    chosen = [name for name in jobs if not only or name in only]
    written = {}
    if any(name in IMPORT_WORK for name in chosen):
        written = write_import_files(database, folder)
        with open_database(values["roster_db"]) as fresh, fresh.transaction() as session:
            set_up_database(session, default_curriculum(), ACTOR)
    for name in chosen:
        what, work, file = jobs[name]
        code = textwrap.indent(work.format(**values, path=str(folder / file)), "    ")
        script = MEMORY_SCRIPT.format(url=database.url, today=TODAY.isoformat(), work=code)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if done.returncode != 0:  # said, and the other commands still measured
            last = (done.stderr.strip().splitlines() or ["no message"])[-1]
            print(f"  memory: {what}: failed: {last}", flush=True)
            continue
        peak = float(done.stdout.split()[-1])
        note = done.stderr.strip().splitlines()[-1] if "refused: " in done.stderr else ""
        print(f"  memory: {what}: {peak:.0f} MB in {seconds:.0f} s {note}", flush=True)
        size = f"{written[file]:,} rows" if file else label
        rows.append(Row(what, size, seconds, None, "≤ 1 GB", peak, note))


def bench_sync_postgres(database: Database, folder: Path, rows: list[Row], results: int) -> None:
    """The site's bundle merged into a new HQ on PostgreSQL ($MSS_TEST_POSTGRES_URL), then
    again; the baseline is psycopg's COPY of the bundle's result lines into an unindexed table."""
    import psycopg
    from sqlalchemy import make_url

    base_url = os.environ.get("MSS_TEST_POSTGRES_URL")
    if not base_url:
        print("  sync-pg: skipped, $MSS_TEST_POSTGRES_URL is not set", flush=True)
        return
    name = f"bench_{uuid.uuid4().hex[:8]}"
    server = make_url(base_url)
    plain = server.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    try:
        url = server.set(database=name).render_as_string(hide_password=False)
        hq = open_database(url, site_name="HQ", site_role=SiteRole.HQ)
        with hq.transaction() as session:
            set_up_database(session, default_curriculum(), ACTOR)
        with database.transaction() as session, hq.transaction() as theirs:
            enrol_site(session, own_identity(theirs), ACTOR)
            enrol_site(theirs, own_identity(session), ACTOR)
        bundle = folder / "site-pg.mssync"
        with database.reading() as session:
            write_bundle(session, plan_export(session, bundle, ACTOR))

        server_cpu: list[float] = []

        def merge() -> None:
            with hq.transaction() as session:
                backend = session.scalar(sql_text("SELECT pg_backend_pid()"))
                before = _process_cpu(backend)
                import_bundle(session, bundle, ACTOR)
            server_cpu.append(_process_cpu(backend) - before)

        first, first_cpu = timed_cpu(merge, 1)
        again, again_cpu = timed_cpu(merge, 1)
        with hq.reading() as session:
            merged = session.scalar(select(func.count()).select_from(Officer)) or 0

        def summary() -> object:
            with hq.reading() as session:
                return readiness_summary(session, ReadinessQuery(as_of=TODAY))

        # HQ's dashboard on what it merged: PostgreSQL plans its own parallel workers.
        dashboard, dashboard_cpu = timed_cpu(summary, 3)
        hq.close()

        def baseline() -> None:
            with (
                zipfile.ZipFile(bundle) as archive,
                psycopg.connect(plain.rsplit("/", 1)[0] + f"/{name}") as connection,
            ):
                connection.execute("CREATE TEMP TABLE raw_results (line jsonb)")
                with connection.cursor().copy("COPY raw_results (line) FROM STDIN") as copy:
                    for member in archive.namelist():
                        if "result" in member:
                            with archive.open(member) as entry:
                                for line in entry:
                                    copy.write_row((line.decode().rstrip("\n"),))

        base = once(baseline)
    finally:
        with psycopg.connect(plain, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    size = f"{results:,} results"
    what = "psycopg COPY of the bundle's result lines into an unindexed jsonb table"
    rows += [
        Row("sync bundle import into PostgreSQL, new to HQ", size, first, base, "500k < 60 s",
            note=f"{what}; the server's process: {server_cpu[0]:.1f} s of CPU", cpu=first_cpu),
        Row("sync bundle import into PostgreSQL, again", size, again, base, "< first import",
            note=f"{what}; the server's process: {server_cpu[1]:.1f} s of CPU", cpu=again_cpu),
        Row("readiness dashboard refresh on PostgreSQL (HQ)", f"{merged:,} officers merged",
            dashboard, None, "–", note="CPU: this process only, not the server's",
            cpu=dashboard_cpu),
    ]  # fmt: skip


def _process_cpu(pid: int | None) -> float:
    """User and system CPU seconds of a process on this machine (a PostgreSQL backend)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def bench_audit(folder: Path, rows: list[Row], count: int) -> None:
    """Verify a trail of ``count`` entries; baseline: read the rows and SHA-256 each one."""
    database = open_database(f"sqlite:///{folder / 'audit.sqlite'}")
    written = 0
    while written < count:
        with database.transaction() as session:
            for _ in range(min(5_000, count - written)):
                record_change(
                    session, actor=ACTOR.username, action="update", entity="officer",
                    entity_uid=uuid.uuid4(), summary=f"Edited officer KEN {written:08d}: rank",
                    before={"rank": "Constable"}, after={"rank": "Sergeant"},
                )  # fmt: skip
                written += 1

    def product() -> object:
        with database.reading() as session:
            verification = verify_audit_trail(session)
        # The trail also opens with the entry sealing the new database's identity.
        assert verification.intact and verification.entries == count + 1
        return verification

    def baseline() -> object:
        with sqlite3.connect(database.url.removeprefix("sqlite:///")) as connection:
            return [
                hashlib.sha256(repr(row).encode()).hexdigest()
                for row in connection.execute("SELECT * FROM audit_log ORDER BY number")
            ]

    seconds, peak = timed(product)
    base, _ = timed(baseline)
    rows.append(
        Row("audit verify", f"{count:,} entries", seconds, base, "< 10 s", peak,
            "`sqlite3` reading every row and SHA-256 of each")
    )  # fmt: skip
    database.close()


def bench_ledger(database: Database, rows: list[Row], label: str) -> None:
    """Verify the whole mission: the trail and every stored row against the digests it sealed.

    Baseline: read every row of the covered tables with sqlite3 and hash each one.
    """

    def product() -> object:
        with database.reading() as session:
            verification = verify_audit_trail(session)
        assert verification.intact, verification.problems[:3]
        return verification

    def baseline() -> object:
        with sqlite3.connect(database.url.removeprefix("sqlite:///")) as connection:
            return [
                hashlib.blake2b(repr(row).encode(), digest_size=16).digest()
                for table in covered_tables()
                for row in connection.execute(f"SELECT * FROM {table.name}")
            ]

    # In turn and twice each: the first read of a 700 MB file after the steps before may
    # come from the disk (a virtual machine's page cache is reclaimed), and it must not
    # fall on one side only.
    (seconds, cpu), (base, base_cpu) = paired_cpu(product, baseline, 2)
    rows.append(
        Row("audit verify, every record", label, seconds, base, "2M results < 10 s",
            traced_peak(product), "`sqlite3` reading every row of the sealed tables and a "
            "BLAKE2b of each; it does not work the passes table out again", cpu, base_cpu)
    )  # fmt: skip


def print_table(rows: list[Row]) -> None:
    headers = ("operation", "size", "time", "CPU", "baseline", "its CPU", "ratio", "peak MB",
               "target")  # fmt: skip
    lines = [
        (
            r.operation,
            r.size,
            f"{r.seconds:.3f} s" if r.seconds is not None else "–",
            f"{r.cpu:.3f} s" if r.cpu is not None else "–",
            f"{r.baseline:.3f} s" if r.baseline is not None else "–",
            f"{r.baseline_cpu:.3f} s" if r.baseline_cpu is not None else "–",
            f"{r.ratio:.2f}" if r.ratio is not None else "–",
            f"{r.peak_mb:.0f}" if r.peak_mb is not None else "–",
            r.target,
        )
        for r in rows
    ]
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    for line in lines:
        print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)))
    for r in rows:
        if r.note:
            print(f"  {r.operation}: {r.note}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="a quick run on a small mission")
    parser.add_argument("--officers", type=int, default=50_000)
    parser.add_argument(
        "--years", type=int, default=10, help="years of history (more: more results)"
    )
    parser.add_argument("--json", type=Path, default=Path("benchmarks/results/latest.json"))
    parser.add_argument(
        "--scale",
        type=lambda text: [int(size) for size in text.split(",")],
        default=[5_000, 20_000, 50_000, 100_000],
        metavar="N,...",
        help="the officer counts of the scaling step (default 5000,20000,50000,100000)",
    )
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="FOLDER",
        help="build the mission in FOLDER, or use the one an earlier run built there",
    )
    parser.add_argument(
        "--only",
        type=lambda text: set(text.split(",")),
        default=set(STEPS),
        metavar="STEP,...",
        help=f"run only these of {', '.join(STEPS)}",
    )
    parser.add_argument(
        "--memory",
        type=lambda text: set(text.split(",")),
        default=set(),
        metavar="JOB,...",
        help=f"the memory step's jobs (default all: {', '.join([*MEMORY_WORK, *IMPORT_WORK])})",
    )
    args = parser.parse_args()
    if unknown := args.only - set(STEPS):
        parser.error(f"no such step: {', '.join(sorted(unknown))}")
    chosen_steps.intersection_update(args.only)
    officers, years = (1_500, 2) if args.small else (args.officers, args.years)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        start = time.perf_counter()
        kept = args.keep / f"mission-{officers}.sqlite" if args.keep else None
        if kept and kept.exists():
            mission = open_database(f"sqlite:///{kept}")  # built by an earlier run
        else:
            mission = build_mission(args.keep or folder, officers, years)
        with mission.reading() as session:
            results = session.execute(requirement_rows(session, ReadinessQuery(as_of=TODAY)))
            del results
        with sqlite3.connect(mission.url.removeprefix("sqlite:///")) as connection:
            result_count = connection.execute("SELECT count(*) FROM results").fetchone()[0]
            active = connection.execute(
                "SELECT count(*) FROM officers WHERE status = 'active'"
            ).fetchone()[0]
        label = f"{officers:,} officers ({active:,} active), {result_count:,} results"
        print(f"Built the mission in {time.perf_counter() - start:.0f} s: {label}", flush=True)
        step("startup", lambda: bench_startup(folder, rows))
        step("scaling", lambda: bench_scaling(folder, rows, args.small, args.scale))
        step("readiness", lambda: bench_readiness(mission, rows, label))
        step(
            "dashboard", lambda: bench_dashboard(mission, rows, f"whole mission: {label}", "≤ 1 s")
        )
        if not args.small and "dashboard" in chosen_steps:
            strength = build_mission(folder, 10_500, 2)  # about 5,550 active officers
            step("dashboard", lambda: bench_dashboard(strength, rows, "5,550 officers", "≤ 0.5 s"))
            strength.close()
        step("search", lambda: bench_search(mission, rows, f"{officers:,} officers"))
        step("app", lambda: bench_app(mission, rows, f"{officers:,} officers"))
        step("import", lambda: bench_import(mission, folder, rows, officers))
        step("certificates", lambda: bench_certificates(mission, rows, 50 if args.small else 1_000))
        step("roster", lambda: bench_roster(mission, rows, 500 if args.small else 20_000))
        step("documents", lambda: bench_documents(mission, rows))
        if args.small:
            step("sync", lambda: bench_sync(mission, folder, rows, result_count))
            step("sync-pg", lambda: bench_sync_postgres(mission, folder, rows, result_count))
        elif chosen_steps & {"sync", "sync-pg"}:
            # The issue's size: one site's bundle of about 500,000 results.
            site = build_mission(folder, officers * 500_000 // result_count, years)
            with site.reading() as session:
                site_results = session.scalar(select(func.count()).select_from(Result)) or 0
            step("sync", lambda: bench_sync(site, folder, rows, site_results))
            step("sync-pg", lambda: bench_sync_postgres(site, folder, rows, site_results))
            site.close()
        step("audit", lambda: bench_audit(folder, rows, 5_000 if args.small else 100_000))
        step("ledger", lambda: bench_ledger(mission, rows, label))
        step("memory", lambda: bench_memory(mission, folder, rows, label, args.memory))
        mission.close()
    print_table(rows)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {"machine": machine, "small": args.small,
             "rows": [asdict(r) | {"ratio": r.ratio} for r in rows]},
            indent=1,
        ),
        encoding="utf-8",
    )  # fmt: skip
    print(f"Wrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
