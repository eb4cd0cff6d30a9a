"""Merging received change records into the store.

Records arrive grouped by row. Each new record is stored as it was signed;
then every row it touches is rebuilt from all the records held for it: per
field, the heads (records nothing supersedes) decide the value, and two or
more heads with different values are a conflict, kept until resolved. The
result depends only on which records are held, never on the order they
came in: replicas that hold the same records hold the same rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from sqlalchemy import Connection

from ocgboard.errors import BoardError
from ocgboard.store import clock, heads, rowcodec
from ocgboard.store.base import logged_columns, syncable_tables
from ocgboard.store.changelog import INSERT_SQL
from ocgboard.sync.summary import Summary

BATCH = 20_000
FUTURE_SLACK_MS = 24 * 3600 * 1000  # a clock more than a day ahead is not followed

ScopeCheck = Callable[[tuple, bool], str | None]


class Table:
    """What the merge needs to know about one syncable table."""

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
    """What a column holds when no record has set it (an extract leaves some out)."""
    default = column.default
    if default is not None and default.is_scalar and not column.nullable:
        return rowcodec.stored_form(column)(default.arg)
    return None


class Merger:
    def __init__(self, conn: Connection, *, scope_check: ScopeCheck | None = None,
                 sender: str | None = None, sender_name: str | None = None):
        self.conn = conn
        self.raw = conn.connection.dbapi_connection
        self.scope_check = scope_check
        self.sender, self.sender_name = sender, sender_name
        self.tables = {name: Table(model) for name, model in syncable_tables().items()}
        self.devices = {uuid: [pk, local, seq, hlc] for pk, uuid, local, seq, hlc in
                        conn.exec_driver_sql("SELECT id, uuid, is_local, last_seq, last_hlc "
                                             "FROM device")}
        self.known: dict[str, set[int]] = {}
        self.local_rows = {r for (r,) in conn.exec_driver_sql(
            "SELECT DISTINCT row_id FROM change")}
        self.summary = Summary()
        self.pending: list[tuple] = []
        self.row_id: str | None = None
        self.group: list[tuple] = []
        self.recompute: dict[str, str] = {}
        self.max_hlc = 0

    # -- feeding records ------------------------------------------------------

    def feed(self, rec: tuple) -> None:
        device, seq, hlc, _a, entity, row_id, fld, _o, _n, _s, _h = rec
        if seq in self._known(device):
            self.summary.records_known += 1
            return
        self._check_shape(rec)
        if self.scope_check is not None:
            problem = self.scope_check(rec, row_id in self.local_rows)
            if problem:
                self.summary.refused.append(problem)
                return
        self._known(device).add(seq)
        self.pending.append(rec)
        self.summary.records_new += 1
        self.max_hlc = max(self.max_hlc, hlc)
        if row_id != self.row_id:
            self._close_group()
            self.row_id = row_id
        self.group.append(rec)
        if len(self.pending) >= BATCH:
            self._write_records()

    def _known(self, device: str) -> set[int]:
        if device not in self.known:
            info = self.devices.get(device)
            self.known[device] = set() if info is None else {s for (s,) in
                self.conn.exec_driver_sql("SELECT seq FROM change WHERE device_id = ?",
                                          (info[0],))}
        return self.known[device]

    def _check_shape(self, rec: tuple) -> None:
        entity, fld = rec[4], rec[6]
        table = self.tables.get(entity)
        if table is None or fld not in table.convert:
            raise BoardError(f"the file changes {entity}.{fld}, which this version of "
                             "ocgboard does not know: the sender runs a newer version")
        if len(rec[5]) != 32:
            raise BoardError("the file holds a record for a malformed row id")

    def _close_group(self) -> None:
        if not self.group:
            return
        row_id, entity = self.row_id, self.group[0][4]
        if row_id in self.local_rows or any(r[4] != entity for r in self.group):
            self.recompute[row_id] = entity
        else:
            self._write_row(entity, row_id, self.group, existed=None)
        self.group = []

    # -- writing --------------------------------------------------------------

    def _write_records(self) -> None:
        rows = []
        for device, seq, hlc, author, entity, row_id, fld, old, new, sup, hash_hex in \
                self.pending:
            try:
                digest = bytes.fromhex(hash_hex)
            except ValueError:
                raise BoardError("the file holds a record with a damaged hash") from None
            rows.append((self._device_pk(device), seq, hlc, author, entity, row_id, fld, old,
                         new, sup, digest))
            info = self.devices[device]
            info[2] = max(info[2], seq)
        self.raw.executemany(INSERT_SQL, rows)
        self.pending = []

    def _device_pk(self, device: str) -> int:
        if device not in self.devices:
            name = self.sender_name if device == self.sender else f"device {device[:8]}"
            cursor = self.raw.execute(
                "INSERT INTO device (uuid, name, is_local, last_seq, last_hash, last_hlc) "
                "VALUES (?, ?, 0, 0, x'', 0)", (device, name or ""))
            self.devices[device] = [cursor.lastrowid, False, 0, 0]
        return self.devices[device][0]

    def _write_row(self, entity: str, row_id: str, records, existed) -> None:
        table = self.tables[entity]
        by_field: dict[str, list[heads.Rec]] = defaultdict(list)
        for rec in records:
            device, seq, hlc, fld, new, sup = rec[0], rec[1], rec[2], rec[6], rec[8], rec[9]
            by_field[fld].append(heads.Rec(heads.record_id(device, seq), hlc, device, new,
                                           heads.parse(sup)))
        values = dict(table.defaults)
        for fld, recs in by_field.items():
            top = heads.heads_of(recs)
            chosen = heads.winner(top)
            try:
                values[fld] = rowcodec.to_stored(table.convert[fld], chosen.new)
            except rowcodec.BadValue:
                raise BoardError(f"the file holds an invalid value for {entity}.{fld}") from None
            if heads.in_conflict(top):
                heads.set_conflict(self.conn, entity, row_id, fld, top)
                self.summary.conflict(entity, row_id, fld, top)
            elif existed is not None:
                heads.clear_conflict(self.conn, row_id, fld)
        self.summary.row(entity, row_id, existed, values, table.columns)
        self.raw.execute(table.upsert, (row_id, *(values[c] for c in table.columns)))

    def finish(self) -> Summary:
        self._close_group()
        if self.summary.refused:
            return self.summary
        self._write_records()
        for row_id, entity in self.recompute.items():
            self._rebuild(row_id, entity)
        self._move_clocks()
        return self.summary

    def _rebuild(self, row_id: str, entity: str) -> None:
        records = self.conn.exec_driver_sql(
            "SELECT d.uuid, c.seq, c.hlc, c.author, c.entity, c.row_id, c.field, c.old, "
            "c.new, c.supersedes FROM change c JOIN device d ON d.id = c.device_id "
            "WHERE c.row_id = ?", (row_id,)).all()
        kinds = {r[4] for r in records}
        if len(kinds) > 1:
            raise BoardError(f"the file reuses the id of a {sorted(kinds)[0]} row for "
                             f"another kind of record")
        table = self.tables[entity]
        existed = self.raw.execute(table.select, (row_id,)).fetchone()
        self._write_row(entity, row_id, records, existed)

    def _move_clocks(self) -> None:
        ceiling = (clock.wall_ms() + FUTURE_SLACK_MS) << clock.SHIFT
        for pk, local, seq, _hlc in self.devices.values():
            self.raw.execute("UPDATE device SET last_seq = max(last_seq, ?) WHERE id = ? "
                             "AND NOT is_local", (seq, pk))
            if local:
                self._catch_up_local(pk)
        if self.max_hlc:
            self.raw.execute("UPDATE device SET last_hlc = max(last_hlc, ?) WHERE is_local",
                             (min(self.max_hlc, ceiling),))

    def _catch_up_local(self, pk: int) -> None:
        """Our own records sent earlier and restored from a file: never reuse their numbers."""
        top = self.raw.execute("SELECT seq, hash FROM change WHERE device_id = ? "
                               "ORDER BY seq DESC LIMIT 1", (pk,)).fetchone()
        if top:
            self.raw.execute("UPDATE device SET last_seq = ?, last_hash = ? WHERE id = ? "
                             "AND last_seq < ?", (top[0], top[1], pk, top[0]))


def merge(conn: Connection, records, **options) -> Summary:
    merger = Merger(conn, **options)
    for rec in records:
        merger.feed(rec)
    return merger.finish()
