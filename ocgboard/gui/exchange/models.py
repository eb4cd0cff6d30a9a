"""Table models of exchange files: export and import wizards, contacts, conflicts.

- The address book: partners' laptops, each with the fingerprint to check by phone.
- Open conflicts: a field two laptops changed without seeing each other's edit.
- The exchange files this laptop has written and read.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase

from ocgboard.core import collation, dates
from ocgboard.core.rows import exchange as exchange_rows
from ocgboard.gui.table import Column, RowsModel
from ocgboard.sync import conflicts, contacts

ROLE_WORDS = {"board": "Board laptop", "agency": "Agency laptop"}


@dataclass(frozen=True)
class ContactRow:
    name: str
    role: str
    agency: str | None
    board_name: str | None
    fingerprint: str

    @property
    def key(self) -> str:
        return self.name

    @property
    def role_words(self) -> str:
        return ROLE_WORDS.get(self.role, self.role)


def contact_rows(session) -> list[ContactRow]:
    return [ContactRow(c.name, c.role, contacts.agency_name(session, c), c.board_name,
                       c.fingerprint) for c in contacts.listing(session)]


class ContactsModel(RowsModel):
    class Columns(enum.IntEnum):
        NAME = 0
        ROLE = 1
        AGENCY = 2
        FINGERPRINT = 3

    COLUMNS = {
        Columns.NAME: Column("Contact", lambda r: r.name, sort=lambda r: collation.key(r.name),
                             tooltip=lambda r: f"Board: {r.board_name or 'not named'}"),
        Columns.ROLE: Column("Role", lambda r: r.role_words),
        Columns.AGENCY: Column("Agency", lambda r: r.agency or "—",
                               sort=lambda r: collation.key(r.agency)),
        Columns.FINGERPRINT: Column("Fingerprint", lambda r: r.fingerprint),
    }

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.FontRole and index.isValid()
                and index.column() == self.Columns.FINGERPRINT):
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        return super().data(index, role)


@dataclass(frozen=True)
class SideRow:
    value: str
    device: str
    author: str
    when: str
    mine: bool

    @property
    def who(self) -> str:
        when = self.when.replace("T", " ").removesuffix("+00:00")
        return f"{self.author}, on {self.device}, {when} UTC"


@dataclass(frozen=True)
class ConflictRow:
    id: int
    record: str
    field: str
    detected: str
    sides: tuple[SideRow, ...]

    @property
    def mine(self) -> SideRow | None:
        return next((s for s in self.sides if s.mine), None)

    @property
    def theirs(self) -> list[SideRow]:
        return [s for s in self.sides if not s.mine]


def value_text(value) -> str:
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "(empty)"
    return str(value)


def conflict_rows(session) -> list[ConflictRow]:
    return [ConflictRow(
        c.id, exchange_rows.record_label(session, c.entity, c.row_id),
        exchange_rows.field_label(c.field),
        f"{dates.day(c.detected_at.date())} {c.detected_at:%H:%M}",
        tuple(SideRow(value_text(s.value), s.device, s.author, s.when, s.mine)
              for s in sides))
        for c, sides in conflicts.listing(session)]


def _theirs(row: ConflictRow) -> str:
    return " / ".join(s.value for s in row.theirs) or "—"


class ConflictsModel(RowsModel):
    class Columns(enum.IntEnum):
        RECORD = 0
        FIELD = 1
        MINE = 2
        THEIRS = 3
        DETECTED = 4

    COLUMNS = {
        Columns.RECORD: Column("Record", lambda r: r.record, tooltip=lambda r: r.record),
        Columns.FIELD: Column("Field", lambda r: r.field),
        Columns.MINE: Column("Mine", lambda r: r.mine.value if r.mine else "—",
                             tooltip=lambda r: r.mine.value if r.mine else None),
        Columns.THEIRS: Column("Theirs", _theirs, tooltip=_theirs),
        Columns.DETECTED: Column("Found (UTC)", lambda r: r.detected),
    }


class ExchangeLogModel(RowsModel):
    class Columns(enum.IntEnum):
        AT = 0
        DIRECTION = 1
        SCOPE = 2
        CONTACT = 3
        RECORDS = 4
        FILE = 5

    COLUMNS = {
        Columns.AT: Column("When (UTC)", lambda r: r.at),
        Columns.DIRECTION: Column("", lambda r: r.direction.capitalize()),
        Columns.SCOPE: Column("What", lambda r: r.scope, tooltip=lambda r: r.scope),
        Columns.CONTACT: Column("Contact", lambda r: r.contact or ""),
        Columns.RECORDS: Column("Records", lambda r: f"{r.records:,}", sort=lambda r: r.records,
                                align=Qt.AlignmentFlag.AlignRight),
        Columns.FILE: Column("File", lambda r: r.file_name),
    }
