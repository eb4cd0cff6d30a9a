"""Table models of board meetings: planning, agenda, attendance, decisions, the pack.

- Meetings, a meeting's action tracker and the decisions it took, as table models.
- The distribution register: numbered copies of a meeting's pack and where they are.
"""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import QSortFilterProxyModel, Qt

from ocgboard.core import dates
from ocgboard.gui.table import SORT_ROLE, Column, RowsModel
from ocgboard.gui.widgets import rag_icon

RIGHT = Qt.AlignmentFlag.AlignRight


def day(value: dt.date | None) -> str:
    """'3 Dec 2026', as everywhere in the app and the packs."""
    return dates.day(value)


def iso_key(value: dt.date | None) -> str:
    """A sort key the proxy can compare (it cannot compare Python dates); no date last."""
    return value.isoformat() if value else "9999"


def when(value: dt.datetime) -> str:
    return f"{day(value.date())}, {value:%H:%M}"


class MeetingsModel(RowsModel):
    class Columns(enum.IntEnum):
        WHEN = 0
        TITLE = 1
        VENUE = 2
        STATUS = 3
        ITEMS = 4

    COLUMNS = {
        Columns.WHEN: Column("Date", lambda r: when(r.starts_at),
                             sort=lambda r: r.starts_at.isoformat()),
        Columns.TITLE: Column("Title", lambda r: r.title, tooltip=lambda r: r.title),
        Columns.VENUE: Column("Venue", lambda r: r.venue, tooltip=lambda r: r.venue),
        Columns.STATUS: Column("Status", lambda r: r.status),
        Columns.ITEMS: Column("Agenda items", lambda r: r.items, sort=lambda r: r.items,
                              align=RIGHT),
    }


class TrackerModel(RowsModel):
    """Open actions carried forward, overdue first; RAG always in words too."""

    class Columns(enum.IntEnum):
        RAG = 0
        THREAT = 1
        ACTION = 2
        OWNER = 3
        STATUS = 4
        DUE = 5
        DECISION = 6

    COLUMNS = {
        Columns.RAG: Column("RAG", lambda r: r.rag_label, decoration=lambda r: rag_icon(r.rag),
                            sort=lambda r: f"{r.rag != 'red':d} {iso_key(r.due_on)}"),
        Columns.THREAT: Column("Threat · no.", lambda r: r.label,
                               sort=lambda r: (r.threat, r.number or 0)),
        Columns.ACTION: Column("Action", lambda r: f"{r.strand}: {r.specific}",
                               tooltip=lambda r: r.specific),
        Columns.OWNER: Column("Owner", lambda r: r.owner),
        Columns.STATUS: Column("Status", lambda r: r.status),
        Columns.DUE: Column("Due", lambda r: day(r.due_on),
                            sort=lambda r: iso_key(r.due_on)),
        Columns.DECISION: Column("Decision here", lambda r: r.decision,
                                 tooltip=lambda r: r.decision),
    }


class DecisionsModel(RowsModel):
    class Columns(enum.IntEnum):
        ON = 0
        SUBJECT = 1
        DECISION = 2
        STATUS = 3
        AUTHOR = 4

    COLUMNS = {
        Columns.ON: Column("On", lambda r: "Agenda item" if r.on == "item" else "Action"),
        Columns.SUBJECT: Column("Subject", lambda r: r.subject, tooltip=lambda r: r.subject),
        Columns.DECISION: Column("Decision", lambda r: r.decision,
                                 tooltip=lambda r: r.decision),
        Columns.STATUS: Column("Action status", lambda r: r.status or ""),
        Columns.AUTHOR: Column("Recorded by", lambda r: r.author),
    }


class KeyFilterProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE and keeps the rows whose folded `key` holds every typed word."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.words: list[str] = []

    def set_text(self, folded_text: str) -> None:
        self.beginFilterChange()
        self.words = folded_text.split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self.words:
            return True
        row = self.sourceModel().row_at(source_row)
        return all(word in row.key for word in self.words)


def state(row) -> str:
    if row.destroyed_on:
        return "Destroyed"
    if row.returned_on:
        return "Returned"
    return "Still out"


class DistributionModel(RowsModel):
    class Columns(enum.IntEnum):
        COPY = 0
        VERSION = 1
        PERSON = 2
        VARIANT = 3
        ISSUED = 4
        STATE = 5
        RETURNED = 6
        DESTROYED = 7

    COLUMNS = {
        Columns.COPY: Column("Copy", lambda r: r.copy_number, sort=lambda r: r.copy_number,
                             align=Qt.AlignmentFlag.AlignRight),
        # Which build of the pack the copy was; a copy issued before versions were kept: —.
        Columns.VERSION: Column("Version", lambda r: "—" if r.version is None else r.version,
                                sort=lambda r: r.version or 0,
                                align=Qt.AlignmentFlag.AlignRight),
        Columns.PERSON: Column("Issued to", lambda r: r.person),
        Columns.VARIANT: Column("Pack", lambda r: f"{r.variant.capitalize()} pack"
                                + (f" for {r.agency}" if r.agency else "")),
        Columns.ISSUED: Column("Issued", lambda r: day(r.issued_on),
                               sort=lambda r: r.issued_on.isoformat()),
        Columns.STATE: Column("Where it is", state),
        Columns.RETURNED: Column("Returned", lambda r: day(r.returned_on),
                                 sort=lambda r: iso_key(r.returned_on)),
        Columns.DESTROYED: Column("Destroyed", lambda r: day(r.destroyed_on),
                                  sort=lambda r: iso_key(r.destroyed_on)),
    }
