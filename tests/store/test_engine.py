import os
import stat

import pytest
from sqlalchemy import text

from ocgboard import paths
from ocgboard.errors import StoreError
from ocgboard.store import open_store
from ocgboard.store.engine import fold


@pytest.mark.sqlite_only("SQLite's PRAGMAs: a PostgreSQL server is configured by its owner")
def test_pragmas_are_set_on_every_connection(store):
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


@pytest.mark.sqlite_only("the modes of the store's own files: a server keeps its files")
def test_database_files_are_private(store, db_path):
    with store.session("Chair"):
        pass
    for path in db_path.parent.glob("board.sqlite*"):
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path
    assert stat.S_IMODE(os.stat(db_path.parent).st_mode) == 0o700


def test_home_override_moves_every_file(home):
    assert paths.default_db_path().parent == home
    assert paths.backups_dir().parent == home
    assert paths.keys_dir().parent == home


def test_home_at_is_another_laptop_for_a_while(home, tmp_path):
    other = tmp_path / "deputy"
    with paths.home_at(other):
        assert paths.keys_dir().parent == other
        with pytest.raises(RuntimeError), paths.home_at(tmp_path / "third"):
            raise RuntimeError
        assert paths.home() == other  # put back even when the block fails
    assert paths.home() == home


def test_db_url_accepts_paths_and_urls(tmp_path, monkeypatch):
    assert paths.db_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path}/x.db"
    assert paths.db_url("sqlite:///:memory:") == "sqlite:///:memory:"
    monkeypatch.setenv("OCGBOARD_DB", str(tmp_path / "env.db"))
    assert paths.db_url() == f"sqlite:///{tmp_path}/env.db"


def test_in_memory_store_works():
    memory = open_store("sqlite:///:memory:")
    with memory.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    memory.close()


def test_fold_ignores_case_and_accents():
    assert fold("Đorđević") == fold("dordevic")
    assert fold("Łukasz") == "lukasz"
    assert fold("Ștefan") == fold("STEFAN")
    assert fold("Ó Súilleabháin") == "o suilleabhain"


def test_a_server_that_cannot_be_reached_is_one_line(tmp_path):
    """A hub's store on a server that is not there: the driver's reason, on one line."""
    nowhere = f"postgresql+psycopg://postgres@/board?host={tmp_path / 'no-server'}"
    with pytest.raises(StoreError) as refused:
        open_store(nowhere)
    message = str(refused.value)
    assert message.startswith("cannot open the board database: ") and "\n" not in message
    assert "no-server" in message and "sqlalche.me" not in message
