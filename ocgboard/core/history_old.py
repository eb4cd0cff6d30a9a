"""What each field held before a record set it: what the records it superseded
there said (the one that won, where they were concurrent).

A record carries no old value of its own (store/record.py); it names the
records it replaced. So a page's old values are read from the records of the
rows the page shows, in one query a few hundred rows, and only for records
that replaced something: a new row has no old value.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core.history_feed import ROWS_AT_ONCE, DeviceInfo
from ocgboard.core.history_groups import Group
from ocgboard.store import heads, record
from ocgboard.store.models import Change

# (device, seq, field) -> the value the field held before that record set it.
Old = dict[tuple[int, int, str], object]


def old_values(session: Session, groups: list[Group], devices: dict[int, DeviceInfo]) -> Old:
    needing = [rec for g in groups for rec in g.recs if rec.supersedes]
    if not needing:
        return {}
    said, ids = _said(session, sorted({rec.row for rec in needing}), devices)
    found: Old = {}
    for rec in needing:
        rec_id = ids.get((rec.device, rec.seq), "")
        here = said.get(rec.row, {})
        for fld in record.replaced(rec.supersedes):
            mine = here.get((fld, rec_id))
            if mine is None:
                continue
            before = [here[(fld, o)] for o in mine.supersedes if (fld, o) in here]
            if before:
                found[(rec.device, rec.seq, fld)] = heads.winner(before).new
    return found


def _said(session: Session, rows: list[str], devices: dict[int, DeviceInfo]):
    """Per row, what each of its records says of each field ((field, record id) ->
    its say), and each record's id as heads know it (by its hash on an agency's
    laptop: record.known_as)."""
    held: dict[str, list[heads.Held]] = defaultdict(list)
    ids: dict[tuple[int, int], str] = {}
    for start in range(0, len(rows), ROWS_AT_ONCE):
        query = select(Change.row_id, Change.device_id, Change.seq, Change.hlc, Change.fields,
                       Change.supersedes, Change.hash).where(
            Change.row_id.in_(rows[start:start + ROWS_AT_ONCE]))
        for row_id, device, seq, clock, fields, supersedes, digest in session.execute(query):
            uid = devices[device].uuid
            held[row_id].append((uid, seq, clock, fields, supersedes, bytes(digest)))
            ids[(device, seq)] = record.known_as(uid, seq, bytes(digest))
    said: dict[str, dict[tuple[str, str], heads.Rec]] = {}
    for row_id, records in held.items():
        said[row_id] = {(fld, rec.id): rec for fld, recs in heads.by_field(records).items()
                        for rec in recs}
    return said, ids
