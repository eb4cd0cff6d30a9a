"""Table models of the threat register and the threat editor.

- The threat register as a table: every threat loaded once, filtered and sorted in memory.
- A threat's members: name, aliases, date of birth, standing, roles, sharing.
- A threat's disruption log: when, who, which strand, how much, and why.
- The board's disruption log, across threats.
- A threat's history from the change log: when, who, which record, what changed.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt

from ocgboard.core import collation, dates, rag, sharing, vocab
from ocgboard.core.rows.register import RegisterRow, review_words
from ocgboard.gui.table import KEY_ROLE, ROW_ROLE, SORT_ROLE, Column, RowsModel
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
    day = dates.day(row.next_review_on)
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
        C.NAME: Column("Name", lambda r: r.name, sort=lambda r: collation.key(r.name)),
        C.KIND: Column("Kind", lambda r: r.kind),
        C.STATUS: Column("Status", lambda r: r.status),
        C.BAND: Column("Band", lambda r: r.band, sort=lambda r: BAND_ORDER.get(r.band, 99)),
        C.NEXT_REVIEW: Column("Next review", lambda r: r.next_review_on,
                              sort=lambda r: r.next_review_on or LAST),
        C.AREA: Column("Area", lambda r: r.area or "", sort=lambda r: collation.key(r.area)),
        C.LRO: Column("LRO", lambda r: r.lro or "", sort=lambda r: collation.key(r.lro)),
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


STANDING_ORDER = {"Principal Subject": 0, "Significant Group Member": 1, "Peripheral Subject": 2}


class MembersModel(RowsModel):
    class Columns(enum.IntEnum):
        NAME = 0
        ALIASES = 1
        BORN = 2
        STANDING = 3
        ROLES = 4
        SHAREABLE = 5

    C = Columns
    COLUMNS = {
        C.NAME: Column("Name", lambda m: m.name, sort=lambda m: collation.key(m.name)),
        C.ALIASES: Column("Aliases", lambda m: ", ".join(m.aliases)),
        C.BORN: Column("Date of birth", lambda m: dates.day(dates.parse(m.date_of_birth)),
                       sort=lambda m: m.date_of_birth),
        C.STANDING: Column("Standing", lambda m: m.standing,
                           sort=lambda m: STANDING_ORDER.get(m.standing, 9)),
        C.ROLES: Column("Roles", lambda m: m.roles),
        C.SHAREABLE: Column("Shareable", lambda m: "yes" if m.disseminable else "no — withheld",
                            tooltip=lambda m: "May be shared with partners" if m.disseminable
                            else "Never leaves in a partner pack or an agency extract"),
    }


LEVEL_ORDER = {"major": 0, "moderate": 1, "minor": 2, "none": 3, "negative": 4}


def _flat(text: str) -> str:
    return " ".join(text.split())


class DisruptionsModel(RowsModel):
    class Columns(enum.IntEnum):
        DATE = 0
        AGENCY = 1
        STRAND = 2
        LEVEL = 3
        ACTION = 4
        BOARD_ONLY = 5
        JUSTIFICATION = 6

    C = Columns
    # As in an action's trail, whether a note is the board's alone has its own
    # column rather than a mark before every justification.
    COLUMNS = {
        C.DATE: Column("Date", lambda d: dates.day(dates.parse(d.dated_on)),
                       sort=lambda d: d.dated_on),
        C.AGENCY: Column("Agency", lambda d: d.agency, sort=lambda d: collation.key(d.agency)),
        C.STRAND: Column("Strand", lambda d: d.strand),
        C.LEVEL: Column("Level", lambda d: d.level, sort=lambda d: LEVEL_ORDER.get(d.level, 9),
                        tooltip=lambda d: "Partner activity made the group more capable"
                        if d.level == "negative" else None),
        C.ACTION: Column("Linked action", lambda d: d.action or "—", tooltip=lambda d: d.action),
        C.JUSTIFICATION: Column("Justification", lambda d: _flat(d.justification or ""),
                                tooltip=lambda d: sharing.marked(d.justification,
                                                                 d.board_only)),
        C.BOARD_ONLY: Column("Board only", lambda d: "Yes" if d.board_only else "",
                             tooltip=lambda d: "No partner's copy holds this justification"
                             if d.board_only else "Partners who see this threat see it"),
    }


class DisruptionLogModel(RowsModel):
    class Columns(enum.IntEnum):
        DATE = 0
        THREAT = 1
        AGENCY = 2
        STRAND = 3
        LEVEL = 4
        JUSTIFICATION = 5

    COLUMNS = {
        Columns.DATE: Column("Date", lambda r: dates.day(r.dated_on),
                             sort=lambda r: r.dated_on.isoformat()),
        Columns.THREAT: Column("Threat", lambda r: r.threat, tooltip=lambda r: r.threat_name),
        Columns.AGENCY: Column("Agency", lambda r: r.agency,
                               sort=lambda r: collation.key(r.agency)),
        Columns.STRAND: Column("Strand", lambda r: r.strand),
        Columns.LEVEL: Column("Level", lambda r: r.level.capitalize()),
        Columns.JUSTIFICATION: Column("Justification", lambda r: r.justification,
                                      tooltip=lambda r: r.justification,
                                      align=Qt.AlignmentFlag.AlignLeft),
    }

    def key(self, row) -> str:
        return row.threat
