"""A big load written once: a rollback journal instead of the WAL for one transaction.

In WAL mode every page a transaction writes goes into the WAL, and the
checkpoint then copies it into the database: a gigabyte replica loaded into a
new laptop's store is written twice. A rollback journal keeps instead the
original content of the pages a transaction changes, and pages added past the
end of the file have none, so such a load is written once. Either way a crash
is SQLite's to undo: a journal left behind by a killed process is rolled back
by the next connection that reads the store.

SQLite lets a connection leave WAL mode only when it is the sole connection,
and outside WAL mode readers would wait for the writer. So the switch is made
only when no other connection is open; otherwise the load goes through the WAL
as usual.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from ocgboard.store import cipher


@contextmanager
def written_once(raw: sqlite3.Connection, wanted: bool = True) -> Iterator[bool]:
    """Outside any transaction: yields whether the store left WAL mode for the
    block. WAL mode is back when the block ends, however it ends."""
    left = wanted and _leave_wal(raw)
    try:
        yield left
    finally:
        if left:
            raw.execute("PRAGMA main.journal_mode = WAL")


def _leave_wal(raw: sqlite3.Connection) -> bool:
    try:
        mode = raw.execute("PRAGMA main.journal_mode = DELETE").fetchone()[0]
    except cipher.OperationalError:  # "database is locked": another connection is open
        return False
    return str(mode).lower() == "delete"
