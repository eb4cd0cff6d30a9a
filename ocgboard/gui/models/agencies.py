"""Partner agencies, with how many of their people the board knows."""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt

from ocgboard.gui.models.table import Column, RowsModel


class AgenciesModel(RowsModel):
    class Columns(enum.IntEnum):
        NAME = 0
        SHORT = 1
        PEOPLE = 2

    COLUMNS = {
        Columns.NAME: Column("Agency", lambda r: r.name),
        Columns.SHORT: Column("Short name", lambda r: r.short_name or ""),
        Columns.PEOPLE: Column("People", lambda r: r.people, sort=lambda r: r.people,
                               align=Qt.AlignmentFlag.AlignRight),
    }
