"""A PostgreSQL server for `--db-backend=postgresql`: databases made from a template.

The schema is migrated once a session into a template database; each test's
store is `CREATE DATABASE … TEMPLATE` of it (a file copy on the server, far
quicker than migrating), dropped after the test.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
THROWAWAY = ROOT / "packaging" / "postgres" / "throwaway.sh"
ENV = "OCGBOARD_TEST_PG"  # the socket folder of a server already running


# (server, template) while a session runs with --db-backend=postgresql: for stores
# made outside fixtures (the exchange's state machines make laptops per example).
active: tuple[Server, str] | None = None


def fresh_database() -> tuple[str, Callable[[], None]] | None:
    """A new database on the session's server and how to drop it; None on SQLite."""
    if active is None:
        return None
    server, template = active
    made = server.database(template)
    return made.__enter__(), lambda: made.__exit__(None, None, None)


def url(socket_dir: str, database: str) -> str:
    return f"postgresql+psycopg://postgres@/{database}?host={socket_dir}"


class Server:
    def __init__(self, socket_dir: str):
        self.socket_dir = socket_dir
        self.prefix = f"ocgb{os.getpid()}"  # runs sharing a server do not meet
        self.numbers = itertools.count(1)

    def admin(self):
        import psycopg

        return psycopg.connect(host=self.socket_dir, user="postgres", dbname="postgres",
                               autocommit=True)

    def template(self) -> str:
        """A database with the current schema and nothing else."""
        from sqlalchemy import create_engine

        from ocgboard import clock
        from ocgboard.store import schema

        name = f"{self.prefix}_template"
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        engine = create_engine(url(self.socket_dir, name))
        try:
            schema.upgrade(engine, clock.current(), backup_first=False)
        finally:
            engine.dispose()
        return name

    @contextmanager
    def database(self, template: str) -> Iterator[str]:
        name = f"{self.prefix}_{next(self.numbers)}"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        try:
            yield url(self.socket_dir, name)
        finally:
            with self.admin() as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def drop_all(self) -> None:
        with self.admin() as conn:
            names = [n for (n,) in conn.execute(
                "SELECT datname FROM pg_database WHERE datname LIKE %s",
                (self.prefix + "\\_%",))]
            for name in names:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def server() -> Iterator[Server]:
    """The server OCGBOARD_TEST_PG names, or a throw-away one for the session."""
    given = os.environ.get(ENV)
    if given:
        running = Server(given)
        try:
            yield running
        finally:
            running.drop_all()
        return
    folder = tempfile.mkdtemp(prefix="ocgboard-pg-")
    subprocess.run(["sh", str(THROWAWAY), "start", folder], check=True,
                   stdout=subprocess.DEVNULL)
    try:
        yield Server(folder)
    finally:
        subprocess.run(["sh", str(THROWAWAY), "stop", folder], check=False)
