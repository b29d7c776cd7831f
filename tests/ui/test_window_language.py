"""The window in French, Spanish and Haitian Creole: chosen at sign-in or in Settings,
kept per user, with Qt's own buttons, dates and numbers in the same language."""

import datetime as dt
import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QLocale, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
)
from pytestqt.qtbot import QtBot

from mss_training.services.curriculum import module_titles
from mss_training.services.demo import DEMO_PASSWORD
from mss_training.services.personnel import search_officer_ids
from mss_training.services.users import sign_in
from mss_training.ui.dialogs.certificates import CertificatesDialog
from mss_training.ui.dialogs.officer import OfficerDialog
from mss_training.ui.dialogs.pdf_preview import PdfPreviewDialog
from mss_training.ui.dialogs.plan import PlanDialog
from mss_training.ui.dialogs.sign_in import SignInDialog, check_with, settle_language
from mss_training.ui.language import (
    apply_language,
    current_language,
    language_for,
    qt_own_catalogue,
    shown_date,
    shown_number,
)
from mss_training.ui.main_window import MainWindow
from mss_training.ui.models.sessions import STATE_COLUMN
from mss_training.ui.models.table import RowsModel
from tests.ui.conftest import Window
from tests.ui.test_every_dialog_fits import too_big
from tests.ui.test_sessions_screen import kenyans, open_first, planned, shown
from tests.ui.test_sign_in import click_ok


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The window's language for one test (listed before ``window``, so it is built in it)."""
    apply_language(request.param)
    yield request.param
    apply_language("en")


def _menus(window: Window) -> list[str]:
    return [action.text() for action in window.main.menuBar().actions()]


def _cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    return box.buttons()[0].text()


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_a_spanish_window_speaks_spanish_to_the_last_button(language: str, window: Window) -> None:
    main = window.main
    assert [main.tabs.tabText(i) for i in range(main.tabs.count())] == [
        "Aptitud",
        "Personal",
        "Sesiones",
        "Plan de estudios",
    ]
    assert _menus(window)[:3] == ["&Archivo", "&Registros", "&Sincronización"]
    # Strings of the window's parts (here SafetyActions) are found from the main window too.
    assert main.check_audit_action.text() == "Verificar el &registro de auditoría"
    assert _cancel_text() == "Cancelar"
    assert main.personnel.count.text().endswith(" agentes")
    assert QLocale().toString(1234567) == "1.234.567"
    assert QLocale().monthName(3) == "marzo"


@pytest.mark.parametrize("language", ["ht"], indirect=True)
def test_a_creole_window_has_qt_s_own_buttons_in_french(language: str, window: Window) -> None:
    assert window.main.tabs.tabText(1) == "Pèsonèl"
    assert "&Fichye" in _menus(window)
    assert _cancel_text() == "Annuler"


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_a_french_window_counts_in_french(language: str, window: Window) -> None:
    assert window.main.tabs.tabText(0) == "Aptitude"
    count = window.main.personnel.count.text()
    assert count.endswith(" agents")
    assert QLocale().toString(1234567).replace("\u202f", " ") == "1 234 567"
    assert window.main.dashboard.status_line.text() == "Situation au vendredi 27 novembre 2026"
    assert QLocale().toString(QDate(2026, 3, 5), "d MMMM yyyy") == "5 mars 2026"


def test_choosing_a_language_at_sign_in_changes_the_dialog_at_once_and_is_kept(
    window: Window, qtbot: QtBot, tmp_path: Path
) -> None:
    context = window.main.context
    settings = QSettings(str(tmp_path / "sign-in.ini"), QSettings.Format.IniFormat)
    dialog = SignInDialog("demo.sqlite", check_with(context.database, context.runner))
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        qtbot.waitUntil(lambda: dialog.windowTitle().startswith("Iniciar sesión"))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.text() == "Iniciar sesión"
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
        qtbot.keyClicks(dialog.username, "trainer")
        qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
        with qtbot.waitSignal(dialog.accepted, timeout=5000):
            click_ok(dialog.buttons, qtbot)
        assert dialog.actor is not None
        settle_language(settings, dialog.actor.username, dialog.chosen_language)
        assert language_for(settings, "trainer") == "es"
        # The next sign-in on this computer opens in the last language chosen here.
        assert language_for(settings) == "es"
    finally:
        apply_language("en")


