"""The Store: one engine, its migrated schema, and session scopes for callers.

The GUI and the CLI own session scope (one per user action) through
`Store.session(author)`; services receive that Session and never open one.
Each session carries the store's clock (`session.info["clock"]`), so a
service's "today" and the change log's time are the store's.
"""

from __future__ import annotations

import getpass
import platform
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from ocgboard import clock
from ocgboard.clock import Clock  # inside Store, `clock` names its property
from ocgboard.errors import StoreError
from ocgboard.store import capture, identity, schema
from ocgboard.store.engine import READ_ONLY, is_sqlite, make_engine, sqlite_path
from ocgboard.store.models import Device, LocalSetting


class Store:
    def __init__(self, engine: Engine, created: bool, backup: Path | None,
                 own_clock: clock.Clock | None = None, keys_folder: Path | None = None):
        self.engine = engine
        self.own_clock = own_clock
        self.keys_folder = keys_folder  # None: the data folder's
        self.created = created
        self.backup_taken = backup
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        capture.install(self._sessions)
        self._readers = sessionmaker(bind=engine.execution_options(**reader_options(engine)),
                                     expire_on_commit=False)
        capture.install(self._readers)

    @property
    def clock(self) -> clock.Clock:
        """This store's clock: its own if it was given one, else the process's."""
        return self.own_clock if self.own_clock is not None else clock.current()

    @classmethod
    def open(cls, url: str, *, create: bool = True, own_clock: Clock | None = None,
             backup_first: bool = True, keys_folder: Path | None = None) -> Store:
        """`keys_folder`: where this laptop's keys are, if not in the data folder;
        the store's own device id is derived from them."""
        wall = own_clock or clock.current()  # a bad test clock is refused before any file
        existing = sqlite_path(url)
        if existing is not None and existing.is_file() and existing.stat().st_size:
            schema.check_not_newer(schema.file_revision(existing))  # before any connection
        engine = make_engine(url, create=create)
        try:
            fresh = schema.stored_revision(engine) is None
            taken = schema.upgrade(engine, wall, backup_first=backup_first,
                                   keys=lambda: identity.load(keys_folder))
        except Exception:
            engine.dispose()
            raise
        store = cls(engine, fresh, taken, own_clock, keys_folder)
        store._ensure_local_device()
        return store

    @property
    def path(self) -> Path | None:
        return sqlite_path(str(self.engine.url))

    @property
    def location(self) -> str:
        """Where the store is, for people: its file, or its server's URL (no password)."""
        if self.path is not None:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self, author: str | None = None) -> Iterator[Session]:
        """A unit of work: committed if the block succeeds, rolled back if not."""
        session = self._sessions()
        session.info["author"] = _checked_author(author or self.operator())
        session.info["clock"] = self.clock
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A read-only scope: nothing is committed; objects stay readable after it.

        It does not take the write lock, so reads go on while a worker writes."""
        session = self._readers()
        session.info["author"] = "(reader)"
        session.info["clock"] = self.clock
        try:
            yield session
        finally:
            # close() rolls the connection back without expiring loaded objects.
            session.close()

    def operator(self) -> str:
        with self._sessions() as s:
            name = s.get(LocalSetting, "operator")
        return name.value if name else _login_name()

    def keys(self) -> identity.DeviceKeys:
        """This laptop's keys (made now if it has none)."""
        return identity.load(self.keys_folder)

    def _ensure_local_device(self) -> None:
        with self._sessions.begin() as s:
            s.info["clock"] = self.clock
            if s.scalar(select(Device.id).where(Device.is_local)) is None:
                s.add(Device(uuid=self.keys().device_id, name=platform.node() or "this laptop",
                             is_local=True, last_seq=0, last_hash=b"", last_hlc=0))


def reader_options(engine: Engine) -> dict:
    """A reader's transaction: on SQLite a plain BEGIN, which in WAL mode reads one
    snapshot beside the writer; on PostgreSQL the same, asked for (REPEATABLE READ),
    and read-only."""
    if is_sqlite(engine):
        return {READ_ONLY: True}
    return {READ_ONLY: True, "isolation_level": "REPEATABLE READ", "postgresql_readonly": True}


def _checked_author(name: str) -> str:
    """An author is a name on one line: it is stored in every record they make."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        raise StoreError("the author's name is not valid UTF-8") from None
    if not name.strip() or len(name) > 200 or any(ord(ch) < 32 or ord(ch) == 127
                                                    for ch in name):
        raise StoreError("the author's name must be one line of up to 200 characters")
    return name.strip()


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown user"


def open_store(url: str, *, create: bool = True, own_clock: clock.Clock | None = None,
               keys_folder: Path | None = None) -> Store:
    try:
        return Store.open(url, create=create, own_clock=own_clock, keys_folder=keys_folder)
    except StoreError:
        raise
    except Exception as exc:  # sqlite3 errors on unreadable or foreign files
        raise StoreError(f"cannot open the board database: {_why(exc)}") from exc


def _why(exc: Exception) -> str:
    """The driver's own reason on one line, without SQLAlchemy's wrapping of it."""
    found = getattr(exc, "orig", None) or exc
    return " ".join(line.strip() for line in str(found).splitlines() if line.strip()) \
        or type(exc).__name__
