"""Planning and editing a meeting on the Meetings page."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ocgboard.core.rows import meetings as meeting_rows
from ocgboard.errors import BoardError
from ocgboard.gui.meetings.dialog import MeetingDialog
from tests.gui.keys import type_date
from tests.gui.meetings.helpers import (
    CHAIR,
    HELD,
    LEFT,
    PLANNED,
    click_ok,
    meeting_id,
    show,
)

# -- planning ---------------------------------------------------------------------


def test_planning_a_meeting_ticks_the_due_threats_and_makes_the_standard_agenda(
        page, context, qtbot):
    qtbot.mouseClick(page.ui.planButton, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, MeetingDialog) and dialog.isVisible()
    type_date(qtbot, dialog.ui.date, "14/01/2027")
    picked = dialog.threats
    assert "OCG 05/00100" in picked.ticked  # its review falls due on 8 January
    assert "OCG 05/00104" not in picked.ticked  # due in February
    dialog.ui.title.clear()
    qtbot.keyClicks(dialog.ui.title, "January board")
    qtbot.keyClicks(dialog.ui.threatSearch, "wilson")
    assert dialog.proxy.rowCount() == 1
    dialog.ui.threatsView.setCurrentIndex(dialog.proxy.index(0, 1))
    qtbot.keyClick(dialog.ui.threatsView, Qt.Key.Key_Space)
    assert "OCG 05/00104" in picked.ticked
    assert dialog.ui.chosenCount.text() == f"{len(picked.ticked)} threats ticked"
    click_ok(qtbot, dialog)

    assert not dialog.isVisible()
    made = context.backend.read(meeting_rows.meeting_detail, dialog.made)
    assert (made.title, made.starts_at) == ("January board", dt.datetime(2027, 1, 14, 10, 0))
    assert made.chair == CHAIR and made.next_meeting_on == dt.date(2027, 2, 25)
    items = context.backend.read(meeting_rows.agenda_rows, made.id)
    assert [i.kind for i in items[:4]] == ["apologies", "declarations of interest",
                                           "minutes of the last meeting",
                                           "action tracker review"]
    assert items[-1].kind == "date of next meeting"
    reviewed = {i.threat for i in items if i.threat}
    assert {"OCG 05/00100", "OCG 05/00104"} <= reviewed
    assert reviewed == set(picked.ticked)
    # The page shows the new meeting and its agenda.
    assert page.selected().id == made.id
    assert page.agenda.model.rowCount() == len(items)


def test_planning_a_meeting_is_undone_and_redone(page, context, qtbot, refusals):
    before = {row.id for row in context.backend.read(meeting_rows.meeting_list)}
    page.new_record()
    dialog = page.dialog
    type_date(qtbot, dialog.ui.date, "14 Jan 2027")
    click_ok(qtbot, dialog)
    made = dialog.made
    assert made in {row.id for row in page.model.rows}
    assert context.undo.undoText() == "Plan “Local organised crime partnership board”"
    context.undo.undo()
    assert {row.id for row in context.backend.read(meeting_rows.meeting_list)} == before
    qtbot.waitUntil(lambda: made not in {row.id for row in page.model.rows})
    context.undo.redo()
    qtbot.waitUntil(lambda: made in {row.id for row in page.model.rows})
    assert len(context.backend.read(meeting_rows.agenda_rows, made)) >= 8  # agenda kept
    assert not refusals


def test_a_meeting_with_issued_copies_stays_when_its_planning_is_undone(page, context):
    key = meeting_id(context, HELD)  # copies of its pack went out
    with pytest.raises(BoardError, match="stays on the board"):
        context.backend.write(meeting_rows.withdraw, key)


def test_moving_the_date_reticks_due_threats_but_keeps_hand_ticks(page, qtbot, monkeypatch):
    page.new_record()
    dialog = page.dialog
    type_date(qtbot, dialog.ui.date, "14/01/2027")
    dialog.threats.ticked.add("PI 17/00108")
    type_date(qtbot, dialog.ui.date, "01/12/2026")
    assert "OCG 05/00100" not in dialog.threats.ticked  # not due until 8 January
    assert "PI 17/00108" in dialog.threats.ticked
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)
    dialog.reject()  # the plan typed is let go


def test_editing_a_meeting_is_undoable(page, context, qtbot):
    key = show(page, context, PLANNED)
    qtbot.mouseClick(page.ui.editButton, LEFT)
    dialog = page.dialog
    assert dialog.ui.threatsBox.isHidden() and not dialog.ui.status.isHidden()
    dialog.ui.venue.clear()
    qtbot.keyClicks(dialog.ui.venue, "Millbrook Civic Centre")
    click_ok(qtbot, dialog)
    assert context.backend.read(meeting_rows.meeting_detail, key).venue == \
        "Millbrook Civic Centre"
    assert "Millbrook Civic Centre" in page.ui.summary.text()
    context.undo.undo()
    assert context.backend.read(meeting_rows.meeting_detail, key).venue.startswith("Northgate")


def test_clearing_the_venue_and_chair_saves_and_undo_puts_them_back(page, context, qtbot):
    key = show(page, context, PLANNED)
    before = context.backend.read(meeting_rows.meeting_detail, key)
    assert before.venue and before.chair
    qtbot.mouseClick(page.ui.editButton, LEFT)
    dialog = page.dialog
    dialog.ui.venue.clear()
    dialog.ui.chair.setCurrentIndex(dialog.ui.chair.findData(None))
    qtbot.keyClick(dialog.ui.nextDate.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.ui.nextDate.edit, Qt.Key.Key_Delete)  # no next meeting fixed
    click_ok(qtbot, dialog)
    cleared = context.backend.read(meeting_rows.meeting_detail, key)
    assert (cleared.venue, cleared.chair, cleared.next_meeting_on) == (None, None, None)
    context.undo.undo()
    again = context.backend.read(meeting_rows.meeting_detail, key)
    assert (again.venue, again.chair, again.next_meeting_on) == (
        before.venue, before.chair, before.next_meeting_on)
