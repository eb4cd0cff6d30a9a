"""Writing many rows at once, with their change records, for demo boards.

The ORM hook is right for a person's edits but far too slow for a national
board of 400,000 rows. This writer inserts rows with executemany and stamps
the same records (one a row) through the same Recorder, so the log and the
audit trail cannot tell which path wrote them. An action written without a
number is given its threat's next, as the plan services give one.
"""

from __future__ import annotations

import datetime as dt
import gc
import uuid

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.store.base import Base, logged_columns
from ocgboard.store.changelog import Recorder, encode
from ocgboard.store.engine import is_sqlite, raw_sqlite, to_json
from ocgboard.store.log import Log
from ocgboard.store.models import Action

FLUSH_EVERY = 50_000


_BINDERS = {
    uuid.UUID: lambda v: v.hex,
    dt.date: lambda v: v.isoformat(),
    dt.datetime: lambda v: v.strftime("%Y-%m-%d %H:%M:%S.%f"),  # SQLAlchemy's SQLite form
    list: to_json,
    dict: to_json,
}


def _same(value):
    return value


def _stored(value):
    """A Python value as SQLAlchemy would bind it for SQLite."""
    binder = _BINDERS.get(type(value))
    return binder(value) if binder else value


class BulkWriter:
    """Use as a context manager: indexes on the log are rebuilt once at the end."""

    def __init__(self, session: Session):
        self.conn = session.connection()
        self.sqlite = is_sqlite(self.conn)
        # Rows as SQLite keeps them, written past SQLAlchemy; on PostgreSQL as
        # Python values, through SQLAlchemy's executemany.
        self.stored = _stored if self.sqlite else _same
        if self.sqlite:
            # A big page cache for the load; index maintenance on random UUIDs
            # otherwise spends its time re-reading pages.
            self.conn.exec_driver_sql("PRAGMA cache_size=-262144")
        self.recorder = Recorder.for_local_device(self.conn, session.info.get("author", ""),
                                                  clock.of(session))
        self.pending: dict[type[Base], list[tuple]] = {}
        self.count = 0
        self.last_number: dict[uuid.UUID, int] = {}  # by threat, as written so far

    def add(self, model, **values) -> uuid.UUID:
        """Queue one new row; returns its id. Unset columns take their defaults."""
        row_id = values.pop("id", None) or uuid.uuid4()
        if model is Action:
            values["number"] = self._number(values["threat_id"], values.get("number"))
        columns = logged_columns(model)
        hex_id = row_id.hex
        row = [hex_id if self.sqlite else row_id]
        logged: dict[str, str] = {}
        for col in columns:
            value = values[col] if col in values else _default(model, col)
            row.append(self.stored(value))
            text = encode(value)
            if text is None or (col == "deleted" and value is False):
                continue
            logged[col] = text
        self.recorder.add(model.__tablename__, hex_id, logged)
        self.pending.setdefault(model, []).append(tuple(row))
        self.count += 1
        if self.count % FLUSH_EVERY == 0:
            self.flush()
        return row_id

    def _number(self, threat_id: uuid.UUID, given: int | None) -> int:
        """`given`, or the threat's next number: after any it holds already."""
        last = self.last_number.get(threat_id)
        if last is None:
            last = self.conn.execute(
                select(func.max(Action.number)).where(Action.threat_id == threat_id)
            ).scalar() or 0
        number = last + 1 if given is None else given
        self.last_number[threat_id] = max(last, number)
        return number

    def __enter__(self) -> BulkWriter:
        self.log = Log(raw_sqlite(self.conn)) if self.sqlite else None
        if self.log is not None:
            self.log.drop_indexes()
        # Millions of new tuples would make the cycle collector rescan every
        # live object again and again; nothing written here holds a cycle.
        self.gc_was_enabled = gc.isenabled()
        gc.disable()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if self.gc_was_enabled:
            gc.enable()
        if exc_type is None:
            self.flush()
        # Recreated even after a failure: the transaction is rolled back anyway,
        # and the connection must not go back to the pool without them.
        if self.log is not None:
            self.log.build_indexes()
            self.conn.exec_driver_sql("PRAGMA cache_size=-2000")

    def flush(self) -> None:
        """Write queued rows parents first (foreign keys are checked per statement)."""
        for table in Base.metadata.sorted_tables:
            model = next((m for m in self.pending if m.__table__ is table), None)
            if model is None:
                continue
            rows = self.pending[model]
            columns = ["id", *logged_columns(model)]
            if self.sqlite:
                sql = (f"INSERT INTO {model.__tablename__} ({', '.join(columns)}) "
                       f"VALUES ({', '.join('?' * len(columns))})")
                self.conn.exec_driver_sql(sql, rows)
            else:
                self.conn.execute(insert(table), [dict(zip(columns, row, strict=True))
                                                  for row in rows])
        self.pending = {}
        self.recorder.write(self.conn)


_DEFAULTS: dict = {}


def _default(model, col: str):
    key = (model, col)
    if key not in _DEFAULTS:
        default = model.__table__.c[col].default
        if default is None:
            _DEFAULTS[key] = None
        elif default.is_scalar:
            _DEFAULTS[key] = default.arg
        else:
            _DEFAULTS[key] = _CALL
    value = _DEFAULTS[key]
    if value is _CALL:
        return model.__table__.c[col].default.arg(None)
    return value


_CALL = object()
