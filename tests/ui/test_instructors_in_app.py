"""The wizard's instructors field, for a module taught by qualified instructors only: it
offers the officers who hold the qualification on the last day, and tells a refusal on the
field before Save, in the words the save would use."""

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Window
from tests.ui.test_record_session import open_wizard, pick_instructor


def test_a_firearms_session_names_qualified_instructors(
    window: Window, qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = open_wizard(window, qtbot)
    page = wizard.session_page
    page.module.setCurrentIndex(page.module.findData("FRM-101"))
    qtbot.keyClicks(page.location, "Kiganjo range")
    assert page.instructor_picker.isVisibleTo(wizard)
    assert "FRM-101 is taught by qualified instructors only" in page.instructor_rule.text()
    assert "INS-201, FRM-101" in page.instructor_rule.text()
    # A name as free text is not an instructor here.
    qtbot.keyClicks(page.instructors, "Insp. Kamau")
    assert "'Insp. Kamau' does not name an instructor" in page.problem.text()
    assert page.instructors.toolTip() == page.problem.text()
    wizard.next()
    assert wizard.currentPage() is page
    # An officer who never took the instructor course.
    page.instructors.setText("HTI HT-0001")
    assert page.problem.text().startswith(
        "Instructor HTI HT-0001 (Jean-Robert Dorélien) may not teach FRM-101: holds no pass "
        "of INS-201 on "
    )
    # One of the qualified instructors offered, picked by number or name.
    page.instructors.clear()
    assert page.instructor_pick.count() > 0
    chosen = pick_instructor(page, qtbot, outside="none")
    assert page.instructors.text() == chosen
    assert page.problem.text() == "" and page.instructors.toolTip() == ""
    wizard.resize(1280, 720)
    wizard.grab().save(str(tmp_path / "instructors.png"))
    wizard.next()
    assert wizard.currentPage() is wizard.attendees_page
    wizard.discard()


def test_a_module_without_the_rule_keeps_free_text(window: Window, qtbot: QtBot) -> None:
    wizard = open_wizard(window, qtbot)
    page = wizard.session_page
    page.module.setCurrentIndex(page.module.findData("CPT-101"))
    assert not page.instructor_picker.isVisibleTo(wizard)
    qtbot.keyClicks(page.location, "Kiganjo")
    qtbot.keyClicks(page.instructors, "Insp. Kamau, Ms. Reid (UNITAR)")
    assert page.problem.text() == ""
    qtbot.mouseClick(wizard.button(wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.attendees_page
    wizard.discard()


def test_an_instructor_ticked_as_an_attendee_is_told_before_save(
    window: Window, qtbot: QtBot
) -> None:
    wizard = open_wizard(window, qtbot)
    page = wizard.session_page
    page.module.setCurrentIndex(page.module.findData("FRM-101"))
    qtbot.keyClicks(page.location, "Kiganjo range")
    chosen = pick_instructor(page, qtbot, outside="none")
    wizard.next()
    attendees = wizard.attendees_page
    assert wizard.currentPage() is attendees
    attendees.paste.setPlainText(chosen.split()[1])
    qtbot.mouseClick(attendees.add_pasted, Qt.MouseButton.LeftButton)
    assert len(attendees.chosen) == 1
    wizard.next()
    assert wizard.currentPage() is attendees
    assert attendees.unknown.text() == (
        f"Instructor {chosen} cannot record or pass their own result in the FRM-101 session "
        "they teach."
    )
    wizard.discard()
