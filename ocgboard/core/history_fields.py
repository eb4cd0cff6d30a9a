"""The field records a history line is made of: what each of its records set,
and what that field held before, each value in words (for the desktop's
details and `ocgboard history --raw`), read only when a reader asks for them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core.history_change import label
from ocgboard.core.history_feed import COLUMNS, DeviceInfo, devices, owned
from ocgboard.core.history_groups import Group
from ocgboard.core.history_names import Names
from ocgboard.core.history_old import Old, old_values
from ocgboard.store import hlc
from ocgboard.store.models import Change

RECORD_WORDS = {"action_update": "update", "agenda_item": "agenda item",
                "strategy_item": "strategic action", "strategy_update": "strategic update",
                "distribution": "pack copy", "control_strategy": "control strategy",
                "control_area": "threat area", "control_battle": "must-win battle",
                "control_priority": "local priority"}


@dataclass(frozen=True)
class FieldChange:
    """One field one record set: what a line is made of."""

    record: str  # the row's kind, in words
    name: str  # what a person calls the row
    field: str  # as stored
    label: str
    was: str
    now: str
    old: object
    new: object
    row: str  # its id: for --raw and --json only, never in a line
    laptop: str
    when: dt.datetime

    def as_dict(self) -> dict:
        return {"when": self.when.isoformat(timespec="seconds"), "laptop": self.laptop,
                "record": self.record, "name": self.name, "row": self.row,
                "field": self.field, "old": self.old, "new": self.new}


def field_records(session: Session,
                  records: tuple[tuple[int, int], ...]) -> tuple[FieldChange, ...]:
    """The field records of these records ((device, seq)), oldest first."""
    wanted: dict[int, list[int]] = {}
    for device, seq in records:
        wanted.setdefault(device, []).append(seq)
    rows: list[Any] = []
    for device, seqs in wanted.items():
        rows += session.execute(select(*COLUMNS).where(Change.device_id == device,
                                                       Change.seq.in_(seqs))).all()
    recs = sorted(owned(session, rows), key=lambda r: r.key, reverse=True)
    if not recs:
        return ()
    group = Group.of(recs[0])
    group.recs = recs
    found = devices(session)
    old = old_values(session, [group], found)
    names = Names(session)
    fields = tuple(_field_changes(group, old, names, found))
    for _round in range(3):  # the rows they name, then the rows those name
        if not names.read_pending():
            break
        fields = tuple(_field_changes(group, old, names, found))
    return fields


def _field_changes(group: Group, old: Old, names: Names,
                   found: dict[int, DeviceInfo]) -> Iterator[FieldChange]:
    for rec in reversed(group.recs):
        when, laptop = hlc.to_datetime(rec.hlc), found[rec.device].name
        for fld, value in rec.values.items():
            was = old.get((rec.device, rec.seq, fld))
            known = (rec.device, rec.seq, fld) in old
            yield FieldChange(
                RECORD_WORDS.get(rec.entity, rec.entity), names.called(rec.entity, rec.row),
                fld, label(fld), names.value(rec.entity, fld, was) if known else "",
                names.value(rec.entity, fld, value), was, value, rec.row, laptop, when)
