"""The change log of a big import into a new store, built by a second process.

Setting up a laptop from a full replica means storing millions of change
records and building hundreds of thousands of rows from them. In one Python
process that is one core's work; here a child process reads the same file
and writes the records, with the log's indexes, into a private staging
database while the importing process builds the rows. At the end the
importer moves the whole log into the store inside its own transaction:
SQLite copies a table and its indexes page by page when the target is empty
(its transfer optimisation), so the store stays all-or-nothing.

The staging file holds everything the log holds: it lives in the import's
private 0700 folder, is 0600, and goes with that folder.
"""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import subprocess
import sys
import threading
from operator import itemgetter
from pathlib import Path
from typing import IO

from ocgboard import child
from ocgboard.errors import BoardError
from ocgboard.store import cipher, vault
from ocgboard.sync import container

STAGE_CACHE = -131_072  # KiB of page cache for the child
DONE = "staged"


class StagedLog:
    """The child process building the log, and moving its result into the store."""

    def __init__(self, inner: Path, store: Path, workdir: Path,
                 device_pks: dict[int, int], ddl: list[str]):
        self.path = workdir / "staged-log.sqlite"
        fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        # The laptop's database key goes down the pipe, never on a command line.
        self.key = vault.data_key()
        task = {"inner": str(inner), "staged": str(self.path), "store": str(store),
                "devices": list(device_pks.items()), "ddl": ddl, "parent": os.getpid(),
                "key": self.key.hex() if self.key is not None else None}
        # A fresh interpreter, not multiprocessing: that would run the caller's own
        # script again in the child, and forking a process with threads is unsafe.
        # In a desktop bundle the fresh process is the bundle's executable (child.py).
        self.process = subprocess.Popen(
            child.command(__name__), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            env=child.environment(), text=True, encoding="utf-8")
        stdin = _piped(self.process.stdin)
        stdin.write(json.dumps(task))
        stdin.close()
        self.mover: threading.Thread | None = None
        self.failure: BaseException | None = None

    @staticmethod
    def ddl_of(raw) -> list[str]:
        """The store's own definitions of the log and its indexes: the copy at the
        end is page by page only when both sides are defined alike."""
        return [sql for (sql,) in raw.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'change' AND sql IS NOT NULL "
            "ORDER BY type DESC")]  # the table before its indexes

    def ready(self) -> bool:
        return self.process.poll() is not None

    def move_in_background(self, raw) -> None:
        """Once the child is done: the copy runs in one SQLite call, without the GIL,
        so the importer goes on building rows meanwhile. The caller must not use the
        connection until moved() returns."""
        self._wait()
        self.mover = threading.Thread(target=self._move, args=(raw,), daemon=True,
                                      name="ocgboard staged log copy")
        self.mover.start()

    @property
    def moving(self) -> bool:
        return self.mover is not None and self.mover.is_alive()

    def moved(self, raw) -> None:
        """The store's log is the staged one (with the store's own records, copied
        into it first); raises what went wrong in the child or the copy."""
        if self.mover is None:
            self._wait()
            self._move(raw)
        else:
            self.mover.join()
        if self.failure is not None:
            raise self.failure

    def halt(self) -> None:
        """Stop the child, and wait for a copy under way: the connection is then free."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        _piped(self.process.stdout).close()
        if self.mover is not None:
            self.mover.join()

    def close(self, raw) -> None:
        """After the transaction: let go of the child and the staging file."""
        self.halt()
        names = [name for (_seq, name, _file) in raw.execute("PRAGMA database_list")]
        if "staged" in names:
            raw.execute("DETACH DATABASE staged")

    def _move(self, raw) -> None:
        try:
            cipher.attach(raw, str(self.path), "staged", self.key)
            raw.execute("DELETE FROM main.change")
            raw.execute("INSERT INTO main.change SELECT * FROM staged.change")
        except BaseException as exc:  # re-raised by moved(), in the importer's thread
            self.failure = exc

    def _wait(self) -> None:
        reply = _piped(self.process.stdout).read()
        if self.process.wait() != 0 or not reply.startswith(DONE):
            raise BoardError(reply.strip() or "the process storing the file's change "
                             "records stopped unexpectedly")


def _piped(stream: IO[str] | None) -> IO[str]:
    """A pipe to the child; Popen leaves out only those not asked for (PIPE)."""
    if stream is None:
        raise BoardError("the process storing the file's change records has no pipe")
    return stream


def main() -> None:
    """In the child: the task on stdin; DONE on stdout, or the one-line reason it failed."""
    task = json.loads(sys.stdin.read())
    gc.disable()  # millions of records, no cycles: the collector would only rescan them
    try:
        key = bytes.fromhex(task["key"]) if task.get("key") else None
        _build(task["inner"], task["staged"], task["store"], dict(task["devices"]),
               task["ddl"], task["parent"], key)
    except BoardError as exc:
        print(exc)
    except (OSError, *cipher.Error) as exc:
        print(f"cannot store the file's change records: {exc}")
    else:
        print(DONE)


def _build(inner: str, staged: str, store: str, device_pks: dict[int, int], ddl: list[str],
           parent: int, key: bytes | None) -> None:
    # Opened by URI, so that the store can be attached read-only by URI.
    conn = cipher.connect_with(Path(staged).as_uri(), key, uri=True, isolation_level=None)
    try:
        # A scratch file: if anything goes wrong it is thrown away, never repaired.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute(f"PRAGMA cache_size = {STAGE_CACHE}")
        conn.execute(ddl[0])
        _copy_store_log(conn, store, key)
        conn.execute("BEGIN")
        conn.create_function("unhex", 1, bytes.fromhex, deterministic=True)
        insert = _insert_sql(device_pks)
        held = _held(conn, device_pks)
        with open(inner, "rb") as fh:
            container.read_header(fh)
            for fields in container.unchecked_fields(fh):
                if os.getppid() != parent:
                    raise SystemExit(1)  # the importer is gone: its work is moot
                conn.executemany(insert, _unheld(fields, held))
        _check_types(conn)
        try:
            for index in ddl[1:]:
                conn.execute(index)
        except cipher.IntegrityError:
            raise BoardError("the file holds the same record twice: it was tampered "
                             "with") from None
        conn.execute("COMMIT")
    finally:
        conn.close()


def _held(conn: sqlite3.Connection, device_pks: dict[int, int]) -> dict[str, set[int]]:
    """The sequence numbers the store already held of the file's devices (the
    library's seed, say), by the device's number in the file as written there."""
    held: dict[str, set[int]] = {}
    for num, pk in device_pks.items():
        seqs = {seq for (seq,) in conn.execute("SELECT seq FROM change WHERE device_id = ?",
                                                (pk,))}
        if seqs:
            held[str(num)] = seqs
    return held


def _unheld(fields: list[list[str]], held: dict[str, set[int]]) -> list[list[str]]:
    """Records the store already held are skipped, as the importer skips them."""
    if held.keys().isdisjoint(map(itemgetter(0), fields)):
        return fields  # the usual window: none of its devices was held

    def new(record: list[str]) -> bool:
        seqs = held.get(record[0])
        if seqs is None:
            return True
        try:
            return int(record[1]) not in seqs
        except ValueError:
            return True  # stored as it is: the importer refuses the file anyway
    return [record for record in fields if new(record)]


def _insert_sql(device_pks: dict[int, int]) -> str:
    """The record's text fields converted by SQLite, in C. The importer converts
    and checks the same records itself (container.records); _check_types makes
    sure that both read them alike."""
    devices = " ".join(f"WHEN '{int(num)}' THEN {int(pk)}" for num, pk in device_pks.items())
    return ("INSERT INTO change (device_id, seq, hlc, author, entity, row_id, fields, "
            f"supersedes, hash) VALUES (CASE ? {devices} END, ?, ?, ?, ?, ?, ?, "
            "nullif(?, ''), unhex(?))")


def _check_types(conn: sqlite3.Connection) -> None:
    odd = conn.execute("SELECT 1 FROM change WHERE typeof(seq) != 'integer' OR "
                       "typeof(hlc) != 'integer' OR length(hash) != 32 LIMIT 1").fetchone()
    if odd:
        raise BoardError("a record in the file is malformed")


def _copy_store_log(conn: sqlite3.Connection, store: str, key: bytes | None) -> None:
    """The records the store held before this import, as it committed them: the
    importer's transaction has not written any."""
    cipher.attach(conn, Path(store).as_uri() + "?mode=ro", "store", key)
    try:
        conn.execute("INSERT INTO main.change SELECT * FROM store.change")
    finally:
        conn.execute("DETACH DATABASE store")


if __name__ == "__main__":
    main()
