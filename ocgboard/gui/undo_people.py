"""Undoable edits of agencies and their people.

A command is applied once before it is pushed, so refused input never
reaches the undo stack and its message is shown where it was typed. Undo
and redo are then new edits through core services: adding is undone by a
tombstone and redone by lifting it, so the record keeps its id and history.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from ocgboard.core import people_rows
from ocgboard.errors import BoardError
from ocgboard.gui.widgets import refused


class Command(QUndoCommand):
    """Subclasses keep the record's key in `row_id`: `id` is QUndoCommand's own method."""

    def __init__(self, context, text: str):
        super().__init__(text)
        self.context = context
        self._pushed = False

    def first(self) -> None:
        """The edit itself, made before the command is pushed."""
        self.forward()

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if not self._pushed:  # push() calls redo: the edit is already made
            self._pushed = True
            return
        self._run(self.forward, "Redo")

    def undo(self) -> None:
        self._run(self.backward, "Undo")

    def _run(self, step, verb: str) -> None:
        try:
            step()
        except BoardError as exc:  # an import got there first, say
            refused(self.context.window, f"{verb} not possible", exc.message)

    def write(self, fn, *args, **kwargs):
        return self.context.backend.write(fn, *args, **kwargs)


def push(context, command: Command) -> str | None:
    """Make the edit and put it on the undo stack; the refusal's one line, if refused."""
    try:
        command.first()
    except BoardError as exc:
        return exc.message
    context.undo.push(command)
    return None


class AddAgency(Command):
    def __init__(self, context, name: str, short_name: str):
        super().__init__(context, f"Add agency {name}")
        self.name, self.short_name = name, short_name
        self.row_id: str | None = None

    def first(self) -> None:
        self.row_id = self.write(people_rows.add_agency, self.name, self.short_name)

    def forward(self) -> None:
        self.write(people_rows.set_deleted, "agency", self.row_id, False)

    def backward(self) -> None:
        self.write(people_rows.set_deleted, "agency", self.row_id, True)


class AddPerson(Command):
    def __init__(self, context, fields: dict):
        super().__init__(context, f"Add {fields.get('name', 'a person')}")
        self.fields = fields
        self.row_id: str | None = None

    def first(self) -> None:
        self.row_id = self.write(people_rows.add_person, **self.fields)

    def forward(self) -> None:
        self.write(people_rows.set_deleted, "person", self.row_id, False)

    def backward(self) -> None:
        self.write(people_rows.set_deleted, "person", self.row_id, True)


class EditPerson(Command):
    def __init__(self, context, person_id: str, old: dict, new: dict):
        changed = {k: v for k, v in new.items() if (old.get(k) or None) != (v or None)}
        super().__init__(context, f"Edit {old.get('name') or 'person'}")
        self.row_id = person_id
        self.old = {k: old.get(k) for k in changed}
        self.new = changed

    def forward(self) -> None:
        self.write(people_rows.edit_person, self.row_id, **self.new)

    def backward(self) -> None:
        self.write(people_rows.edit_person, self.row_id, **self.old)
