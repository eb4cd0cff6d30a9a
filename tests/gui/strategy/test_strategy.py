
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ocgboard.core.rows import strategy as strategy_rows
from ocgboard.gui.strategy.page import StrategyPage
from ocgboard.gui.table import ROW_ROLE
from tests.conftest import TODAY
from tests.gui.keys import type_date

OK = QDialogButtonBox.StandardButton.Ok


def open_page(window, qtbot) -> StrategyPage:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, "7", Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert isinstance(page, StrategyPage)
    return page


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.buttons.button(OK), Qt.MouseButton.LeftButton)


def selected(page):
    return page.ui.items.selectionModel().currentIndex().data(ROW_ROLE)


def test_adding_an_item_and_recording_its_progress(window, qtbot, context):
    page = open_page(window, qtbot)
    assert page.model.rowCount() == 9
    assert "overdue" in page.model.index(0, page.model.Columns.STATUS).data()  # in words
    qtbot.mouseClick(page.ui.addItem, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.ui.action, "Run a county lines awareness week in schools")
    qtbot.keyClicks(dialog.ui.leadPartners, "Police, Education")
    qtbot.keyClicks(dialog.ui.target, "Spring term")
    type_date(qtbot, dialog.ui.targetOn, "31 May 2027")
    qtbot.keyClicks(dialog.ui.deliverables, "Sessions held in every secondary school")
    battles = [dialog.ui.battle.itemText(n) for n in range(dialog.ui.battle.count())]
    dialog.ui.battle.setCurrentIndex(battles.index("3.1 County Lines: Common minimum "
                                                   "standards to responding to Exploitation "
                                                   "risk"))
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    item = selected(page)
    assert (item.number, item.status, item.lead_partners) == (10, "awaiting review",
                                                              "Police, Education")
    assert item.battle == ("3.1 County Lines: Common minimum standards to responding to "
                           "Exploitation risk")
    assert "Serves the must-win battle 3.1 County Lines" in page.ui.itemAction.text()
    assert item.target_on is not None
    assert "every secondary school" in page.ui.deliverables.toPlainText()
    assert page.trail.rows == []

    qtbot.mouseClick(page.ui.recordProgress, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.ui.status.setCurrentIndex(dialog.ui.status.findData("being progressed"))
    qtbot.keyClicks(dialog.ui.comment, "Four schools booked")
    press_ok(qtbot, dialog)
    item = selected(page)
    assert item.status == "being progressed"
    trail = context.backend.read(strategy_rows.trail_rows, 10)
    assert [(t.status, t.comment, t.dated_on) for t in trail] == [
        ("being progressed", "Four schools booked", TODAY)]
    assert page.trail.rowCount() == 1

    context.undo.undo()
    assert context.backend.read(strategy_rows.trail_rows, 10) == []
    assert selected(page).status == "awaiting review"
    context.undo.undo()
    assert [i.number for i in context.backend.read(strategy_rows.item_rows)] == list(range(1, 10))


def test_progress_without_a_change_needs_a_comment(window, qtbot, context):
    page = open_page(window, qtbot)
    page.ui.items.setFocus()
    qtbot.keyClick(page.ui.items, Qt.Key.Key_Return)  # Enter records progress
    dialog = page.dialog
    assert dialog.isVisible()
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and "comment must not be empty" in dialog.ui.message.text()
    before = context.backend.read(strategy_rows.trail_rows, selected(page).number)
    assert len(before) == 1
