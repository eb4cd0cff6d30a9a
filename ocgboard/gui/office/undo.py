"""Undo for an Office import: one step, whatever the paper made.

The import is made before the command is pushed (on the runner, in one unit of
work). Undo tombstones, in one unit of work too, the actions it added with
their updates, the strategic items and the threats it created; redo lifts
exactly those tombstones. A returned tasking sheet's updates are withdrawn and
each action given back the status it had, as a status change is undone.
"""

from __future__ import annotations

from ocgboard.core.rows import common
from ocgboard.core.rows import plans as plan_rows
from ocgboard.core.rows import strategy as strategy_rows
from ocgboard.gui.office.tasks import Applied
from ocgboard.gui.undo import EditCommand


class ImportPaper(EditCommand):
    """Pushed once the import is made (push's first redo is then a no-op)."""

    def __init__(self, context, applied: Applied, text: str):
        super().__init__(context, text)
        self.applied = applied
        self.update_ids: list[str] = []

    def backward(self) -> None:
        self.update_ids = self.write(_remove, self.applied)

    def forward(self) -> None:
        self.write(_restore, self.applied, self.update_ids)


def _remove(session, applied: Applied) -> list[str]:
    updates = plan_rows.remove_actions(session, applied.action_ids)
    for item in applied.item_ids:
        strategy_rows.set_item_deleted(session, item, True)
    for threat in applied.threat_ids:
        common.set_deleted(session, "threat", threat, True)
    return updates


def _restore(session, applied: Applied, update_ids: list[str]) -> None:
    for threat in applied.threat_ids:
        common.set_deleted(session, "threat", threat, False)
    for item in applied.item_ids:
        strategy_rows.set_item_deleted(session, item, False)
    plan_rows.restore_actions(session, applied.action_ids, update_ids)


class TakeReturn(EditCommand):
    def __init__(self, context, applied: Applied, text: str):
        super().__init__(context, text)
        self.applied = applied

    def backward(self) -> None:
        self.write(_withdraw, self.applied.updates)

    def forward(self) -> None:
        self.write(_reinstate, self.applied.updates)


def _withdraw(session, updates: list[tuple[str, str]]) -> None:
    for update_id, before in reversed(updates):
        plan_rows.withdraw_update(session, update_id, before)


def _reinstate(session, updates: list[tuple[str, str]]) -> None:
    for update_id, _before in updates:
        plan_rows.restore_update(session, update_id)
