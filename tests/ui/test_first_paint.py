"""The window paints first and loads the document layers later (issue 21, item 5).

ReportLab, pypdf and the QR encoder cost the first paint a fifth of a second of imports;
the window needs them only when a document is printed, previewed or verified.
"""

import subprocess
import sys
from pathlib import Path

from tests.ui.conftest import TODAY

DOCUMENT_LAYERS = ("reportlab", "pypdf", "segno")

SHOW_THE_WINDOW = """
import datetime as dt, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from mss_training.ui.main_window import MainWindow
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from mss_training.db import open_database
from mss_training.services.demo import DEMO_PASSWORD
from mss_training.services.users import sign_in
from mss_training.ui.context import AppContext
from mss_training.ui.tasks import TaskRunner

app = QApplication([])
database = open_database({url!r})
runner = TaskRunner()
actor = sign_in(database, "coordinator", DEMO_PASSWORD)
context = AppContext(database, runner, actor, as_of=dt.date.fromisoformat({today!r}))
window = MainWindow(context, QSettings(os.devnull, QSettings.Format.IniFormat))
window.show()
window.refresh()
for _ in range(10):
    runner.wait_idle(); app.processEvents()
{then}
print(window.isVisible(), window.tabs.currentWidget() is window.dashboard)
print(" ".join(sorted({{name.split(".")[0] for name in sys.modules}})))
runner.shutdown(); database.close()
"""


def _shown(demo_file: Path, then: str = "") -> tuple[str, set[str]]:
    """What the window said about itself, and the top-level packages loaded by then."""
    script = SHOW_THE_WINDOW.format(url=f"sqlite:///{demo_file}", today=TODAY, then=then)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    shown, modules = done.stdout.strip().splitlines()[-2:]
    return shown, set(modules.split())


def test_the_window_shows_its_dashboard_without_loading_reportlab_or_pypdf(
    demo_file: Path,
) -> None:
    shown, modules = _shown(demo_file)
    assert shown == "True True"
    assert modules & set(DOCUMENT_LAYERS) == set()


def test_the_document_layers_come_when_a_report_is_built(demo_file: Path) -> None:
    # The same window still builds a document: its layers are loaded on first use.
    build = (
        "from mss_training.services.reports import DocumentOptions\n"
        "window.print_report('readiness', DocumentOptions())\n"
        "for _ in range(20):\n    runner.wait_idle(); app.processEvents()\n"
        "assert window.findChildren(__import__('mss_training.ui.dialogs.pdf_preview',"
        " fromlist=['x']).PdfPreviewDialog), 'no preview'"
    )
    shown, modules = _shown(demo_file, build)
    assert shown == "True True"
    assert {"reportlab"} <= modules
