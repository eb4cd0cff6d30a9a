"""The heads of a field: the records setting it that no other record supersedes.

A record names, for each field it sets, the records of that field it replaces
(their ids, "device:seq"). Whatever order records arrive in, the heads of a
field depend only on which records are held, so every replica holding the
same records agrees. One head gives the field's value; several heads with
different values are a conflict, kept until someone chooses; the value shown
meanwhile is the head with the greatest (clock, device).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, text

from ocgboard.store import record
from ocgboard.store.record import BY_HASH, ids, known_as


@dataclass(frozen=True)
class Rec:
    """One record's say on one field: its value there, decoded."""

    id: str
    hlc: int
    device: str
    new: object
    supersedes: tuple[str, ...]


def heads_of(records: Iterable[Rec]) -> list[Rec]:
    held = list(records)
    replaced = {old for rec in held for old in rec.supersedes}
    return [rec for rec in held if rec.id not in replaced]


def winner(heads: list[Rec]) -> Rec:
    return max(heads, key=lambda rec: (rec.hlc, rec.device))


def same_value(a: object, b: object) -> bool:
    """JSON's equality: true is not 1, and 1 is not 1.0."""
    return type(a) is type(b) and a == b


def in_conflict(heads: list[Rec]) -> bool:
    first = heads[0].new
    return any(not same_value(first, rec.new) for rec in heads[1:])


Held = tuple[str, int, int, str, str | None, bytes]


def by_field(records: Iterable[Held]) -> dict[str, list[Rec]]:
    """Per field, what each record of one row says: from (device id, seq, clock,
    fields, supersedes, hash) as the log holds them. A record superseded by its
    hash (record.py: as an agency's laptop knows the board's) is named by its id."""
    held = [(known_as(device, seq, digest), device, clock, fields, supersedes, digest)
            for device, seq, clock, fields, supersedes, digest in records]
    by_hash = _by_hash(held)
    found: dict[str, list[Rec]] = defaultdict(list)
    for rec_id, device, clock, fields, supersedes, _digest in held:
        values = record.values(fields)
        replaced = record.replaced(supersedes)
        for fld, value in values.items():
            named = ids(replaced.get(fld))
            if by_hash:
                named = tuple(by_hash.get(old, old) for old in named)
            found[fld].append(Rec(rec_id, clock, device, value, named))
    return found


def _by_hash(held: list) -> dict[str, str]:
    if not any(supersedes and BY_HASH in supersedes for *_rest, supersedes, _d in held):
        return {}
    return {BY_HASH + bytes(digest).hex(): rec_id for rec_id, *_rest, digest in held}


_ROW_RECORDS = text(
    "SELECT d.uuid, c.seq, c.hlc, c.fields, c.supersedes, c.hash FROM change c "
    "JOIN device d ON d.id = c.device_id WHERE c.row_id = :row")


def current(conn: Connection, row_id: str, fields: Iterable[str]) -> dict[str, str | None]:
    """What a new local edit of these fields supersedes: all of each one's heads."""
    found = by_field(conn.execute(_ROW_RECORDS, {"row": row_id}))
    return {fld: " ".join(sorted(rec.id for rec in heads_of(found.get(fld, [])))) or None
            for fld in fields}


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
