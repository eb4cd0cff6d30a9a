"""Undoable edits of the newest control strategy's must-win battles.

Adding a battle is undone by its tombstone, withdrawing it by lifting the
tombstone, rewording by the old words: each a new edit, so the change log keeps
what happened. Once a newer strategy is adopted they are refused, as every edit
of a superseded strategy is.
"""

from __future__ import annotations

from ocgboard.core.rows import control as control_rows
from ocgboard.gui.undo import EditCommand


class AddBattle(EditCommand):
    def __init__(self, context, area_id: str, text: str):
        super().__init__(context, "Add a must-win battle")
        self.area_id, self.text = area_id, text
        self.row_id: str | None = None

    def first(self) -> None:
        self.row_id = self.write(control_rows.add_battle, self.area_id, self.text)

    def forward(self) -> None:
        self.write(control_rows.set_battle_deleted, self.row_id, False)

    def backward(self) -> None:
        self.write(control_rows.set_battle_deleted, self.row_id, True)


class RewordBattle(EditCommand):
    def __init__(self, context, battle_id: str, text: str):
        super().__init__(context, "Reword a must-win battle")
        self.row_id, self.text = battle_id, text
        self.done: control_rows.Reworded | None = None

    def first(self) -> None:
        self.done = self.write(control_rows.reword_battle, self.row_id, self.text)

    def forward(self) -> None:
        self.write(control_rows.reword_battle, self.row_id, self.text)

    def backward(self) -> None:
        assert self.done is not None  # made before it was pushed
        self.write(control_rows.reword_battle, self.row_id, self.done.before)


class WithdrawBattle(EditCommand):
    def __init__(self, context, battle_id: str, number: str):
        super().__init__(context, f"Withdraw must-win battle {number}")
        self.row_id = battle_id

    def forward(self) -> None:
        self.write(control_rows.withdraw_battle, self.row_id)

    def backward(self) -> None:
        self.write(control_rows.set_battle_deleted, self.row_id, False)
