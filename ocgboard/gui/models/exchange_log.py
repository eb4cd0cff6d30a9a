"""The exchange files this laptop has written and read."""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt

from ocgboard.gui.models.table import Column, RowsModel


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
