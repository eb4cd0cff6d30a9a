"""What the store already holds: which records of a device, which rows.

A small store is read into memory once; a big one is asked through its
indexes, record by record, so that an incremental import into a national
board costs what the file holds, not what the board holds.
"""

from __future__ import annotations

SMALL_STORE = 500_000  # change records


def is_small(raw) -> bool:
    return (raw.execute("SELECT max(id) FROM change").fetchone()[0] or 0) <= SMALL_STORE


class KnownSeqs:
    """The sequence numbers of one device that the store holds."""

    def __init__(self, raw, device_pk: int, *, preload: bool):
        self.raw, self.pk = raw, device_pk
        self.added: set[int] = set()
        self.held: set[int] | None
        if preload:
            self.held = {s for (s,) in raw.execute(
                "SELECT seq FROM change WHERE device_id = ?", (device_pk,))}
            self.top = max(self.held, default=0)
        else:
            self.held = None
            self.top = raw.execute("SELECT max(seq) FROM change WHERE device_id = ?",
                                   (device_pk,)).fetchone()[0] or 0

    def __contains__(self, seq: int) -> bool:
        if seq in self.added:
            return True
        if seq > self.top:  # newer than anything held: the usual case
            return False
        if self.held is not None:
            return seq in self.held
        return self.raw.execute("SELECT 1 FROM change WHERE device_id = ? AND seq = ?",
                                (self.pk, seq)).fetchone() is not None

    def add(self, seq: int) -> None:
        self.added.add(seq)


class LocalRows:
    """Whether the store held records of a row before this import began."""

    def __init__(self, raw, *, preload: bool):
        self.raw = raw
        self.rows = {r for (r,) in raw.execute("SELECT DISTINCT row_id FROM change")} \
            if preload else None

    def __contains__(self, row_id: str) -> bool:
        if self.rows is not None:
            return row_id in self.rows
        return self.raw.execute("SELECT 1 FROM change WHERE row_id = ? LIMIT 1",
                                (row_id,)).fetchone() is not None
