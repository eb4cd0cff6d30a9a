"""The records of one operation, put back together.

The session hook writes one record per row a unit of work touched, one after
another on the laptop's chain (store/capture.py), and the log keeps no mark of
where one unit ended. But a person's operation leaves a plain trace: its
records are neighbours on one device's chain, by one author, moments apart,
and about one thing — the same row, or a row and the rows that belong to it
(a status change and its dated update; a new action and its first update; a
new meeting and its agenda), or new rows of one kind under one parent (the
members added to a threat, the attendance of one meeting, the actions one pick
from the library adds to a plan, each with its first update). Two operations
by one person are seconds apart at the least, and a second edit of the same
field of the same row is always another operation (an undo, say), so the
records are cut there too.

A new control strategy is adopted with the live tasking it carries over: the
actions and strategic plan items moved on to its battles are of the operation
that made those battles (`serving`).

A threat is not what its members and actions belong to here, only their
parent: a new threat's members are its operation, but a plan's actions are
each their own line unless they were made together, so that a big board's
history (a demo's, made in one moment) reads a few records a line.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ocgboard.core.history_feed import Rec

# The records of one unit of work are written within milliseconds of each other;
# a person needs seconds between two operations, and even a script starting the
# command line again needs longer than this (its imports alone).
WINDOW_MS = 250


# Rows that are part of the row they name, as an update is of its action: made,
# changed or deleted with it. A member or an action only belongs to its threat.
OWNED = frozenset({"action_update", "agenda_item", "attendance", "distribution",
                   "strategy_update", "control_area", "control_battle", "control_priority"})
# Owned rows that are part of their parent's owner too: a must-win battle of its
# threat area's strategy (a strategy is made, or adopted, with all its areas' battles).
DEEP = frozenset({"control_battle"})
# The field by which tasking names the must-win battle it serves.
SERVES = frozenset({"battle_id"})


@dataclass
class Group:
    """The records of one operation, newest first."""

    recs: list[Rec]
    rows: set[str] = field(default_factory=set)
    owners: set[str] = field(default_factory=set)  # rows the group's owned rows are part of
    parents: set[str] = field(default_factory=set)  # every row the group's rows belong to
    fields: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    made: set[tuple[str, str | None]] = field(default_factory=set)  # (kind, parent) made
    edits: set[tuple[str, frozenset[str]]] = field(default_factory=set)  # (kind, fields) set
    serving: set[str] = field(default_factory=set)  # battles the group's tasking moved to

    @classmethod
    def of(cls, rec: Rec) -> Group:
        group = cls([])
        group.add(rec)
        return group

    @property
    def newest(self) -> Rec:
        return self.recs[0]

    @property
    def oldest(self) -> Rec:
        return self.recs[-1]

    @property
    def key(self) -> tuple[int, int, int]:
        return (self.newest.hlc, self.newest.device, self.newest.seq)

    def add(self, rec: Rec) -> None:
        self.recs.append(rec)
        self.rows.add(rec.row)
        parent = rec.owners[0] if rec.owners else None
        if parent:
            self.parents.add(parent)
            if rec.entity in OWNED:
                self.owners.add(parent)
            if rec.entity in DEEP:
                self.owners.update(rec.owners)
        self.fields[rec.row].update(rec.values)
        if rec.creates:
            self.made.add((rec.entity, parent))
        else:
            self.edits.add((rec.entity, frozenset(rec.values)))
            if frozenset(rec.values) == SERVES and rec.values["battle_id"]:
                self.serving.add(str(rec.values["battle_id"]))

    def takes(self, rec: Rec) -> bool:
        """Whether `rec`, the next older record of the stream, is of this operation."""
        last = self.oldest
        if rec.author != last.author or rec.device != last.device:
            return False
        if not 0 <= last.wall_ms - rec.wall_ms <= WINDOW_MS:
            return False
        fields = self.fields.get(rec.row)
        if fields and not fields.isdisjoint(rec.values):
            return False  # the same field of the same row again: another operation
        return self._belongs(rec) or self._alike(rec)

    def _belongs(self, rec: Rec) -> bool:
        """The same row, a row the group's rows are part of or belong to, or a row
        that is part of (or belongs to) one of them, or of their owner."""
        parent = rec.owners[0] if rec.owners else None
        if rec.row in self.rows or rec.row in self.owners or rec.row in self.parents:
            return True
        if rec.entity == "control_battle" and rec.creates and self.serving:
            # The adoption that moved the group's tasking on: its battles, written
            # just before in no particular order (the rest join as its strategy's).
            return True
        if parent is not None and rec.entity in DEEP and len(rec.owners) > 1 \
                and rec.owners[1] in self.owners | self.rows:
            return True
        return parent is not None and (parent in self.rows or (rec.entity in OWNED
                                                               and parent in self.owners))

    def _alike(self, rec: Rec) -> bool:
        """Rows of one kind made together under one parent (or under none: a library's
        seed, a new board's agencies), or changed alike at once (actions deleted
        together, with their updates); the first update of another action added to
        the same plan at once (a pick of several tactics from the library)."""
        if not rec.creates:
            if frozenset(rec.values) == SERVES and self.serving:
                return True  # tasking moved on to a new strategy's battles together
            return (rec.entity, frozenset(rec.values)) in self.edits
        parent = rec.owners[0] if rec.owners else None
        if (rec.entity, parent) in self.made:
            return True
        return (rec.entity == "action_update" and rec.values.get("status") == "proposed"
                and len(rec.owners) > 1 and ("action", rec.owners[1]) in self.made)


def grouped(recs: Iterable[Rec]) -> Iterator[Group]:
    """One device's records, newest first, as its operations, newest first."""
    group: Group | None = None
    for rec in recs:
        if group is not None and group.takes(rec):
            group.add(rec)
            continue
        if group is not None:
            yield group
        group = Group.of(rec)
    if group is not None:
        yield group


def merged(streams: Iterable[Iterator[Rec]]) -> Iterator[Group]:
    """Every device's operations, newest first by when each was finished."""
    return heapq.merge(*(grouped(s) for s in streams), key=lambda g: g.key, reverse=True)
