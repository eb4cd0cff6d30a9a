"""A meeting's defaults follow the person: its next meeting moves with its date, keeping
the interval, until a next date is typed; the laptop's operator is offered as chair."""

from __future__ import annotations

import datetime as dt

from ocgboard.core import board, meetings
from ocgboard.core.rows import meetings as meeting_rows
from ocgboard.gui.meetings.dialog import MeetingDialog
from tests.gui.keys import type_date
from tests.gui.meetings.helpers import LEFT, PLANNED, click_ok, show

D = dt.date


def test_moving_a_planned_meetings_date_moves_its_next_meeting_too(page, context, qtbot):
    key = show(page, context, PLANNED)
    before = context.backend.read(meeting_rows.meeting_detail, key)
    assert before.next_meeting_on is not None
    qtbot.mouseClick(page.ui.editButton, LEFT)
    dialog = page.dialog
    type_date(qtbot, dialog.ui.date, "10/12/2026")  # a week later
    assert dialog.ui.nextDate.date() == before.next_meeting_on + dt.timedelta(weeks=1)
    click_ok(qtbot, dialog)
    after = context.backend.read(meeting_rows.meeting_detail, key)
    assert (after.starts_at.date(), after.next_meeting_on) == (
        D(2026, 12, 10), before.next_meeting_on + dt.timedelta(weeks=1))


def test_a_next_date_typed_stays_when_the_date_moves_again(page, qtbot):
    page.new_record()
    dialog = page.dialog
    assert isinstance(dialog, MeetingDialog)
    type_date(qtbot, dialog.ui.date, "14/01/2027")
    interval = dialog.ui.nextDate.date() - D(2027, 1, 14)
    type_date(qtbot, dialog.ui.date, "21/01/2027")
    assert dialog.ui.nextDate.date() == D(2027, 1, 21) + interval
    type_date(qtbot, dialog.ui.nextDate, "04/03/2027")
    type_date(qtbot, dialog.ui.date, "28/01/2027")
    assert dialog.ui.nextDate.date() == D(2027, 3, 4)


def test_the_operator_is_offered_as_chair_of_a_first_meeting(page, context, qtbot):
    def no_chairs_yet(s):
        board.init(s, board.current(s).name, operator="DCI Ruth Okafor")
        for m in meetings.listing(s):
            m.chair_id = None

    context.backend.write(no_chairs_yet)
    page.new_record()
    dialog = page.dialog
    assert dialog.ui.chair.currentText().startswith("DCI Ruth Okafor")