def test_each_user_gets_their_own_language_when_they_sign_in(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "users.ini"), QSettings.Format.IniFormat)
    try:
        settle_language(settings, "trainer", "fr")
        settle_language(settings, "commander", "es")
        assert current_language() == "es"
        # The trainer signs in again without choosing: French comes back.
        assert settle_language(settings, "trainer", None) == "fr"
        assert current_language() == "fr"
        assert language_for(settings, "someone-new") == "fr"
    finally:
        apply_language("en")


def test_settings_language_keeps_the_choice_and_says_when_it_shows(window: Window) -> None:
    main = window.main
    spanish = next(a for a in main.language_actions.actions() if a.data() == "es")
    spanish.trigger()
    assert spanish.isChecked()
    assert language_for(main.settings, main.context.actor.username) == "es"
    assert "Español" in main.statusBar().currentMessage()
    assert main.tabs.tabText(1) == "Personnel"  # until the window is next opened


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_a_service_s_refusal_reaches_the_french_window_in_french(
    language: str, window: Window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    broken = tmp_path / "abîmée.sqlite"
    broken.write_bytes(b"pas une base" * 200)
    window.main.switch_database(f"sqlite:///{broken}", create=False)
    window.settle()
    assert shown and "est endommagé ou n'est pas une base de données MSS Training." in shown[0]
    assert "damaged" not in shown[0]


def previewed(window: Window, qtbot: QtBot, show: Callable[[], None]) -> str:
    with qtbot.waitSignal(window.main.pdf_shown, timeout=30000):
        show()
        window.settle()
    previews = [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog)]
    text = " ".join(
        page.extract_text() or "" for page in PdfReader(io.BytesIO(previews[-1].data)).pages
    )
    for preview in previews:
        preview.close()
    return " ".join(text.split())


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_the_window_prints_reports_in_its_language(
    language: str, window: Window, qtbot: QtBot
) -> None:
    def print_in_the_offered_language(kind: str) -> None:
        window.main.preview_report(kind)
        window.settle()
        dialog = window.main.report_options_dialog
        assert dialog.language.currentData() == "fr"  # offered in the window's language
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    report = previewed(window, qtbot, lambda: print_in_the_offered_language("readiness"))
    assert "Rapport de disponibilité" in report and "Readiness report" not in report
    roster = previewed(window, qtbot, lambda: print_in_the_offered_language("roster"))
    assert "État des formations" in roster and "novembre 2026" in roster


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_certificates_are_offered_bilingual_in_the_window_s_language(
    language: str, window: Window, qtbot: QtBot
) -> None:
    dialog = CertificatesDialog([], [("UOF-101", "UOF-101 · Use of force")], window.main, None)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "es"
    assert dialog.language.currentText() == "Inglés y español"


def test_an_english_window_offers_english_certificates(window: Window, qtbot: QtBot) -> None:
    dialog = CertificatesDialog([], [("UOF-101", "UOF-101 · Use of force")], window.main, None)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "en"


@pytest.mark.parametrize(("code", "qt_own"), [("fr", "fr"), ("es", "es"), ("ht", "fr")])
def test_qt_s_own_strings_are_found_for_each_language(
    qapp: QApplication, code: str, qt_own: str
) -> None:
    translator = qt_own_catalogue(code)
    assert translator is not None and translator.language().startswith(qt_own)
    assert (
        translator.translate("QPlatformTheme", "Cancel")
        == {"fr": "Annuler", "es": "Cancelar"}[qt_own]
    )


