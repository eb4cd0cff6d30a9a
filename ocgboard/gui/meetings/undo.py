"""Undoable meeting edits: agenda order and items, decisions, attendance, details.

Undoing is a new edit restoring the old value, so the change log records both.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from ocgboard.core import meetings
from ocgboard.core.rows import attendance as attendance_rows
from ocgboard.core.rows import decisions as decision_rows
from ocgboard.core.rows import meetings as meeting_rows
from ocgboard.core.rows import plans as plan_rows
from ocgboard.gui import undo
from ocgboard.gui.context import Context
from ocgboard.gui.undo import EditCommand
from ocgboard.gui.widgets import refused


class MeetingCommand(EditCommand):
    def __init__(self, context: Context, meeting_id: str, text: str):
        super().__init__(context, text)
        self.meeting_id = meeting_id

    def write(self, fn, *args, **kwargs):
        return self.context.backend.write(fn, self.meeting_id, *args, **kwargs)

    def refused(self, verb: str, message: str) -> None:
        self.context.status(f"Could not {verb.lower()} “{self.text()}”: {message}", 8000)


def push(context: Context, parent: QWidget, command: MeetingCommand) -> bool:
    """Make the edit and put it on the undo stack, or show why it was refused."""
    message = undo.push(context, command)
    if message is not None:
        refused(parent, command.text(), message)
    return message is None


class PlanMeeting(MeetingCommand):
    """Planning a meeting: undo takes it back, redo puts it back."""

    def __init__(self, context, meeting_id: str, title: str):
        super().__init__(context, meeting_id, f"Plan “{title}”")

    def forward(self) -> None:
        self.write(meeting_rows.reinstate)

    def backward(self) -> None:
        self.write(meeting_rows.withdraw)


class MoveItem(MeetingCommand):
    def __init__(self, context, meeting_id: str, item_id: str, to: int, title: str):
        super().__init__(context, meeting_id, f"Move “{title}” to {to}")
        self.item_id, self.to, self.was = item_id, to, None

    def forward(self) -> None:
        self.was = self.write(meeting_rows.move_item, self.item_id, self.to)

    def backward(self) -> None:
        self.write(meeting_rows.move_item, self.item_id, self.was)


class AddItem(MeetingCommand):
    def __init__(self, context, meeting_id: str, fields: dict):
        super().__init__(context, meeting_id, "Add agenda item")
        self.fields, self.item_id = fields, None

    def forward(self) -> None:
        self.item_id = self.write(meeting_rows.add_item, **self.fields)

    def backward(self) -> None:
        self.write(meeting_rows.remove_item, self.item_id)


class RemoveItem(MeetingCommand):
    def __init__(self, context, meeting_id: str, row: meeting_rows.AgendaRow):
        super().__init__(context, meeting_id, f"Remove “{row.title}”")
        self.row = row

    def forward(self) -> None:
        self.write(meeting_rows.remove_item, self.row.id)

    def backward(self) -> None:
        self.write(meeting_rows.restore_item, self.row)


class DecideItem(MeetingCommand):
    def __init__(self, context, meeting_id: str, row: meeting_rows.AgendaRow, text: str,
                 board_only: bool | None = None):
        super().__init__(context, meeting_id, f"Decision on item {row.position}")
        self.item_id, self.old, self.new = row.id, row.decision, text
        self.was_board_only, self.board_only = row.board_only, board_only

    def forward(self) -> None:
        self.write(meeting_rows.decide_item, self.item_id, self.new, self.board_only)

    def backward(self) -> None:
        self.write(meeting_rows.decide_item, self.item_id, self.old, self.was_board_only)


class _AttendanceEdit(MeetingCommand):
    """(person id, status, note) entries before and after: undo writes the old."""

    new: list[tuple]
    old: list[tuple]

    def forward(self) -> None:
        self.write(attendance_rows.attend, self.new)

    def backward(self) -> None:
        self.write(attendance_rows.attend, self.old)


class Attend(_AttendanceEdit):
    def __init__(self, context, meeting_id: str, rows: list, status: str):
        who = rows[0].person if len(rows) == 1 else f"{len(rows)} people"
        super().__init__(context, meeting_id, f"Record {who} as {status}")
        self.new = [(r.id, status, r.note) for r in rows]
        self.old = [(r.id, r.status, r.note) for r in rows]


class NoteAttendance(_AttendanceEdit):
    """A note on one person's attendance ('sent a deputy', say); the status stays."""

    def __init__(self, context, meeting_id: str, row, note: str):
        super().__init__(context, meeting_id, f"Note on {row.person}'s attendance")
        self.new = [(row.id, row.status, note or None)]
        self.old = [(row.id, row.status, row.note)]


class DecideAction(MeetingCommand):
    def __init__(self, context, meeting_id: str, action_id: str, text: str,
                 status: str | None, today: dt.date | None = None,
                 board_only: bool | None = None):
        super().__init__(context, meeting_id, "Decision on an action")
        self.action_id, self.text_, self.status, self.today = action_id, text, status, today
        self.board_only = board_only
        self.update_id = self.was = None

    def forward(self) -> None:
        self.update_id, self.was = self.write(decision_rows.decide_on_action, self.action_id,
                                              self.text_, self.status, today=self.today,
                                              board_only=self.board_only)

    def backward(self) -> None:
        self.context.backend.write(plan_rows.withdraw_update, self.update_id, self.was)


def _edit(session, meeting_id: str, fields: dict) -> None:
    # In the dialog an empty venue, chair or next date means "none", not "unchanged"
    cleared = tuple(k for k in meetings.CLEARABLE if k in fields and fields[k] is None)
    meetings.edit(session, meeting_rows.meeting(session, meeting_id), clear=cleared, **fields)


class EditMeeting(MeetingCommand):
    def __init__(self, context, meeting_id: str, old: dict, new: dict):
        super().__init__(context, meeting_id, "Edit meeting")
        self.old, self.new = old, new

    def forward(self) -> None:
        self.write(_edit, self.new)

    def backward(self) -> None:
        self.write(_edit, self.old)
