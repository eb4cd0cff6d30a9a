"""The change log read newest first, one device at a time, in chunks.

Each device's records come in the order of its chain (newest first), which is
also the order of its clock: a laptop's clock never runs backwards. The one
exception is the board as an agency's laptop holds it (record.BOARD): its
records are numbered in the extract's order, so they are read whole (an
extract is small) and put in clock order.

Each record comes with what it belongs to (`owners`): an update its action and
that action's threat, a member its threat, an agenda item its meeting. The
grouper (history_groups.py) reads the records of one operation by these.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ocgboard.store import hlc, record
from ocgboard.store.base import syncable_tables
from ocgboard.store.models import Change, Device

CHUNK = 1000
ROWS_AT_ONCE = 500

# The row each kind of row belongs to, by the field that names it.
PARENT_FIELD = {
    "member": "threat_id", "action": "threat_id", "disruption": "threat_id",
    "action_update": "action_id", "agenda_item": "meeting_id", "attendance": "meeting_id",
    "distribution": "meeting_id", "strategy_update": "item_id",
    "control_area": "strategy_id", "control_battle": "area_id",
    "control_priority": "strategy_id",
}
PARENT_KIND = {"threat_id": "threat", "action_id": "action", "meeting_id": "meeting",
               "item_id": "strategy_item", "strategy_id": "control_strategy",
               "area_id": "control_area"}
# Rows whose parent's parent is theirs too: (the parent's kind, its field naming it).
GRANDPARENT = {"action_update": ("action", "threat_id"),
               "control_battle": ("control_area", "strategy_id")}

# The fields a row's first record always sets (defaults included) and a later
# edit rarely sets all of: with nothing superseded, they mark a new row.
MADE_WITH = {
    "threat": ("reference", "kind"), "member": ("threat_id",), "action": ("threat_id",),
    "action_update": ("action_id",), "disruption": ("threat_id",),
    "meeting": ("title", "starts_at"), "agenda_item": ("meeting_id",),
    "attendance": ("meeting_id",), "distribution": ("meeting_id",), "agency": ("name",),
    "person": ("name",), "tactic": ("code",), "strategy_item": ("number", "action"),
    "strategy_update": ("item_id",), "board": ("name",),
    "control_strategy": ("title", "adopted_on"), "control_area": ("strategy_id",),
    "control_battle": ("area_id",), "control_priority": ("strategy_id",),
}

COLUMNS = (Change.device_id, Change.seq, Change.hlc, Change.author, Change.entity,
           Change.row_id, Change.fields, Change.supersedes)


class Rec:
    """One record of the log, decoded, with the rows it belongs to (`owners`: its
    parent row, and that row's parent, as hex ids)."""

    __slots__ = ("device", "seq", "hlc", "author", "entity", "row", "values", "supersedes",
                 "owners", "creates")

    def __init__(self, device: int, seq: int, clock: int, author: str, entity: str, row: str,
                 values: dict, supersedes: str | None, owners: tuple[str, ...] = ()):
        self.device, self.seq, self.hlc, self.author = device, seq, clock, author
        self.entity, self.row, self.values, self.supersedes = entity, row, values, supersedes
        self.owners = owners
        made_with = MADE_WITH.get(entity, ())
        # Whether this record made its row (rather than changed it).
        self.creates = (not supersedes and bool(made_with)
                        and all(f in values for f in made_with))

    @property
    def wall_ms(self) -> int:
        return self.hlc >> hlc.SHIFT

    @property
    def key(self) -> tuple[int, int]:
        """Its place in the device's stream: later records have greater keys."""
        return (self.hlc, self.seq)


@dataclass(frozen=True)
class Scope:
    """Which records to read: all, or those of some rows, of one author, in a time."""

    rows: frozenset[str] | None = None
    author: str | None = None
    since_ms: int | None = None  # wall time, inclusive
    until_ms: int | None = None  # wall time, exclusive

    def narrow(self, query: Select) -> Select:
        if self.author is not None:
            query = query.where(Change.author == self.author)
        if self.since_ms is not None:
            query = query.where(Change.hlc >= self.since_ms << hlc.SHIFT)
        if self.until_ms is not None:
            query = query.where(Change.hlc < self.until_ms << hlc.SHIFT)
        return query


@dataclass(frozen=True)
class DeviceInfo:
    pk: int
    uuid: str
    name: str
    is_local: bool


def devices(session: Session) -> dict[int, DeviceInfo]:
    return {pk: DeviceInfo(pk, uid, name, bool(local)) for pk, uid, name, local in
            session.execute(select(Device.id, Device.uuid, Device.name, Device.is_local))}


def streams(session: Session, scope: Scope,
            before: dict[int, tuple[int, int]]) -> dict[int, Iterator[Rec]]:
    """Per device, its records newest first, each before `before[device]` (its key)."""
    found: dict[int, Iterator[Rec]] = {}
    if scope.rows is not None:
        for pk, recs in _gathered(session, scope, None).items():
            found[pk] = _before(recs, before.get(pk))
        return found
    for pk, info in devices(session).items():
        if info.uuid == record.BOARD:
            found[pk] = _before(_gathered(session, scope, pk).get(pk, []), before.get(pk))
        else:
            last = before.get(pk)
            found[pk] = _by_seq(session, scope, pk, last[1] if last else None)
    return found


def _before(recs: list[Rec], key: tuple[int, int] | None) -> Iterator[Rec]:
    return iter([r for r in recs if key is None or r.key < key])


def _by_seq(session: Session, scope: Scope, device: int, before: int | None) -> Iterator[Rec]:
    size = CHUNK // 4  # the first page is usually all that is read
    while True:
        query = select(*COLUMNS).where(Change.device_id == device)
        if before is not None:
            query = query.where(Change.seq < before)
        rows = session.execute(scope.narrow(query).order_by(Change.seq.desc())
                               .limit(size)).all()
        yield from owned(session, rows)
        if len(rows) < size:
            return
        before, size = rows[-1][1], min(size * 2, CHUNK * 8)


def _gathered(session: Session, scope: Scope, device: int | None) -> dict[int, list[Rec]]:
    """Every record of the scope's rows (or of one device), per device, newest first."""
    rows: list[Any] = []
    if scope.rows is not None:
        wanted = sorted(scope.rows)
        for start in range(0, len(wanted), ROWS_AT_ONCE):
            query = select(*COLUMNS).where(Change.row_id.in_(wanted[start:start + ROWS_AT_ONCE]))
            rows += session.execute(scope.narrow(query)).all()
    else:
        rows = list(session.execute(scope.narrow(select(*COLUMNS)
                                                 .where(Change.device_id == device))))
    found: dict[int, list[Rec]] = defaultdict(list)
    for rec in owned(session, rows):
        found[rec.device].append(rec)
    for recs in found.values():
        recs.sort(key=lambda r: r.key, reverse=True)
    return found


def owned(session: Session, rows: Iterable) -> list[Rec]:
    """Records from the log's columns, each with the rows it belongs to."""
    # Records in the log were checked strictly when they were made or imported
    # (record.values); reading them again here, plain JSON is enough and quicker.
    raw = [(r, json.loads(r[6])) for r in rows]
    parents: dict[str, str | None] = {}
    wanted: dict[str, set[str]] = defaultdict(set)
    for r, values in raw:
        fld = PARENT_FIELD.get(r[4])
        if fld is None:
            continue
        if isinstance(values.get(fld), str):
            parents[r[5]] = values[fld]
        else:
            wanted[r[4]].add(r[5])
    for entity, ids in wanted.items():
        parents.update(_column(session, entity, PARENT_FIELD[entity], ids))
    above: dict[str, str | None] = {}
    for entity, (kind, fld) in GRANDPARENT.items():
        middle = {p for (r, _v) in raw if r[4] == entity for p in [parents.get(r[5])] if p}
        if middle:
            above.update(_column(session, kind, fld, middle))
    return [Rec(r[0], r[1], r[2], r[3], r[4], r[5], values, r[7],
                _owners(r[4], parents.get(r[5]), above))
            for r, values in raw]


def _owners(entity: str, parent: str | None, above: dict[str, str | None]) -> tuple[str, ...]:
    if parent is None:
        return ()
    grand = above.get(parent) if entity in GRANDPARENT else None
    return (parent, grand) if grand else (parent,)


def _column(session: Session, entity: str, fld: str, ids: Iterable[str]) -> dict[str, str | None]:
    """Row id -> the id one of its columns names, for the rows held of these ids."""
    table = syncable_tables()[entity].__table__
    keys = [k for k in map(as_uuid, ids) if k is not None]
    found: dict[str, str | None] = {}
    for start in range(0, len(keys), ROWS_AT_ONCE):
        query = select(table.c.id, table.c[fld]).where(
            table.c.id.in_(keys[start:start + ROWS_AT_ONCE]))
        for key, value in session.execute(query):
            found[key.hex] = value.hex if isinstance(value, uuid.UUID) else value
    return found


def as_uuid(text: object) -> uuid.UUID | None:
    """A row's id from its hex; None if the text is not one."""
    try:
        return uuid.UUID(hex=str(text))
    except ValueError:
        return None
