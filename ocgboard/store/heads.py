"""The heads of a field: the records of it that no other record supersedes.

A record names the records it replaces (its `supersedes` ids, "device:seq").
Whatever order records arrive in, the heads of a field depend only on which
records are held, so every replica holding the same records agrees. One head
gives the field's value; several heads with different values are a conflict,
kept until someone chooses; the value shown meanwhile is the head with the
greatest (clock, device).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, text


@dataclass(frozen=True)
class Rec:
    id: str
    hlc: int
    device: str
    new: str | None
    supersedes: tuple[str, ...]


def record_id(device: str, seq: int) -> str:
    return f"{device}:{seq}"


def parse(supersedes: str | None) -> tuple[str, ...]:
    return tuple(supersedes.split()) if supersedes else ()


def heads_of(records: Iterable[Rec]) -> list[Rec]:
    held = list(records)
    replaced = {old for rec in held for old in rec.supersedes}
    return [rec for rec in held if rec.id not in replaced]


def winner(heads: list[Rec]) -> Rec:
    return max(heads, key=lambda rec: (rec.hlc, rec.device))


def in_conflict(heads: list[Rec]) -> bool:
    return len({rec.new for rec in heads}) > 1


_FIELD_RECORDS = text(
    "SELECT d.uuid, c.seq, c.hlc, c.new, c.supersedes FROM change c "
    "JOIN device d ON d.id = c.device_id WHERE c.row_id = :row AND c.field = :field")


def field_records(conn: Connection, row_id: str, fld: str) -> list[Rec]:
    return [Rec(record_id(dev, seq), hlc, dev, new, parse(sup))
            for dev, seq, hlc, new, sup in conn.execute(_FIELD_RECORDS,
                                                        {"row": row_id, "field": fld})]


def current(conn: Connection, row_id: str, fld: str) -> str | None:
    """What a new local edit of this field supersedes: all of its heads."""
    found = heads_of(field_records(conn, row_id, fld))
    return " ".join(sorted(rec.id for rec in found)) or None


def set_conflict(conn: Connection, entity: str, row_id: str, fld: str,
                 heads: list[Rec], at: dt.datetime) -> None:
    """Note a field in conflict; `at` is when (naive UTC, the store's clock)."""
    conn.execute(text(
        "INSERT INTO conflict (entity, row_id, field, heads, detected_at) "
        "VALUES (:entity, :row, :field, :heads, :at) "
        "ON CONFLICT (row_id, field) DO UPDATE SET heads = excluded.heads"),
        {"entity": entity, "row": row_id, "field": fld,
         "heads": " ".join(sorted(rec.id for rec in heads)),
         "at": at.strftime("%Y-%m-%d %H:%M:%S.%f")})


def clear_conflict(conn: Connection, row_id: str, fld: str) -> None:
    conn.execute(text("DELETE FROM conflict WHERE row_id = :row AND field = :field"),
                 {"row": row_id, "field": fld})
