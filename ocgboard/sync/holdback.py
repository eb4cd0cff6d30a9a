"""Records held back, in the store's held_record table, during an import.

chains.py decides which records must wait; this keeps them between imports
and tries them again. At the end of each import every record that waits,
from this file and from before, is offered again, pass after pass (one
release may be what another waits for); what still cannot be applied is
stored again with its reason, one reason a device.
"""

from __future__ import annotations

from collections import Counter

from ocgboard.store.log import Log
from ocgboard.store.record import COLUMNS, SEQ
from ocgboard.sync.chains import Chains

_COLUMNS = ", ".join(("device", *COLUMNS[1:]))


def take_earlier(raw) -> list[tuple]:
    """What waited from earlier imports, its device named by id; the table is
    emptied: whatever still waits is stored again by keep()."""
    earlier = raw.execute(f"SELECT {_COLUMNS} FROM held_record ORDER BY device, seq").fetchall()
    raw.execute("DELETE FROM held_record")
    return earlier


def unstage(raw, chains: Chains) -> None:
    """The staging process stored every record of the file; those held back are
    not part of the log yet."""
    if chains.held:
        Log(raw).remove([(rec[0], rec[SEQ]) for rec, _ in chains.held])


def release(raw, chains: Chains, waiting: list[tuple]) -> list[tuple]:
    """The waiting records that can be applied now, stored in the log as they go
    (a later pass checks its links against them); the rest stay in chains.held."""
    released: list[tuple] = []
    while waiting:
        chains.held = []
        chains.unblock()
        waiting.sort(key=lambda rec: (rec[0], rec[SEQ]))
        now = chains.admit(waiting, again=True)
        if not now:
            break
        Log(raw).insert(now)
        released += now
        waiting = [rec for rec, _ in chains.held]
    return released


def keep(raw, chains: Chains) -> tuple[int, list[str]]:
    """Store what still waits; how many records, and a line a device saying why."""
    held: dict[tuple[int, int], tuple] = {}
    reasons: dict[int, str] = {}
    for rec, reason in chains.held:
        key = (rec[0], rec[SEQ])
        if key in held and held[key][-1] != rec[-1]:
            reasons[rec[0]] = (f"two different records {rec[SEQ]} arrived: that laptop's log "
                               "has forked; they wait until the chair decides")
        held.setdefault(key, rec)  # the first to arrive waits; the other is dropped
        reasons.setdefault(rec[0], reason)
    raw.executemany(
        f"INSERT INTO held_record ({_COLUMNS}, reason) VALUES "
        f"({', '.join('?' * (len(COLUMNS) + 1))})",
        [(chains.uuid_of[rec[0]], *rec[1:], reasons[rec[0]]) for rec in held.values()])
    counts = Counter(pk for pk, _seq in held)
    return len(held), [f"{n:,} record{'s' if n != 1 else ''} of {chains.name(pk)}: "
                       f"{reasons[pk]}" for pk, n in sorted(counts.items())]
