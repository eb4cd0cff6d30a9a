"""Shared fixtures: a private OCGBOARD_HOME per test, stores, a fixed today."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from ocgboard.core import board, setup

TODAY = dt.date(2026, 11, 23)


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
def store(db_path: Path):
    """A seeded store with a named board."""
    opened = setup.open_board(str(db_path))
    with opened.session("Chair") as s:
        board.init(s, "Test Board", area="Northshire")
    yield opened
    opened.close()


@pytest.fixture
def today() -> dt.date:
    return TODAY


def dump(path: Path) -> str:
    """The whole database as SQL text: equal dumps mean nothing was written."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()
