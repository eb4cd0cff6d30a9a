"""A table model over plain rows, described by its columns.

Each entity list subclasses RowsModel with a `Columns` enum and a COLUMNS
table saying, per column, its header and how to read a row. Rows are plain
data (dataclasses or dicts) fetched by core services; the model never sees
a session. KEY_ROLE gives a row's key (a reference or an id) and ROW_ROLE
the row itself, so views and proxies never depend on column positions.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ocgboard.core import dates
from ocgboard.printable import escaped

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
NO_PARENT = QModelIndex()


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[object], object]
    tooltip: Callable[[object], str | None] | None = None
    decoration: Callable[[object], object] | None = None
    sort: Callable[[object], object] | None = None
    align: Qt.AlignmentFlag | None = None


class RowsModel(QAbstractTableModel):
    class Columns(enum.IntEnum):
        """Subclasses list their columns here, in display order."""

    COLUMNS: dict = {}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def key(self, row) -> object:
        return getattr(row, "key", None) or getattr(row, "id", None)

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, index: QModelIndex | int):
        number = index if isinstance(index, int) else index.row()
        return self.rows[number] if 0 <= number < len(self.rows) else None

    def find(self, key) -> int:
        return next((i for i, row in enumerate(self.rows) if self.key(row) == key), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.Columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[self.Columns(section)].header
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[self.Columns(index.column())]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.text(row)
            if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
                return dates.day(value)  # one way of showing a date, as the packs do
            return "" if value is None else escaped(str(value))  # a partner's text, shown
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            tip = column.tooltip(row)
            return escaped(tip) if isinstance(tip, str) else tip
        if role == Qt.ItemDataRole.DecorationRole and column.decoration:
            return column.decoration(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            value = (column.sort or column.text)(row)
            if isinstance(value, dt.date):  # the sort proxy cannot compare Python dates
                return value.isoformat()
            return "" if value is None else value
        if role == KEY_ROLE:
            return self.key(row)
        if role == ROW_ROLE:
            return row
        return None
