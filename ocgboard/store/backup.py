"""Backups and restores through SQLite's online backup API.

The backup API copies a consistent snapshot even while WAL holds
uncommitted pages, which a plain file copy would not. Backup files hold the
whole board, so they are created 0600.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

from ocgboard import clock, paths
from ocgboard.errors import StoreError
from ocgboard.store import cipher
from ocgboard.store.engine import create_private_file


def backup_name(label: str, wall: clock.Clock, suffix: str = ".sqlite", *,
                of: Path | None = None) -> Path:
    """A new backup's file, named for the store it saves (`of`: the first board's is
    "board", one joined beside it its own file's name) and by the laptop's local
    time (sorts by age)."""
    stamp = wall.local_now().strftime("%Y%m%dT%H%M%S%f")
    return paths.backups_dir() / f"{of.stem if of else 'board'}-{stamp}-{label}{suffix}"


def copy_database(source: Path, target: Path) -> Path:
    """Snapshot `source` into a new private file at `target`, fsync'd."""
    snapshot = Snapshot(source, target)
    snapshot.copy()
    return snapshot.wait()


def before(source: Path, label: str, wall: clock.Clock, *, alongside: bool) -> Snapshot:
    """The store as it is now, on its way to the backups folder: copied alongside
    the work it guards (`alongside`), or at once. A load that leaves WAL mode
    must be the store's only user, so its (small) store is copied first."""
    snapshot = Snapshot(source, backup_name(label, wall, of=source))
    if alongside:
        return snapshot.in_background()
    snapshot.copy()
    return snapshot


class Snapshot:
    """A backup of the store as it is when this is made, written meanwhile.

    The read transaction opened here pins the store's content: in WAL mode a
    writer may go on while the copy runs, and the copy still holds exactly what
    was there before. The copy runs in one SQLite call, without the GIL, so
    `in_background` lets the writer's work and the copy share two cores; `wait`
    says whether the backup is whole before anything relies on it.
    """

    def __init__(self, source: Path, target: Path):
        self.source, self.target = source, target
        self.tmp = target.with_name(target.name + ".part")
        self.failure: StoreError | None = None
        self.kept: Path | None = None  # the backup's file, once whole
        self.thread: threading.Thread | None = None
        self.src: sqlite3.Connection | None = None
        self.dst: sqlite3.Connection | None = None
        try:
            self.tmp.unlink(missing_ok=True)
            create_private_file(self.tmp)
            self.src = cipher.open_existing(source, check_same_thread=False,
                                            isolation_level=None)
            self.src.execute("BEGIN")
            self.src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # pins it
            # Under the key of the store it copies: a backup is never plainer than it.
            self.dst = cipher.connect_with(self.tmp, cipher.key_for(source),
                                           check_same_thread=False)
        except (*cipher.Error, OSError) as exc:
            self._close()
            raise self._error(exc) from exc

    def in_background(self) -> Snapshot:
        self.thread = threading.Thread(target=self.copy, daemon=True,
                                       name="ocgboard backup")
        self.thread.start()
        return self

    def copy(self) -> None:
        assert self.src is not None and self.dst is not None
        try:
            self.src.backup(self.dst)
            self.dst.execute("PRAGMA journal_mode=DELETE")
        except (*cipher.Error, OSError) as exc:
            self.failure = self._error(exc)
        finally:
            self._close()

    def wait(self) -> Path:
        """The backup's file, fsync'd in place; raises StoreError if it could not be made."""
        if self.thread is not None:
            self.thread.join()
        try:
            if self.failure is not None:
                raise self.failure
            settle(self.tmp, self.target)
        except OSError as exc:
            self.tmp.unlink(missing_ok=True)
            raise self._error(exc) from exc
        except StoreError:
            self.tmp.unlink(missing_ok=True)
            raise
        self.kept = self.target
        return self.target

    def abandon(self) -> None:
        """What it guarded changed nothing, or failed: a backup not yet whole is let go."""
        if self.thread is not None:
            self.thread.join()
        self._close()
        self.tmp.unlink(missing_ok=True)

    def _close(self) -> None:
        for conn in (self.dst, self.src):
            if conn is not None:
                conn.close()
        self.src = self.dst = None

    def _error(self, exc: BaseException) -> StoreError:
        if isinstance(exc, OSError):
            return StoreError(f"cannot write the backup {self.target}: {exc.strerror}")
        return StoreError(f"backup of {self.source} failed: {exc}")


def restore_into(backup: Path, live: Path) -> None:
    """Replace the live database's contents with the backup's, in one step.

    Writing through the backup API into the open live file keeps its WAL
    consistent; copying files over it would not.
    """
    src = cipher.open_existing(backup)
    dst = cipher.open_existing(live, read_only=False, timeout=30)
    try:
        src.backup(dst)
    except cipher.Error as exc:
        raise StoreError(f"restore from {backup} failed: {exc}") from exc
    finally:
        dst.close()
        src.close()


def check_readable(path: Path) -> None:
    """Refuse anything that is not an intact SQLite database."""
    if not path.is_file():
        raise StoreError(f"no backup file at {path}")
    try:
        conn = cipher.open_existing(path)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except cipher.DatabaseError as exc:
        raise StoreError(f"{path.name} is not an ocgboard backup ({exc})") from exc
    if result != "ok":
        raise StoreError(f"{path.name} is damaged: {result}")


def settle(part: Path, target: Path) -> None:
    """A file written at `part`, durable under its own name: fsync'd, renamed, and
    the rename itself fsync'd."""
    _fsync(part)
    os.replace(part, target)
    _fsync(target.parent)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
