"""A threat's history from the change log: when, who, which record, what changed."""

from __future__ import annotations

import enum

from ocgboard.gui.models.table import Column, RowsModel


def _short(text: str, width: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


class HistoryModel(RowsModel):
    class Columns(enum.IntEnum):
        WHEN = 0
        AUTHOR = 1
        RECORD = 2
        FIELD = 3
        WAS = 4
        NOW = 5

    C = Columns
    COLUMNS = {
        C.WHEN: Column("When", lambda h: h.when),
        C.AUTHOR: Column("Author", lambda h: h.author),
        C.RECORD: Column("Record", lambda h: h.record),
        C.FIELD: Column("Field", lambda h: h.field),
        C.WAS: Column("Was", lambda h: _short(h.was), tooltip=lambda h: h.was or None),
        C.NOW: Column("Now", lambda h: _short(h.now), tooltip=lambda h: h.now or None),
    }

    def key(self, row) -> object:
        return None
