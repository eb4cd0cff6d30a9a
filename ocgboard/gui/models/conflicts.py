"""Open conflicts: a field two laptops changed without seeing each other's edit."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from ocgboard.core import exchange_rows
from ocgboard.gui.models.table import Column, RowsModel
from ocgboard.sync import conflicts


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


def read(session) -> list[ConflictRow]:
    return [ConflictRow(
        c.id, exchange_rows.record_label(session, c.entity, c.row_id),
        exchange_rows.field_label(c.field), f"{c.detected_at:%Y-%m-%d %H:%M}",
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
