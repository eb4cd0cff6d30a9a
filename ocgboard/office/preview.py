"""What importing a paper will make on this board, decided before anything is written.

`make` matches a paper's rows to the board through the core services' readers:
the threat (by the title's reference or `--threat`; one that does not exist yet
is to be created), each owner to an agency (owners.py), each status to the
board's vocabulary (statuses.py), each action to the one already on the plan
with the same threat, strand and SPECIFIC text (so a file imported twice adds
nothing), and a SPECIFIC that is a library tactic's to that tactic. Dates the
board would refuse are kept as text and said so. `words.py` words the result;
`apply.py` carries it out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import agencies, dates, library, lookup, plans, strategy, validate, views
from ocgboard.errors import InputError, NotFound
from ocgboard.office import statuses
from ocgboard.office.owners import Match, Owners
from ocgboard.office.paper import Entry, Item, Paper, Row, dated, folded

KINDS = {"PI": "Priority Individual", "VUL": "Vulnerability"}


@dataclass
class Making:
    """One action to be made on a threat's plan (or found there already)."""

    row: Row
    threat: str  # the threat's reference as the board spells it
    strand: str
    fields: dict[str, str | None]  # SMART, 'OCG number **' filled with the reference
    owner: Match
    due_on: dt.date | None
    status: str  # the board's
    update_on: dt.date | None = None
    update: str = ""
    tactic: str | None = None  # the library tactic whose text this is
    already: str | None = None  # the action already on the plan ("OCG 05/00283 · 3")


@dataclass
class Adding:
    """One strategic item to be added, with its trail of (date, status, comment)."""

    item: Item
    number: int | None
    trail: list[tuple[dt.date | None, str, str]] = field(default_factory=list)
    already: int | None = None


@dataclass
class Plan:
    paper: Paper
    new_threats: dict[str, str] = field(default_factory=dict)  # reference -> kind
    actions: list[Making] = field(default_factory=list)
    items: list[Adding] = field(default_factory=list)
    statuses: dict[str, str] = field(default_factory=dict)  # the paper's words -> the board's
    unread: list[str] = field(default_factory=list)
    named: str | None = None  # the threat the title names, when --threat overrode it

    @property
    def to_make(self) -> list[Making]:
        return [m for m in self.actions if m.already is None]

    @property
    def to_add(self) -> list[Adding]:
        return [a for a in self.items if a.already is None]

    @property
    def unmatched(self) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for m in self.to_make:
            if m.owner.agency is None:
                found.setdefault(m.row.owner, []).append(m.row.where)
        return found

    @property
    def makes_anything(self) -> bool:
        return bool(self.to_make or self.to_add or self.new_threats)


def make(session: Session, paper: Paper, *, threat: str | None = None,
         maps: dict[str, str] | None = None) -> Plan:
    plan = Plan(paper, unread=list(paper.unread))
    if threat and paper.reference and folded(threat) != folded(paper.reference):
        plan.named = paper.reference
    owners = Owners([(a.name, a.short_name) for a in agencies.list_agencies(session)],
                    {owner: lookup.agency(session, name).name
                     for owner, name in (maps or {}).items()})
    board = _Board(session, plan)
    for row in paper.rows:
        reference = threat or row.threat or paper.reference
        if not reference:
            raise InputError(f"{paper.name} does not say which threat it is for (its title "
                             "keeps 'OCG number **'): give it with --threat REF")
        plan.actions.append(board.making(row, reference, owners))
    for item in paper.items:
        plan.items.append(board.adding(item))
    return plan


