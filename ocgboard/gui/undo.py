"""The undoable edit every editor pushes: made once, then undone and redone.

The edit is made before the command is pushed, so refused input never reaches
the undo stack and its message is shown where it was typed; QUndoStack's push
calls redo(), which is then a no-op. Undo and redo are new edits through the
core services, so the change log records each of them.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from ocgboard.errors import BoardError
from ocgboard.gui.widgets import refused


class EditCommand(QUndoCommand):
    """Subclasses give forward() (redo) and backward() (undo); first() is the edit
    itself and defaults to forward(). Keep a record's key in `row_id`: `id` is
    QUndoCommand's own method."""

    def __init__(self, context, text: str):
        super().__init__(text)
        self.context = context
        self._pushed = False

    def first(self) -> None:
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
        # Qt calls these from C++: a refusal (an import got there first, say)
        # must become a message, not a traceback.
        try:
            step()
        except BoardError as exc:
            self.refused(verb, exc.message)

    def refused(self, verb: str, message: str) -> None:
        refused(self.context.window, f"{verb} not possible", message)

    def write(self, fn, *args, **kwargs):
        return self.context.backend.write(fn, *args, **kwargs)


def push(context, command: EditCommand) -> str | None:
    """Make the edit and put it on the undo stack; the refusal's one line, if refused."""
    try:
        command.first()
    except BoardError as exc:
        return exc.message
    context.undo.push(command)
    return None
