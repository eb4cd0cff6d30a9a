"""Undo for 4P plans: adding actions, editing them, changing their status.

The editor writes first, so a refusal is shown while the dialog is still
open, and only then pushes the command. Undo is a new edit restoring the old
value: added actions are tombstoned, a status change's update is withdrawn.

`write` also says which actions a write touches, so the chase list can
reload those rows instead of 120,000 (see `touched`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ocgboard.core.rows import plans as plan_rows
from ocgboard.gui.undo import EditCommand

_touching: tuple[str, ...] = ()


def write(context, action_ids, fn: Callable, *args, **kwargs):
    """context.backend.write, telling listeners which actions it touched.

    `action_ids` lists them, or is a function of the write's result giving
    them (the ids of actions just made).
    """
    result = context.backend.write(fn, *args, notify=False, **kwargs)
    announce(context, action_ids(result) if callable(action_ids) else action_ids)
    return result


def announce(context, action_ids: Iterable[str]) -> None:
    """Emit backend.changed while `touched()` names the actions changed."""
    global _touching
    _touching = tuple(action_ids)
    try:
        context.backend.changed.emit()
    finally:
        _touching = ()


def touched() -> tuple[str, ...]:
    """The actions the write now under way touches; () when it is someone else's write."""
    return _touching


class PlanCommand(EditCommand):
    def __init__(self, context, text: str, action_ids: Iterable[str]):
        super().__init__(context, text)
        self.action_ids = tuple(action_ids)

    def refused(self, verb: str, message: str) -> None:
        # After an import the row may have moved on; say so rather than crash.
        self.context.status(f"Could not {self.text()[0].lower()}{self.text()[1:]}: "
                            f"{message}", 8000)

    def _write(self, fn: Callable, *args, **kwargs):
        return write(self.context, self.action_ids, fn, *args, **kwargs)


class AddActions(PlanCommand):
    """Actions just added to a plan (from the library or as free text)."""

    def __init__(self, context, action_ids: Iterable[str], text: str):
        super().__init__(context, text, action_ids)
        self.update_ids: list[str] = []

    def backward(self) -> None:
        self.update_ids = self._write(plan_rows.remove_actions, self.action_ids)

    def forward(self) -> None:
        self._write(plan_rows.restore_actions, self.action_ids, self.update_ids)


class EditAction(PlanCommand):
    """Changed fields of one action, as plan_rows.edit takes them ("" clears)."""

    def __init__(self, context, action_id: str, old: dict, new: dict, text: str = "Edit action"):
        super().__init__(context, text, [action_id])
        self.old, self.new = old, new

    def forward(self) -> None:
        self._write(plan_rows.edit, self.action_ids[0], **self.new)

    def backward(self) -> None:
        self._write(plan_rows.edit, self.action_ids[0], **self.old)


class ChangeStatus(PlanCommand):
    """A dated update: undo withdraws it and puts the old status back."""

    def __init__(self, context, action_id: str, update_id: str, before: str, text: str):
        super().__init__(context, text, [action_id])
        self.update_id, self.before = update_id, before

    def forward(self) -> None:
        self._write(plan_rows.restore_update, self.update_id)

    def backward(self) -> None:
        self._write(plan_rows.withdraw_update, self.update_id, self.before)
