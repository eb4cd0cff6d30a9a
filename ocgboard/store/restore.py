"""Backing up and restoring a whole store, as the user asks for it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ocgboard.errors import StoreError
from ocgboard.store import backup, schema
from ocgboard.store.session import Store


def take_backup(store: Store, target: Path | None = None) -> Path:
    live = store.path
    if live is None:
        raise StoreError("an in-memory store cannot be backed up")
    if target is not None and target.exists():
        raise StoreError(f"{target} already exists; choose a new file name")
    return backup.copy_database(live, target or backup.backup_name("manual", store.clock))


def file_revision(path: Path) -> str | None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in names or "change" not in names:
            raise StoreError(f"{path.name} is not an ocgboard backup")
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path.name} is not an ocgboard backup ({exc})") from exc
    finally:
        conn.close()


def restore(url: str, source: Path) -> tuple[Path, Store]:
    """Replace the store at `url` with `source`; returns the safety backup and the store.

    The backup is checked (intact, ocgboard, not from a newer version) before
    anything is touched, and the current board is saved first.
    """
    backup.check_readable(source)
    schema.check_not_newer(file_revision(source))
    current = Store.open(url, create=False)
    try:
        live = current.path
        if live is None:
            raise StoreError("an in-memory store cannot be restored into")
        if live.resolve() == source.resolve():
            raise StoreError("that file is the live database itself")
        safety = backup.copy_database(live, backup.backup_name("before-restore", current.clock))
    finally:
        current.close()
    backup.restore_into(source, live)
    return safety, Store.open(url, create=False)
