"""Open conflicts: both values side by side, and the chair's choice between them.

Resolving writes one new record that supersedes every head of the field, so
the choice travels like any edit and settles the conflict on every replica
that receives it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ocgboard.errors import InputError, NotFound
from ocgboard.store import changes, hlc, record, rowcodec
from ocgboard.store.base import syncable_tables
from ocgboard.store.changelog import Recorder, encode
from ocgboard.store.models import Change, Conflict, Device


@dataclass
class Side:
    record: str
    device: str
    author: str
    when: str
    value: object
    mine: bool


def listing(session: Session) -> list[tuple[Conflict, list[Side]]]:
    return [(c, sides(session, c)) for c in
            session.scalars(select(Conflict).order_by(Conflict.id))]


def sides(session: Session, conflict: Conflict) -> list[Side]:
    found = []
    for rec_id in record.ids(conflict.heads):
        row = session.execute(
            select(Change, Device).join(Device, Device.id == Change.device_id)
            .where(_named(conflict.row_id, rec_id))).first()
        if row is None:
            continue
        change, device = row
        found.append(Side(rec_id, device.name or device.uuid[:8], change.author,
                          hlc.to_datetime(change.hlc).isoformat(timespec="minutes"),
                          record.values(change.fields).get(conflict.field), device.is_local))
    return found


def _named(row_id: str, rec_id: str):
    """The record a head's id names: by its hash, as an agency's laptop knows the
    board's (record.py), or by device and sequence."""
    digest = record.hashed(rec_id)
    if digest is not None:
        return (Change.row_id == row_id) & (Change.hash == digest)
    device_uuid, _, seq = rec_id.rpartition(":")
    return (Device.uuid == device_uuid) & (Change.seq == (int(seq) if seq.isdigit() else -1))


def get(session: Session, number: int | str) -> Conflict:
    try:
        found = session.get(Conflict, int(number))
    except (TypeError, ValueError):
        found = None
    if found is None:
        raise NotFound(f"no open conflict {number} (see: ocgboard conflicts list)")
    return found


def resolve(session: Session, conflict: Conflict, *, keep: str | None = None,
            value: str | None = None) -> object:
    """Settle a conflict; returns the value kept."""
    options = sides(session, conflict)
    if (keep is None) == (value is None):
        raise InputError("choose --keep mine, --keep theirs or --value VALUE")
    table = syncable_tables()[conflict.entity].__table__
    convert = rowcodec.stored_form(table.c[conflict.field])
    if keep is not None:
        chosen = _pick(options, keep)
        new_text = encode(chosen.value)
    elif value is not None:
        new_text = _typed(value, convert)
    else:  # refused above: one of the two is given
        raise InputError("choose --keep mine, --keep theirs or --value VALUE")
    conn = session.connection()
    recorder = Recorder.for_session(session)
    recorder.add(conflict.entity, conflict.row_id, {conflict.field: new_text or "null"},
                 {conflict.field: " ".join(sorted(record.ids(conflict.heads)))})
    recorder.write(conn)
    conn.execute(text(f"UPDATE {conflict.entity} SET {conflict.field} = :v WHERE id = :id"),
                 {"v": rowcodec.to_stored(convert, new_text), "id": conflict.row_id})
    changes.note(session, conflict.entity, (conflict.row_id,))
    session.delete(conflict)
    session.flush()
    return rowcodec.decode(new_text)


def _pick(options: list[Side], keep: str) -> Side:
    wanted = keep.strip().lower()
    if wanted not in ("mine", "theirs"):
        raise InputError("--keep is 'mine' or 'theirs'")
    matching = [s for s in options if s.mine == (wanted == "mine")]
    if not matching:
        raise InputError(f"none of the conflicting values is {wanted}: use --value")
    if len(matching) > 1:
        raise InputError(f"more than one value is {wanted}: choose with --value")
    return matching[0]


def _typed(value: str, convert) -> str:
    """The user's text as the log's JSON for this field's type."""
    for candidate in (encode(value), value):
        if candidate is None:  # encode() gives None only for None
            continue
        try:
            rowcodec.to_stored(convert, candidate)
            return candidate
        except (rowcodec.BadValue, ValueError):
            continue
    raise InputError(f"'{value}' is not a valid value for this field")
