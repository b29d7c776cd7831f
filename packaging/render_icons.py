"""Write the icon files the app folder and the installers want into packaging/build-icons."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from mss_training.ui.icons import write_icon_files  # noqa: E402

if __name__ == "__main__":
    application = QApplication(sys.argv[:1])
    for path in write_icon_files(Path(__file__).resolve().parent / "build-icons"):
        print(f"Wrote {path}")