def first_kenyan_record(window: Window, qtbot: QtBot) -> OfficerDialog:
    """The record of the first active Kenyan officer, opened as a user opens it."""
    main = window.main
    with main.context.database.reading() as session:
        officer_id = search_officer_ids(session, "", contingent="KEN", status="active")[0]
    with qtbot.waitSignal(main.officer_shown, timeout=5000):
        main.show_officer(officer_id)
        window.settle()
    (record,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, OfficerDialog)]
    return record


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_the_spanish_officer_record_shows_its_dates_and_headers_whole(
    language: str, window: Window, qtbot: QtBot
) -> None:
    record = first_kenyan_record(window, qtbot)
    assert record.verdict.text().endswith(" al 27 de noviembre de 2026")
    table = record.tabs.widget(0)
    assert isinstance(table, QTableView)
    header = table.horizontalHeader()
    assert table.model().headerData(1, Qt.Orientation.Horizontal) == "Estado al 2026-11-27"
    for column in range(header.count()):  # no header cut short ("Estado al 2026-1…")
        assert header.sectionSize(column) >= header.sectionSizeHint(column)
    record.close()


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_numbers_and_dates_in_the_window_follow_french(language: str) -> None:
    model = RowsModel(["Agents"], [[1234567], [True]])
    assert model.data(model.index(0, 0)).replace("\u202f", " ") == "1 234 567"
    assert model.data(model.index(1, 0)) == "True"
    assert shown_date(dt.date(2026, 3, 5)) == "5 mars 2026"
    assert shown_number(12500).replace("\u202f", " ") == "12 500"


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_the_french_plan_shows_the_curriculum_s_french_module_titles(
    language: str, window: Window, qtbot: QtBot
) -> None:
    main = window.main
    main.plan_action.trigger()
    dialog = main.plan_dialog
    assert isinstance(dialog, PlanDialog)
    dialog.contingent.setCurrentIndex(dialog.contingent.findData("KEN"))
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.modules.rowCount() > 0, timeout=15_000)
    with main.context.database.reading() as session:
        french, english = module_titles(session, "fr"), module_titles(session, "en")
    shown = {
        dialog.modules.row_values(r)[0]: dialog.modules.row_values(r)[1]
        for r in range(dialog.modules.rowCount())
    }
    translated = [code for code in shown if french[code] != english[code]]
    assert translated  # the shared curriculum translates its titles
    assert all(shown[code] == french[code] for code in shown)
    # Planning a line's sessions names its module in French too.
    dialog.modules_table.setFocus()
    dialog.modules_table.selectRow(0)
    qtbot.mouseClick(dialog.sessions_button, Qt.MouseButton.LeftButton)
    window.settle()
    line = main.plan_line_dialog
    code = dialog.modules.row_values(0)[0]
    assert f"{code} · {french[code]}" in line.windowTitle()
    line.reject()
    dialog.close()


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_the_spanish_officer_record_says_outcomes_and_statuses_in_spanish(
    language: str, window: Window, qtbot: QtBot
) -> None:
    record = first_kenyan_record(window, qtbot)
    requirements, history = record.requirements, record.history
    statuses = {requirements.row_values(r)[1] for r in range(requirements.rowCount())}
    outcomes = {history.row_values(r)[2] for r in range(history.rowCount())}
    spanish = {"vigente", "por vencer", "vencido", "pendiente", "exento", "aprobado", "reprobado"}
    assert statuses and outcomes
    assert statuses | outcomes <= spanish | {"asistió", "ausente", "vence durante el despliegue"}
    record.close()


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_the_spanish_curriculum_screen_shows_the_curriculum_s_spanish_titles(
    language: str, window: Window
) -> None:
    view = window.main.curriculum
    window.settle()
    tree = view.tree
    modules = [
        module
        for i in range(tree.topLevelItemCount())
        if (category := tree.topLevelItem(i)) is not None
        for j in range(category.childCount())
        if (module := category.child(j)) is not None
    ]
    (mandate,) = [item for item in modules if item.text(0).startswith("MAN-101")]
    assert mandate.text(0) == "MAN-101 · El mandato y su marco jurídico"
    tree.setCurrentItem(mandate)
    details = view.details.toPlainText()
    assert "El mandato y su marco jurídico" in details
    assert "antes del despliegue" in details  # the requirement's phase


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_the_spanish_sessions_table_shows_a_session_s_state_whole(
    language: str, window: Window
) -> None:
    table = window.main.sessions.table
    wanted = table.fontMetrics().horizontalAdvance("Planificada")
    assert table.columnWidth(STATE_COLUMN) > wanted  # not "Planifica…"


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_a_session_s_details_name_its_module_in_french(
    language: str, window: Window, qtbot: QtBot
) -> None:
    view = shown(window, qtbot)
    open_first(window, qtbot, view)
    assert view.detail is not None
    module = view.detail.line.module
    with window.main.context.database.reading() as session:
        french, english = module_titles(session, "fr")[module], module_titles(session, "en")[module]
    assert french != english  # the shared curriculum translates every title
    assert view.detail.module_title == french and french in view.heading.text()


