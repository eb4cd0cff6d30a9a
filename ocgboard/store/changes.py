"""What one unit of work changed, for the views that show it.

The session hook that writes the change log also notes, for every row a
session writes through the ORM, its table and id, and the rows it refers to
(an action update's action, a member's threat): `Changes.of(session)` reads
them after the commit. Writes that bypass the ORM say so themselves with
`note` (the conflict resolver), and an import, which rebuilds rows in bulk,
changes `EVERYTHING`. Views ask only what they show: `touches("action")`,
`ids("action")`, `within("threat", tid)`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from sqlalchemy import FromClause, inspect

_KEY = "changes"  # in session.info: {"rows": {table: set}, "parents": {table: set}}


@dataclass(frozen=True)
class Changes:
    rows: Mapping[str, frozenset[str]] = field(default_factory=dict)
    parents: Mapping[str, frozenset[str]] = field(default_factory=dict)
    everything: bool = False

    @classmethod
    def of(cls, session) -> Changes:
        noted = session.info.get(_KEY)
        if not noted:
            return NOTHING
        return cls(_frozen(noted["rows"]), _frozen(noted["parents"]))

    def __bool__(self) -> bool:
        return self.everything or bool(self.rows)

    def touches(self, *tables: str) -> bool:
        """Whether a row of any of these tables was written."""
        return self.everything or any(t in self.rows for t in tables)

    def ids(self, table: str) -> frozenset[str]:
        """The rows of `table` written, or whose own rows were (an action, for its update)."""
        return self.rows.get(table, frozenset()) | self.parents.get(table, frozenset())

    def within(self, table: str, row_id: str) -> bool:
        """Whether this row, or a row that refers to it, was written."""
        return self.everything or row_id in self.ids(table)

    def __or__(self, other: Changes) -> Changes:
        if self.everything or other.everything:
            return EVERYTHING
        return Changes(_merged(self.rows, other.rows), _merged(self.parents, other.parents))


NOTHING = Changes()
EVERYTHING = Changes(everything=True)


def note(session, table: str, ids: Iterable[str], *, parents: bool = False) -> None:
    """Record that this session wrote these rows (a write the ORM did not see)."""
    noted = session.info.setdefault(_KEY, {"rows": {}, "parents": {}})
    noted["parents" if parents else "rows"].setdefault(table, set()).update(ids)


def note_objects(session, objects: Iterable[object]) -> None:
    """Note each object the ORM is about to write, and the rows it refers to."""
    for obj in objects:
        table = obj.__tablename__  # type: ignore[attr-defined]  # every mapped class has one
        key = _identity(obj)  # None for a new row keyed by a number SQLite gives it
        note(session, table, () if key is None else (key,))
        for column, parent in _references(type(obj)):
            value = getattr(obj, column, None)
            if isinstance(value, uuid.UUID):
                note(session, parent, (value.hex,), parents=True)


def _identity(obj) -> str | None:
    value = getattr(obj, "id", None)
    if isinstance(value, uuid.UUID):
        return value.hex
    return None if value is None else str(value)


_REFERENCES: dict[type, tuple[tuple[str, str], ...]] = {}


def _references(cls: type) -> tuple[tuple[str, str], ...]:
    """(attribute, referred table) for each foreign key of a mapped class."""
    if cls not in _REFERENCES:
        table: FromClause = inspect(cls).local_table
        found = [(column.key, fk.column.table.name)
                 for column in table.columns for fk in column.foreign_keys]
        _REFERENCES[cls] = tuple(found)
    return _REFERENCES[cls]


def _frozen(noted: dict[str, set[str]]) -> Mapping[str, frozenset[str]]:
    return MappingProxyType({table: frozenset(ids) for table, ids in noted.items()})


def _merged(a: Mapping[str, frozenset[str]], b: Mapping[str, frozenset[str]]):
    out = {table: set(ids) for table, ids in a.items()}
    for table, ids in b.items():
        out.setdefault(table, set()).update(ids)
    return _frozen(out)
