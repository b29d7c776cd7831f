"""`make run`: open the MSS Training window on the chosen database, or on a demo mission.

With neither ``--db`` nor ``$MSS_TRAINING_DB`` set, a demo mission is made once in the
user data folder (demo.sqlite) so that a first look shows a realistic mission.
"""

import os
import sys
from collections.abc import Sequence

from mss_training.cli import main as cli_main
from mss_training.config import DATABASE_ENV, data_dir


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    chosen = os.environ.get(DATABASE_ENV)
    if "--db" not in arguments and not chosen:
        demo = data_dir() / "demo.sqlite"
        arguments = ["--db", str(demo), *arguments]
        if not demo.exists():
            print(f"Making a demo mission in {demo} (first run only)...")
            status = cli_main(["--db", str(demo), "demo"])
            if status:
                return status
    return cli_main([*arguments, "gui"])


def open_window() -> int:
    """The ``mss-training-gui`` program: the window on the chosen database, no console."""
    return cli_main([*sys.argv[1:], "gui"])


if __name__ == "__main__":
    raise SystemExit(main())
