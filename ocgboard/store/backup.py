"""Backups and restores through SQLite's online backup API.

The backup API copies a consistent snapshot even while WAL holds
uncommitted pages, which a plain file copy would not. Backup files hold the
whole board, so they are created 0600.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ocgboard import clock, paths
from ocgboard.errors import StoreError
from ocgboard.store.engine import create_private_file


def backup_name(label: str, wall: clock.Clock) -> Path:
    """A new backup's file, named by the laptop's local time (sorts by age)."""
    stamp = wall.local_now().strftime("%Y%m%dT%H%M%S%f")
    return paths.backups_dir() / f"board-{stamp}-{label}.sqlite"


def copy_database(source: Path, target: Path) -> Path:
    """Snapshot `source` into a new private file at `target`, fsync'd."""
    tmp = target.with_name(target.name + ".part")
    try:
        if tmp.exists():
            tmp.unlink()
        create_private_file(tmp)
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
        _fsync(tmp)
        os.replace(tmp, target)
        _fsync(target.parent)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"backup of {source} failed: {exc}") from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"cannot write the backup {target}: {exc.strerror}") from exc
    return target


def restore_into(backup: Path, live: Path) -> None:
    """Replace the live database's contents with the backup's, in one step.

    Writing through the backup API into the open live file keeps its WAL
    consistent; copying files over it would not.
    """
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    dst = sqlite3.connect(live, timeout=30)
    try:
        src.backup(dst)
    except sqlite3.Error as exc:
        raise StoreError(f"restore from {backup} failed: {exc}") from exc
    finally:
        dst.close()
        src.close()


def check_readable(path: Path) -> None:
    """Refuse anything that is not an intact SQLite database."""
    if not path.is_file():
        raise StoreError(f"no backup file at {path}")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path.name} is not an ocgboard backup ({exc})") from exc
    if result != "ok":
        raise StoreError(f"{path.name} is damaged: {result}")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
