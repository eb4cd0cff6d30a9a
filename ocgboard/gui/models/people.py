"""The people of a partner agency."""

from __future__ import annotations

import enum

from ocgboard.gui.models.table import Column, RowsModel


class PeopleModel(RowsModel):
    class Columns(enum.IntEnum):
        NAME = 0
        ROLE = 1
        EMAIL = 2
        PHONE = 3

    COLUMNS = {
        Columns.NAME: Column("Name", lambda r: r.name),
        Columns.ROLE: Column("Role", lambda r: r.role or ""),
        Columns.EMAIL: Column("Email", lambda r: r.email or ""),
        Columns.PHONE: Column("Phone", lambda r: r.phone or ""),
    }
