"""Shared fixtures: a private OCGBOARD_HOME per test, stores, a pinned clock.

The clock is pinned here and only here. Every test runs at PINNED (local
time, so "today" is TODAY in any time zone) unless it says otherwise with
`@pytest.mark.pinned("2028-02-29")` or moves the `clock` fixture it asks for.
Subprocesses see the same moment through OCGBOARD_TEST_CLOCK. Nothing the
suite checks depends on the machine's date.

`--db-backend=postgresql` makes the stores the fixtures give (`db_url`, `store`)
PostgreSQL databases, each a fresh copy of one migrated template, on the server
whose socket folder OCGBOARD_TEST_PG names, or on a throw-away one started for
the session (packaging/postgres/throwaway.sh). Tests about SQLite's file itself
are marked `sqlite_only` and skipped there, with the mark's reason.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from ocgboard import clock as clocks
from ocgboard.core import board, setup
from ocgboard.store import cipher, vault

PINNED = dt.datetime(2026, 11, 23, 12, 0)
TODAY = PINNED.date()


def pytest_addoption(parser) -> None:
    parser.addoption("--db-backend", choices=("sqlite", "postgresql"), default="sqlite",
                     help="the database the store fixtures make (default: sqlite)")


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "sqlite_only(reason): about SQLite's file itself "
                                       "(WAL, file modes, encryption at rest, the backup "
                                       "API): skipped with --db-backend=postgresql")
    config.addinivalue_line("markers", "pinned(moment): run the test with the clock at this "
                                       "local date or date and time (ISO text or a date)")
    # Before any fixture, session-wide ones included, reads the clock.
    os.environ[clocks.TEST_CLOCK] = PINNED.isoformat()
    # Test laptops keep their data unencrypted, as `init --no-passphrase` does, so that
    # tests can read stores as files; the tests of the lock itself unset this. Keys
    # are derived at a small cost, so that a laptop made in a test is quick to unlock.
    os.environ[vault.PLAIN_ENV] = "1"
    os.environ[vault.COST_ENV] = "8192,1"
    clocks.use(None)


def pytest_collection_modifyitems(config, items) -> None:
    if config.getoption("--db-backend") != "postgresql":
        return
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None:
            reason = marker.args[0] if marker.args else marker.kwargs.get("reason", "")
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))


@pytest.fixture(scope="session")
def postgres_template(request):
    """(server, template database) on PostgreSQL, or None on SQLite."""
    if request.config.getoption("--db-backend") != "postgresql":
        yield None
        return
    from tests import pg

    with pg.server() as server:
        pg.active = (server, server.template())
        try:
            yield pg.active
        finally:
            pg.active = None


@pytest.fixture(autouse=True)
def clock(request, monkeypatch) -> clocks.PinnedClock:
    """The clock every store, service and window of the test reads, and its subprocesses."""
    marker = request.node.get_closest_marker("pinned")
    moment = marker.args[0] if marker else PINNED
    pinned = clocks.PinnedClock(clocks.parse(moment) if isinstance(moment, str) else moment)
    monkeypatch.setenv(clocks.TEST_CLOCK, pinned.now().isoformat())
    before = clocks.use(pinned)
    yield pinned
    clocks.use(before)


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch) -> Path:
    """Every test gets its own data folder; nothing touches the user's."""
    folder = tmp_path / "home"
    monkeypatch.setenv("OCGBOARD_HOME", str(folder))
    monkeypatch.delenv("OCGBOARD_DB", raising=False)
    return folder


@pytest.fixture
def db_path(home: Path) -> Path:
    return home / "board.sqlite"


@pytest.fixture
def db_url(db_path: Path, postgres_template) -> Iterator[str]:
    """The store's database: the file at db_path, or a fresh PostgreSQL database."""
    if postgres_template is None:
        yield str(db_path)
        return
    server, template = postgres_template
    with server.database(template) as url:
        yield url


@pytest.fixture
def store(db_url: str):
    """A seeded store with a named board."""
    opened = setup.open_board(db_url)
    with opened.session("Chair") as s:
        board.init(s, "Test Board", area="Northshire")
    yield opened
    opened.close()


@pytest.fixture
def today(clock) -> dt.date:
    return clock.today()


def dump(path: Path) -> str:
    """The whole database as SQL text: equal dumps mean nothing was written."""
    conn = cipher.open_existing(path)  # under the laptop's key where it has one
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()
