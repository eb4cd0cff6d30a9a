"""A big load leaves WAL mode only when it is the store's sole user, and always
comes back to it."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from ocgboard.store import journal

pytestmark = pytest.mark.sqlite_only("SQLite's journal modes (WAL) during a big load")


def _mode(raw) -> str:
    return raw.execute("PRAGMA journal_mode").fetchone()[0]


@pytest.fixture
def raw(tmp_path):
    conn = sqlite3.connect(tmp_path / "board.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    yield conn
    conn.close()


def test_a_sole_connection_loads_through_a_rollback_journal(raw, tmp_path):
    os.chmod(tmp_path / "board.sqlite", 0o600)
    with journal.written_once(raw) as left:
        assert left and _mode(raw) == "delete"
        raw.execute("BEGIN")
        raw.execute("INSERT INTO t VALUES (randomblob(100000))")
        held = tmp_path / "board.sqlite-journal"
        assert stat.S_IMODE(held.stat().st_mode) == 0o600  # the database's own mode
        raw.execute("COMMIT")
    assert _mode(raw) == "wal"
    assert not (tmp_path / "board.sqlite-journal").exists()


def test_wal_mode_comes_back_when_the_load_fails(raw):
    with pytest.raises(RuntimeError), journal.written_once(raw):
        raw.execute("BEGIN")
        raw.execute("INSERT INTO t VALUES (1)")
        raw.execute("ROLLBACK")
        raise RuntimeError("refused")
    assert _mode(raw) == "wal"
    assert raw.execute("SELECT count(*) FROM t").fetchone() == (0,)


def test_another_open_connection_keeps_the_store_in_wal_mode(raw, tmp_path):
    reader = sqlite3.connect(tmp_path / "board.sqlite", isolation_level=None)
    try:
        reader.execute("SELECT * FROM t").fetchall()
        with journal.written_once(raw) as left:
            assert not left and _mode(raw) == "wal"
            reader.execute("SELECT * FROM t").fetchall()  # it still reads alongside
    finally:
        reader.close()
    assert _mode(raw) == "wal"


def test_a_load_not_wanted_written_once_stays_in_wal_mode(raw):
    with journal.written_once(raw, wanted=False) as left:
        assert not left and _mode(raw) == "wal"
