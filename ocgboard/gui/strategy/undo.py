"""Undoable edits of the strategic action plan.

Adding an item is undone by a tombstone; recording progress is undone by
withdrawing that dated update and putting the item's status back. Both are
new edits, so the change log keeps what happened.
"""

from __future__ import annotations

from ocgboard.core.rows import strategy as strategy_rows
from ocgboard.gui.undo import EditCommand


class AddItem(EditCommand):
    def __init__(self, context, fields: dict):
        super().__init__(context, "Add a strategy item")
        self.fields = fields
        self.row_id: str | None = None

    def first(self) -> None:
        self.row_id = self.write(strategy_rows.add_item, **self.fields)

    def forward(self) -> None:
        self.write(strategy_rows.set_item_deleted, self.row_id, False)

    def backward(self) -> None:
        self.write(strategy_rows.set_item_deleted, self.row_id, True)


class RecordProgress(EditCommand):
    def __init__(self, context, number: int, status: str | None, comment: str, on):
        super().__init__(context, f"Record progress on strategy item {number}")
        self.number, self.status, self.comment, self.on = number, status, comment, on
        self.done: strategy_rows.Progress | None = None

    def first(self) -> None:
        self.done = self.write(strategy_rows.record_progress, self.number, status=self.status,
                               comment=self.comment, on=self.on)

    def forward(self) -> None:
        self.write(strategy_rows.restore_progress, self.done)

    def backward(self) -> None:
        self.write(strategy_rows.withdraw_progress, self.done)
