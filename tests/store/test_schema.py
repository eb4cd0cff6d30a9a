import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from ocgboard import paths
from ocgboard.errors import StoreError
from ocgboard.store import open_store, postgres, schema
from ocgboard.store.base import Base
from ocgboard.store.engine import make_engine
from tests.conftest import dump


def test_empty_database_migrates_to_head_matching_the_models(db_url):
    store = open_store(paths.db_url(db_url))
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
            schema.head_revision()
        context = MigrationContext.configure(
            conn, opts={"include_object": postgres.include_object})
        diffs = postgres.beyond_deferrable(compare_metadata(context, Base.metadata))
    store.close()
    assert diffs == []


def test_opening_at_head_takes_no_backup(db_url, home):
    open_store(paths.db_url(db_url)).close()
    again = open_store(paths.db_url(db_url))
    assert again.backup_taken is None and not again.created
    again.close()
    assert not (home / "backups").exists() or not list((home / "backups").iterdir())


@pytest.mark.sqlite_only("the file is checked byte for byte")
def test_newer_schema_is_refused_and_left_untouched(db_path):
    open_store(f"sqlite:///{db_path}").close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before_bytes, before_dump = db_path.read_bytes(), dump(db_path)
    with pytest.raises(StoreError, match="newer ocgboard"):
        open_store(f"sqlite:///{db_path}")
    assert dump(db_path) == before_dump
    assert db_path.read_bytes() == before_bytes


@pytest.mark.sqlite_only("a file that is not a store")
def test_foreign_sqlite_file_is_refused(tmp_path):
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not an ocgboard database"):
        open_store(f"sqlite:///{other}")


@pytest.mark.sqlite_only("a file that is not a store")
def test_file_that_is_not_sqlite_is_refused(tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError):
        open_store(f"sqlite:///{junk}")


@pytest.mark.sqlite_only("a store's file")
def test_missing_file_is_not_created_when_asked_not_to(tmp_path):
    with pytest.raises(StoreError, match="no board database"):
        make_engine(f"sqlite:///{tmp_path}/absent.sqlite", create=False)
    assert not (tmp_path / "absent.sqlite").exists()


@pytest.mark.sqlite_only("the backup before a migration is a copy of the file")
def test_older_database_is_backed_up_then_upgraded(db_path, home):
    from alembic import command

    engine = make_engine(f"sqlite:///{db_path}")
    cfg = schema.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(text("INSERT INTO agency (id, name, deleted) VALUES (:id, 'Police', 0)"),
                     {"id": "ab" * 16})
    engine.dispose()
    before = dump(db_path)
    store = open_store(f"sqlite:///{db_path}")
    assert store.backup_taken is not None and store.backup_taken.parent == home / "backups"
    assert (store.backup_taken.stat().st_mode & 0o777) == 0o600
    assert dump(store.backup_taken).replace("PRAGMA journal_mode", "") == before
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
            schema.head_revision()
        assert conn.execute(text("SELECT name FROM agency")).scalar() == "Police"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    store.close()


def test_the_head_constant_is_alembics_head():
    """A migration added without updating schema.HEAD would open stores unmigrated."""
    assert schema.head_revision() == schema.HEAD
