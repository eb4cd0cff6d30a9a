"""Backing up and restoring a whole store, as the user asks for it."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

from sqlalchemy import select

from ocgboard import files
from ocgboard.errors import StoreError
from ocgboard.store import backup, cipher, rewind, schema
from ocgboard.store.engine import raw_sqlite
from ocgboard.store.models import Board, Device, LocalSetting
from ocgboard.store.session import Store
from ocgboard.store.verify import verify


def take_backup(store: Store, target: Path | None = None) -> Path:
    live = store.path
    if live is None:
        where = "on a database server" if store.engine.dialect.name != "sqlite" else "in-memory"
        raise StoreError(f"a store {where} cannot be backed up as a file")
    if target is not None and target.exists():
        raise StoreError(f"{target} already exists; choose a new file name")
    return backup.copy_database(live, target or backup.backup_name("manual", store.clock,
                                                                     of=live))


def file_revision(path: Path) -> str | None:
    conn = cipher.open_existing(path)
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in names or "change" not in names:
            raise StoreError(f"{path.name} is not an ocgboard backup")
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except cipher.DatabaseError as exc:
        raise StoreError(f"{path.name} is not an ocgboard backup ({exc})") from exc
    finally:
        conn.close()


def restore(url: str, source: Path) -> tuple[Path, Store]:
    """Replace the store at `url` with `source`; returns the safety backup and the store.

    Nothing is touched until a copy of the backup has passed what an import
    passes (`Ready`). The current board is saved first, and the checked copy is
    what is restored.
    """
    current = Store.open(url, create=False)
    try:
        ready = Ready(current, source)
    finally:
        current.close()
    try:
        safety = ready.put_in_place()
    finally:
        ready.discard()
    return safety, Store.open(url, create=False)


class Ready:
    """A backup or an import's undo file checked against the open `store`, ready to
    put in place once that store is closed.

    The checks cost the most (a copy, its upgrade, verify), so the app makes them
    while the board stays open and still in use, and refuses a file without closing
    anything. A backup must be intact, ocgboard's, not from a newer version, every
    chain and row as its log says, with no object ocgboard never makes, contacts
    whose keys match their fingerprints, made by this laptop (another laptop's
    backup would make this one take its identity) and of this board. An undo file
    must undo the last import into the store as it is now; it is checked again
    when it is applied, since the board may change in between.
    """

    def __init__(self, store: Store, source: Path):
        live = store.path
        if live is None:
            raise StoreError("an in-memory store cannot be restored into")
        self.source, self.live, self.url = source, live, str(store.engine.url)
        self.clock = store.clock
        self.undo = rewind.is_undo_file(source)
        self._work = ExitStack()  # the checked copy's folder, until it is put in place
        try:
            self.checked = self._work.enter_context(files.private_workdir("restore-")) \
                / "checked.sqlite"
            if self.undo:
                _check_undo(store, source)
            else:
                _check_backup(store, source, live, self.checked)
        except BaseException:
            self.discard()
            raise

    def put_in_place(self) -> Path:
        """The board saved as it is, then replaced: with the store closed by its
        user (a backup is written into the live file). The safety backup's file."""
        safety = backup.copy_database(self.live, backup.backup_name(
            "before-restore", self.clock, of=self.live))
        if self.undo:
            _rewind(self.url, self.source)
        else:
            backup.restore_into(self.checked, self.live)
        return safety

    def discard(self) -> None:
        """The checked copy let go of: put in place or not wanted."""
        self._work.close()


def _check_backup(current: Store, source: Path, live: Path, copy: Path) -> None:
    backup.check_readable(source)
    schema.check_not_newer(file_revision(source))
    if live.resolve() == source.resolve():
        raise StoreError("that file is the live database itself")
    _checked_copy(source, copy, current)


def _check_undo(current: Store, source: Path) -> None:
    """The undo file shown, without writing, to undo the store as it is now."""
    undo_file = rewind.UndoFile(source)
    try:
        device, revision = _local_device(current)[0], schema.stored_revision(current.engine)
        with current.engine.connect() as conn:
            undo_file.check(raw_sqlite(conn), device, str(revision))
            conn.rollback()
    finally:
        undo_file.close()


def _rewind(url: str, source: Path) -> None:
    """The store put back as it was before the import `source` undoes, in one
    transaction that checks it all again."""
    undo_file = rewind.UndoFile(source)
    current = Store.open(url, create=False)
    try:
        device, revision = _local_device(current)[0], schema.stored_revision(current.engine)
        with current.engine.connect() as conn:
            rewind.rewind(conn, undo_file, device, str(revision))
    finally:
        undo_file.close()
        current.close()


def _checked_copy(source: Path, copy: Path, current: Store) -> Path:
    backup.copy_database(source, copy)
    candidate = Store.open(f"sqlite:///{copy}", create=False, own_clock=current.own_clock,
                           backup_first=False)
    try:
        theirs, ours = _local_device(candidate), _local_device(current)
        if theirs[0] != ours[0]:
            raise StoreError(f"{source.name} is a backup of another laptop ('{theirs[1]}'): "
                             "restoring it would make this laptop take that one's identity; "
                             "restore it on that laptop")
        saved, live = _board_of(candidate), _board_of(current)
        if saved and live and saved != live:
            raise StoreError(f"{source.name} is a backup of another board this laptop holds: "
                             "restore it into that board (--board NAME)")
        with candidate.engine.connect() as conn:
            report = verify(conn)
        if not report.ok:
            raise StoreError(f"{source.name} fails its checks ({report.problems[0]}); "
                             "nothing was restored")
    finally:
        candidate.close()
    return copy


def _local_device(store: Store) -> tuple[str, str]:
    with store.reader() as s:
        device = s.scalars(select(Device).where(Device.is_local)).one()
        return device.uuid, device.name


def _board_of(store: Store) -> str | None:
    """The board a store holds, by its id: one laptop holds several, one identity."""
    with store.reader() as s:
        found = s.scalar(select(Board.id).where(~Board.deleted).order_by(Board.id))
        if found is not None:
            return found.hex
        return s.scalar(select(LocalSetting.value).where(LocalSetting.key == "board_id"))