def headers_cut(table: QTableView) -> list[str]:
    """The headers of ``table`` cut short or pushed out of sight (past its right edge)."""
    header = table.horizontalHeader()
    return [
        str(table.model().headerData(column, Qt.Orientation.Horizontal))
        for column in range(header.count())
        if header.sectionSize(column) < header.sectionSizeHint(column)
        or header.sectionViewportPosition(column) + header.sectionSize(column)
        > table.viewport().width()
    ]


@pytest.mark.parametrize("language", ["es", "fr", "ht"], indirect=True)
def test_the_users_dialog_shows_every_column_header_whole(
    language: str, window: Window, qtbot: QtBot
) -> None:
    main = window.main
    main.context.actor = sign_in(main.context.database, "admin", DEMO_PASSWORD)
    main.apply_role()
    main.manage_users()
    window.settle()
    dialog = main.users_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 4)
    assert headers_cut(dialog.table) == []
    dialog.close()


def placeholders_cut(fields: list[QLineEdit]) -> list[str]:
    """The placeholders of ``fields`` too long for the room their field has."""
    return [
        field.placeholderText()
        for field in fields
        if field.fontMetrics().horizontalAdvance(field.placeholderText()) + 12 > field.width()
    ]


@pytest.mark.parametrize("language", ["es", "fr", "ht"], indirect=True)
def test_the_sessions_filters_show_their_hints_whole_on_a_laptop(
    language: str, window: Window, qtbot: QtBot
) -> None:
    window.main.resize(1366, 768)
    view = shown(window, qtbot)
    assert window.main.width() == 1366  # not pushed wider than the laptop's screen
    assert view.module.count() > 1  # the modules, named by their (long) titles, are listed
    assert placeholders_cut([view.search, view.starts_from, view.ends_by, view.place]) == []
    # The list of modules opens wide enough to read each title whole.
    popup = view.module.view()
    assert popup.minimumWidth() >= popup.sizeHintForColumn(0)


# The dialogs a user opens, as (what opens it, the attribute the window keeps it as).
DIALOGS: list[tuple[Callable[[MainWindow], None], str]] = [
    (MainWindow.show_holds, "holds_dialog"),
    (lambda main: main.preview_report("readiness"), "report_options_dialog"),
    (MainWindow.show_plan_screen, "plan_dialog"),
    (MainWindow.plan_session, "session_plan_dialog"),
    (MainWindow.choose_certificates, "certificates_dialog"),
    (lambda main: main.officer_form(None), "form"),
    (MainWindow.ask_for_snapshot, "snapshot_dialog"),
    (MainWindow.show_snapshots, "snapshots_dialog"),
    (MainWindow.show_sites, "sites_dialog"),
    (MainWindow.export_bundle, "export_dialog"),
    (MainWindow.open_backup_settings, "backup_dialog"),
    (MainWindow.import_spreadsheet, "import_wizard"),
    (MainWindow.verify_certificate, "verify_dialog"),
]


@pytest.mark.parametrize("language", ["es", "fr", "ht"], indirect=True)
@pytest.mark.parametrize(("open_dialog", "kept_as"), DIALOGS, ids=[kept for _, kept in DIALOGS])
def test_a_dialog_in_a_longer_language_fits_and_shows_its_hints_whole(
    language: str, window: Window, open_dialog: Callable[[MainWindow], None], kept_as: str
) -> None:
    open_dialog(window.main)
    window.settle()
    dialog = getattr(window.main, kept_as)
    assert too_big(dialog) is None
    # Hints, not a folder's path (the backups' folder), which a field shortens as any path.
    fields = [
        field
        for field in dialog.findChildren(QLineEdit)
        if field.isVisible() and not Path(field.placeholderText()).is_absolute()
    ]
    assert placeholders_cut(fields) == []
    assert choices_cut([box for box in dialog.findChildren(QComboBox) if box.isVisible()]) == []
    dialog.close()


def choices_cut(boxes: list[QComboBox]) -> list[str]:
    """The choices shown in ``boxes`` too long for the room their box gives its text."""
    cut = []
    for box in boxes:
        option = QStyleOptionComboBox()
        box.initStyleOption(option)
        room = box.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
        )
        if box.fontMetrics().horizontalAdvance(box.currentText()) > room.width():
            cut.append(box.currentText())
    return cut


