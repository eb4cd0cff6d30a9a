"""A meeting's agenda (reordered by dragging), and the threats a new meeting reviews."""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import QMimeData, QModelIndex, Qt, QTimer, Signal

from ocgboard.gui.meetings.models import day, iso_key
from ocgboard.gui.table import NO_PARENT, Column, RowsModel

RIGHT = Qt.AlignmentFlag.AlignRight
ITEM_MIME = "application/x-ocgboard-agenda-item"


class AgendaModel(RowsModel):
    """Dropping a row asks for a move (`move_requested`); the page makes it an undoable
    edit and reloads, so the model never reorders itself behind the store's back."""

    move_requested = Signal(str, int)  # item id, new position (1-based)

    class Columns(enum.IntEnum):
        NUMBER = 0
        ITEM = 1
        PURPOSE = 2
        PRESENTER = 3
        MINUTES = 4
        DECISION = 5

    COLUMNS = {
        Columns.NUMBER: Column("No.", lambda r: r.position, sort=lambda r: r.position,
                               align=RIGHT),
        Columns.ITEM: Column("Item", lambda r: r.title, tooltip=lambda r: r.title),
        Columns.PURPOSE: Column("Purpose", lambda r: r.purpose.capitalize()),
        Columns.PRESENTER: Column("Presenter", lambda r: r.presenter),
        Columns.MINUTES: Column("Mins", lambda r: r.minutes, sort=lambda r: r.minutes,
                                align=RIGHT),
        Columns.DECISION: Column("Decision", lambda r: r.decision, tooltip=lambda r: r.decision),
    }

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(ITEM_MIME, self.rows[rows[0]].id.encode())
        return data

    def dropMimeData(self, data: QMimeData, action, row: int, column: int,
                     parent: QModelIndex = NO_PARENT) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ITEM_MIME):
            return False
        item_id = bytes(data.data(ITEM_MIME)).decode()
        moving = self.find(item_id)
        if moving < 0:
            return False
        before = row if row >= 0 else (parent.row() if parent.isValid() else len(self.rows))
        to = self.drop_position(moving, before)
        if to != moving + 1:
            # After the drop event has finished: the move reloads this model.
            QTimer.singleShot(0, lambda: self.move_requested.emit(item_id, to))
        # False: the view must not remove the dragged row itself.
        return False

    def drop_position(self, moving: int, before: int) -> int:
        """The 1-based position of row `moving` dropped in front of row `before`."""
        before = max(0, min(before, len(self.rows)))
        return before if before > moving else before + 1


class ThreatPickModel(RowsModel):
    """Threats to review at a meeting: the ones due by its date ticked and listed first."""

    class Columns(enum.IntEnum):
        REFERENCE = 0
        NAME = 1
        KIND = 2
        REVIEW = 3

    COLUMNS = {
        Columns.REFERENCE: Column("Reference", lambda r: r.reference),
        Columns.NAME: Column("Name", lambda r: r.name, tooltip=lambda r: r.name),
        Columns.KIND: Column("Kind", lambda r: r.kind),
        Columns.REVIEW: Column("Review due", lambda r: day(r.next_review_on),
                               sort=lambda r: iso_key(r.next_review_on)),
    }

    def __init__(self, today: dt.date, parent=None):
        super().__init__(parent)
        self.ticked: set[str] = set()
        self.on: dt.date | None = None
        self.today = today

    def key(self, row) -> object:
        return row.reference

    def is_due(self, row) -> bool:
        return bool(self.on and row.next_review_on and row.next_review_on <= self.on)

    def set_date(self, on: dt.date) -> None:
        """Tick what falls due by the meeting; keep what the user ticked by hand."""
        was_due = {r.reference for r in self.rows if self.is_due(r)}
        self.on = on
        now_due = {r.reference for r in self.rows if self.is_due(r)}
        self.ticked = (self.ticked - was_due) | now_due
        self.set_rows(sorted(self.rows, key=lambda r: (not self.is_due(r), r.reference)))

    def chosen(self) -> list[str]:
        return [r.reference for r in self.rows if r.reference in self.ticked]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.Columns.REFERENCE:
            ticked = row.reference in self.ticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if (role == Qt.ItemDataRole.DisplayRole and index.column() == self.Columns.REVIEW
                and self.is_due(row)):
            late = "overdue" if row.next_review_on < self.today else "due"
            return f"{day(row.next_review_on)} ({late})"
        return super().data(index, role)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.Columns.REFERENCE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        reference = self.rows[index.row()].reference
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.ticked.add(reference)
        else:
            self.ticked.discard(reference)
        self.dataChanged.emit(index, index, [role])
        return True
