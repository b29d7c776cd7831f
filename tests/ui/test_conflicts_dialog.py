"""The conflicts dialog offers every value of a conflict between three or more sites."""

import datetime as dt
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from mss_training.sync.conflicts import ConflictRow, ConflictValue
from mss_training.ui.dialogs.conflicts import ConflictsDialog
from mss_training.ui.language import apply_language

AT = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)


def _row() -> ConflictRow:
    return ConflictRow(
        id=7,
        uid="3f0c3b8e-0000-4000-8000-000000000007",
        officer_id=1,
        officer="KEN 100 Otieno, Grace",
        field="rank",
        values=(
            ConflictValue("Inspector", "Site3", AT),
            ConflictValue("Corporal", "Site2", AT),
            ConflictValue("Sergeant", "Site1", AT),
        ),
        found_at=AT,
        found_by="Mission HQ",
    )


def test_any_of_three_values_can_be_chosen(qtbot: QtBot) -> None:
    chosen: list[int] = []

    def resolve(
        conflict_id: int,
        choice: int,
        done: Callable[[list[ConflictRow]], None],
        failed: Callable[[str], None],
    ) -> None:
        chosen.append(choice)
        done([])

    dialog = ConflictsDialog([_row()], resolve)
    qtbot.addWidget(dialog)
    more = dialog.table.item(0, 6)
    assert more is not None and more.text().startswith("Sergeant (Site1")
    assert dialog.value_choice.count() == 3
    dialog.value_choice.setCurrentIndex(2)
    dialog.chosen_button.click()
    assert chosen == [3]
    assert dialog.table.rowCount() == 0


def test_a_french_window_names_the_conflicting_field_in_french(qtbot: QtBot) -> None:
    apply_language("fr")
    try:
        dialog = ConflictsDialog([_row()], lambda *_: None)
        qtbot.addWidget(dialog)
        field = dialog.table.item(0, 1)
        assert field is not None and field.text() == "grade"  # not the stored "rank"
    finally:
        apply_language("en")
