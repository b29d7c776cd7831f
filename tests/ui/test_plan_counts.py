"""The Plan screen and its line confirmation say their counts in the language's plural forms:
"1 session of 1 day for 1 officer", never "1 sessions of 1 days"."""

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from mss_training.services.training_plan import AlreadyPlanned, ModulePlan, TrainingPlan
from mss_training.ui.dialogs.plan import PlanDialog
from mss_training.ui.dialogs.plan_line import PlanLineDialog
from mss_training.ui.language import apply_language

DEPLOY = dt.date(2027, 3, 1)


def _line(officers: int, sessions: int, days: int) -> ModulePlan:
    return ModulePlan(
        module="PF-101", title="Public order", officers=tuple(f"K{n:04d}" for n in range(officers)),
        sessions=sessions, days=days, latest_start=dt.date(2027, 2, 1), earliest_start=None,
        prerequisites=(),
    )  # fmt: skip


def _plan(seats: int, *lines: ModulePlan) -> TrainingPlan:
    return TrainingPlan("KEN", None, DEPLOY, 180, seats, tuple(lines), ())


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    locale = QLocale()  # the other window tests' dates are written in it
    apply_language(request.param)
    yield request.param
    apply_language("en")
    QLocale.setDefault(locale)


ONE = {
    "en": "PF-101 of KEN: 1 session of 1 day for 1 officer at 1 seat, one after another",
    "fr": "PF-101 pour KEN : 1 session de 1 jour pour 1 agent à 1 place, l'une après l'autre",
}
MANY = {
    "en": "PF-101 of KEN: 2 sessions of 3 days for 7 officers at 4 seats, one after another",
    "fr": "PF-101 pour KEN : 2 sessions de 3 jours pour 7 agents à 4 places, l'une après l'autre",
}


def test_a_line_of_one_says_each_count_in_the_singular(qtbot: QtBot, language: str) -> None:
    line = _line(officers=1, sessions=1, days=1)
    dialog = PlanLineDialog(_plan(1, line), line, lambda *_: None, today=dt.date(2027, 1, 4))
    qtbot.addWidget(dialog)
    assert ONE[language] in dialog.summary.text()


def test_a_line_of_many_says_each_count_in_the_plural(qtbot: QtBot, language: str) -> None:
    line = _line(officers=7, sessions=2, days=3)
    dialog = PlanLineDialog(_plan(4, line), line, lambda *_: None, today=dt.date(2027, 1, 4))
    qtbot.addWidget(dialog)
    assert MANY[language] in dialog.summary.text()


def test_the_plans_summary_counts_one_place_in_one_module(qtbot: QtBot, language: str) -> None:
    dialog = PlanDialog(DEPLOY, None)
    qtbot.addWidget(dialog)
    dialog.show_plan(_plan(4, _line(officers=1, sessions=1, days=1)))
    one = {"en": "1 place to fill in 1 module before", "fr": "1 place à pourvoir dans 1 module"}
    assert one[language] in dialog.summary.text()
    dialog.show_plan(_plan(4, _line(1, 1, 1), _line(2, 1, 1)))
    many = {
        "en": "3 places to fill in 2 modules before",
        "fr": "3 places à pourvoir dans 2 modules",
    }
    assert many[language] in dialog.summary.text()


def test_the_confirmation_names_the_officers_already_expected(qtbot: QtBot) -> None:
    line = _line(officers=2, sessions=1, days=1)
    planned = (AlreadyPlanned("PF-101", "a1b2c3d4", dt.date(2027, 1, 11), ("K9001",)),)
    plan = dataclasses.replace(_plan(4, line), planned=planned)
    dialog = PlanLineDialog(plan, line, lambda *_: None, today=dt.date(2027, 1, 4))
    qtbot.addWidget(dialog)
    assert (
        "1 officer already expected at a planned session is left out: PF-101 a1b2c3d4."
        in dialog.summary.text()
    )
    screen = PlanDialog(DEPLOY, None)
    qtbot.addWidget(screen)
    screen.show_plan(plan)
    assert "1 officer already expected at a planned session is left out" in screen.summary.text()
