"""An import's undo point kept as what the import changed, not as a whole copy.

A whole copy of a national board's store (460 MB) costs ten times more than
merging a meeting's changes into it. So while a small import runs in a big
store, temporary triggers keep the old content of every row it inserts,
changes or deletes, and before it commits that is written to the backups
folder as a small SQLite file (an undo file), fsync'd like a backup.

Restoring an undo file puts those rows back, but only onto the store exactly
as that import left it: the file states the shape of the store then (each
table's row count and largest rowid) and a digest of every row the import
wrote, and an edit or another import since changes one or the other, so it is
refused and a whole backup is the way back. Undo files restored newest first
lead back one import at a time. The file is read as hostile as any backup:
table and column names are taken only from the live store's own schema,
values are bound, and the result must pass `verify` before it commits.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from ocgboard.errors import StoreError
from ocgboard.store import backup, cipher
from ocgboard.store.engine import create_private_file

FORMAT = "ocgboard-undo 1"
SUFFIX = ".undo"
OPS = ("I", "U", "D")  # the import inserted, changed or deleted the row
KEY = "undo_step_seq"  # an old row's column naming its step; no store table has one


def tables(raw: sqlite3.Connection) -> dict[str, list[str]]:
    """The store's own tables and their columns, in order."""
    found = raw.execute("SELECT name, sql FROM main.sqlite_master WHERE type = 'table' "
                        "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
    out = {}
    for name, sql in found:
        if "WITHOUT ROWID" in (sql or "").upper():
            raise StoreError(f"table {name} has no rowid: an undo file cannot keep it")
        out[name] = [row[1] for row in raw.execute(f"PRAGMA main.table_info({quoted(name)})")]
        if KEY in out[name]:
            raise StoreError(f"table {name} has a column {KEY}: an undo file cannot keep it")
    return out


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class Journal:
    """The undo point of one import, kept while it runs in `raw`'s transaction.

    It stands where a `backup.Snapshot` would: `wait` writes the file before the
    import commits, `abandon` lets it go; `close` takes the triggers away however
    the import ends, as the connection goes back to the pool.
    """

    def __init__(self, raw: sqlite3.Connection, target: Path, about: dict):
        """`about`: what the file says of the import it undoes."""
        self.raw, self.target = raw, target
        self.about = dict(
            about, device=raw.execute("SELECT uuid FROM device WHERE is_local").fetchone()[0],
            schema=raw.execute("SELECT version_num FROM alembic_version").fetchone()[0])
        self.tmp = target.with_name(target.name + ".part")
        self.kept: Path | None = None
        self.tables = tables(raw)
        self._install()

    def _install(self) -> None:
        self.raw.execute("PRAGMA recursive_triggers = ON")  # a REPLACE's delete is kept too
        self.raw.execute("CREATE TEMP TABLE undo_step (seq INTEGER PRIMARY KEY, tbl TEXT, "
                         "op TEXT, rid INTEGER, new_rid INTEGER)")
        for name, columns in self.tables.items():
            self._watch(name, columns)

    def _watch(self, name: str, columns: list[str]) -> None:
        old, label = quoted(f"undo_old_{name}"), name.replace("'", "''")
        cols = ", ".join(quoted(c) for c in columns)
        olds = ", ".join(f"OLD.{quoted(c)}" for c in columns)
        self.raw.execute(f"CREATE TEMP TABLE {old} ({KEY} INTEGER PRIMARY KEY, {cols})")
        step = "INSERT INTO undo_step (tbl, op, rid, new_rid) VALUES ('{label}', '{op}', {r}, {n});"
        keep = f"INSERT INTO {old} ({KEY}, {cols}) VALUES (last_insert_rowid(), {olds});"
        bodies = {"I": ("INSERT", step.format(label=label, op="I", r="NULL", n="NEW.rowid")),
                  "U": ("UPDATE", step.format(label=label, op="U", r="OLD.rowid", n="NEW.rowid")
                        + keep),
                  "D": ("DELETE", step.format(label=label, op="D", r="OLD.rowid", n="NULL")
                        + keep)}
        for op, (event, body) in bodies.items():
            self.raw.execute(f"CREATE TEMP TRIGGER {quoted(f'undo_{op}_{name}')} AFTER {event} "
                             f"ON main.{quoted(name)} BEGIN {body} END")

    def wait(self) -> Path:
        """The undo file, whole and fsync'd, before the import commits."""
        steps = self.raw.execute("SELECT seq, tbl, op, rid, new_rid FROM temp.undo_step "
                                 "ORDER BY seq").fetchall()
        meta = dict(self.about, format=FORMAT, shape=json.dumps(shape(self.raw)),
                    written=written_digest(self.raw, steps))
        try:
            self.tmp.unlink(missing_ok=True)
            create_private_file(self.tmp)
            out = cipher.connect(self.tmp)
            try:
                self._write(out, meta, steps)
            finally:
                out.close()
            backup.settle(self.tmp, self.target)
        except (*cipher.Error, OSError) as exc:
            self.tmp.unlink(missing_ok=True)
            raise StoreError(f"the undo file could not be written ({exc}); nothing imported"
                             ) from exc
        self.kept = self.target
        return self.target

    def _write(self, out: sqlite3.Connection, meta: dict, steps: list) -> None:
        out.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        out.executemany("INSERT INTO meta VALUES (?, ?)", [(k, str(v)) for k, v in meta.items()])
        out.execute("CREATE TABLE step (seq INTEGER PRIMARY KEY, tbl TEXT, op TEXT, "
                    "rid INTEGER, new_rid INTEGER)")
        out.executemany("INSERT INTO step VALUES (?, ?, ?, ?, ?)", steps)
        for name in kept_tables(steps):
            columns = self.tables[name]
            out.execute(f"CREATE TABLE {quoted('old_' + name)} ({KEY} INTEGER PRIMARY KEY, "
                        f"{', '.join(quoted(c) for c in columns)})")
            rows = self.raw.execute(f"SELECT * FROM temp.{quoted('undo_old_' + name)}")
            out.executemany(f"INSERT INTO {quoted('old_' + name)} VALUES "
                            f"({', '.join('?' * (len(columns) + 1))})", rows)
        out.execute("INSERT INTO meta VALUES ('content', ?)", (content_digest(out, steps),))
        out.commit()

    def abandon(self) -> None:
        self.tmp.unlink(missing_ok=True)

    def close(self) -> None:
        """The triggers and their tables gone (a rollback has already taken them)."""
        for name in self.tables:
            for op in OPS:
                self.raw.execute(f"DROP TRIGGER IF EXISTS temp.{quoted(f'undo_{op}_{name}')}")
            self.raw.execute(f"DROP TABLE IF EXISTS temp.{quoted(f'undo_old_{name}')}")
        self.raw.execute("DROP TABLE IF EXISTS temp.undo_step")
        self.raw.execute("PRAGMA recursive_triggers = OFF")


def kept_tables(steps) -> list[str]:
    """The tables whose old rows an undo file keeps."""
    return sorted({tbl for _seq, tbl, op, _r, _n in steps if op != "I"})


def content_digest(kept: sqlite3.Connection, steps) -> str:
    """A digest of an undo file's steps and old rows, so that a file damaged
    where SQLite's own checks do not look is refused, not restored."""
    digest = hashlib.sha256()
    digest.update(repr(list(steps)).encode("utf-8"))
    for name in kept_tables(steps):
        for row in kept.execute(f"SELECT * FROM {quoted('old_' + name)} ORDER BY {KEY}"):
            digest.update(repr((name, row)).encode("utf-8", "backslashreplace"))
    return digest.hexdigest()


def shape(raw: sqlite3.Connection) -> dict[str, list[int]]:
    """Each table's row count and largest rowid: any insert or delete changes it."""
    return {name: list(raw.execute(f"SELECT count(*), coalesce(max(rowid), 0) "
                                   f"FROM main.{quoted(name)}").fetchone())
            for name in tables(raw)}


def written_digest(raw: sqlite3.Connection, steps) -> str:
    """A digest of every row the import wrote, as it is now: a later change of
    any of them changes it."""
    digest = hashlib.sha256()
    where = sorted({(tbl, rid) for _seq, tbl, _op, old, new in steps
                    for rid in (old, new) if rid is not None})
    for tbl, rid in where:
        row = raw.execute(f"SELECT * FROM main.{quoted(tbl)} WHERE rowid = ?", (rid,)).fetchone()
        digest.update(repr((tbl, rid, row)).encode("utf-8", "backslashreplace"))
    return digest.hexdigest()
