"""What an Office paper holds, read by the pack's own gathering and redaction.

The Word plan, the Excel tracker and an agency's tasking sheet show what the
PDF pack of the same variant shows: the same `reports.threat_data.Scope`
makes each action a `pack_data.Task` and each plan a `ThreatPart`, through the
same redactor (the chair's copy blanks nothing; a partner's or an agency's
blanks every withheld name, drops board-only updates and non-disseminable
threats' names), and the places it blanked a name are kept for the chair's
review before anything is written.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import board, dates, lookup, meetings, rag, withheld
from ocgboard.errors import InputError
from ocgboard.reports import pack_data as pd
from ocgboard.reports import threat_data
from ocgboard.store.models import Action, Agency, Meeting, Threat


@dataclass
class Paper:
    """One Office paper's content, as plain data."""

    variant: str  # chair, partner or agency (pack_data.VARIANTS)
    board: str
    board_id: uuid.UUID
    marking: str
    as_at: dt.date
    produced_on: dt.date  # the day it is written: a tasking sheet's day of issue
    agency: str | None = None  # whose tasks an agency paper holds
    agency_id: uuid.UUID | None = None
    meeting: str | None = None  # "Board meeting, 1 Dec 2026" where it is for one
    tasks: list[pd.Task] = field(default_factory=list)
    plan: pd.ThreatPart | None = None
    withheld: list[withheld.Place] = field(default_factory=list)

    @property
    def variant_line(self) -> str:
        return {
            "chair": "Chair's copy: full content",
            "partner": "Partner copy: non-disseminable content removed",
            "agency": f"For {self.agency}: its actions only, non-disseminable content removed",
        }[self.variant]


def owner_of(session: Session, variant: str, agency: str | None) -> Agency | None:
    """The agency an agency paper is for, as the pack's variants are chosen."""
    if variant not in pd.VARIANTS:
        raise InputError(f"variant '{variant}' is not one of: {', '.join(pd.VARIANTS)}")
    if variant == "agency":
        if not agency:
            raise InputError("an agency's copy needs the agency (--for AGENCY)")
        return lookup.agency(session, agency)
    if agency:
        raise InputError("--for AGENCY makes an agency's copy: leave out --variant")
    return None


def review(session: Session, variant: str) -> withheld.Review:
    """The redactor the pack of this variant uses, remembering where it blanked."""
    return withheld.Review(withheld.Redactor() if variant == "chair"
                           else withheld.redactor(session))


def open_tasks(session: Session, *, variant: str = "chair", agency: str | None = None,
               meeting: Meeting | None = None) -> Paper:
    """Open actions, overdue first: the meeting's tracker as its pack prints it, or
    without a meeting every open action on the board as at today."""
    owner = owner_of(session, variant, agency)
    if meeting is not None:
        as_at = meeting.starts_at.date()
        tracked = meetings.tracker(session, meeting, today=as_at)
    else:
        as_at = clock.of(session).today()
        tracked = all_open(session, as_at)
    paper = _paper(session, variant, owner, as_at)
    if meeting is not None:
        paper.meeting = f"{meeting.title}, {dates.day(as_at)}"
    names = threat_data.Names.load(session)
    scope = threat_data.Scope.load(session, [], tracked, names, as_at, None)
    redact = review(session, variant)
    tasks = scope.tasks(redact, variant)
    paper.tasks = [tasks[a.id] for a in tracked
                   if owner is None or a.owner_agency_id == owner.id]
    paper.withheld = _places_in(redact, paper.tasks)
    return paper


def threat_plan(session: Session, reference: str, *, variant: str = "chair",
                agency: str | None = None) -> Paper:
    """A threat's 4P plan as the pack's section of that variant holds it."""
    owner = owner_of(session, variant, agency)
    threat = lookup.threat(session, reference)
    as_at = clock.of(session).today()
    paper = _paper(session, variant, owner, as_at)
    names = threat_data.Names.load(session)
    scope = threat_data.Scope.load(session, [threat], [], names, as_at, last_held(session))
    redact = review(session, variant)
    tasks = scope.tasks(redact, variant)
    if owner is not None:
        tasks = {k: t for k, t in tasks.items() if t.owner_id == owner.id}
    paper.plan = scope.part(threat, tasks, variant, redact, owner)
    if paper.plan is None:
        raise InputError(f"{owner.name if owner else 'no agency'} has no actions in "
                         f"{threat.reference}'s plan")
    paper.withheld = redact.places
    return paper


def all_open(session: Session, today: dt.date) -> list[Action]:
    """Every open action on a live threat, ordered as the pack's tracker orders them."""
    found = session.scalars(
        select(Action).join(Threat, Threat.id == Action.threat_id)
        .where(~Action.deleted, ~Threat.deleted, Action.status.in_(rag.OPEN)))
    far = dt.date.max

    def order(action: Action):
        overdue = action.due_on is not None and action.due_on < today
        return (not overdue, action.due_on or far, action.id.hex)

    return sorted(found, key=order)


def last_held(session: Session) -> dt.date | None:
    """The day of the last meeting held: a plan's actions closed before it take a line."""
    found = session.scalars(select(Meeting).where(
        ~Meeting.deleted, Meeting.status == "held",
        Meeting.starts_at < clock.of(session).stamp())
        .order_by(Meeting.starts_at.desc()).limit(1)).first()
    return found.starts_at.date() if found else None


def _paper(session: Session, variant: str, owner: Agency | None, as_at: dt.date) -> Paper:
    found = board.require(session)
    return Paper(variant=variant, board=found.name, board_id=found.id,
                 marking=board.marking(session), as_at=as_at,
                 produced_on=clock.of(session).today(),
                 agency=owner.name if owner else None, agency_id=owner.id if owner else None)


def _places_in(redact: withheld.Review, tasks: list[pd.Task]) -> list[withheld.Place]:
    """The places blanked in what the paper prints: the scope read every open action's
    text, and an agency's paper prints only its own."""
    labels = {f"{t.threat_ref} action {t.number} " for t in tasks}
    names = {f"{t.threat_ref} · the threat's name" for t in tasks}
    return [p for p in redact.places
            if p.where in names or any(p.where.startswith(label) for label in labels)]
