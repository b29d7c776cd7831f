"""A coordinator drafts the next curriculum, edits and adds modules, and publishes it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mss_training.domain import CurriculumStatus
from mss_training.models import CurriculumVersion
from mss_training.services.curriculum import curriculum_view
from mss_training.services.readiness import ReadinessQuery, readiness_report
from tests.ui.conftest import AS_OF, Window


def save(editor: object, qtbot: QtBot) -> None:
    button = editor.buttons.button(QDialogButtonBox.StandardButton.Save)  # type: ignore[attr-defined]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_draft_edit_add_and_publish(window: Window, qtbot: QtBot) -> None:
    view = window.main.curriculum
    window.main.tabs.setCurrentWidget(view)
    assert not view.new_module_button.isEnabled()  # nothing to edit until a draft exists
    view.start_draft.emit("2027.1")
    window.settle()
    qtbot.waitUntil(
        lambda: view.draft is not None and view.new_module_button.isEnabled(), timeout=5000
    )
    assert view.version.currentText() == "Draft 2027.1"

    # UOF-101's details shown, the version box not clipped, the role codes explained.
    window.settle()
    view._show_code("UOF-101")
    assert "pass mark 80" in view.details.toPlainText()
    assert view.version.width() >= view.version.fontMetrics().horizontalAdvance("Draft 2027.1")
    assert "IPO: " in view.role_legend.text() and "ALL: every role" in view.role_legend.text()

    # Edit UOF-101: a mistake first, named plainly; then a stricter pass mark.
    view.edit_module.emit("UOF-101")
    editor = window.main.module_editor
    assert editor.code.text() == "UOF-101" and editor.code.isReadOnly()
    editor.assessment.setCurrentIndex(editor.assessment.findData("attendance"))
    save(editor, qtbot)
    qtbot.waitUntil(
        lambda: 'only a "scored" module has a pass mark' in editor.problems.text(), timeout=5000
    )
    editor.assessment.setCurrentIndex(editor.assessment.findData("scored"))
    editor.pass_mark.setValue(85)
    with qtbot.waitSignal(window.main.module_saved, timeout=5000):
        save(editor, qtbot)
        window.settle()
    window.settle()
    qtbot.waitUntil(lambda: "pass mark 85" in view.details.toPlainText(), timeout=5000)

    # A new module everyone needs before deploying.
    view.edit_module.emit("")
    editor = window.main.module_editor
    qtbot.keyClicks(editor.code, "ROE-301")
    qtbot.keyClicks(editor.title, "Rules of engagement in dense urban areas")
    qtbot.keyClicks(editor.category, "Use of force")
    editor.hours.setValue(4)
    editor.assessment.setCurrentIndex(editor.assessment.findData("pass_fail"))
    editor.validity.setValue(12)
    role = editor.requirements.cellWidget(0, 0)
    phase = editor.requirements.cellWidget(0, 1)
    role.setCurrentIndex(role.findData("ALL"))  # type: ignore[attr-defined]
    phase.setCurrentIndex(phase.findData("pre-deployment"))  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.main.module_saved, timeout=5000):
        save(editor, qtbot)
        window.settle()

    database = window.main.context.database
    with database.reading() as session:
        draft = curriculum_view(session, "2027.1")
        active = curriculum_view(session)
    assert {m.code for m in draft.modules} - {m.code for m in active.modules} == {"ROE-301"}
    assert next(m for m in draft.modules if m.code == "UOF-101").pass_mark == 85
    assert next(m for m in active.modules if m.code == "UOF-101").pass_mark == 80

    window.main.publish_draft("2027.1")
    window.settle()
    with database.reading() as session:
        statuses = dict(
            session.execute(select(CurriculumVersion.label, CurriculumVersion.status)).all()
        )
        report = readiness_report(session, ReadinessQuery(as_of=AS_OF))
    assert statuses["2027.1"] == CurriculumStatus.PUBLISHED.value
    assert statuses["2026.4"] == CurriculumStatus.RETIRED.value
    # Nobody has taken the new module yet, so nobody is ready.
    assert report.officers and all(
        any(s.module == "ROE-301" and s.status.value == "missing" for s in o.requirements)
        for o in report.officers
    )
