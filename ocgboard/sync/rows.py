"""Rebuilding rows from their change records.

Per field, the heads (records no other record supersedes) decide: one head,
or several with one value, gives the value; several values are a conflict,
recorded and shown with the greatest (clock, device) meanwhile. Rows are
written in batches, in key order.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from ocgboard import clock
from ocgboard.errors import BoardError
from ocgboard.store import heads, rowcodec
from ocgboard.store.base import logged_columns, syncable_tables
from ocgboard.sync.summary import Summary

BATCH = 20_000
# A record: (device pk, seq, hlc, author, entity, row id, field, old, new,
# supersedes, hash) -- the change table's own column order.
SEQ, HLC, ENTITY, ROW, FIELD, NEW, SUPERSEDES = 1, 2, 4, 5, 6, 8, 9


class Table:
    """What rebuilding needs to know about one syncable table."""

    def __init__(self, model):
        self.name = model.__tablename__
        self.columns = logged_columns(model)
        table = model.__table__
        self.convert = {c: rowcodec.stored_form(table.c[c]) for c in self.columns}
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
        if existed is None and len({rec[FIELD] for rec in records}) == len(records):
            self._set_new(table, values, records)  # a new row, one record a field
        else:
            self._set_settled(table, values, row_id, records, existed)
        if not counted:
            self.summary.row(entity, row_id, existed, values, table.columns)
        batch = self.batches.setdefault(entity, [])
        batch.append((row_id, *(values[c] for c in table.columns)))
        if len(batch) >= BATCH and self.may_write():
            self.flush(entity)

    def rebuild(self, entity: str, row_id: str, counted: bool) -> None:
        """A row from every record the store now holds for it."""
        records = self.raw.execute(
            "SELECT device_id, seq, hlc, author, entity, row_id, field, old, new, supersedes "
            "FROM change WHERE row_id = ?", (row_id,)).fetchall()
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
                except sqlite3.IntegrityError as exc:
                    raise BoardError(f"the file leaves {name} rows incomplete ({exc}): its "
                                     "records are not whole; nothing was imported") from None

    def _set_new(self, table: Table, values: dict, records) -> None:
        convert, decode = table.convert, rowcodec.decode
        for rec in records:
            try:
                text = rec[NEW]
                values[rec[FIELD]] = None if text is None else convert[rec[FIELD]](decode(text))
            except (ValueError, TypeError):
                raise BoardError(f"the file holds an invalid value for "
                                 f"{table.name}.{rec[FIELD]}") from None

    def _set_settled(self, table: Table, values: dict, row_id: str, records,
                     existed) -> None:
        by_field: dict[str, list[tuple]] = defaultdict(list)
        for rec in records:
            by_field[rec[FIELD]].append(rec)
        for fld, recs in by_field.items():
            if len(recs) == 1:
                chosen = recs[0][NEW]
                if existed is not None:
                    self.barrier()
                    heads.clear_conflict(self.conn, row_id, fld)
            else:
                chosen = self._settle(table.name, row_id, fld, recs, existed)
            try:
                values[fld] = rowcodec.to_stored(table.convert[fld], chosen)
            except rowcodec.BadValue:
                raise BoardError(f"the file holds an invalid value for {table.name}.{fld}") \
                    from None

    def _settle(self, entity: str, row_id: str, fld: str, recs: list[tuple],
                existed) -> str | None:
        """The value of a field with several records: its heads decide."""
        top = heads.heads_of(
            heads.Rec(heads.record_id(self.uuid_of[r[0]], r[SEQ]), r[HLC], self.uuid_of[r[0]],
                      r[NEW], heads.parse(r[SUPERSEDES])) for r in recs)
        if heads.in_conflict(top):
            self.barrier()
            heads.set_conflict(self.conn, entity, row_id, fld, top, self.wall.stamp())
            self.summary.conflict(entity, row_id, fld, top)
        elif existed is not None:
            self.barrier()
            heads.clear_conflict(self.conn, row_id, fld)
        return heads.winner(top).new
