"""Settling action numbers after a merge, where two laptops gave one number at once.

A board laptop gives a new action its threat's next number (core/plans.py).
The chair and the deputy, each raising an action before they exchange files,
may give two actions of one threat the same number; an action may also come
from a file of a version that gave none. After every merge on a laptop that
holds the whole board, each such threat is settled alike on every laptop,
from the records alone:

- the action raised first (the clock of the first record of it, then that
  record's device, then its id) keeps the number; the others take the
  threat's next free numbers, in the order they were raised;
- a number two laptops settled differently (their records of it disagree)
  keeps the greatest of their values that no other action holds, so that a
  value given up is below one still held and is never given again; if every
  value is held, the action takes the next free number.

Each change is a record of this laptop that supersedes every head of the
field, so laptops that settle the same records write the same values and
converge. An agency's laptop settles nothing: the board's extract says.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import Connection

from ocgboard import clock
from ocgboard.store import heads
from ocgboard.store import raw as rawdb
from ocgboard.store.changelog import Recorder
from ocgboard.store.raw import Raw

AUTHOR = "ocgboard (action numbers settled)"

# A merge that wrote more rows than this looks at every threat (one scan of the
# actions); a smaller one at the threats of the actions it wrote.
FEW_ROWS = 5_000
_UNSETTLED = (
    "SELECT threat_id FROM action WHERE {where} GROUP BY threat_id, number "
    "HAVING number IS NULL OR count(*) > 1 "
    "UNION SELECT a.threat_id FROM conflict c JOIN action a ON a.id = c.row_id "
    "WHERE c.entity = 'action' AND c.field = 'number'")
_WRITTEN = ("threat_id IN (SELECT threat_id FROM action WHERE id IN "
            "(SELECT row_id FROM x_written))")
_RECORDS = (
    "SELECT c.row_id, d.uuid, c.seq, c.hlc, c.fields, c.supersedes, c.hash FROM change c "
    "JOIN device d ON d.id = c.device_id JOIN action a ON a.id = c.row_id "
    "WHERE a.threat_id = ? ORDER BY c.row_id")


@dataclass
class Claim:
    """One action of a threat, as its records say."""

    row_id: str
    number: int | None  # the row's value: its heads' winner
    raised: tuple[int, str]  # the first record of it: (clock, device)
    offered: tuple[int, ...]  # its heads' values, where they disagree

    @property
    def order(self) -> tuple:
        return (*self.raised, self.row_id)


@dataclass(frozen=True)
class Settled:
    row_id: str
    threat_id: str
    old: int | None
    new: int


def settle(conn: Connection, wall: clock.Clock,
           written: set[str] | None = None) -> list[Settled]:
    """Settle every threat whose numbers clash, are missing or disagree; what changed.
    `written`: the rows the merge wrote (ids), if only their threats can have moved."""
    raw = rawdb.of(conn)
    threats = sorted(_unsettled(raw, written))
    if not threats:
        return []
    recorder = Recorder.for_local_device(conn, AUTHOR, wall)
    done = []
    for threat in threats:
        for claim, number in settled(claims(raw, threat)):
            replaced = heads.current(conn, claim.row_id, ["number"])
            recorder.add("action", claim.row_id, {"number": str(number)}, replaced)
            raw.execute("UPDATE action SET number = ? WHERE id = ?", (number, claim.row_id))
            heads.clear_conflict(conn, claim.row_id, "number")
            if number != claim.number:
                done.append(Settled(claim.row_id, threat, claim.number, number))
    recorder.write(conn)
    return done


def _unsettled(raw: Raw, written: set[str] | None) -> set[str]:
    if written is None or len(written) > FEW_ROWS:
        return {threat for (threat,) in raw.execute(_UNSETTLED.format(where="TRUE"))}
    raw.execute("CREATE TEMP TABLE IF NOT EXISTS x_written (row_id TEXT PRIMARY KEY)")
    raw.execute("DELETE FROM x_written")
    raw.executemany("INSERT INTO x_written VALUES (?) ON CONFLICT DO NOTHING",
                    ((row,) for row in written))
    found = {threat for (threat,) in raw.execute(_UNSETTLED.format(where=_WRITTEN))}
    raw.execute("DELETE FROM x_written")
    return found


def claims(raw: Raw, threat: str) -> list[Claim]:
    numbers = dict(raw.execute("SELECT id, number FROM action WHERE threat_id = ?", (threat,)))
    found: dict[str, list[tuple]] = {}
    for row_id, *held in raw.execute(_RECORDS, (threat,)):
        found.setdefault(row_id, []).append(tuple(held))
    made = []
    for row_id, number in numbers.items():
        held = found.get(row_id, [])
        first = min(((hlc, device) for device, _seq, hlc, *_rest in held), default=(0, ""))
        said = heads.heads_of(heads.by_field(held).get("number", []))
        offered = tuple(sorted({rec.new for rec in said if isinstance(rec.new, int)
                                and not isinstance(rec.new, bool)}))
        disagree = len(said) > 1 and heads.in_conflict(said)
        made.append(Claim(row_id, number, first, offered if disagree else ()))
    return made


def settled(found: list[Claim]) -> list[tuple[Claim, int]]:
    """What to record: each claim whose number must be given again, or whose disagreeing
    records must be settled, with the number it takes."""
    held = Counter(c.number for c in found if c.number is not None)
    taken: set[int] = set()
    given, waiting = [], []
    for claim in sorted(found, key=lambda c: c.order):
        if claim.offered:
            free = [n for n in claim.offered if n not in taken
                    and held[n] - (claim.number == n) == 0]
            if free:
                taken.add(max(free))
                given.append((claim, max(free)))
            else:
                waiting.append(claim)
        elif claim.number is None or claim.number in taken:
            waiting.append(claim)
        else:
            taken.add(claim.number)
    top = max([*held, *(n for c in found for n in c.offered)], default=0)
    given += [(claim, number) for number, claim in enumerate(waiting, top + 1)]
    return given
