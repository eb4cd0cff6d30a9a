"""Several laptops in one test: each has its own OCGBOARD_HOME (store and keys)."""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url

from ocgboard.cli import main
from ocgboard.paths import home_at
from ocgboard.store import cipher
from ocgboard.store.raw import PgRaw
from tests.conftest import dump


class Laptop:
    def __init__(self, root: Path, name: str, capsys, server_url: str | None = None):
        """`server_url`: the laptop's store is this PostgreSQL database (a hub's
        kind of store), not the file in its folder."""
        self.name = name
        self.home = root / name
        self.capsys = capsys
        self.server_url = server_url

    @property
    def url(self) -> str:
        return self.server_url or str(self.db)

    @contextmanager
    def on(self):
        before = os.environ.get("OCGBOARD_DB")
        os.environ["OCGBOARD_DB"] = self.url
        try:
            with home_at(self.home):
                yield self
        finally:
            if before is None:
                os.environ.pop("OCGBOARD_DB", None)
            else:
                os.environ["OCGBOARD_DB"] = before

    def __call__(self, *argv, author: str | None = None):
        with self.on():
            self.capsys.readouterr()
            code = main([*(["--author", author] if author else []), *argv])
            out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *argv, **kw) -> str:
        code, out, err = self(*argv, **kw)
        assert code == 0, err
        return out

    def json(self, *argv):
        return json.loads(self.ok(*argv, "--json"))

    @property
    def db(self) -> Path:
        return self.home / "board.sqlite"

    @property
    def device_id(self) -> str:
        return self.query("SELECT uuid FROM device WHERE is_local")[0][0]

    def query(self, sql: str) -> list[tuple]:
        """Rows of a read of the laptop's store, whichever database holds it."""
        return read_store(self.server_url or self.db, sql)

    def connect(self):
        """A DB-API connection to the laptop's store, speaking sqlite3's SQL with `?`
        (hostile code edits its own store as it pleases); the caller commits."""
        if self.server_url is None:
            return sqlite3.connect(self.db)
        return ServerConnection(self.server_url)

    def dump(self) -> str:
        if self.server_url is None:
            return dump(self.db)
        tables = [name for (name,) in self.query(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            "ORDER BY tablename")]
        return "\n".join(f"{name}: {row!r}" for name in tables
                         for row in sorted(self.query(f'SELECT * FROM "{name}"'), key=repr))

    def card(self) -> Path:
        path = self.home.parent / f"{self.name}.card"
        self.ok("keys", "show", "-o", str(path))
        return path

    def age_identity(self) -> Path:
        keyfile = json.loads((self.home / "keys" / "device-keys.json").read_text())
        path = self.home.parent / f"{self.name}.agekey"
        path.write_text(keyfile["age_identity"] + "\n")
        return path

    def signing_key(self) -> str:
        for line in self.card().read_text().splitlines():
            if line.startswith("signing key: "):
                return line.split(": ", 1)[1]
        raise AssertionError("no signing key on the card")


def read_store(where: str | Path, sql: str) -> list[tuple]:
    """Rows of a read of a store: a file (under its laptop's key where it has one), or
    a database on a server."""
    if isinstance(where, Path):
        conn = cipher.open_existing(where)
        try:
            return conn.execute(sql).fetchall()
        finally:
            conn.close()
    engine = create_engine(where)
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.exec_driver_sql(sql)]
    finally:
        engine.dispose()


class ServerConnection(PgRaw):
    """sqlite3's connection calls on a PostgreSQL database of its own."""

    def __init__(self, url: str):
        import psycopg

        parsed = make_url(url)
        super().__init__(psycopg.connect(host=parsed.query.get("host"), user=parsed.username,
                                         dbname=parsed.database))

    def commit(self) -> None:
        self.dbapi.commit()

    def __enter__(self):  # as sqlite3's: the block's changes committed, or rolled back
        return self

    def __exit__(self, kind, *_rest) -> None:
        if kind is None:
            self.dbapi.commit()
        else:
            self.dbapi.rollback()

    def close(self) -> None:
        self.dbapi.close()


