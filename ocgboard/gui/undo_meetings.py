"""Undoable meeting edits: agenda order and items, decisions, attendance, details.

An edit is made once, outside the stack, so a refusal can be shown before
anything is pushed; the command's first redo() is then a no-op. Undoing is
a new edit restoring the old value, so the change log records both.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from ocgboard.core import attendance_rows, decision_rows, meeting_rows, meetings
from ocgboard.errors import BoardError
from ocgboard.gui.pages.base import Context
from ocgboard.gui.widgets import refused


class MeetingCommand(QUndoCommand):
    def __init__(self, context: Context, meeting_id: str, text: str):
        super().__init__(text)
        self.context = context
        self.meeting_id = meeting_id
        self._pending_first_redo = True

    def apply(self) -> None:
        """Make the edit (raises BoardError if the services refuse it)."""

    def revert(self) -> None:
        """Restore what the edit replaced."""

    def write(self, fn, *args, **kwargs):
        return self.context.backend.write(fn, self.meeting_id, *args, **kwargs)

    def redo(self) -> None:
        if self._pending_first_redo:
            self._pending_first_redo = False
            return
        self._run(self.apply, "redo")

    def undo(self) -> None:
        self._run(self.revert, "undo")

    def _run(self, step, verb: str) -> None:
        # Qt calls these from C++: an exception must become a message, not a traceback.
        try:
            step()
        except BoardError as exc:
            self.context.status(f"Could not {verb} “{self.text()}”: {exc.message}", 8000)


def push(context: Context, parent: QWidget, command: MeetingCommand) -> bool:
    """Make the edit and put it on the undo stack, or show why it was refused."""
    try:
        command.apply()
    except BoardError as exc:
        refused(parent, command.text(), exc.message)
        return False
    context.undo.push(command)
    return True


class PlanMeeting(MeetingCommand):
    """Planning a meeting: undo takes it back, redo puts it back."""

    def __init__(self, context, meeting_id: str, title: str):
        super().__init__(context, meeting_id, f"Plan “{title}”")

    def apply(self) -> None:
        self.write(meeting_rows.reinstate)

    def revert(self) -> None:
        self.write(meeting_rows.withdraw)


class MoveItem(MeetingCommand):
    def __init__(self, context, meeting_id: str, item_id: str, to: int, title: str):
        super().__init__(context, meeting_id, f"Move “{title}” to {to}")
        self.item_id, self.to, self.was = item_id, to, None

    def apply(self) -> None:
        self.was = self.write(meeting_rows.move_item, self.item_id, self.to)

    def revert(self) -> None:
        self.write(meeting_rows.move_item, self.item_id, self.was)


class AddItem(MeetingCommand):
    def __init__(self, context, meeting_id: str, fields: dict):
        super().__init__(context, meeting_id, "Add agenda item")
        self.fields, self.item_id = fields, None

    def apply(self) -> None:
        self.item_id = self.write(meeting_rows.add_item, **self.fields)

    def revert(self) -> None:
        self.write(meeting_rows.remove_item, self.item_id)


class RemoveItem(MeetingCommand):
    def __init__(self, context, meeting_id: str, row: meeting_rows.AgendaRow):
        super().__init__(context, meeting_id, f"Remove “{row.title}”")
        self.row = row

    def apply(self) -> None:
        self.write(meeting_rows.remove_item, self.row.id)

    def revert(self) -> None:
        self.write(meeting_rows.restore_item, self.row)


class DecideItem(MeetingCommand):
    def __init__(self, context, meeting_id: str, row: meeting_rows.AgendaRow, text: str):
        super().__init__(context, meeting_id, f"Decision on item {row.position}")
        self.item_id, self.old, self.new = row.id, row.decision, text

    def apply(self) -> None:
        self.write(meeting_rows.decide_item, self.item_id, self.new)

    def revert(self) -> None:
        self.write(meeting_rows.decide_item, self.item_id, self.old)


class Attend(MeetingCommand):
    def __init__(self, context, meeting_id: str, rows: list, status: str):
        who = rows[0].person if len(rows) == 1 else f"{len(rows)} people"
        super().__init__(context, meeting_id, f"Record {who} as {status}")
        self.new = [(r.id, status, r.note) for r in rows]
        self.old = [(r.id, r.status, r.note) for r in rows]

    def apply(self) -> None:
        self.write(attendance_rows.attend, self.new)

    def revert(self) -> None:
        self.write(attendance_rows.attend, self.old)


class DecideAction(MeetingCommand):
    def __init__(self, context, meeting_id: str, action_id: str, text: str,
                 status: str | None, today: dt.date | None = None):
        super().__init__(context, meeting_id, "Decision on an action")
        self.action_id, self.text_, self.status, self.today = action_id, text, status, today
        self.update_id = self.was = None

    def apply(self) -> None:
        self.update_id, self.was = self.write(decision_rows.decide_on_action, self.action_id,
                                              self.text_, self.status, today=self.today)

    def revert(self) -> None:
        self.context.backend.write(decision_rows.withdraw_decision, self.update_id, self.was)


def _edit(session, meeting_id: str, fields: dict) -> None:
    # In the dialog an empty venue, chair or next date means "none", not "unchanged"
    cleared = tuple(k for k in meetings.CLEARABLE if k in fields and fields[k] is None)
    meetings.edit(session, meeting_rows.meeting(session, meeting_id), clear=cleared, **fields)


class EditMeeting(MeetingCommand):
    def __init__(self, context, meeting_id: str, old: dict, new: dict):
        super().__init__(context, meeting_id, "Edit meeting")
        self.old, self.new = old, new

    def apply(self) -> None:
        self.write(_edit, self.new)

    def revert(self) -> None:
        self.write(_edit, self.old)
