"""An import leaves no row naming a row the store does not hold.

Foreign keys are off while a merge writes (rows arrive in any order), and
checked here once, before commit. Rows are never deleted, only tombstoned,
so only the rows an import wrote can leave a reference broken: a small import
checks those rows' references, a big one the whole store at once.
"""

from __future__ import annotations

import re

from ocgboard.errors import BoardError
from ocgboard.store import raw as rawdb
from ocgboard.store.raw import Raw

FEW = 5_000  # rows written; above this the whole store is checked at once


def check(conn, touched: dict[str, list[str]] | None) -> None:
    """`touched`: the ids of the rows written, by table; None for too many to list."""
    raw = rawdb.of(conn)
    if not rawdb.is_sqlite(raw):
        broken = _deferred(raw)
    else:
        broken = _whole(raw) if touched is None else _rows(raw, touched)
    if broken is not None:
        table, parent = broken
        raise BoardError(f"the file's {table} records refer to a {parent} it does not hold; "
                         "nothing was imported")


_SERVER_KEYS = ("SELECT conname, conrelid::regclass::text, confrelid::regclass::text "
                "FROM pg_constraint WHERE contype = 'f'")


def _deferred(raw: Raw) -> tuple[str, str] | None:
    """On a server the merge's transaction deferred its foreign keys: the server
    checks every row written now, as it would at commit."""
    keys = {name: (table, parent) for name, table, parent in raw.execute(_SERVER_KEYS)}
    try:
        raw.execute("SET CONSTRAINTS ALL IMMEDIATE")
    except rawdb.ServerIntegrityError as exc:
        named = re.search(r'foreign key constraint "([^"]+)"', str(exc))
        return keys.get(named.group(1) if named else "", ("change", "row"))
    return None


def _whole(raw: Raw) -> tuple[str, str] | None:
    found = raw.execute("PRAGMA foreign_key_check").fetchone()
    return None if found is None else (found[0], found[2])


def _rows(raw: Raw, touched: dict[str, list[str]]) -> tuple[str, str] | None:
    for table, ids in touched.items():
        if not ids:
            continue
        for parent, column, key in _references_of(raw, table):
            found = raw.execute(
                f'SELECT 1 FROM "{table}" AS c WHERE c.id IN (SELECT value FROM json_each(?)) '
                f'AND c."{column}" IS NOT NULL AND NOT EXISTS '
                f'(SELECT 1 FROM "{parent}" AS p WHERE p."{key}" = c."{column}") LIMIT 1',
                (_json_list(ids),)).fetchone()
            if found is not None:
                return table, parent
    return None


def _references_of(raw: Raw, table: str) -> list[tuple[str, str, str]]:
    """(parent table, column, parent's column) of each of the table's foreign keys."""
    return [(parent, column, key or "id") for _id, _seq, parent, column, key, *_rest
            in raw.execute(f'PRAGMA foreign_key_list("{table}")')]


def _json_list(ids: list[str]) -> str:
    # Row ids are 32 hex digits (the merger refuses any other): nothing to escape.
    return "[" + ",".join(f'"{i}"' for i in ids) + "]"
