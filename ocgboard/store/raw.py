"""The driver's own connection under a SQLAlchemy one, for the exchange's bulk paths.

The exchange stores millions of records and rebuilds rows without the ORM: it
speaks SQL with `?` placeholders straight to the driver. On SQLite that is
sqlite3's connection itself. On PostgreSQL it is `PgRaw`: the same calls on
psycopg's connection, inside the same transaction, with `?` given to psycopg as
`%s`, and values read back as SQLite gives them (dates and times as ISO text,
JSON as its text, booleans as 0 or 1), so that a row rebuilt from its records
compares alike with the row stored, whichever database holds it.

What SQL the two spell differently is chosen by `is_sqlite()`, next to its use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import Any, Protocol

from sqlalchemy import Connection

from ocgboard.errors import StoreError


class Raw(Protocol):
    """What the exchange asks of a database connection: sqlite3's calls."""

    def execute(self, sql: str, params: Sequence[Any] = ..., /) -> Any: ...
    def executemany(self, sql: str, params: Iterable[Sequence[Any]], /) -> Any: ...


def of(conn: Connection) -> Any:
    """The connection the exchange writes through, in `conn`'s transaction."""
    dbapi = conn.connection.dbapi_connection
    if dbapi is None:
        raise StoreError("the database connection was closed")
    if conn.dialect.name == "sqlite":
        return dbapi
    if conn.dialect.name == "postgresql":
        return PgRaw(dbapi)
    raise StoreError(f"the exchange does not work on a {conn.dialect.name} store")


def is_sqlite(raw: Any) -> bool:
    """Whether `raw` speaks SQLite's SQL (else PostgreSQL's)."""
    return not isinstance(raw, PgRaw)


def placeholders(sql: str) -> str:
    """sqlite3's `?` as psycopg's `%s`; a literal `%` doubled. The exchange's SQL
    never holds a `?` inside a quoted literal."""
    return sql.replace("%", "%%").replace("?", "%s")


class ServerIntegrityError(Exception):
    """A constraint the server refused (psycopg's IntegrityError, whose module the
    laptop never imports)."""


def integrity_errors() -> tuple[type[BaseException], ...]:
    from ocgboard.store import cipher

    return (*cipher.IntegrityError, ServerIntegrityError)


def is_unique_violation(exc: BaseException) -> bool:
    """A unique index refused a row, on either database."""
    return "UNIQUE constraint" in str(exc) or "unique constraint" in str(exc)


class PgRaw:
    """sqlite3's execute and executemany, on a psycopg connection."""

    def __init__(self, dbapi: Any):
        self.dbapi = dbapi

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        cursor = self._cursor()
        with _integrity():
            if params:
                cursor.execute(placeholders(sql), tuple(params))
            else:
                cursor.execute(sql)
        return cursor

    def executemany(self, sql: str, params: Iterable[Sequence[Any]]) -> Any:
        cursor = self._cursor()
        with _integrity():
            cursor.executemany(placeholders(sql), [tuple(p) for p in params])
        return cursor

    def _cursor(self) -> Any:
        cursor = self.dbapi.cursor()
        _read_as_sqlite(cursor.adapters)
        return cursor


@contextmanager
def _integrity() -> Iterator[None]:
    import psycopg

    try:
        yield
    except psycopg.IntegrityError as exc:
        raise ServerIntegrityError(str(exc).splitlines()[0]) from None


def _read_as_sqlite(adapters: Any) -> None:
    """On this cursor only (the ORM's keep psycopg's types): values as SQLite
    stores them."""
    for name, loader in _loaders().items():
        adapters.register_loader(name, loader)


@cache
def _loaders() -> dict[str, Any]:
    # psycopg is imported only when a server store is opened.
    from psycopg.adapt import Loader
    from psycopg.types.string import TextLoader

    class Boolean(Loader):
        def load(self, data: Any) -> int:
            return 1 if bytes(data) == b"t" else 0

    class Timestamp(Loader):
        def load(self, data: Any) -> str:
            moment = dt.datetime.fromisoformat(bytes(data).decode("ascii"))
            return moment.strftime("%Y-%m-%d %H:%M:%S.%f")

    return {"date": TextLoader, "json": TextLoader, "jsonb": TextLoader,
            "bool": Boolean, "timestamp": Timestamp}
