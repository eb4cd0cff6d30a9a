"""Decisions on actions recorded at a meeting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox

from ocgboard.core import lookup, plans
from ocgboard.core.rows import common as common_rows
from ocgboard.gui.meetings.decisions import DecisionDialog
from ocgboard.store.models import Action
from tests.gui.meetings.helpers import (
    HELD,
    LEFT,
    PLANNED,
    click_ok,
    show,
)

# -- decisions on actions ---------------------------------------------------------


def decidable(context, key: str, page) -> str:
    """An action on the held meeting's tracker that was raised by the meeting."""
    on = dt.date.fromisoformat(HELD)

    def raised(session, action_id):
        return lookup.by_id(session, Action, action_id, "action").raised_on

    for row in page.decisions.tracker.rows:
        if row.decision is None and context.backend.read(raised, row.id) <= on:
            return row.id
    raise AssertionError("no action to decide on")


def trail(context, action_id: str) -> list:
    def read(session):
        action = lookup.by_id(session, Action, action_id, "action")
        return [(u.dated_on, u.comment, u.status, u.meeting_id)
                for u in plans.trail(session, action)]
    return context.backend.read(read)


def test_recording_a_decision_on_an_action(page, context, qtbot):
    key = show(page, context, HELD)
    page.ui.tabs.setCurrentWidget(page.ui.decisionsTab)
    action_id = decidable(context, key, page)
    row = page.tracker_row = page.decisions.tracker.find(action_id)
    page.ui.trackerView.setCurrentIndex(page.decisions.tracker_proxy.mapFromSource(
        page.decisions.tracker.index(row, 0)))
    qtbot.mouseClick(page.ui.decideActionButton, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, DecisionDialog) and not dialog.ui.status.isHidden()
    assert dialog.row().id == action_id
    qtbot.keyClicks(dialog.ui.decision, "Escalate to the SRO: no progress since June.")
    click_ok(qtbot, dialog, QDialogButtonBox.StandardButton.Save)

    entry = next(u for u in trail(context, action_id)
                 if u[1] == "Escalate to the SRO: no progress since June.")
    assert entry[0] == dt.date(2026, 10, 12)  # dated the day of the meeting
    assert entry[3].hex == key  # a decision the board took at this meeting
    decided = [d for d in page.decisions.decisions.rows if d.on == "action"]
    assert decided[-1].decision == "Escalate to the SRO: no progress since June."
    context.undo.undo()
    assert "Escalate to the SRO: no progress since June." not in [
        u[1] for u in trail(context, action_id)]


def test_a_decision_marked_board_only_stays_with_the_board(page, context, qtbot):
    key = show(page, context, HELD)
    page.ui.tabs.setCurrentWidget(page.ui.decisionsTab)
    action_id = decidable(context, key, page)
    page.ui.trackerView.setCurrentIndex(page.decisions.tracker_proxy.mapFromSource(
        page.decisions.tracker.index(page.decisions.tracker.find(action_id), 0)))
    qtbot.mouseClick(page.ui.decideActionButton, LEFT)
    dialog = page.dialog
    starts = context.backend.read(common_rows.board_only_default, "action", action_id)
    assert dialog.ui.boardOnly.isChecked() is starts
    dialog.ui.boardOnly.setChecked(True)
    qtbot.keyClicks(dialog.ui.decision, "Covert work to continue")
    click_ok(qtbot, dialog, QDialogButtonBox.StandardButton.Save)

    def marked(session):
        action = lookup.by_id(session, Action, action_id, "action")
        return [u.board_only for u in plans.trail(session, action)
                if u.comment == "Covert work to continue"]
    assert context.backend.read(marked) == [True]


def test_a_decision_that_moves_the_action_on(page, context, qtbot):
    key = show(page, context, HELD)
    page.ui.tabs.setCurrentWidget(page.ui.decisionsTab)
    action_id = decidable(context, key, page)
    page.decisions.decide_on_action(action_id)
    dialog = page.dialog
    row = dialog.row()
    dialog.ui.status.setCurrentIndex(dialog.ui.status.findData("not pursued"))
    qtbot.keyClicks(dialog.ui.decision, "Not pursued: the group has left the area.")
    click_ok(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    def status(session):
        return lookup.by_id(session, Action, action_id, "action").status

    assert context.backend.read(status) == "not pursued"
    assert action_id not in [r.id for r in page.decisions.tracker.rows]  # no longer open
    context.undo.undo()
    assert context.backend.read(status) == row.status
    assert action_id in [r.id for r in page.decisions.tracker.rows]


def test_no_decision_is_offered_before_the_meeting_and_the_buttons_say_why(
        page, context, qtbot):
    for on, waiting in ((PLANNED, "Decisions are recorded at or after the meeting, on "
                                  "3 Dec 2026"), (HELD, "")):
        show(page, context, on)
        page.ui.tabs.setCurrentWidget(page.ui.decisionsTab)
        page.agenda.select(next(iter(page.agenda.model.rows)).id)
        for button in (page.ui.decideActionButton, page.ui.decideOnItemButton,
                       page.ui.decideItemButton):
            assert button.isEnabled() is not bool(waiting), (on, button.objectName())
            assert button.toolTip() == waiting, (on, button.objectName())
