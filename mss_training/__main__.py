"""Run the command line with ``python -m mss_training``."""

from mss_training.cli import run

run()
