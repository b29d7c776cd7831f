"""Every module of the program imports on its own in a fresh interpreter, as the installed
program starts: an import cycle that the test run's import order hides shows here."""

import pkgutil
import subprocess
import sys

import mss_training

CHECK = """
import importlib, sys
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "mss_training" or m.startswith("mss_training.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except ImportError as error:
        failed.append(f"{name}: {error}")
print("\\n".join(failed))
"""


def test_every_module_imports_first() -> None:
    names = [
        module.name
        for module in pkgutil.walk_packages(mss_training.__path__, "mss_training.")
        # Not a library module: running the program, and Alembic's scripts.
        if not module.name.endswith("__main__") and ".migrations" not in module.name
    ]
    assert len(names) > 100
    found = subprocess.run(
        [sys.executable, "-c", CHECK, *names],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert found.stdout.strip() == ""
