"""Where the change log lives: the store's `change` table, behind one door.

The exchange speaks in records (record.py); this is the only place that
knows how they are stored: inserting them, what a device's chain holds, a
row's records, and building the log's indexes once after a big load.
Everything takes the raw sqlite3 connection the merge works on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import Connection, insert
from sqlalchemy.exc import IntegrityError as DBAPIIntegrityError

from ocgboard.errors import StoreError
from ocgboard.store import raw as rawdb
from ocgboard.store.models import Change
from ocgboard.store.raw import Raw
from ocgboard.store.record import COLUMNS

INSERT_SQL = (f"INSERT INTO change ({', '.join(COLUMNS)}) VALUES "
              f"({', '.join('?' * len(COLUMNS))})")
SELECT = ", ".join(COLUMNS)
INDEXES = {
    "uq_change_device_seq": "CREATE UNIQUE INDEX IF NOT EXISTS uq_change_device_seq "
                            "ON change (device_id, seq)",
    "ix_change_row": "CREATE INDEX IF NOT EXISTS ix_change_row ON change (row_id)",
}


class Repeated(StoreError):
    """The same record (device and sequence) was given twice."""


class Log:
    def __init__(self, raw: Raw):
        self.raw = raw

    # -- writing ---------------------------------------------------------------

    def insert(self, records: Iterable[tuple]) -> None:
        try:
            self.raw.executemany(INSERT_SQL, records)
        except rawdb.integrity_errors() as exc:
            if rawdb.is_unique_violation(exc):
                raise Repeated("a record was given twice") from None
            raise

    @staticmethod
    def insert_portable(conn: Connection, records: list[tuple]) -> None:
        """insert() through SQLAlchemy, on any database (executemany)."""
        try:
            conn.execute(insert(Change.__table__), [dict(zip(COLUMNS, rec, strict=True))
                                                   for rec in records])
        except DBAPIIntegrityError as exc:
            if "uq_change_device_seq" in str(exc):
                raise Repeated("a record was given twice") from None
            raise

    def remove(self, keys: Iterable[tuple[int, int]]) -> None:
        """Records by (device, seq): those a staging copy stored that must wait."""
        self.raw.executemany("DELETE FROM change WHERE device_id = ? AND seq = ?", keys)

    def drop_indexes(self) -> None:
        """For a big load into a small store: the indexes are built once at the end
        (build_indexes), not record by record."""
        for name in INDEXES:
            self.raw.execute(f"DROP INDEX IF EXISTS {name}")

    def build_indexes(self) -> None:
        if rawdb.is_sqlite(self.raw):
            self.raw.execute("PRAGMA threads = 2")  # SQLite sorts with both cores
        try:
            for ddl in INDEXES.values():
                self.raw.execute(ddl)
        except rawdb.integrity_errors() as exc:
            if rawdb.is_unique_violation(exc):
                raise Repeated("a record was given twice") from None
            raise

    def advance(self, tops: dict[int, int], local: int, clock: int) -> None:
        """After records were added: each device's greatest sequence seen, and this
        laptop's clock past every clock received. Our own records, sent earlier and
        brought back by a file (a restore), move our chain's head, so that their
        numbers are never used again."""
        for device, seq in tops.items():
            if device == local:
                top = self.top(local)
                if top:
                    self.raw.execute("UPDATE device SET last_seq = ?, last_hash = ? WHERE id = ? "
                                     "AND last_seq < ?", (top[0], top[1], local, top[0]))
            else:
                self.raw.execute("UPDATE device SET last_seq = ? WHERE id = ? AND last_seq < ?",
                                 (seq, device, seq))
        if clock:
            self.raw.execute("UPDATE device SET last_hlc = ? WHERE is_local AND last_hlc < ?",
                             (clock, clock))

    # -- a device's chain ----------------------------------------------------------

    def top(self, device: int) -> tuple[int, bytes, int] | None:
        """(seq, hash, clock) of the device's last record held."""
        return self.raw.execute("SELECT seq, hash, hlc FROM change WHERE device_id = ? "
                                "ORDER BY seq DESC LIMIT 1", (device,)).fetchone()

    def at(self, device: int, seq: int) -> tuple[int, bytes, int] | None:
        return self.raw.execute("SELECT seq, hash, hlc FROM change WHERE device_id = ? "
                                "AND seq = ?", (device, seq)).fetchone()

    def span(self, device: int, first: int, last: int) -> Iterator[tuple[int, bytes, int]]:
        yield from self.raw.execute("SELECT seq, hash, hlc FROM change WHERE device_id = ? "
                                    "AND seq BETWEEN ? AND ?", (device, first, last))

    def holds(self, device: int, seq: int) -> bool:
        return self.raw.execute("SELECT 1 FROM change WHERE device_id = ? AND seq = ?",
                                (device, seq)).fetchone() is not None

    def seqs(self, device: int) -> set[int]:
        return {s for (s,) in self.raw.execute("SELECT seq FROM change WHERE device_id = ?",
                                               (device,))}

    def last_seq(self, device: int) -> int:
        return self.raw.execute("SELECT max(seq) FROM change WHERE device_id = ?",
                                (device,)).fetchone()[0] or 0

    def by_id(self, device: str, seq: int) -> tuple[int, str] | None:
        """(clock, fields) of one record, named by its device's id and sequence."""
        return self.raw.execute("SELECT c.hlc, c.fields FROM change c JOIN device d ON "
                                "d.id = c.device_id WHERE d.uuid = ? AND c.seq = ?",
                                (device, seq)).fetchone()

    def any_of(self, device: int) -> bool:
        return self.raw.execute("SELECT 1 FROM change WHERE device_id = ? LIMIT 1",
                                (device,)).fetchone() is not None

    # -- rows ----------------------------------------------------------------------

    def of_row(self, row_id: str) -> list[tuple]:
        """Every record held of one row, in the record layout."""
        return self.raw.execute(f"SELECT {SELECT} FROM change WHERE row_id = ?",
                                (row_id,)).fetchall()

    def in_row(self, row_id: str, digest: bytes) -> tuple[str, int, int, str] | None:
        """(device id, seq, clock, fields) of the record of a row with that hash."""
        return self.raw.execute("SELECT d.uuid, c.seq, c.hlc, c.fields FROM change c "
                                "JOIN device d ON d.id = c.device_id "
                                "WHERE c.row_id = ? AND c.hash = ?", (row_id, digest)).fetchone()

    def has_row(self, row_id: str) -> bool:
        return self.raw.execute("SELECT 1 FROM change WHERE row_id = ? LIMIT 1",
                                (row_id,)).fetchone() is not None

    def rows(self) -> set[str]:
        return {r for (r,) in self.raw.execute("SELECT DISTINCT row_id FROM change")}

    def size(self) -> int:
        """How many records the log has ever numbered (its greatest id)."""
        return self.raw.execute("SELECT max(id) FROM change").fetchone()[0] or 0
