"""Rebuilding rows from their change records.

A new row made by one record takes that record's fields. Otherwise, per
field, the heads (records no other record supersedes) decide: one head, or
several with one value, gives the value; several values are a conflict,
recorded and shown with the greatest (clock, device) meanwhile. Rows are
written in batches, in key order.
"""

from __future__ import annotations

from operator import itemgetter

from ocgboard import clock
from ocgboard.errors import BoardError
from ocgboard.store import heads, record, rowcodec
from ocgboard.store import raw as rawdb
from ocgboard.store.base import logged_columns, syncable_tables
from ocgboard.store.log import Log
from ocgboard.store.record import DEVICE, ENTITY, FIELDS, HASH, HLC, SEQ, SUPERSEDES
from ocgboard.sync import references
from ocgboard.sync.summary import Summary

BATCH = 20_000


class Table:
    """What rebuilding needs to know about one syncable table."""

    def __init__(self, model):
        self.name = model.__tablename__
        self.columns = logged_columns(model)
        table = model.__table__
        self.convert = {c: rowcodec.stored_form(table.c[c]) for c in self.columns}
        self.plain = {c: rowcodec.plain_form(table.c[c]) for c in self.columns}
        # The row's values in column order, as one call (a tuple even of one column).
        self.in_order = itemgetter(*self.columns) if len(self.columns) > 1 else \
            (lambda values, only=self.columns[0]: (values[only],))
        self.defaults = {c: _default(table.c[c]) for c in self.columns}
        names = ["id", *self.columns]
        updates = ", ".join(f"{c} = excluded.{c}" for c in self.columns)
        self.upsert = (f"INSERT INTO {self.name} ({', '.join(names)}) VALUES "
                       f"({', '.join('?' * len(names))}) ON CONFLICT (id) DO UPDATE SET "
                       f"{updates}")
        self.select = f"SELECT {', '.join(self.columns)} FROM {self.name} WHERE id = ?"


def _default(column):
    """What SQLite stores for a column no record has set (an extract leaves some out)."""
    value = rowcodec.absent(column)
    return None if value is None else rowcodec.stored_form(column)(value)


