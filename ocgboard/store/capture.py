"""The session hook that turns every ORM write of a syncable row into log records.

Services never write audit rows: they change mapped objects, and at flush
time this hook compares each object with what the database holds and records,
for each row, one change of the fields that differ. Hard deletes of syncable rows are refused;
a delete is the tombstone field `deleted` turning true.
"""

from __future__ import annotations

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from ocgboard.errors import StoreError
from ocgboard.store import changes, heads
from ocgboard.store.base import Base, logged_columns
from ocgboard.store.changelog import Recorder, encode

_TABLE_ORDER: dict[str, int] = {}


def _table_rank(cls) -> int:
    if not _TABLE_ORDER:
        for rank, table in enumerate(Base.metadata.sorted_tables):
            _TABLE_ORDER[table.name] = rank
    return _TABLE_ORDER[cls.__tablename__]


def _syncable(obj) -> bool:
    return getattr(type(obj), "__syncable__", False)


def apply_defaults(obj) -> None:
    """Fill Python-side column defaults now, so the log sees the stored values."""
    for column in type(obj).__table__.columns:
        if getattr(obj, column.key) is not None or column.default is None:
            continue
        default = column.default
        if default.is_scalar:
            setattr(obj, column.key, default.arg)
        elif default.is_callable:
            setattr(obj, column.key, default.arg(None))


def _record_new(recorder: Recorder, obj) -> None:
    apply_defaults(obj)
    values = {}
    for key in logged_columns(type(obj)):
        value = encode(getattr(obj, key))
        if value is None or (key == "deleted" and value == "false"):
            continue
        values[key] = value
    recorder.add(obj.__tablename__, obj.id.hex, values)


def _stored_values(session: Session, obj) -> dict:
    table = type(obj).__table__
    row = session.connection().execute(
        select(table).where(table.c.id == obj.id)
    ).mappings().one()
    return dict(row)


def _record_dirty(session: Session, recorder: Recorder, obj) -> None:
    state = inspect(obj)
    stored = None
    row_id = obj.id.hex
    values: dict[str, str] = {}
    for key in logged_columns(type(obj)):
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        if stored is None:
            stored = _stored_values(session, obj)
        old, new = encode(stored[key]), encode(getattr(obj, key))
        if old != new:
            values[key] = "null" if new is None else new
    if not values:
        return
    conn = session.connection()
    recorder.add(obj.__tablename__, row_id, values, heads.current(conn, row_id, values))
    # A person's edit supersedes every head they could see: it settles a conflict.
    for key in values:
        heads.clear_conflict(conn, row_id, key)


def before_flush(session: Session, _context, _instances) -> None:
    if session.info.get("replaying"):
        return
    changes.note_objects(session, (*session.new, *session.dirty, *session.deleted))
    for obj in session.deleted:
        if _syncable(obj):
            raise StoreError(f"{obj.__tablename__} rows are never deleted: tombstone them")
    new = sorted((o for o in session.new if _syncable(o)), key=_sort_key)
    dirty = sorted((o for o in session.dirty if _syncable(o) and o not in session.new),
                   key=_sort_key)
    if not new and not dirty:
        return
    recorder = Recorder.for_session(session)
    for obj in new:
        _record_new(recorder, obj)
    for obj in dirty:
        if session.is_modified(obj, include_collections=False):
            _record_dirty(session, recorder, obj)
    recorder.write(session.connection())


def _sort_key(obj):
    if obj.id is None:
        apply_defaults(obj)
    return (_table_rank(type(obj)), obj.id.hex)


def install(session_factory) -> None:
    event.listen(session_factory, "before_flush", before_flush)
