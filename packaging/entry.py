"""The frozen app's one entry point: ``mss-training-gui`` opens the window, ``mss-training``
runs a command. Both executables are built from this script (packaging/mss-training.spec)
so that they share one analysis and one folder of libraries."""

import sys
from pathlib import Path

from mss_training.cli import run
from mss_training.launch import open_window

if __name__ == "__main__":
    if Path(sys.executable).stem.endswith("-gui"):
        raise SystemExit(open_window())
    run()