class RowWriter:
    def __init__(self, raw, conn, summary: Summary, uuid_of: dict[int, str],
                 wall: clock.Clock):
        self.raw, self.conn = raw, conn
        self.wall = wall
        self.summary = summary
        self.uuid_of = uuid_of
        self.tables = {name: Table(model) for name, model in syncable_tables().items()}
        self.batches: dict[str, list[tuple]] = {}
        self.dropped: list[str] = []
        # The rows written, by table, while few enough to check one by one (references.py).
        self.touched: dict[str, list[str]] | None = {}
        self.touched_count = 0
        # Set by the merger: whether batches may be written now, and a call that
        # waits until the connection is free for anything else.
        self.may_write = lambda: True
        self.barrier = lambda: None

    def without_indexes(self) -> None:
        """For a big import into a small store: each table's lookup indexes are built
        once, at the end (with_indexes), not row by row in random order. Inside the
        transaction, so a failure puts them back too."""
        names = list(self.tables)
        found = self.raw.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN "
            f"({', '.join('?' * len(names))})", names).fetchall()
        for name, sql in found:
            self.raw.execute(f'DROP INDEX "{name}"')
            self.dropped.append(sql)

    def with_indexes(self) -> None:
        for sql in self.dropped:
            self.raw.execute(sql)
        self.dropped = []

    def write(self, entity: str, row_id: str, records, existed, counted: bool = False) -> None:
        table = self.tables[entity]
        values = dict(table.defaults)
        if existed is None and len(records) == 1:
            self._set_new(table, values, records[0][FIELDS])  # a new row, made at once
        else:
            self._set_settled(table, values, row_id, records, existed)
        if not counted:
            self.summary.row(entity, row_id, existed, values, table.columns)
        self._touch(entity, row_id)
        batch = self.batches.setdefault(entity, [])
        batch.append((row_id, *table.in_order(values)))
        if len(batch) >= BATCH and self.may_write():
            self.flush(entity)

    def _touch(self, entity: str, row_id: str) -> None:
        if self.touched is None:
            return
        self.touched_count += 1
        if self.touched_count > references.FEW:
            self.touched = None
        else:
            self.touched.setdefault(entity, []).append(row_id)

    def rebuild(self, entity: str, row_id: str, counted: bool) -> None:
        """A row from every record the store now holds for it."""
        records = Log(self.raw).of_row(row_id)
        if len({r[ENTITY] for r in records}) > 1:
            raise BoardError(f"the file reuses the id of a {entity} row for another kind "
                             "of record")
        existed = self.raw.execute(self.tables[entity].select, (row_id,)).fetchone()
        self.write(entity, row_id, records, existed, counted=counted)

    def flush(self, entity: str | None = None) -> None:
        self.barrier()
        for name in [entity] if entity else list(self.batches):
            batch = self.batches.pop(name, [])
            if batch:
                batch.sort()  # in key order, the table's B-tree is written page by page
                try:
                    self.raw.executemany(self.tables[name].upsert, batch)
                except rawdb.integrity_errors() as exc:
                    raise BoardError(f"the file leaves {name} rows incomplete ({exc}): its "
                                     "records are not whole; nothing was imported") from None

    def _set_new(self, table: Table, values: dict, fields: str) -> None:
        convert = table.convert if "\\u" in fields else table.plain
        try:
            for fld, value in record.values(fields).items():
                values[fld] = None if value is None else convert[fld](value)
        except KeyError as exc:
            raise _unknown(table.name, exc.args[0]) from None
        except record.Malformed:
            raise BoardError("a record in the file is malformed") from None
        except (ValueError, TypeError):
            raise BoardError(f"the file holds an invalid value for {table.name}.{fld}") \
                from None

    def _set_settled(self, table: Table, values: dict, row_id: str, records,
                     existed) -> None:
        uuid_of = self.uuid_of
        try:
            by_field = heads.by_field((uuid_of[r[DEVICE]], r[SEQ], r[HLC], r[FIELDS],
                                       r[SUPERSEDES], r[HASH]) for r in records)
        except record.Malformed:
            raise BoardError("a record in the file is malformed") from None
        for fld, recs in by_field.items():
            convert = table.convert.get(fld)
            if convert is None:
                raise _unknown(table.name, fld)
            if len(recs) == 1:
                chosen = recs[0].new
                if existed is not None:
                    self.barrier()
                    heads.clear_conflict(self.conn, row_id, fld)
            else:
                chosen = self._settle(table.name, row_id, fld, recs, existed)
            try:
                values[fld] = rowcodec.stored(convert, chosen)
            except rowcodec.BadValue:
                raise BoardError(f"the file holds an invalid value for {table.name}.{fld}") \
                    from None

    def _settle(self, entity: str, row_id: str, fld: str, recs: list[heads.Rec],
                existed) -> object:
        """The value of a field with several records: its heads decide."""
        top = heads.heads_of(recs)
        if not top:
            raise BoardError(f"the records of {entity} {row_id[:8]}.{fld} supersede each "
                             "other in a circle: the file was forged; nothing was imported")
        if heads.in_conflict(top):
            self.barrier()
            heads.set_conflict(self.conn, entity, row_id, fld, top, self.wall.stamp())
            self.summary.conflict(entity, row_id, fld, top)
        elif existed is not None:
            self.barrier()
            heads.clear_conflict(self.conn, row_id, fld)
        return heads.winner(top).new


def _unknown(entity: str, fld: object) -> BoardError:
    return BoardError(f"the file changes {entity}.{str(fld)[:60]}, which this version of "
                      "ocgboard does not know: the sender runs a newer version")
