"""Figures across every board the hub serves, and threats that cross board lines.

Each board's figures are its own period statistics (core/stats.py), counted in
its own store exactly as its chair counts them; the hub adds them up. A threat
is flagged as on two boards when two boards' registers give it the same
reference, or list a member of the same name (folded: case and accents aside).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import board, stats, validate, withheld
from ocgboard.hub.folder import Board, Hub, opened
from ocgboard.reports import figures
from ocgboard.reports.figures import Figures
from ocgboard.store.models import Member, Threat

# Figures a board gives that do not add up across boards (nested tables).
NOT_ADDED = {"coverage", "coverage_flags"}


@dataclass(frozen=True)
class Place:
    board: str
    reference: str
    name: str


@dataclass(frozen=True)
class Crossing:
    """One threat as two or more boards hold it, and why the hub thinks so."""

    places: tuple[Place, ...]
    same_reference: bool
    members: tuple[str, ...]  # the member names they share, as the first board spells them

    def words(self) -> str:
        why = ["the same reference"] if self.same_reference else []
        if self.members:
            why.append("members in common: " + ", ".join(self.members))
        where = "; ".join(f"{p.board}: {p.reference} {p.name}" for p in self.places)
        return f"{where} ({' and '.join(why)})"


@dataclass
class Across:
    start: dt.date
    end: dt.date
    boards: list[tuple[str, Figures]] = field(default_factory=list)
    crossings: list[Crossing] = field(default_factory=list)
    markings: list[str] = field(default_factory=list)  # each board's protective marking

    @property
    def total(self) -> Figures:
        return added_figures(self.start, self.end, self.boards)

    def as_dict(self) -> dict:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(),
                "total": _addable(self.total.period.as_dict()),
                "boards": {name: _addable(figures.period.as_dict())
                           for name, figures in self.boards},
                "on_two_boards": [{"places": [vars(p) for p in c.places],
                                   "same_reference": c.same_reference,
                                   "members": list(c.members)} for c in self.crossings]}


def gather(hub: Hub, start: dt.date | str | None = None, end: dt.date | str | None = None,
           ) -> Across:
    """Every board's figures for the period (by default the six months to today)."""
    end_day = validate.date(end, "to date") or clock.current().today()
    start_day = validate.date(start, "from date") or stats.six_months_to(end_day)
    validate.date_range(start_day, end_day)
    found = Across(start_day, end_day)
    registers = []
    for served, session in _sessions(hub):
        # The report across boards names no subject: each board's own redactor.
        found.boards.append((served.name, figures.redact_areas(
            figures.collect(session, start_day, end_day), withheld.redactor(session))))
        found.markings.append(board.marking(session))
        registers.append((served.name, *_register(session)))
    found.crossings = crossings(registers)
    return found


def _sessions(hub: Hub) -> Iterator[tuple[Board, Session]]:
    for served in hub.boards():
        with opened(served, create=False) as store, store.reader() as session:
            yield served, session


def _register(session: Session) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    """(threat id, reference, name) of every threat on the register, and (threat id,
    folded member name) of every member."""
    threats = [(t.hex, ref, name) for t, ref, name in session.execute(
        select(Threat.id, Threat.reference, Threat.name).where(~Threat.deleted))]
    members = [(t.hex, " ".join(folded.split())) for t, folded in session.execute(
        select(Member.threat_id, func.fold(Member.name)).where(~Member.deleted))
        if folded and folded.strip()]
    return threats, members


def crossings(registers) -> list[Crossing]:
    """Threats of different boards with the same reference or a member in common."""
    place: dict[tuple[str, str], Place] = {}
    by_reference: dict[str, set[tuple[str, str]]] = defaultdict(set)
    by_member: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for board_name, threats, members in registers:
        for threat_id, reference, name in threats:
            place[(board_name, threat_id)] = Place(board_name, reference, name)
            if reference.strip():
                by_reference[" ".join(reference.split()).casefold()].add((board_name, threat_id))
        for threat_id, folded in members:
            if (board_name, threat_id) in place:
                by_member[folded].add((board_name, threat_id))
    linked: dict[frozenset, tuple[bool, set[str]]] = {}
    for keys_ in by_reference.values():
        if len({b for b, _t in keys_}) > 1:
            linked[frozenset(keys_)] = (True, set())
    for folded, keys_ in by_member.items():
        if len({b for b, _t in keys_}) > 1:
            same, names = linked.get(frozenset(keys_), (False, set()))
            linked[frozenset(keys_)] = (same, names | {folded})
    found = [Crossing(tuple(sorted((place[k] for k in keys_),
                                   key=lambda p: (p.board, p.reference))),
                      same, tuple(sorted(names)))
             for keys_, (same, names) in linked.items()]
    return sorted(found, key=lambda c: [(p.board, p.reference) for p in c.places])


def added(start: dt.date, end: dt.date, boards: list[stats.PeriodStats]) -> stats.PeriodStats:
    """The boards' figures added: counts summed, each table's rows summed by key."""
    total = stats.PeriodStats(start, end)
    for spec in fields(stats.PeriodStats):
        if spec.name in ("start", "end") or spec.name in NOT_ADDED:
            continue
        values = [getattr(b, spec.name) for b in boards]
        if isinstance(getattr(total, spec.name), int):
            setattr(total, spec.name, sum(values))
        else:
            summed: Counter = Counter()
            for table in values:
                summed.update(table)
            setattr(total, spec.name, dict(sorted(summed.items(), key=lambda kv: (-kv[1],
                                                                                  str(kv[0])))))
    return total


def added_figures(start: dt.date, end: dt.date, boards: list[tuple[str, Figures]]) -> Figures:
    """The boards' report figures added; a plan of Pursue alone is named with its board."""
    total = Figures(added(start, end, [f.period for _name, f in boards]))
    for name, each in boards:
        for strand, by_status in each.strand_status.items():
            summed = total.strand_status.setdefault(strand, {})
            for status, count in by_status.items():
                summed[status] = summed.get(status, 0) + count
        total.pursue_only += [f"{reference} ({name})" for reference in each.pursue_only]
        total.with_open_actions += each.with_open_actions
        total.abbreviations.update(each.abbreviations)
    return total


def _addable(data: dict) -> dict:
    return {k: v for k, v in data.items() if k not in NOT_ADDED}
