"""The threat register as a table: every threat loaded once, filtered and sorted in memory.

Five thousand rows must answer a keystroke at once, so the model holds all of
them sorted, and a filter is a list comprehension over that list (kept in
order, so filtering never re-sorts). Sorting is done here in Python with one
key per row rather than through a QSortFilterProxyModel, whose comparisons
would each call back into Python data() — tens of thousands of calls per sort.
Cells are worked out once per load, so data() only looks them up.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt

from ocgboard.core import rag, vocab
from ocgboard.core.register_rows import RegisterRow, review_words
from ocgboard.gui.models.table import KEY_ROLE, ROW_ROLE, SORT_ROLE, Column, RowsModel
from ocgboard.gui.widgets import rag_icon

DISPLAY = Qt.ItemDataRole.DisplayRole
DECORATION = Qt.ItemDataRole.DecorationRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
BAND_ORDER = {band: n for n, band in enumerate(vocab.values("bands"))}
LAST = dt.date.max


def _review_text(row: RegisterRow, today: dt.date) -> str:
    if row.next_review_on is None:
        return ""
    words = review_words(row.next_review_on, row.status, today)
    day = row.next_review_on.isoformat()
    return f"{words} ({day})" if words else day  # the words first: never elided away


def _review_rating(row: RegisterRow, today: dt.date) -> str | None:
    """Red when overdue, amber when due within the RAG amber window; None otherwise."""
    if row.next_review_on is None or not review_words(row.next_review_on, row.status, today):
        return None
    if row.next_review_on < today:
        return "red"
    return "amber" if row.next_review_on - today <= rag.AMBER_WINDOW else None


class ThreatsModel(RowsModel):
    class Columns(enum.IntEnum):
        REFERENCE = 0
        NAME = 1
        KIND = 2
        STATUS = 3
        BAND = 4
        NEXT_REVIEW = 5  # early, so an overdue review shows without scrolling
        AREA = 6
        LRO = 7
        THREAT_AREAS = 8

    C = Columns
    COLUMNS = {
        C.REFERENCE: Column("Reference", lambda r: r.reference),
        C.NAME: Column("Name", lambda r: r.name, sort=lambda r: r.name.casefold()),
        C.KIND: Column("Kind", lambda r: r.kind),
        C.STATUS: Column("Status", lambda r: r.status),
        C.BAND: Column("Band", lambda r: r.band, sort=lambda r: BAND_ORDER.get(r.band, 99)),
        C.NEXT_REVIEW: Column("Next review", lambda r: r.next_review_on,
                              sort=lambda r: r.next_review_on or LAST),
        C.AREA: Column("Area", lambda r: r.area or "", sort=lambda r: (r.area or "").casefold()),
        C.LRO: Column("LRO", lambda r: r.lro or "", sort=lambda r: (r.lro or "").casefold()),
        C.THREAT_AREAS: Column("Threat areas", lambda r: ", ".join(r.threat_areas)),
    }

    def __init__(self, today: dt.date, parent=None):
        super().__init__(parent)
        self.all: list[RegisterRow] = []
        self.cells: dict[str, tuple] = {}
        self.ratings: dict[str, str] = {}
        self.keep: Callable[[RegisterRow], bool] = lambda row: True
        self.sort_column, self.sort_order = 0, Qt.SortOrder.AscendingOrder
        self.today = today

    def key(self, row: RegisterRow) -> str:
        return row.reference

    def load(self, rows: list[RegisterRow], today: dt.date) -> None:
        """All of the register; cells and review colours are worked out here, once."""
        texts = [self.COLUMNS[column].text for column in self.Columns]
        last = self.Columns.NEXT_REVIEW
        self.cells = {row.id: tuple(_review_text(row, today) if n == last else
                                    ("" if (value := text(row)) is None else str(value))
                                    for n, text in enumerate(texts))
                      for row in rows}
        self.today = today
        self.ratings = {row.id: rating for row in rows
                        if (rating := _review_rating(row, today)) is not None}
        self.all = self._sorted(rows)
        self.apply()

    def apply(self, keep: Callable[[RegisterRow], bool] | None = None) -> None:
        if keep is not None:
            self.keep = keep
        self.set_rows([row for row in self.all if self.keep(row)])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()  # the selection follows its threats
        ids = [self.rows[index.row()].id for index in kept]
        self.all = self._sorted(self.all)
        self.rows = [row for row in self.all if self.keep(row)]
        position = {row.id: n for n, row in enumerate(self.rows)}
        self.changePersistentIndexList(kept, [self.index(position[tid], index.column())
                                              for tid, index in zip(ids, kept, strict=True)])
        self.layoutChanged.emit()

    def _sorted(self, rows: list[RegisterRow]) -> list[RegisterRow]:
        column = self.COLUMNS[self.Columns(self.sort_column)]
        by = column.sort or column.text
        ordered = sorted(rows, key=lambda r: (by(r), r.reference))
        return ordered[::-1] if self.sort_order == Qt.SortOrder.DescendingOrder else ordered

    def row_of(self, tid: str) -> int:
        return next((n for n, row in enumerate(self.rows) if row.id == tid), -1)

    def data(self, index: QModelIndex, role=DISPLAY):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == DISPLAY:
            return self.cells[row.id][column]
        if column == self.Columns.NEXT_REVIEW and row.id in self.ratings:
            if role == DECORATION:
                return rag_icon(self.ratings[row.id])
            if role == TOOLTIP:
                return review_words(row.next_review_on, row.status, self.today)
        if role == KEY_ROLE:
            return row.reference
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            spec = self.COLUMNS[self.Columns(column)]
            return (spec.sort or spec.text)(row)
        return None
