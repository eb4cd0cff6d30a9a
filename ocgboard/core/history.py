"""A threat's history, read from the change log: newest first."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.store import hlc
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


def _decode(value: str | None):
    return None if value is None else json.loads(value)


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
    found: list[tuple[int, int, Entry]] = []
    for start in range(0, len(rows), 500):
        chunk = rows[start:start + 500]
        query = (select(Change, Device.name).join(Device, Device.id == Change.device_id)
                 .where(Change.row_id.in_(chunk)))
        for change, device_name in session.execute(query):
            entry = Entry(hlc.to_datetime(change.hlc), change.author, device_name,
                          ENTITY_LABELS.get(change.entity, change.entity), change.row_id[:8],
                          change.field, _decode(change.old), _decode(change.new))
            found.append((change.hlc, change.seq, entry))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    entries = [entry for _hlc, _seq, entry in found]
    return entries[:limit] if limit else entries
