"""The log file and crash files: where the details of a problem go, out of the user's way.

A windowed program has no terminal, so what would have gone to standard error goes to a
rotating log file in the user log folder; a bug's traceback goes to a crash file of its
own, named in the one sentence the user sees. Old crash files are pruned so that a
program that keeps failing does not fill the disk.
"""

import datetime as dt
import faulthandler
import logging
import logging.handlers
import traceback
from pathlib import Path
from typing import TextIO

from mss_training.config import log_dir

LOG_FILE_NAME = "mss-training.log"
FAULTS_FILE_NAME = "faults.log"
CRASH_FILES_KEPT = 20
_LOG_FILE_BYTES = 1_000_000
_LOG_FILES_KEPT = 3

_faults_file: TextIO | None = None  # kept open: faulthandler writes to it when Python dies
_log_handler: logging.Handler | None = None


def set_up_logging(level: int = logging.INFO) -> Path | None:
    """Send log records to the rotating log file, and fatal faults to the faults file.

    Returns the log file's path, or None when the log folder cannot be written (the
    program works on without a log rather than refusing to start).
    """
    global _faults_file, _log_handler
    root = logging.getLogger()
    folder = log_dir()
    path = folder / LOG_FILE_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if getattr(_log_handler, "baseFilename", None) != str(path):
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=_LOG_FILE_BYTES, backupCount=_LOG_FILES_KEPT, encoding="utf-8"
            )
            handler.setFormatter(
                logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
            )
            handler.setLevel(level)
            if _log_handler is not None:  # the user folder moved (tests do that)
                root.removeHandler(_log_handler)
                _log_handler.close()
            root.addHandler(handler)
            _log_handler = handler
        # Left alone when something else (pytest, python -X faulthandler) already set it up.
        if _faults_file is None and not faulthandler.is_enabled():
            _faults_file = (folder / FAULTS_FILE_NAME).open("a", encoding="utf-8")
            faulthandler.enable(file=_faults_file, all_threads=True)
    except OSError:
        return None
    if root.level > level:
        root.setLevel(level)
    return path


def write_crash_file(error: BaseException, where: str = "") -> Path | None:
    """Save a bug's traceback in a new crash file and log it; None when it cannot be saved."""
    details = "".join(traceback.format_exception(error))
    logging.getLogger("mss_training.crash").error(
        "A bug in %s:\n%s", where or "MSS Training", details
    )
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{stamp}.log"
        path.write_text(details, encoding="utf-8")
        prune_crash_files(folder)
    except OSError:
        return None
    return path


def prune_crash_files(folder: Path, keep: int = CRASH_FILES_KEPT) -> None:
    """Delete all but the newest ``keep`` crash files (their names sort by time)."""
    for old in sorted(folder.glob("crash-*.log"))[:-keep]:
        old.unlink(missing_ok=True)
