"""Undoable edits of the newest control strategy: its must-win battles, its threat
areas' models, groups and themes, its local priorities, and its own words.

Adding a battle or priority is undone by its tombstone, withdrawing it by lifting
the tombstone, rewording or any other change by the old values: each a new
edit, so the change log keeps what happened. Once a newer strategy is adopted
they are refused, as every edit of a superseded strategy is.
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


class EditArea(EditCommand):
    def __init__(self, context, area_id: str, name: str, words: control_rows.AreaWords):
        super().__init__(context, f"Edit the threat area {name}")
        self.row_id, self.words = area_id, words
        self.done: control_rows.Changed[control_rows.AreaWords] | None = None

    def first(self) -> None:
        self.done = self.write(control_rows.edit_area, self.row_id, self.words)

    def forward(self) -> None:
        self.write(control_rows.edit_area, self.row_id, self.words)

    def backward(self) -> None:
        assert self.done is not None  # made before it was pushed
        self.write(control_rows.edit_area, self.row_id, self.done.before)


class AddPriority(EditCommand):
    def __init__(self, context, text: str):
        super().__init__(context, "Add a local priority")
        self.text = text
        self.row_id: str | None = None

    def first(self) -> None:
        self.row_id = self.write(control_rows.add_priority, self.text)

    def forward(self) -> None:
        self.write(control_rows.set_priority_deleted, self.row_id, False)

    def backward(self) -> None:
        self.write(control_rows.set_priority_deleted, self.row_id, True)


class RewordPriority(EditCommand):
    def __init__(self, context, priority_id: str, text: str):
        super().__init__(context, "Reword a local priority")
        self.row_id, self.text = priority_id, text
        self.done: control_rows.Changed[str] | None = None

    def first(self) -> None:
        self.done = self.write(control_rows.reword_priority, self.row_id, self.text)

    def forward(self) -> None:
        self.write(control_rows.reword_priority, self.row_id, self.text)

    def backward(self) -> None:
        assert self.done is not None  # made before it was pushed
        self.write(control_rows.reword_priority, self.row_id, self.done.before)


class WithdrawPriority(EditCommand):
    def __init__(self, context, priority_id: str, number: int):
        super().__init__(context, f"Withdraw local priority {number}")
        self.row_id = priority_id

    def forward(self) -> None:
        self.write(control_rows.withdraw_priority, self.row_id)

    def backward(self) -> None:
        self.write(control_rows.set_priority_deleted, self.row_id, False)


class EditStrategy(EditCommand):
    def __init__(self, context, words: control_rows.StrategyWords):
        super().__init__(context, "Edit the control strategy")
        self.words = words
        self.done: control_rows.Changed[control_rows.StrategyWords] | None = None

    def first(self) -> None:
        self.done = self.write(control_rows.edit_strategy, self.words)

    def forward(self) -> None:
        assert self.done is not None  # made before it was pushed
        self.write(control_rows.edit_strategy, self.words, self.done.row_id)

    def backward(self) -> None:
        assert self.done is not None
        self.write(control_rows.edit_strategy, self.done.before, self.done.row_id)