@pytest.fixture
def laptops(tmp_path, capsys, postgres_template):
    """Laptops by name; with --db-backend=postgresql each one's store is a database
    of its own on the server."""
    with ExitStack() as databases:
        def make(name: str) -> Laptop:
            url = None
            if postgres_template is not None:
                server, template = postgres_template
                url = databases.enter_context(server.database(template))
            return Laptop(tmp_path, name, capsys, url)

        yield make


def introduce_boards(chair: Laptop, deputy: Laptop) -> None:
    """Two board laptops, each with the other's card."""
    chair.ok("keys", "import", str(deputy.card()), "--board", "--name", "Deputy")
    deputy.ok("keys", "import", str(chair.card()), "--board", "--name", "Chair")


@pytest.fixture
def chair_and_deputy(laptops, tmp_path):
    """A chair with a small demo board, and a deputy holding its full replica."""
    chair, deputy = laptops("chair"), laptops("deputy")
    chair.ok("demo", "--scale", "small")
    introduce_boards(chair, deputy)
    first = tmp_path / "replica.ocgx"
    chair.ok("export", "--full", "--to", "Deputy", "-o", str(first))
    deputy.ok("import", str(first), "--yes")
    return chair, deputy


@pytest.fixture
def chair_and_dwp(laptops, tmp_path):
    """A chair with a small demo board and DWP's laptop, cards exchanged."""
    chair, dwp = laptops("chair"), laptops("dwp")
    chair.ok("demo", "--scale", "small")
    chair.ok("keys", "import", str(dwp.card()), "--agency", "DWP", "--name", "DWP team")
    dwp.ok("keys", "import", str(chair.card()), "--board", "--name", "Chair")
    return chair, dwp


@pytest.fixture
def setup(chair_and_dwp, tmp_path):
    """DWP holds its extract and has sent back a valid return file."""
    chair, dwp = chair_and_dwp
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(extract))
    dwp.ok("import", str(extract), "--yes")
    good = tmp_path / "return.ocgx"
    dwp.ok("export", "--full", "--to", "Chair", "-o", str(good))
    return chair, dwp, good


@pytest.fixture
def agency_return(chair_and_dwp, tmp_path):
    """DWP has moved one of its actions on and sends back its return."""
    chair, dwp = chair_and_dwp
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(extract))
    dwp.ok("import", str(extract), "--yes")
    target = next(a for a in dwp.json("action", "list") if a["status"] in ("proposed", "agreed"))
    dwp.ok("action", "update", target["id"][:8], "--status", "in progress", "--comment",
           "Claims under review", author="Jo Bloggs (DWP)")
    good = tmp_path / "return.ocgx"
    dwp.ok("export", "--full", "--to", "Chair", "-o", str(good))
    return chair, dwp, good


@pytest.fixture
def meeting(chair_and_deputy, tmp_path):
    """The chair moves an action on and sends the deputy what changed."""
    chair, deputy = chair_and_deputy
    target = next(a for a in chair.json("action", "list") if a["status"] == "agreed")
    chair.ok("action", "update", target["id"][:8], "--status", "in progress",
             "--comment", "Started at the board")
    changes = tmp_path / "meeting.ocgx"
    chair.ok("export", "--full", "--since-last", "--to", "Deputy", "-o", str(changes))
    return chair, deputy, changes, target["id"]


def syncable_state(laptop: Laptop) -> list:
    """Every syncable row and open conflict: what two replicas must agree on."""
    from ocgboard.store.base import syncable_tables

    query = getattr(laptop, "query", None) or (lambda sql: read_store(laptop.db, sql))
    rows = [(name, query(f"SELECT * FROM {name} ORDER BY id"))
            for name in sorted(syncable_tables())]
    rows.append(("conflict", query(
        "SELECT entity, row_id, field, heads FROM conflict ORDER BY row_id, field")))
    return rows
