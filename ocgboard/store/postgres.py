"""What a store on PostgreSQL needs that SQLite's does not: the engine and fold().

A hub's store lives on a PostgreSQL server (`postgresql+psycopg://…`, or a
server on a local socket: `postgresql+psycopg://USER@/DB?host=/socket/folder`).
The models and migrations are the same as on a laptop; what differs is here:

- fold() is a SQL function the schema owns (migration 0001 creates it), not one
  registered on each connection: an IMMUTABLE function, so it can be indexed. It
  is the Python fold (engine.fold) in SQL: Unicode lower case (ICU's, whatever
  the server's locale), the letters Unicode does not decompose, NFKD, then the
  combining marks removed: the same marks Python's unicodedata names, listed
  here from it.
- One writer at a time, as SQLite's BEGIN IMMEDIATE gives a laptop: a writing
  transaction first takes a transaction-scoped advisory lock, so two writers
  cannot both read a device's chain head and write the same next record.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

# The lock every writing transaction takes (any constant: this one spells "ocgb").
WRITER_LOCK = 0x6F636762

# Python's fold: casefold, then these letters (engine._FOLD_EXTRA), then NFKD. SQL
# has lower(), not casefold(): the letters where they differ are folded here too.
_SINGLE = {"ł": "l", "đ": "d", "ø": "o", "ı": "i", "ð": "d", "ħ": "h", "ŀ": "l",
           "ς": "σ"}  # casefold makes a final sigma a sigma; lower() keeps it
_DOUBLE = {"æ": "ae", "œ": "oe", "ß": "ss", "þ": "th"}


def is_postgres(url: str | URL) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def driver_url(url: str | URL) -> URL:
    """postgresql:// means psycopg 3: the driver ocgboard installs."""
    parsed = make_url(url)
    if parsed.get_driver_name() != "psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


@cache
def combining_marks() -> str:
    """A regex class of every character with a combining class (Python's list)."""
    spans: list[tuple[int, int]] = []
    for cp in range(0x110000):
        if unicodedata.combining(chr(cp)):
            if spans and spans[-1][1] == cp - 1:
                spans[-1] = (spans[-1][0], cp)
            else:
                spans.append((cp, cp))
    return "[" + "".join(_escape(a) if a == b else f"{_escape(a)}-{_escape(b)}"
                         for a, b in spans) + "]"


def _escape(cp: int) -> str:
    return f"\\u{cp:04x}" if cp <= 0xFFFF else f"\\U{cp:08x}"


def fold_sql(arg: str = "$1") -> str:
    """The SQL expression fold(arg) is."""
    expr = f'lower({arg} COLLATE "und-x-icu")'
    expr = f"translate({expr}, '{''.join(_SINGLE)}', '{''.join(_SINGLE.values())}')"
    for letter, spelled in _DOUBLE.items():
        expr = f"replace({expr}, '{letter}', '{spelled}')"
    return f"regexp_replace(normalize({expr}, NFKD), '{combining_marks()}', '', 'g')"


def create_fold() -> str:
    """The DDL of fold(text): for the migration that makes the schema."""
    return ("CREATE OR REPLACE FUNCTION fold(text) RETURNS text LANGUAGE sql "
            f"IMMUTABLE STRICT PARALLEL SAFE AS $fold$ SELECT {fold_sql()} $fold$")


# Indexes the migrations make on PostgreSQL alone, over fold(): the models do not
# list them (SQLite has no fold() until a connection registers it).
FOLD_INDEXES = {"ix_person_name_fold": "CREATE INDEX ix_person_name_fold ON person (fold(name))"}


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """For Alembic's comparisons: the fold indexes are the schema's, not the models'."""
    return not (type_ == "index" and reflected and name in FOLD_INDEXES)


_IMMEDIATE_KEYS = """
SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c
JOIN pg_namespace n ON n.oid = c.connamespace
WHERE c.contype = 'f' AND NOT c.condeferrable AND n.nspname = current_schema()
"""


def deferrable_keys(conn) -> None:
    """Every foreign key made DEFERRABLE (still checked statement by statement unless
    a transaction defers it): a merge writes rows in the order their records come,
    a child before its parent, and checks every reference once before commit, as it
    does on SQLite with foreign keys off (sync/references.py). After every
    migration, so that the keys a later one adds are deferrable too."""
    for table, name in conn.exec_driver_sql(_IMMEDIATE_KEYS).all():
        conn.exec_driver_sql(f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" '
                             "DEFERRABLE INITIALLY IMMEDIATE")


def beyond_deferrable(diffs: list) -> list:
    """Alembic's differences between the schema and the models, less the foreign keys
    it would make again only because deferrable_keys made them deferrable (the
    models do not say so: SQLite's keys are switched off instead)."""
    def key(fk) -> tuple:
        return (fk.parent.name, tuple(c.name for c in fk.columns), fk.referred_table.name,
                tuple(e.column.name for e in fk.elements), fk.ondelete, fk.onupdate)

    removed = {key(d[1]): d for d in diffs if d[0] == "remove_fk" and d[1].deferrable}
    added = {key(d[1]): d for d in diffs if d[0] == "add_fk" and not d[1].deferrable}
    same = removed.keys() & added.keys()
    dropped = {id(removed[k]) for k in same} | {id(added[k]) for k in same}
    return [d for d in diffs if id(d) not in dropped]


def make_engine(url: str, json_serializer, read_only: str) -> Engine:
    """`read_only`: the execution option that marks a reader's connection, which
    takes no writer's lock."""
    engine = create_engine(driver_url(url), json_serializer=json_serializer,
                           pool_pre_ping=True)

    def on_begin(conn) -> None:
        if not conn.get_execution_options().get(read_only):
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")

    event.listen(engine, "begin", on_begin)
    return engine
