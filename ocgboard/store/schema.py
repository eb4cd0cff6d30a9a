"""Bringing a database to the current schema with Alembic, safely.

Order at start: read the stored revision; refuse a database written by a
newer ocgboard (unknown revision) without touching it; back up an older one
with the SQLite backup API; then upgrade in batch mode.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from ocgboard import clock
from ocgboard.errors import StoreError
from ocgboard.store import backup, cipher, postgres
from ocgboard.store.engine import is_sqlite, raw_sqlite, sqlite_path

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest migration. A store already at it opens without loading Alembic
# (a tenth of a second at every start); tests keep this equal to Alembic's head.
HEAD = "0011"


def alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # only for an installation that lost its migrations
        raise StoreError(f"no schema migrations found in {MIGRATIONS}")
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def stored_revision(engine: Engine) -> str | None:
    """The database's revision, None when it is empty; refuses foreign files."""
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if "alembic_version" not in tables:
            if tables:
                raise StoreError("this file is not an ocgboard database (no schema version)")
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def file_revision(path: Path) -> str | None:
    """The revision of the database file at `path`, read without changing a byte of it:
    the engine's connections switch a file to WAL mode, so they come after this. A
    plain connection (read-only would leave a WAL store's -wal and -shm behind)."""
    conn = cipher.open_existing(path, read_only=False)
    try:
        tables = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables:
            if tables:
                raise StoreError("this file is not an ocgboard database (no schema version)")
            return None
        found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return found[0] if found else None
    finally:
        conn.close()


def check_not_newer(revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise StoreError(
            f"this database was written by a newer ocgboard (schema {revision}); "
            "install the newer version to open it — the file was left untouched"
        )


def upgrade(engine: Engine, wall: clock.Clock, *, backup_first: bool = True,
            keys: Callable[[], object] | None = None) -> Path | None:
    """Migrate to head; returns the backup taken first, if there was one (none for a
    scratch copy that is only being checked). `keys` gives this laptop's keys to a
    migration that derives its device id from them."""
    current = stored_revision(engine)
    if current == HEAD:
        return None
    check_not_newer(current)
    head = head_revision()
    if current == head:
        return None
    saved = None
    db_file = sqlite_path(str(engine.url))
    if current is not None and db_file is not None and backup_first:
        saved = backup.copy_database(db_file, backup.backup_name(f"before-{head}", wall,
                                                                       of=db_file))
    _migrate(engine, keys, wall)
    return saved


def _migrate(engine: Engine, keys: Callable[[], object] | None = None,
             wall: clock.Clock | None = None) -> None:
    """Run the migrations; on SQLite with foreign keys off, as its table rebuilds require.

    Batch mode rebuilds a table by copy, drop and rename; with foreign keys on,
    dropping a referenced table fails. They are checked once at the end instead,
    inside the same transaction, so a migration that broke one is rolled back.
    """

    cfg = alembic_config()
    with engine.connect() as conn:
        if not is_sqlite(conn):  # PostgreSQL alters tables in place, keys checked
            with conn.begin():
                _run(cfg, conn, keys, wall)
                postgres.deferrable_keys(conn)
            return
        raw = raw_sqlite(conn)
        raw.execute("PRAGMA foreign_keys=OFF")  # autocommit: not inside a transaction
        try:
            with conn.begin():
                _run(cfg, conn, keys, wall)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StoreError(f"migration left {len(broken)} broken references; "
                                     "the database was not changed")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _run(cfg, conn, keys, wall) -> None:
    from alembic import command

    cfg.attributes["connection"] = conn
    cfg.attributes["keys"] = keys
    cfg.attributes["clock"] = wall  # for a migration that stamps records
    command.upgrade(cfg, "head")