class _Board:
    """What the board holds, read once through the services, for matching rows."""

    def __init__(self, session: Session, plan: Plan):
        self.session, self.plan = session, plan
        self.today = clock.of(session).today()
        self.threats: dict[str, object] = {}
        self.held: dict[str, dict[tuple[str, str], str]] = {}
        self.tactics = library.search(session)
        self.strategic = {folded(i.action): i.number for i in strategy.listing(session)}
        self.numbers = set(self.strategic.values())

    def threat(self, reference: str):
        key = folded(reference)
        if key not in self.threats:
            try:
                found = lookup.threat(self.session, reference)
            except NotFound:
                found = None
                name = lookup.normalise_reference(reference)
                self.plan.new_threats[name] = KINDS.get(name.split()[0].upper(), "OCG")
            self.threats[key] = found
            self.held[key] = {} if found is None else {
                (a.strand, folded(a.specific)): views.label(found.reference, a.number)
                for a in plans.listing(self.session, threat=found)}
        return self.threats[key], self.held[key]

    def making(self, row: Row, reference: str, owners: Owners) -> Making:
        found, held = self.threat(reference)
        ref = found.reference if found is not None else lookup.normalise_reference(reference)
        fields = {k: library.fill(getattr(row, k), ref) or None for k in plans.SMART}
        strand = row.strand or ""
        key = (strand, folded(fields["specific"] or ""))
        making = Making(row, ref, strand, fields, owners.match(row.owner),
                        self._due(row, fields, found), self._status(row),
                        already=held.get(key), tactic=self._tactic(strand, key[1], ref))
        making.update_on, making.update = self._update(row)
        if making.already is None:
            held[key] = f"{ref} (row {row.where} of this file)"
        return making

    def _tactic(self, strand: str, specific: str, reference: str) -> str | None:
        for tactic in self.tactics:
            if tactic.strand == strand and folded(library.fill(tactic.specific, reference)
                                                  or "") == specific:
                return tactic.code
        return None

    def _due(self, row: Row, fields: dict, threat) -> dt.date | None:
        if row.due_on is None:
            return None
        try:
            dates.PLANNED.check(row.due_on, "due date", self.today)
            if threat is not None:
                validate.not_before(row.due_on, threat.mapped_on, "due date",
                                    f"{threat.reference}'s mapped date")
        except InputError as exc:
            fields["timebound"] = " ".join(filter(None, [dates.day(row.due_on),
                                                         fields["timebound"]]))
            self.plan.unread.append(f"{row.where}: {exc}: kept as TIMEBOUND text")
            return None
        return row.due_on

    def _status(self, row: Row) -> str:
        found = statuses.action_status(row.status)
        if found is None:
            self.plan.unread.append(f"{row.where}: status '{row.status}' is none of the "
                                    "board's: the action is made as proposed")
            return "proposed"
        if row.status:
            self.plan.statuses[row.status] = found
        return found

    def _update(self, row: Row) -> tuple[dt.date | None, str]:
        on, text = dated(row.update)
        if on is not None:
            try:
                dates.EVENT.check(on, "update date", self.today)
            except InputError as exc:
                self.plan.unread.append(f"{row.where}: {exc}: the update is dated today")
                return None, row.update
        return on, text

    def adding(self, item: Item) -> Adding:
        key = folded(item.action)
        number = item.number
        if key in self.strategic:
            return Adding(item, number, already=self.strategic[key])
        if number is not None and number in self.numbers:
            self.plan.unread.append(f"{item.where}: number {number} is taken on the board's "
                                    "strategic plan: it is given the next number")
            number = None
        if number is not None:
            self.numbers.add(number)
        self.strategic[key] = number or 0
        adding = Adding(item, number)
        entries = list(item.trail)
        if item.status:
            entries.append(Entry(None, item.status, ""))
        for entry in entries:
            said = statuses.strategy_status(entry.status)
            if said is None:
                self.plan.unread.append(f"{item.where}: status '{entry.status}' is none of "
                                        "the strategic plan's: that line was not read")
                continue
            self.plan.statuses[entry.status] = said
            adding.trail.append((entry.dated_on, said, entry.comment))
        if item.target_on is not None:
            try:
                dates.PLANNED.check(item.target_on, "target date", self.today)
            except InputError as exc:
                self.plan.unread.append(f"{item.where}: {exc}: kept as the target's words")
                item.target = item.target or dates.day(item.target_on)
                item.target_on = None
        return adding
