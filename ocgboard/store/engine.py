"""The store's engine: SQLite (a laptop's file) or PostgreSQL (a hub's server).

The database URL chooses: `sqlite:///…` or a bare path, `postgresql+psycopg://…`.
On SQLite: file permissions, pragmas and the fold() search function registered on
each connection; what PostgreSQL needs instead is in postgres.py.

Pragmas are set on every new DBAPI connection and then read back, so that a
connection that silently ignored one (a read-only file, an old SQLite) fails
loudly instead of running without foreign keys or durable commits.
"""

from __future__ import annotations

import json
import os
import sqlite3
import unicodedata
from pathlib import Path
from typing import cast, overload

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

from ocgboard.errors import StoreError
from ocgboard.store import cipher, encrypt, postgres, vault

PRAGMAS = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1}

# Letters that Unicode does not decompose into a base letter and a mark.
_FOLD_EXTRA = str.maketrans(
    {"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i", "ð": "d",
     "þ": "th", "ħ": "h", "ŀ": "l"}
)


@overload
def fold(text: str) -> str: ...


@overload
def fold(text: None) -> None: ...


def fold(text: str | None) -> str | None:
    """Case- and accent-insensitive form: 'Đorđević' and 'dordevic' fold alike."""
    if text is None:
        return None
    lowered = text.casefold().translate(_FOLD_EXTRA)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def to_json(value) -> str:
    """JSON columns keep letters as letters, so fold() and LIKE can see them."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


BACKENDS = ("sqlite", "postgresql")


def backend(url: str) -> str:
    """'sqlite' or 'postgresql': the database the URL names; others are refused."""
    name = make_url(url).get_backend_name()
    if name not in BACKENDS:
        raise StoreError(f"only SQLite and PostgreSQL stores are supported, not {name}")
    return name


def is_sqlite(conn: Connection | Engine) -> bool:
    """Whether the store under this connection is SQLite's: the seam for the paths
    that use what only SQLite has (its sqlite3 connection, PRAGMAs, its file)."""
    return conn.dialect.name == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite store; None in memory, or on a server (PostgreSQL)."""
    if backend(url) != "sqlite":
        return None
    parsed = make_url(url)
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file::memory:"):
        return None
    return Path(database)


def raw_sqlite(conn: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under a SQLAlchemy one, for the bulk paths that
    skip SQLAlchemy; only on SQLite (is_sqlite), where the DBAPI connection is
    sqlite3's (SQLAlchemy types it generically)."""
    if not is_sqlite(conn):
        raise StoreError(f"this works on a laptop's SQLite store only, not yet on "
                         f"{conn.dialect.name} (a hub's store)")
    raw = conn.connection.dbapi_connection
    if raw is None:
        raise StoreError("the database connection was closed")
    return cast(sqlite3.Connection, raw)


def create_private_file(path: Path) -> None:
    """Create the database file 0600 before SQLite does, in a 0700 folder.

    SQLite gives its -wal and -shm files the mode of the database file.
    """
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        os.close(fd)


def _pragma_listener(in_memory: bool):
    expected = dict(PRAGMAS)
    if in_memory:
        expected["journal_mode"] = "memory"  # WAL needs a file

    def on_connect(dbapi_conn: sqlite3.Connection, _record) -> None:
        dbapi_conn.create_function("fold", 1, fold, deterministic=True)
        # isolation_level None lets SQLAlchemy's BEGIN reach SQLite untouched.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        try:
            for name, value in PRAGMAS.items():
                cursor.execute(f"PRAGMA {name}={value}")
            for name, value in expected.items():
                got = cursor.execute(f"PRAGMA {name}").fetchone()[0]
                if str(got).lower() != str(value).lower():
                    raise StoreError(f"SQLite refused PRAGMA {name}={value} (it reports {got})")
        finally:
            cursor.close()

    return on_connect


READ_ONLY = "ocgboard_read_only"


def _on_begin(conn) -> None:
    # A writer takes the write lock at the start (IMMEDIATE): one writer at a time,
    # and a second one waits (busy timeout) instead of failing half-way through.
    # A reader begins plainly: in WAL mode it reads alongside the writer.
    if conn.get_execution_options().get(READ_ONLY):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str, *, create: bool = True) -> Engine:
    if backend(url) == "postgresql":
        return postgres.make_engine(url, json_serializer=to_json, read_only=READ_ONLY)
    path = sqlite_path(url)
    if path is not None:
        if not path.exists() and not create:
            raise StoreError(f"no board database at {path}")
        try:
            create_private_file(path)
        except OSError as exc:
            raise StoreError(f"cannot create the database at {path}: {exc.strerror}") from exc
        key = vault.data_key()  # before any file is opened: a locked laptop opens none
        if key is not None and cipher.is_plain(path):
            encrypt.in_place(path, key)  # a store from before this laptop had a lock
        # The pool hands a connection to whichever thread asks next (the runner's
        # worker, the GUI): as SQLAlchemy's own sqlite dialect does for a file.
        engine = create_engine(url, module=cipher.module(key), json_serializer=to_json,
                               creator=lambda: cipher.connect_with(
                                   path, key, timeout=30, check_same_thread=False))
    else:
        engine = create_engine(
            url, poolclass=StaticPool, connect_args={"check_same_thread": False},
            json_serializer=to_json,
        )
    event.listen(engine, "connect", _pragma_listener(in_memory=path is None))
    event.listen(engine, "begin", _on_begin)
    return engine
