import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWizard
from sqlalchemy import select

from ocgboard.core import board
from ocgboard.gui.app import first_run, make_context
from ocgboard.gui.board.first_run import FirstRunWizard
from ocgboard.gui.main_window import PAGES, MainWindow
from ocgboard.gui.settings import Settings
from ocgboard.store.models import Change


def test_window_shows_the_board_and_every_section(window):
    assert window.windowTitle().startswith("Test Board")
    assert window.ui.markingBanner.text() == "OFFICIAL-SENSITIVE"
    titles = [window.ui.navigation.item(i).text() for i in range(window.ui.navigation.count())]
    assert titles == ["Dashboard", "Threats", "Actions", "Agencies & people", "Meetings",
                      "Tactic library", "Strategy", "Control strategy", "Exchange", "History"]
    assert len(PAGES) == 10
    assert "No exchange yet" in window.exchange_label.text()


def test_the_go_menu_reads_as_the_page_titles(window):
    # Qt reads '&x' in a menu as an underlined x and '&&' as one '&'.
    shown = [re.sub("&(.)", r"\1", action.text()) for action in window.ui.menuGo.actions()]
    assert shown == [page.title for page in window.pages]
    assert "Agencies & people" in shown
    window.ui.actionShortcuts.trigger()
    table = window.help_shortcuts.ui.table
    commands = {table.item(row, 0).text() for row in range(table.rowCount())}
    assert "Agencies & people" in commands


def test_a_wider_window_widens_the_page_not_the_sections_list(window, qtbot, context):
    navigation, pages = window.ui.navigation, window.ui.pages
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: window.width() == 1400)
    before = navigation.width(), pages.width()
    assert before[0] >= navigation.sizeHintForColumn(0)  # every title whole
    window.resize(1800, 800)
    qtbot.waitUntil(lambda: window.width() == 1800)
    assert (navigation.width(), pages.width()) == (before[0], before[1] + 400)
    qtbot.waitUntil(lambda: not context.runner.tasks, timeout=30_000)


def test_keyboard_reaches_every_section(window, qtbot):
    for number in range(1, 11):  # Ctrl+0 is the tenth, as the keyboard's row runs
        qtbot.keyClick(window, str(number % 10), Qt.KeyboardModifier.ControlModifier)
        assert window.ui.pages.currentIndex() == number - 1


def test_search_finds_members_by_alias_and_opens_them(window, qtbot, context):
    qtbot.keyClick(window, "f", Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "OCG")
    window.search.run()
    assert window.search.popup.isVisible()
    assert window.search.popup.list.count() > 0
    first = window.search.popup.list.item(0).data(Qt.ItemDataRole.UserRole)
    assert first[0] == "threat"


def test_window_size_and_splitter_are_remembered(context, qtbot):
    first = MainWindow(context)
    qtbot.addWidget(first)
    first.resize(700, 500)  # within the offscreen screen, which restoreGeometry clamps to
    first.ui.splitter.setSizes([150, 540])
    first.close()
    again = MainWindow(context)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)
    assert Settings().value("splitter/main") is not None


def test_first_run_wizard_names_the_board_and_makes_keys(db_path, qtbot, home, monkeypatch):
    from ocgboard.core import setup

    store = setup.open_board(str(db_path))
    context = make_context(store)
    wizard = FirstRunWizard(context.backend)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(wizard.ui.boardName, "Eastshire OCG Board")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(wizard.ui.area, "Eastshire")
    wizard.next()
    wizard.ui.deviceName.setText("chair-laptop")
    wizard.ui.operatorName.setText("DCI Ó Súilleabháin")  # QTest types ASCII only
    wizard.accept()
    assert wizard.result() == QDialog.DialogCode.Accepted
    info = context.backend.info()
    assert (info.name, info.area, info.device_name, info.operator) == (
        "Eastshire OCG Board", "Eastshire", "chair-laptop", "DCI Ó Súilleabháin")
    assert (home / "keys" / "device-keys.json").stat().st_mode & 0o777 == 0o600
    with store.reader() as s:  # the board's set-up is the operator's, in its history too
        authors = set(s.scalars(select(Change.author)))
    assert authors - {"ocgboard (library seed)"} == {"DCI Ó Súilleabháin"}
    monkeypatch.setattr(FirstRunWizard, "exec", lambda self: 0)
    assert first_run(context)  # a named board skips the wizard
    store.close()
    assert board


def test_a_long_status_message_is_shown_whole(window, qtbot, context):
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: window.width() == 1400)
    bar = window.statusBar()
    message = ("Pack written to /home/chair/Documents/ocgboard/packs/2026-12-03 Eastshire OCG "
               "board chair's pack.pdf: 42 pages, copy 3 for Supt Gary Marsh, issued and "
               "entered in the distribution register")
    window.context.status(message, 60_000)
    qtbot.waitUntil(lambda: bar.currentMessage() == message)
    beside = [label.x() for label in bar.findChildren(QLabel) if label.isVisible()]
    room = min(beside, default=bar.width())
    assert bar.fontMetrics().horizontalAdvance(message) < room, room
    assert bar.toolTip() == message
    bar.clearMessage()
    assert window.board_label.isVisible() and window.exchange_label.isVisible()
    qtbot.waitUntil(lambda: not context.runner.tasks, timeout=30_000)
