"""The agenda: order, items and decisions on them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox

from ocgboard.core.rows import meetings as meeting_rows
from ocgboard.gui.meetings.decisions import DecisionDialog
from tests.gui.meetings.helpers import (
    LEFT,
    PLANNED,
    agenda_ids,
    click_ok,
    show,
)

# -- agenda -----------------------------------------------------------------------


def test_moving_an_agenda_item_and_undoing_it(page, context, window, qtbot):
    key = show(page, context, PLANNED)
    before = agenda_ids(context, key)
    page.ui.agendaView.selectRow(4)
    qtbot.mouseClick(page.ui.moveDownButton, LEFT)
    after = agenda_ids(context, key)
    assert after[5] == before[4] and after[4] == before[5]
    assert page.agenda.selected().id == before[4]  # the moved item stays selected
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit > Undo
    assert agenda_ids(context, key) == before
    context.undo.redo()
    assert agenda_ids(context, key) == after


def test_alt_arrows_move_items_and_dropping_a_row_moves_it(page, context, qtbot):
    key = show(page, context, PLANNED)
    before = agenda_ids(context, key)
    view = page.ui.agendaView
    view.setFocus()
    view.selectRow(6)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert agenda_ids(context, key).index(before[6]) == 5
    model = page.agenda.model
    dragged = model.mimeData([model.index(model.find(before[6]), 0)])
    model.dropMimeData(dragged, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    qtbot.waitUntil(lambda: agenda_ids(context, key)[0] == before[6])
    context.undo.undo()
    context.undo.undo()
    assert agenda_ids(context, key) == before


def test_adding_and_removing_items_put_back_by_undo(page, context, qtbot):
    key = show(page, context, PLANNED)
    before = context.backend.read(meeting_rows.agenda_rows, key)
    qtbot.mouseClick(page.ui.addItemButton, LEFT)
    dialog = page.dialog
    dialog.ui.threat.setCurrentIndex(dialog.ui.threat.findData("OCG 05/00104"))
    dialog.ui.position.setValue(5)
    click_ok(qtbot, dialog)
    added = context.backend.read(meeting_rows.agenda_rows, key)
    assert (added[4].threat, added[4].kind, len(added)) == ("OCG 05/00104", "threat review",
                                                           len(before) + 1)
    page.ui.agendaView.selectRow(4)
    qtbot.mouseClick(page.ui.removeItemButton, LEFT)
    assert [r.title for r in context.backend.read(meeting_rows.agenda_rows, key)] == \
        [r.title for r in before]
    context.undo.undo()  # the removed item comes back at 5
    assert context.backend.read(meeting_rows.agenda_rows, key)[4].threat == "OCG 05/00104"
    context.undo.undo()  # and the add is undone
    assert len(context.backend.read(meeting_rows.agenda_rows, key)) == len(before)


def test_a_refused_item_says_why_in_the_dialog(page, context, qtbot):
    show(page, context, PLANNED)
    qtbot.mouseClick(page.ui.addItemButton, LEFT)
    dialog = page.dialog
    dialog.ui.threat.setCurrentIndex(dialog.ui.threat.findData("OCG 05/00101"))  # on already
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "already on this agenda" in dialog.ui.message.text()


def test_recording_a_decision_on_an_agenda_item(page, context, qtbot, clock):
    key = show(page, context, PLANNED)
    page.ui.agendaView.selectRow(2)
    # Before the meeting, as on an action: the button says why it cannot be pressed.
    assert not page.ui.decideItemButton.isEnabled()
    assert "at or after the meeting" in page.ui.decideItemButton.toolTip()
    clock.set(dt.datetime(2026, 12, 3, 10, 30))  # the meeting is under way
    page.ui.agendaView.selectRow(1)
    page.ui.agendaView.selectRow(2)
    qtbot.mouseClick(page.ui.decideItemButton, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, DecisionDialog) and dialog.ui.status.isHidden()
    qtbot.keyClicks(dialog.ui.decision, "Minutes approved as a true record.")
    click_ok(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    row = context.backend.read(meeting_rows.agenda_rows, key)[2]
    assert row.decision == "Minutes approved as a true record."
    assert page.agenda.model.rows[2].decision == row.decision
    context.undo.undo()
    assert context.backend.read(meeting_rows.agenda_rows, key)[2].decision is None
