"""The tactic library as a table, for the library page and the tactic picker.

In the picker the code column carries a check box: the tactics ticked are
kept by code, in the order ticked, so they survive a change of filter. It
also says, in words, which tactics are in the plan already (`in_plan`).
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QModelIndex, Qt, Signal

from ocgboard.gui.plans.models import STRAND_ORDER
from ocgboard.gui.table import Column, RowsModel

CHECK = Qt.ItemDataRole.CheckStateRole


class TacticsModel(RowsModel):
    chosen_changed = Signal()

    class Columns(enum.IntEnum):
        CODE = 0
        STRAND = 1
        AREA = 2
        OWNER = 3
        SPECIFIC = 4

    C = Columns
    COLUMNS = {
        C.CODE: Column("Code", lambda r: r.code),
        C.STRAND: Column("Strand", lambda r: r.strand, sort=lambda r: STRAND_ORDER[r.strand]),
        C.AREA: Column("Lifestyle area", lambda r: r.lifestyle_area.capitalize()),
        C.OWNER: Column("Default owner", lambda r: r.default_owner,
                        tooltip=lambda r: f"{r.default_owner}: {r.owner_role}"
                        if r.owner_role else r.default_owner),
        C.SPECIFIC: Column("Tactic", lambda r: r.specific, tooltip=lambda r: r.specific),
    }

    def __init__(self, parent=None, *, checkable: bool = False):
        super().__init__(parent)
        self.checkable = checkable
        self.chosen: list[str] = []
        self.in_plan: dict[str, str] = {}  # code -> the action it is, as papers cite it

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        found = super().flags(index)
        if self.checkable and index.column() == self.C.CODE:
            found |= Qt.ItemFlag.ItemIsUserCheckable
        return found

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role == CHECK and self.checkable and index.column() == self.C.CODE:
            chosen = self.rows[index.row()].code in self.chosen
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        code = self.rows[index.row()].code if index.isValid() else None
        if code in self.in_plan and index.column() == self.C.CODE:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{code} · in plan"
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"Already in this plan as {self.in_plan[code]}"
        return super().data(index, role)

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != CHECK or not self.checkable or not index.isValid():
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_chosen(self.rows[index.row()].code, checked)
        return True

    def toggle(self, row: int) -> None:
        code = self.rows[row].code
        self.set_chosen(code, code not in self.chosen)

    def set_chosen(self, code: str, chosen: bool) -> None:
        if chosen == (code in self.chosen):
            return
        if chosen:
            self.chosen.append(code)
        else:
            self.chosen.remove(code)
        number = self.find(code)
        if number >= 0:
            cell = self.index(number, self.C.CODE)
            self.dataChanged.emit(cell, cell, [CHECK])
        self.chosen_changed.emit()
