"""Table models of partner agencies and the people who work for them.

- Partner agencies, with how many of their people the board knows.
- The people of a partner agency.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt

from ocgboard.core import collation
from ocgboard.gui.table import Column, RowsModel


class AgenciesModel(RowsModel):
    class Columns(enum.IntEnum):
        NAME = 0
        SHORT = 1
        PEOPLE = 2

    COLUMNS = {
        Columns.NAME: Column("Agency", lambda r: r.name, sort=lambda r: collation.key(r.name)),
        Columns.SHORT: Column("Short name", lambda r: r.short_name or "",
                               sort=lambda r: collation.key(r.short_name)),
        Columns.PEOPLE: Column("People", lambda r: r.people, sort=lambda r: r.people,
                               align=Qt.AlignmentFlag.AlignRight),
    }


class PeopleModel(RowsModel):
    class Columns(enum.IntEnum):
        NAME = 0
        ROLE = 1
        EMAIL = 2
        PHONE = 3

    COLUMNS = {
        Columns.NAME: Column("Name", lambda r: r.name, sort=lambda r: collation.key(r.name)),
        Columns.ROLE: Column("Role", lambda r: r.role or ""),
        Columns.EMAIL: Column("Email", lambda r: r.email or ""),
        Columns.PHONE: Column("Phone", lambda r: r.phone or ""),
    }
