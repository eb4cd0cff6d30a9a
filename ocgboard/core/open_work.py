"""The board's work as it stood on a day: each action on a plan live then, with its status
as its dated trail gave it that day.

A plan is live on a day when its threat was not yet dismantled or archived
(it is not, or it was closed after that day). An action is there once raised;
its status that day is the last entry of its trail dated on or before it. On a
day not yet past the trail can hold nothing later, so an action stands as it
is now: a trail updated out of date order can then not contradict the app.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import rag
from ocgboard.core.plans import WITHDRAWN
from ocgboard.core.register import CLOSED
from ocgboard.store.models import Action, ActionUpdate, Agency, Tactic, Threat


@dataclass(frozen=True)
class Work:
    """One action on a live plan, as it stood on the day."""

    threat_id: uuid.UUID
    reference: str
    agency: str  # its short name, as the statistics print it
    strand: str
    status: str
    due_on: dt.date | None
    action_id: uuid.UUID | None = None  # to list the actions behind a figure

    @property
    def open(self) -> bool:
        return rag.is_open(self.status)


def live_on(day: dt.date) -> ColumnElement[bool]:
    """Threats on the register and not yet closed on `day`."""
    return and_(~Threat.deleted, or_(Threat.status.not_in(CLOSED), Threat.closed_on > day))


def agency_label():
    return func.coalesce(Agency.short_name, Agency.name)


def on(session: Session, day: dt.date) -> list[Work]:
    """Every action on a plan live on `day` and raised by then; not one withdrawn by then,
    which the board struck off as never part of its work."""
    past = day < clock.of(session).today()
    latest = _trail_status(day)
    status = func.coalesce(latest.c.status, Action.status) if past else Action.status
    query = (select(Action.threat_id, Threat.reference, agency_label(), Action.strand, status,
                    Action.due_on, Action.id)
             .join(Threat, Threat.id == Action.threat_id)
             .join(Agency, Agency.id == Action.owner_agency_id)
             .where(~Action.deleted, live_on(day),
                    or_(Action.raised_on.is_(None), Action.raised_on <= day),
                    status != WITHDRAWN))
    if past:
        query = query.outerjoin(latest, and_(latest.c.action_id == Action.id, latest.c.rank == 1))
    return [Work(*row) for row in session.execute(query)]


def _trail_status(day: dt.date):
    """Each action's trail entries dated by `day`, the last ranked 1."""
    rank = func.row_number().over(partition_by=ActionUpdate.action_id,
                                  order_by=(ActionUpdate.dated_on.desc(),
                                            ActionUpdate.recorded_at.desc()))
    return (select(ActionUpdate.action_id, ActionUpdate.status, rank.label("rank"))
            .where(~ActionUpdate.deleted, ActionUpdate.dated_on <= day).subquery())


def overdue(works: list[Work], day: dt.date) -> int:
    """Open on `day` and due before it."""
    return sum(1 for w in works if w.open and w.due_on is not None and w.due_on < day)


def coverage(works: list[Work]) -> dict[str, dict[str, int]]:
    """Open actions per agency and strand."""
    grid: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for w in works:
        if w.open:
            grid[w.agency][w.strand] += 1
    return {agency: dict(strands) for agency, strands in sorted(grid.items())}


def multi_agency(works: list[Work]) -> int:
    """Threats whose open actions are owned by two agencies or more."""
    owners: dict[uuid.UUID, set[str]] = defaultdict(set)
    for w in works:
        if w.open:
            owners[w.threat_id].add(w.agency)
    return sum(1 for found in owners.values() if len(found) >= 2)


def plans_by_strands(works: list[Work]) -> dict[str, set[str]]:
    """The strands of each plan's open actions, by its threat's reference."""
    found: dict[str, set[str]] = defaultdict(set)
    for w in works:
        if w.open:
            found[w.reference].add(w.strand)
    return dict(found)


def strand_status(works: list[Work]) -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for w in works:
        table[w.strand][w.status] += 1
    return {strand: dict(counts) for strand, counts in table.items()}


def library_offers(session: Session) -> dict[str, set[str]]:
    """The strands the tactic library offers each agency (by its short name), matched
    on the tactic's default owner as adding it to a plan matches it."""
    owners: dict[str, set[str]] = defaultdict(set)
    for owner, strand in session.execute(
            select(Tactic.default_owner, Tactic.strand).where(~Tactic.deleted)):
        owners[" ".join(owner.split()).casefold()].add(strand)
    offers: dict[str, set[str]] = {}
    for name, short, label in session.execute(
            select(Agency.name, Agency.short_name, agency_label()).where(~Agency.deleted)):
        strands = owners.get(name.casefold(), set()) | owners.get((short or "").casefold(), set())
        if strands:
            offers[label] = strands
    return offers


def coverage_flags(grid: dict[str, dict[str, int]], offers: dict[str, set[str]],
                   strands: list[str]) -> dict[str, str]:
    """Agencies whose open work is all Pursue although the library offers them tactics
    under other strands, with those strands in words. An agency the library gives
    Pursue tactics alone is doing what it can, and is not flagged."""
    flags = {}
    for agency, counts in grid.items():
        used = {s for s, n in counts.items() if n}
        others = [s for s in strands if s in offers.get(agency, set()) and s != "Pursue"]
        if used == {"Pursue"} and others:
            flags[agency] = f"Pursue only: the library offers {', '.join(others)} too"
    return flags


def reviews_overdue(session: Session, day: dt.date) -> int:
    """Threats live on `day` whose next review was due before it."""
    return session.execute(select(func.count()).select_from(Threat).where(
        live_on(day), Threat.next_review_on < day)).scalar_one()
