"""Peak memory of reading one file, measured in a child process of its own.

VmHWM, not ru_maxrss, as benchmarks/run.py explains: Linux carries ru_maxrss across exec,
so a child started by a big test process would report its parent's peak.
"""

import json
import subprocess
import sys
from pathlib import Path

# In the child: import one file as a roster, a results sheet or a curriculum, into the
# database at the given URL; print what became of it and the peak resident memory.
_CHILD = """
import datetime as dt, json, sys
from pathlib import Path
from mss_training.db import open_database
from mss_training.errors import MssError
from mss_training.io.curriculum_file import read_curriculum_file
from mss_training.services.results_import import import_results
from mss_training.services.roster_import import import_roster
from tests.mission import ACTOR

kind, url, path = sys.argv[1], sys.argv[2], Path(sys.argv[3])
outcome = "imported"
try:
    if kind == "curriculum":
        read_curriculum_file(path)
    else:
        with open_database(url) as database, database.transaction() as session:
            if kind == "roster":
                import_roster(session, path, ACTOR, skip_invalid=True)
            else:
                import_results(session, path, ACTOR, skip_invalid=True, today=dt.date(2026, 11, 27))
except MssError as error:
    outcome = str(error)
status = open("/proc/self/status").read()
peak = int(status.split("VmHWM:")[1].split()[0]) / 1024
print(json.dumps({"outcome": outcome, "peak_mb": peak}))
"""


def import_in_child(kind: str, url: str, path: Path, timeout: float = 300) -> tuple[str, float]:
    """(what the import said, peak memory in MB) of importing ``path`` as ``kind``
    ("roster", "results" or "curriculum") in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, kind, url, str(path)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=Path(__file__).parents[2],
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.splitlines()[-1])
    return report["outcome"], report["peak_mb"]
