"""Putting the store back as it was before an import, from that import's undo file.

The undo file (`store/undo.py`) is read as hostile as any backup: it is
checked whole by SQLite, it must be this laptop's and this schema's, the
store must be exactly as the import left it, table and column names come
from the live schema only, and the rewound store must pass `verify` inside
the same transaction, or nothing changes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from ocgboard.errors import StoreError
from ocgboard.store import backup, cipher, undo
from ocgboard.store.engine import raw_sqlite
from ocgboard.store.verify import verify

MAX_STEPS = 2_000_000  # far past any import an undo file is made for


def is_undo_file(path: Path) -> bool:
    try:
        with closing(cipher.open_existing(path)) as conn:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            return {"meta", "step"} <= names and conn.execute(
                "SELECT value FROM meta WHERE key = 'format'").fetchone() == (undo.FORMAT,)
    except cipher.DatabaseError:
        return False


class UndoFile:
    """An undo file, opened read-only and checked against the store it would rewind."""

    def __init__(self, path: Path):
        backup.check_readable(path)
        self.path = path
        self.conn = cipher.open_existing(path)
        try:
            self.meta = self._meta()
        except BaseException:
            self.conn.close()
            raise

    def _meta(self) -> dict:
        name = self.path.name
        try:
            meta = dict(self.conn.execute("SELECT key, value FROM meta"))
            count = self.conn.execute("SELECT count(*) FROM step").fetchone()[0]
        except cipher.DatabaseError as exc:
            raise StoreError(f"{name} is not an ocgboard undo file ({exc})") from exc
        if meta.get("format") != undo.FORMAT:
            raise StoreError(f"{name} is not an ocgboard undo file")
        if count > MAX_STEPS:
            raise StoreError(f"{name} holds {count:,} steps, more than any undo file")
        return meta

    def close(self) -> None:
        self.conn.close()

    def check(self, raw: sqlite3.Connection, device_uuid: str, revision: str) -> list:
        """The steps, once the store is shown to be the one this file undoes, as the
        import left it."""
        name = self.path.name
        if self.meta.get("device") != device_uuid:
            raise StoreError(f"{name} undoes an import on another laptop; nothing was restored")
        if self.meta.get("schema") != revision:
            raise StoreError(f"{name} was made before this laptop's ocgboard was upgraded; "
                             "restore a whole backup instead")
        live = undo.tables(raw)
        steps = self._steps(live)
        if (_loads(self.meta.get("shape")) != undo.shape(raw)
                or self.meta.get("written") != undo.written_digest(raw, steps)):
            raise StoreError(f"the board has changed since the import {name} undoes (an edit "
                             "or another import): undo later imports first, newest first, or "
                             "restore a whole backup; nothing was restored")
        return steps

    def _steps(self, live: dict[str, list[str]]) -> list:
        steps = []
        for seq, tbl, op, rid, new_rid in self.conn.execute(
                "SELECT seq, tbl, op, rid, new_rid FROM step ORDER BY seq"):
            wants_old = op in ("U", "D")
            if (tbl not in live or op not in undo.OPS or not isinstance(seq, int)
                    or not isinstance(rid if wants_old else new_rid, int)
                    or (op == "U" and not isinstance(new_rid, int))):
                raise StoreError(f"{self.path.name} holds a step this store cannot take; "
                                 "nothing was restored")
            steps.append((seq, tbl, op, rid, new_rid))
        for tbl in {s[1] for s in steps if s[2] != "I"}:
            columns = [r[1] for r in self.conn.execute(
                f"PRAGMA table_info({undo.quoted('old_' + tbl)})")]
            if columns != [undo.KEY, *live[tbl]]:
                raise StoreError(f"{self.path.name} does not match this board's tables; "
                                 "nothing was restored")
        if undo.content_digest(self.conn, steps) != self.meta.get("content"):
            raise StoreError(f"{self.path.name} is damaged: its rows do not match its "
                             "digest; nothing was restored")
        return steps

    def old_row(self, tbl: str, seq: int) -> tuple:
        row = self.conn.execute(f"SELECT * FROM {undo.quoted('old_' + tbl)} WHERE {undo.KEY} = ?",
                                (seq,)).fetchone()
        if row is None:
            raise StoreError(f"{self.path.name} is missing a row it needs; nothing was restored")
        return row[1:]


def _loads(text: str | None):
    try:
        return json.loads(text or "null")
    except ValueError:
        return None


def rewind(conn, source: UndoFile, device_uuid: str, revision: str) -> int:
    """Every step of `source` taken back, newest first, inside one transaction on
    `conn` that also passes `verify`; returns how many rows were put back."""
    raw = raw_sqlite(conn)
    with _foreign_keys_off(raw):
        transaction = conn.begin()
        try:
            steps = source.check(raw, device_uuid, revision)
            live = undo.tables(raw)
            for seq, tbl, op, rid, new_rid in reversed(steps):
                _take_back(raw, source, live[tbl], seq, tbl, op, rid, new_rid)
            report = verify(conn)
            if not report.ok:
                raise StoreError(f"the board put back by {source.path.name} fails its checks "
                                 f"({report.problems[0]}); nothing was restored")
            transaction.commit()
        except BaseException:
            transaction.rollback()
            raise
    return len(steps)


def _take_back(raw, source: UndoFile, columns: list[str], seq, tbl, op, rid, new_rid) -> None:
    table = f"main.{undo.quoted(tbl)}"
    if op == "I":
        raw.execute(f"DELETE FROM {table} WHERE rowid = ?", (new_rid,))
        return
    old = source.old_row(tbl, seq)
    cols = ", ".join(undo.quoted(c) for c in columns)
    if op == "U":
        sets = ", ".join(f"{undo.quoted(c)} = ?" for c in columns)
        raw.execute(f"UPDATE {table} SET rowid = ?, {sets} WHERE rowid = ?",
                    (rid, *old, new_rid))
    else:
        raw.execute(f"INSERT INTO {table} (rowid, {cols}) VALUES "
                    f"(?, {', '.join('?' * len(columns))})", (rid, *old))


@contextmanager
def _foreign_keys_off(raw: sqlite3.Connection) -> Iterator[None]:
    """Rows come back one at a time, so a reference may point ahead for a moment;
    `verify` checks every reference before commit."""
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        raw.execute("PRAGMA foreign_keys = ON")
