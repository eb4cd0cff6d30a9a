"""Several laptops in one test: each has its own OCGBOARD_HOME (store and keys)."""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path

import pytest

from ocgboard.cli import main
from ocgboard.paths import home_at
from tests.conftest import dump


class Laptop:
    def __init__(self, root: Path, name: str, capsys):
        self.name = name
        self.home = root / name
        self.capsys = capsys

    @contextmanager
    def on(self):
        with home_at(self.home):
            yield self

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
        import sqlite3

        conn = sqlite3.connect(self.db)
        try:
            return conn.execute("SELECT uuid FROM device WHERE is_local").fetchone()[0]
        finally:
            conn.close()

    def dump(self) -> str:
        return dump(self.db)

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


@pytest.fixture
def laptops(tmp_path, capsys):
    def make(name: str) -> Laptop:
        return Laptop(tmp_path, name, capsys)

    return make


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
    from ocgboard.store import cipher
    from ocgboard.store.base import syncable_tables

    conn = cipher.open_existing(laptop.db)  # under the laptop's key where it has one
    try:
        rows = []
        for name in sorted(syncable_tables()):
            rows.append((name, conn.execute(f"SELECT * FROM {name} ORDER BY id").fetchall()))
        rows.append(("conflict", conn.execute(
            "SELECT entity, row_id, field, heads FROM conflict ORDER BY row_id, field")
            .fetchall()))
        return rows
    finally:
        conn.close()
