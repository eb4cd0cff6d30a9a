"""A threat's history, read from the change log: newest first, a line a field.

A record says what it set; what a field held before is what the records it
superseded there said."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.store import heads, hlc, record
from ocgboard.store.models import (
    Action,
    ActionUpdate,
    Change,
    Device,
    Disruption,
    Member,
    Threat,
)

ENTITY_LABELS = {
    "threat": "threat", "member": "member", "action": "action",
    "action_update": "update", "disruption": "disruption",
}


@dataclass(frozen=True)
class Entry:
    when: dt.datetime
    author: str
    device: str
    entity: str
    row: str
    field: str
    old: object
    new: object

    def as_dict(self) -> dict:
        return {"when": self.when.isoformat(timespec="seconds"), "author": self.author,
                "device": self.device, "entity": self.entity, "row": self.row,
                "field": self.field, "old": self.old, "new": self.new}


def related_rows(session: Session, threat: Threat) -> list[str]:
    ids = [threat.id]
    ids += session.scalars(select(Member.id).where(Member.threat_id == threat.id)).all()
    actions = session.scalars(select(Action.id).where(Action.threat_id == threat.id)).all()
    ids += actions
    if actions:
        ids += session.scalars(
            select(ActionUpdate.id).where(ActionUpdate.action_id.in_(actions))).all()
    ids += session.scalars(select(Disruption.id).where(Disruption.threat_id == threat.id)).all()
    return [i.hex for i in ids]


def for_threat(session: Session, threat: Threat, limit: int | None = None) -> list[Entry]:
    rows = related_rows(session, threat)
    held: list[tuple[Change, str, str, dict]] = []
    said: dict[tuple[str, str], heads.Rec] = {}  # (record id, field): what it set there
    by_hash: dict[str, str] = {}  # the board's records as an agency's laptop names them
    for start in range(0, len(rows), 500):
        chunk = rows[start:start + 500]
        query = (select(Change, Device.name, Device.uuid)
                 .join(Device, Device.id == Change.device_id)
                 .where(Change.row_id.in_(chunk)))
        for change, device_name, device in session.execute(query):
            values = record.values(change.fields)
            rec_id = record.known_as(device, change.seq, change.hash)
            by_hash[record.BY_HASH + bytes(change.hash).hex()] = rec_id
            held.append((change, device_name, rec_id, values))
            for fld, value in values.items():
                said[(rec_id, fld)] = heads.Rec(rec_id, change.hlc, device, value, ())
    found: list[tuple[int, int, Entry]] = []
    for change, device_name, _rec_id, values in held:
        replaced = record.replaced(change.supersedes)
        when = hlc.to_datetime(change.hlc)
        label = ENTITY_LABELS.get(change.entity, change.entity)
        for fld, value in values.items():
            named = [by_hash.get(r, r) for r in record.ids(replaced.get(fld))]
            before = [said[(r, fld)] for r in named if (r, fld) in said]
            old = heads.winner(before).new if before else None
            found.append((change.hlc, change.seq, Entry(
                when, change.author, device_name, label, change.row_id[:8], fld, old, value)))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    entries = [entry for _hlc, _seq, entry in found]
    return entries[:limit] if limit else entries
