"""Table models of 4P plans: actions across threats (the chase list), and an action's trail.

- Actions as a table: the chase list across threats (one threat's 4P plan is plan_model).
- An action's progress trail: dated updates, oldest first, each with its author.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt

from ocgboard.core import collation, dates, sharing, vocab
from ocgboard.core.rows import chase as chase_rows
from ocgboard.gui.table import Column, RowsModel
from ocgboard.gui.widgets import rag_icon

DISPLAY = Qt.ItemDataRole.DisplayRole
SHORT = 90
STRAND_ORDER = {strand: n for n, strand in enumerate(vocab.values("strands"))}
STATUS_ORDER = {status: n for n, status in enumerate(vocab.values("action_statuses"))}
RAG_ORDER = {"red": 0, "amber": 1, "green": 2, "complete": 3, "closed": 4}
LAST = dt.date.max


def day(value: dt.date | None) -> str:
    return dates.day(value)


def short(text: str) -> str:
    return text if len(text) <= SHORT else text[:SHORT - 1].rstrip() + "…"


def rag_column() -> Column:
    """Swatch and words together: colour is never the only signal."""
    return Column("RAG", lambda r: r.rating.label, tooltip=lambda r: r.rating.label,
                  decoration=lambda r: rag_icon(r.rating.rag),
                  sort=lambda r: (RAG_ORDER.get(r.rating.rag, 9), -r.rating.overdue_days,
                                  r.due_on or LAST))


class ActionsModel(RowsModel):
    class Columns(enum.IntEnum):
        THREAT = 0
        NAME = 1
        STRAND = 2
        SPECIFIC = 3
        OWNER = 4
        OFFICER = 5
        STATUS = 6
        DUE = 7
        RAG = 8

    C = Columns
    COLUMNS = {
        # As papers cite an action: its threat and its number in that threat's plan.
        C.THREAT: Column("Threat · no.", lambda r: r.label,
                         sort=lambda r: (r.threat_ref, r.number or 0)),
        # No name on an agency's laptop: the board withholds that threat from it.
        C.NAME: Column("Threat name", lambda r: r.threat_name or "(not shared)",
                       sort=lambda r: collation.key(r.threat_name)),
        C.STRAND: Column("Strand", lambda r: r.strand, sort=lambda r: STRAND_ORDER[r.strand]),
        C.SPECIFIC: Column("Specific", lambda r: short(r.specific), tooltip=lambda r: r.specific,
                           sort=lambda r: r.specific.casefold()),
        C.OWNER: Column("Owner", lambda r: r.owner, sort=lambda r: collation.key(r.owner)),
        C.OFFICER: Column("Officer", lambda r: r.officer,
                          sort=lambda r: (r.officer is None, collation.key(r.officer))),
        C.STATUS: Column("Status", lambda r: r.status, sort=lambda r: STATUS_ORDER[r.status]),
        C.DUE: Column("Due", lambda r: day(r.due_on), sort=lambda r: r.due_on or LAST),
        C.RAG: rag_column(),
    }

    def __init__(self, parent=None):
        super().__init__(parent)
        self.all: list[chase_rows.ActionRow] = []
        self.filter = chase_rows.ActionFilter()
        self.sort_column, self.sort_order = int(self.C.DUE), Qt.SortOrder.AscendingOrder

    def key(self, row: chase_rows.ActionRow) -> str:
        return row.id

    def find(self, key: str) -> int:
        return next((n for n, row in enumerate(self.rows) if row.id == key), -1)

    def load(self, rows: list[chase_rows.ActionRow]) -> None:
        self.all = self._sorted(rows)
        self.set_rows(self.filter.apply(self.all))

    def set_filter(self, wanted: chase_rows.ActionFilter) -> None:
        self.filter = wanted
        self.set_rows(wanted.apply(self.all))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()  # the selection follows its actions
        ids = [self.rows[index.row()].id for index in kept]
        self.all = self._sorted(self.all)
        self.rows = self.filter.apply(self.all)
        position = {row.id: n for n, row in enumerate(self.rows)}
        self.changePersistentIndexList(kept, [
            self.index(position[key], index.column()) if key in position else QModelIndex()
            for key, index in zip(ids, kept, strict=True)])
        self.layoutChanged.emit()

    def _sorted(self, rows: list) -> list:
        column = self.COLUMNS[self.Columns(self.sort_column)]
        by = column.sort or column.text
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=by, reverse=descending)

    def replace(self, fresh: Iterable[chase_rows.ActionRow], asked: Iterable[str]) -> None:
        """Put re-read rows in place; ids asked for but not returned are gone (deleted).

        A row whose status moved out of the filter stays in view until the
        filter changes, so the chair sees what they just did.
        """
        fresh = {row.id: row for row in fresh}
        gone = set(asked) - set(fresh)
        known = {row.id for row in self.all}
        if gone or set(fresh) - known:
            self.all = self._sorted([fresh.get(r.id, r) for r in self.all if r.id not in gone]
                                    + [r for key, r in fresh.items() if key not in known])
            self.set_rows(self.filter.apply(self.all))
            return
        self.all = [fresh.get(row.id, row) for row in self.all]
        for number, row in enumerate(self.rows):
            if row.id in fresh:
                self.rows[number] = fresh[row.id]
                self.dataChanged.emit(self.index(number, 0),
                                      self.index(number, len(self.Columns) - 1))


class UpdatesModel(RowsModel):
    class Columns(enum.IntEnum):
        DATE = 0
        STATUS = 1
        COMMENT = 2
        BOARD_ONLY = 3
        AUTHOR = 4

    C = Columns
    # Whether a note is the board's alone has a column of its own: on a threat not
    # shared with partners nearly every note is, and a mark before each comment
    # would bury what the comments say.
    COLUMNS = {
        C.DATE: Column("Date", lambda r: day(r.dated_on), sort=lambda r: r.dated_on),
        C.STATUS: Column("Status", lambda r: r.status),
        C.COMMENT: Column("Comment", lambda r: r.comment or "",
                          tooltip=lambda r: sharing.marked(r.comment, r.board_only)),
        C.BOARD_ONLY: Column("Board only", lambda r: "Yes" if r.board_only else "",
                             tooltip=lambda r: "No partner's copy holds this note"
                             if r.board_only else "Partners who see this action see it"),
        C.AUTHOR: Column("By", lambda r: r.author),
    }