def _module_editor(window: Window, qtbot: QtBot) -> None:
    curriculum = window.main.curriculum
    curriculum.start_draft.emit("fit-1")
    window.settle()
    qtbot.waitUntil(lambda: curriculum.draft is not None, timeout=5000)
    curriculum.edit_module.emit("UOF-101")


def _recognise(window: Window, qtbot: QtBot) -> None:
    window.main.recognise(first_kenyan_record(window, qtbot))


def _correction(*, void: bool) -> Callable[[Window, QtBot], None]:
    def correct(window: Window, qtbot: QtBot) -> None:
        record = first_kenyan_record(window, qtbot)
        window.main.correct_result(record, record.record.history[0], void=void)

    return correct


def _plan_line(window: Window, qtbot: QtBot) -> None:
    main = window.main
    main.show_plan_screen()
    plan = main.plan_dialog
    plan.contingent.setCurrentIndex(plan.contingent.findData("KEN"))
    qtbot.mouseClick(plan.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: plan.modules.rowCount() > 0, timeout=15_000)
    plan.modules_table.setFocus()
    plan.modules_table.selectRow(0)
    qtbot.mouseClick(plan.sessions_button, Qt.MouseButton.LeftButton)


# The dialogs opened from inside a screen or another dialog, as (what opens them as a user
# would, the attribute the window keeps them as); two wait for the user's answer (exec).
INNER_DIALOGS: list[tuple[Callable[[Window, QtBot], None], str]] = [
    (_module_editor, "module_editor"),
    (_recognise, "recognise_dialog"),
    (_correction(void=False), "correction_dialog"),
    (_correction(void=True), "correction_dialog"),
    (_plan_line, "plan_line_dialog"),
    (lambda window, _: window.main.record_planned(planned(window, kenyans(window, 6))),
     "results_dialog"),
    (lambda window, _: window.main.change_attendees(planned(window, kenyans(window, 6))),
     "attendees_dialog"),
]  # fmt: skip
INNER_IDS = ["module_editor", "recognise", "correct", "void", "plan_line", "results", "attendees"]


@pytest.mark.parametrize("language", ["es", "fr", "ht"], indirect=True)
@pytest.mark.parametrize(("open_dialog", "kept_as"), INNER_DIALOGS, ids=INNER_IDS)
def test_a_dialog_opened_from_a_screen_fits_and_shows_its_hints_whole(
    language: str,
    window: Window,
    qtbot: QtBot,
    open_dialog: Callable[[Window, QtBot], None],
    kept_as: str,
) -> None:
    window.main.resize(1366, 768)
    # Whether it fits, and what is cut short: hints, column headers (or out of sight), choices.
    found: list[str | list[str] | None] = []

    def measure() -> None:
        dialog = getattr(window.main, kept_as, None)
        if found or not isinstance(dialog, QDialog) or not dialog.isVisible():
            return
        fields = [field for field in dialog.findChildren(QLineEdit) if field.isVisible()]
        tables = [table for table in dialog.findChildren(QTableView) if table.isVisible()]
        cut = [header for table in tables for header in headers_cut(table)]
        boxes = [box for box in dialog.findChildren(QComboBox) if box.isVisible()]
        found.extend([too_big(dialog), placeholders_cut(fields), cut, choices_cut(boxes)])
        dialog.reject()  # also ends the wait of a dialog that waits for the answer

    timer = QTimer()
    timer.timeout.connect(measure)
    timer.start(30)
    try:
        open_dialog(window, qtbot)
        window.settle()
        qtbot.waitUntil(lambda: bool(found), timeout=15_000)
    finally:
        timer.stop()
    assert found == [None, [], [], []]


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_the_spanish_module_editor_offers_its_choices_in_spanish(
    language: str, window: Window, qtbot: QtBot
) -> None:
    _module_editor(window, qtbot)
    editor = window.main.module_editor
    qtbot.waitUntil(lambda: editor is not None and editor.isVisible(), timeout=5000)
    assert editor.assessment.currentText() == "con nota"  # UOF-101 is scored
    assert editor.assessment.currentData() == "scored"  # and stored as the file's code
    phases = editor.requirements.cellWidget(0, 1)
    assert isinstance(phases, QComboBox)
    assert phases.currentText() == "antes del despliegue"
    assert phases.currentData() == "pre-deployment"
    deliveries = [editor.delivery.itemText(i) for i in range(editor.delivery.count())]
    assert "classroom" not in deliveries and "en aula" in deliveries
    editor.close()
