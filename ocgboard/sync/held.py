"""What the store already holds: which records of a device, which rows.

A small store is read into memory once; a big one is asked through its
indexes, record by record, so that an incremental import into a national
board costs what the file holds, not what the board holds.
"""

from __future__ import annotations

from ocgboard.store.base import syncable_tables
from ocgboard.store.log import Log

SMALL_STORE = 100_000  # change records


def is_small(raw) -> bool:
    return Log(raw).size() <= SMALL_STORE


class KnownSeqs:
    """The sequence numbers of one device that the store holds."""

    def __init__(self, raw, device_pk: int, *, preload: bool):
        self.log, self.pk = Log(raw), device_pk
        self.added: set[int] = set()
        self.held: set[int] | None
        if preload:
            self.held = self.log.seqs(device_pk)
            self.top = max(self.held, default=0)
        else:
            self.held = None
            self.top = self.log.last_seq(device_pk)

    def __contains__(self, seq: int) -> bool:
        if seq in self.added:
            return True
        if seq > self.top:  # newer than anything held: the usual case
            return False
        if self.held is not None:
            return seq in self.held
        return self.log.holds(self.pk, seq)

    def add(self, seq: int) -> None:
        self.added.add(seq)


class LocalRows:
    """Whether the store held records of a row before this import began; on an
    agency's laptop taking a new extract, whose log forgot the board's records of
    them first (replace.py), whether it held the row."""

    def __init__(self, raw, *, preload: bool, in_tables: bool = False):
        self.log = Log(raw)
        self.rows = _table_rows(raw) if in_tables else self.log.rows() if preload else None

    def __contains__(self, row_id: str) -> bool:
        if self.rows is not None:
            return row_id in self.rows
        return self.log.has_row(row_id)


def _table_rows(raw) -> set[str]:
    return {row for table in syncable_tables()
            for (row,) in raw.execute(f'SELECT id FROM "{table}"')}
