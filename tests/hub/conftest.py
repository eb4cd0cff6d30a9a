"""A hub and the boards' laptops around it; each board's store on the hub is a
database of its own (on the test server with --db-backend=postgresql)."""

from __future__ import annotations

import json
from contextlib import ExitStack

import pytest

from tests.sync.conftest import laptops  # noqa: F401,F811  (a fixture)


@pytest.fixture
def board_databases(tmp_path, postgres_template):
    """A new database for each board the hub will serve: `make(name)` gives its URL."""
    with ExitStack() as databases:
        def make(name: str) -> str:
            if postgres_template is None:
                return str(tmp_path / "hub-stores" / f"{name}.sqlite")
            server, template = postgres_template
            return databases.enter_context(server.database(template))

        (tmp_path / "hub-stores").mkdir()
        yield make


class Hub:
    """The hub's laptop, with its folder of trays beside its data folder."""

    def __init__(self, laptop, folder):
        self.laptop, self.folder = laptop, folder

    def __call__(self, verb, *argv):
        return self.laptop("hub", verb, *argv, "--folder", str(self.folder))

    def ok(self, verb, *argv) -> str:
        code, out, err = self(verb, *argv)
        assert code == 0, err
        return out

    def json(self, verb, *argv):
        return json.loads(self.ok(verb, *argv, "--json"))

    @property
    def inbox(self):
        return self.folder / "inbox"

    def outbox(self):
        return sorted((self.folder / "outbox").rglob("*.ocgx"))


@pytest.fixture
def hub(laptops, tmp_path):  # noqa: F811
    return Hub(laptops("hub"), tmp_path / "hub-folder")


def board_laptop(make, name: str, board: str, hub: Hub, marking: str = "OFFICIAL-SENSITIVE"):
    """A chair with a named board, introduced to the hub (its card imported)."""
    chair = make(name)
    chair.ok("init", "--board", board, "--area", board.split()[0], "--marking", marking)
    chair.ok("person", "add", f"DI {name.title()}", "--agency", "Police")
    chair.ok("keys", "import", str(hub.laptop.card()), "--board", "--name", "Hub")
    return chair
