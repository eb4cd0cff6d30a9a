"""The board's history as a person reads it: a line per operation, newest first.

`page` reads the change log a page at a time (history_feed), puts each
operation's records together (history_groups), names what they touched
(history_names) and says what was done (history_words). A page ends with a
cursor: the next page goes on from exactly there, so the history of a national
board lists its newest lines without reading the rest. Each line knows its
records, so that its field records are read only for a reader who asks
(history_fields: the desktop's details, `--raw`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from itertools import islice

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core import board, dates, history_fields, history_sources, lookup, setup
from ocgboard.core.history_change import RowChange, Said
from ocgboard.core.history_feed import Scope, devices, streams
from ocgboard.core.history_fields import FieldChange
from ocgboard.core.history_groups import Group, merged
from ocgboard.core.history_names import Names
from ocgboard.core.history_old import Old, old_values
from ocgboard.core.history_words import word
from ocgboard.store import hlc
from ocgboard.store.engine import fold
from ocgboard.store.models import Action, ActionUpdate, AgendaItem, Change, Disruption, Member

PAGE = 500


@dataclass(frozen=True)
class Query:
    """Which lines: of one threat (its id), one author, one kind, some words, some days."""

    threat: str | None = None
    author: str | None = None
    kind: str | None = None
    text: str = ""
    since: dt.date | None = None
    until: dt.date | None = None

    def matches(self, line: Line) -> bool:
        if self.kind and line.kind != self.kind:
            return False
        if line.built_in and (self.since or self.until):
            return False  # made by ocgboard itself, on no day of the board's
        return not self.text.strip() or fold(self.text.strip()) in fold(line.sentence)


@dataclass(frozen=True)
class Line:
    when: dt.datetime  # aware, UTC: when the operation was done
    author: str
    laptop: str
    kind: str
    threat: str  # the reference of the threat it concerns, or ""
    words: str
    source: str  # "from DWP's return of 5 Dec 2026", where it came in by an import
    # Its records, (device, seq), oldest first: for its field records, read on demand.
    records: tuple[tuple[int, int], ...] = field(default=(), repr=False)
    # Made by ocgboard itself (the tactic library and agencies every laptop seeds):
    # its clock is no time of day, so the line has no date a person would read.
    built_in: bool = False

    @property
    def sentence(self) -> str:
        told = f"{self.author} {self.words}"
        return f"{told} ({self.source})" if self.source else told

    def as_dict(self) -> dict:
        return {"when": self.when.isoformat(timespec="seconds"), "author": self.author,
                "laptop": self.laptop, "kind": self.kind, "threat": self.threat,
                "words": self.words, "source": self.source, "line": self.sentence,
                "built_in": self.built_in}


@dataclass(frozen=True)
class Cursor:
    """Where a page ended: per device, the key of the last record it showed."""

    keys: tuple[tuple[int, int, int], ...]


@dataclass(frozen=True)
class Page:
    lines: tuple[Line, ...]
    cursor: Cursor | None  # None: nothing older


def page(session: Session, query: Query = Query(), after: Cursor | None = None,
         limit: int = PAGE, looked: int | None = None) -> Page:
    """The next `limit` lines the query picks, newest first, after `after`; having
    worded `looked` operations (if given) it stops with what it found, so that words
    or a kind found in few lines of a big board do not keep a window waiting."""
    before = {device: (at, seq) for device, at, seq in after.keys} if after else {}
    groups = merged(streams(session, _scope(session, query), before).values())
    told = Teller(session)
    lines: list[Line] = []
    while len(lines) < limit and (looked is None or looked > 0):
        size = max(limit - len(lines), 50)
        batch = list(islice(groups, size if looked is None else min(size, looked)))
        if not batch:
            return Page(tuple(lines), None)
        if looked is not None:
            looked -= len(batch)
        for group, line in told(batch):
            before[group.newest.device] = group.oldest.key
            if query.matches(line):
                lines.append(line)
                if len(lines) == limit:
                    break
    cursor = Cursor(tuple((d, at, seq) for d, (at, seq) in sorted(before.items())))
    return Page(tuple(lines), cursor)


def heading(line: Line) -> str:
    """The day a line is shown under: 'Monday 23 November 2026' (the laptop's day)."""
    if line.built_in:
        return "Built into ocgboard"
    return dates.long_day(line.when.astimezone().date())


def time_of_day(line: Line) -> str:
    """'19:33', the laptop's time; nothing for what ocgboard itself made."""
    return "" if line.built_in else f"{line.when.astimezone():%H:%M}"


def authors(session: Session) -> list[str]:
    """Everyone who made a change this laptop holds, A to Z."""
    return sorted(session.scalars(select(Change.author).distinct()), key=str.casefold)


def _scope(session: Session, query: Query) -> Scope:
    rows = threat_rows(session, query.threat) if query.threat else None
    return Scope(rows=rows, author=query.author or None,
                 since_ms=_ms(query.since), until_ms=_ms(query.until, 1))


def _ms(on: dt.date | None, days: int = 0) -> int | None:
    """The wall time (ms) of the local midnight that starts `on` (plus `days`)."""
    if on is None:
        return None
    midnight = dt.datetime.combine(on + dt.timedelta(days=days), dt.time()).astimezone()
    return int(midnight.timestamp() * 1000)


def threat_rows(session: Session, threat_id: str) -> frozenset[str]:
    """A threat's row and the rows that are its: members, plan, updates, disruptions,
    agenda items about it."""
    key = lookup.key(threat_id, "threat")
    found = [key]
    for model in (Member, Action, Disruption, AgendaItem):
        found += session.scalars(select(model.id).where(model.threat_id == key)).all()
    found += session.scalars(select(ActionUpdate.id).join(Action, Action.id ==
                                                         ActionUpdate.action_id)
                             .where(Action.threat_id == key)).all()
    return frozenset(k.hex for k in found)


class Teller:
    """Words a batch of operations: old values, names and sources read once a batch."""

    def __init__(self, session: Session):
        self.session = session
        self.devices = devices(session)
        self.sources = history_sources.Sources(session, self.devices)
        self.agency_laptop = board.is_agency_laptop(session)

    def __call__(self, groups: list[Group]) -> list[tuple[Group, Line]]:
        old = old_values(self.session, groups, self.devices)
        changes = [_changes(g, old, hlc.to_datetime(g.newest.hlc).astimezone().date())
                   for g in groups]
        names = Names(self.session, self.agency_laptop)
        # Worded once to learn which rows the lines name (only those are read), then
        # again with them; a row named by a row just read takes one more round.
        for _round in range(4):
            said = [(word(list(c.values()), names), _threat_of(c, names)) for c in changes]
            if not names.read_pending():
                break
        return [(g, self.line(g, words, threat)) for g, (words, threat) in
                zip(groups, said, strict=True)]

    def line(self, group: Group, said: Said, threat: str) -> Line:
        newest = group.newest
        when = hlc.to_datetime(newest.hlc)
        return Line(when, newest.author, self.devices[newest.device].name, said.kind,
                    threat, said.words, self.sources.of(newest.device, when),
                    tuple((r.device, r.seq) for r in reversed(group.recs)),
                    self.devices[newest.device].uuid == setup.SEED_DEVICE)


def field_records(session: Session, line: Line) -> tuple[FieldChange, ...]:
    """A line's field records, oldest first: each field each of its records set."""
    return history_fields.field_records(session, line.records)


def _changes(group: Group, old: Old, on: dt.date) -> dict[str, RowChange]:
    changes: dict[str, RowChange] = {}
    for rec in reversed(group.recs):
        change = changes.get(rec.row)
        if change is None and rec.creates:  # a new row: all it holds is new
            changes[rec.row] = RowChange(rec.entity, rec.row, True, on, rec.owners,
                                         dict(rec.values))
            continue
        if change is None:
            change = changes[rec.row] = RowChange(rec.entity, rec.row, False, on, rec.owners)
        for fld, value in rec.values.items():
            if fld not in change.values and not change.created \
                    and (rec.device, rec.seq, fld) in old:
                change.old[fld] = old[(rec.device, rec.seq, fld)]
            change.values[fld] = value
    return changes


def _threat_of(changes: dict[str, RowChange], names: Names) -> str:
    """The reference of the threat the operation concerns, if it concerns one."""
    for change in changes.values():
        threat_id: object = None
        if change.entity == "threat":
            threat_id = change.row
        elif change.entity in ("member", "action", "disruption"):
            threat_id = change.parent
        elif change.entity == "action_update":
            row = names.row("action", change.parent)
            threat_id = change.owners[1] if len(change.owners) > 1 else \
                (row["threat_id"] if row else None)
        elif change.entity == "agenda_item":
            row = names.row("agenda_item", change.row)
            threat_id = row["threat_id"] if row else None
        if names.row("threat", threat_id):
            return names.ref(threat_id)
    return ""
