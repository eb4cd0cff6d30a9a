"""Undo for 4P plans: adding actions, editing them, changing their status.

The editor writes first, so a refusal is shown while the dialog is still
open, and only then pushes the command. Undo is a new edit restoring the old
value: added actions are tombstoned, a status change's update is withdrawn.
Each write reports the actions it touched (store.changes), so the chase
list reads those rows again, not 120,000.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ocgboard.core.rows import plans as plan_rows
from ocgboard.gui.undo import EditCommand


class PlanCommand(EditCommand):
    def __init__(self, context, text: str, action_ids: Iterable[str]):
        super().__init__(context, text)
        self.action_ids = tuple(action_ids)

    def refused(self, verb: str, message: str) -> None:
        # After an import the row may have moved on; say so rather than crash.
        self.context.status(f"Could not {self.text()[0].lower()}{self.text()[1:]}: "
                            f"{message}", 8000)

    def _write(self, fn: Callable, *args, **kwargs):
        return self.context.backend.write(fn, *args, **kwargs)


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
