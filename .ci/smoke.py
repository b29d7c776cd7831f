"""Run the installed program as a user would: the CI's proof that a wheel (or app folder) works.

Usage: python smoke.py BIN_DIR, where BIN_DIR holds the ``mss-training`` and
``mss-training-gui`` programs of a fresh installation. Runs outside the checkout, in a
temporary folder, so that nothing of the source tree can stand in for what was installed.
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIGN_IN_LINE = "Showing the sign-in for"


def run(
    program: Path, *arguments: str, env: dict[str, str], allowed: tuple[int, ...] = (0,)
) -> str:
    done = subprocess.run(
        [str(program), *arguments], env=env, capture_output=True, text=True, timeout=600
    )
    if done.returncode not in allowed:
        raise SystemExit(
            f"smoke: {program.name} {' '.join(arguments)} failed ({done.returncode}):\n"
            f"{done.stdout}\n{done.stderr}"
        )
    print(f"ok: {program.name} {' '.join(arguments)}")
    return done.stdout


def window_reaches_sign_in(program: Path, database: Path, env: dict[str, str], logs: Path) -> None:
    """Start the windowed program offscreen and wait until it asks who signs in."""
    log_file = logs / "mss-training.log"
    process = subprocess.Popen([str(program), "--db", str(database)], env=env)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if log_file.exists() and SIGN_IN_LINE in log_file.read_text(encoding="utf-8"):
                print(f"ok: {program.name} opened its sign-in")
                return
            if process.poll() is not None:
                raise SystemExit(f"smoke: {program.name} ended early ({process.returncode})")
            time.sleep(0.2)
        raise SystemExit(f"smoke: {program.name} showed no sign-in within 60 s")
    finally:
        process.kill()
        process.wait()


def main() -> None:
    bin_dir = Path(sys.argv[1]).resolve()
    suffix = ".exe" if os.name == "nt" else ""
    cli, gui = bin_dir / f"mss-training{suffix}", bin_dir / f"mss-training-gui{suffix}"
    with tempfile.TemporaryDirectory(prefix="mss-smoke-") as folder:
        home = Path(folder)
        os.chdir(home)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "MSS_TRAINING_USER": "coordinator",
            "MSS_TRAINING_PASSWORD": "mss-demo",
        }
        env.pop("MSS_TRAINING_DB", None)
        db = home / "smoke.sqlite"
        run(cli, "--version", env=env)
        run(cli, "--db", str(db), "demo", "--officers", "120", "--today", "2026-11-27", env=env)
        out = run(cli, "--db", str(db), "readiness", "--as-of", "2026-11-27", env=env)
        assert "Mission" in out, out
        pdf = home / "certificates.pdf"
        run(cli, "--db", str(db), "certificates", "issue", "--contingent", "KEN",
            "--module", "UOF-101", "-o", str(pdf), env=env)  # fmt: skip
        # A random demo holds passes that have since expired; their certificates say so
        # (exit 4, EXPIRED). Anything worse, or no valid certificate at all, is a failure.
        verdict = run(cli, "--db", str(db), "certificates", "verify", str(pdf), env=env,
                      allowed=(0, 4))  # fmt: skip
        assert "\nVALID: " in f"\n{verdict}", verdict
        run(cli, "--db", str(db), "report", "readiness", "--as-of", "2026-11-27",
            "-o", str(home / "readiness.pdf"), env=env)  # fmt: skip
        assert (home / "readiness.pdf").read_bytes().startswith(b"%PDF")
        window_reaches_sign_in(gui, db, env, Path(env["XDG_STATE_HOME"]) / "MSS Training" / "log")
    print("smoke: the installed program works")


if __name__ == "__main__":
    main()
