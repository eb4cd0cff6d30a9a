"""The address book: partners' laptops, each with the fingerprint to check by phone."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase

from ocgboard.gui.models.table import Column, RowsModel
from ocgboard.sync import contacts

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


def read(session) -> list[ContactRow]:
    return [ContactRow(c.name, c.role, contacts.agency_name(session, c), c.board_name,
                       c.fingerprint) for c in contacts.listing(session)]


class ContactsModel(RowsModel):
    class Columns(enum.IntEnum):
        NAME = 0
        ROLE = 1
        AGENCY = 2
        FINGERPRINT = 3

    COLUMNS = {
        Columns.NAME: Column("Contact", lambda r: r.name,
                             tooltip=lambda r: f"Board: {r.board_name or 'not named'}"),
        Columns.ROLE: Column("Role", lambda r: r.role_words),
        Columns.AGENCY: Column("Agency", lambda r: r.agency or "—"),
        Columns.FINGERPRINT: Column("Fingerprint", lambda r: r.fingerprint),
    }

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.FontRole and index.isValid()
                and index.column() == self.Columns.FINGERPRINT):
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        return super().data(index, role)
