"""Gathering a meeting's pack from the store in a handful of bulk queries.

Queries are keyed by the agenda's threat ids (and the tracker's), never one
per action, so a 40-threat agenda with a thousand actions reads in a blink.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import (
    agenda,
    board,
    distribution,
    lookup,
    meetings,
    minutes,
    strategy,
    withheld,
)
from ocgboard.errors import InputError
from ocgboard.reports import control_data, figures, minutes_gather, minutes_paper, threat_data
from ocgboard.reports import pack_data as pd
from ocgboard.store.models import Agency, Meeting, Person


def gather(session: Session, meeting: Meeting, *, variant: str = "chair",
           agency: str | None = None, today: dt.date | None = None,
           copy_number: int | None = None) -> pd.Pack:
    """The pack's content for one variant, as plain data; `copy_number`: the numbered
    copy it is printed as."""
    owner = _check_variant(session, variant, agency)
    items = agenda.items(session, meeting)
    if not items:
        raise InputError(f"the meeting on {meeting.starts_at:%Y-%m-%d} has no agenda items: "
                         "plan its agenda before printing the pack")
    as_at = meeting.starts_at.date()
    pack = _front(session, meeting, variant, owner, as_at, today or clock.of(session).today())
    pack.copy_number = copy_number
    if variant != "chair":
        _own_line_only(pack)
    names = threat_data.Names.load(session)
    listed = meetings.agenda_threats(session, meeting)
    tracked = meetings.tracker(session, meeting, today=as_at)
    scope = threat_data.Scope.load(session, listed, tracked, names, as_at,
                                   pack.previous_meeting_on)
    # The chair's pack prints every word; any other, none of a withheld name, and
    # the places it withholds one are listed for the chair (pack.withheld).
    redact = withheld.Review(withheld.Redactor() if variant == "chair"
                             else withheld.redactor(session))
    tasks = scope.tasks(redact, variant)
    if owner is not None:
        tasks = {k: t for k, t in tasks.items() if t.owner_id == owner.id}
    pack.tracker = [tasks[a.id] for a in tracked if a.id in tasks]
    pack.threats = [part for part in (scope.part(t, tasks, variant, redact, owner)
                                      for t in listed) if part is not None]
    pack.tasking = _tasking(pack.tracker)
    if variant != "agency":
        pack.strategy = _strategy(session, redact, as_at)
        pack.figures = figures.redact_areas(figures.collect(session, end=as_at, today=as_at),
                                            redact)
        period = pack.figures.period
        pack.figures.control = control_data.gather(session, period.start, period.end, redact,
                                                   today=pack.produced_on)
    pack.minutes = minutes_gather.last_meeting(session, meeting, redact, variant=variant,
                                               owner=owner)
    pack.agenda = _agenda(items, meeting, pack, redact)
    pack.withheld = redact.places
    return pack


def _own_line_only(pack: pd.Pack) -> None:
    """Who holds which copy is the chair's to know: a partner's copy keeps its own line
    of the register, and counts the others."""
    own = [d for d in pack.distribution if d.copy_number == pack.copy_number]
    pack.other_copies = len(pack.distribution) - len(own)
    pack.distribution = own


def _check_variant(session: Session, variant: str, agency: str | None) -> Agency | None:
    if variant not in pd.VARIANTS:
        raise InputError(f"pack variant '{variant}' is not one of: {', '.join(pd.VARIANTS)}")
    if variant == "agency":
        if not agency:
            raise InputError("an agency pack needs --agency AGENCY")
        return lookup.agency(session, agency)
    if agency:
        raise InputError("--agency goes with --variant agency")
    return None


def _front(session: Session, meeting: Meeting, variant: str, owner: Agency | None,
           as_at: dt.date, produced_on: dt.date) -> pd.Pack:
    found = board.current(session)
    chair = session.get(Person, meeting.chair_id) if meeting.chair_id else None
    before = meetings.previous(session, meeting)
    return pd.Pack(
        variant=variant, agency=owner.name if owner else None,
        board=found.name if found else "Organised crime partnership board",
        area=found.area if found else None,
        marking=meeting.marking or board.marking(session),
        meeting_title=meeting.title, starts_at=meeting.starts_at, venue=meeting.venue,
        chair=chair.name if chair else None, version=None,  # a draft, unless issued
        latest_version=distribution.latest_version(session, meeting),
        previous_meeting_on=before.starts_at.date() if before else None,
        as_at=as_at, produced_on=produced_on, produced_at=clock.of(session).now(),
        distribution=_distribution(session, meeting))


def _distribution(session: Session, meeting: Meeting) -> list[pd.DistributionLine]:
    agencies: dict[uuid.UUID | None, str] = dict(
        session.execute(select(Agency.id, Agency.name)).all())
    lines = []
    for copy, person in distribution.register(session, meeting):
        if copy.destroyed_on:
            state = f"destroyed {copy.destroyed_on:%d/%m/%Y}"
        elif copy.returned_on:
            state = f"returned {copy.returned_on:%d/%m/%Y}"
        else:
            state = "issued"
        lines.append(pd.DistributionLine(copy.copy_number, person.name,
                                         agencies.get(person.agency_id, ""), copy.variant,
                                         copy.issued_on, state, copy.version,
                                         agencies.get(copy.agency_id)))
    return lines


def _tasking(tracker: list[pd.Task]) -> list[tuple[str, list[pd.Task]]]:
    """Each agency's open actions, agencies in alphabetical order."""
    sheets: dict[str, list[pd.Task]] = {}
    for task in tracker:
        sheets.setdefault(task.owner, []).append(task)
    return sorted(sheets.items())


def _strategy(session: Session, redact, as_at: dt.date) -> list[pd.StrategyLine]:
    lines = []
    for s in strategy.standing(session, as_at):
        where = f"strategic plan item {s.number}"
        lines.append(pd.StrategyLine(
            s.number, redact(s.item.action, where), redact(s.item.lead_partners or "", where),
            s.item.target_on, s.status, s.overdue, s.latest_on, s.latest_status,
            redact(s.latest_comment or "", f"{where} · latest update")))
    return lines


def _agenda(items, meeting: Meeting, pack: pd.Pack, redact) -> list[pd.AgendaLine]:
    sections = {t.id: t.key for t in pack.threats}
    lines, clock = [], meeting.starts_at
    for item in items:
        ends = clock + dt.timedelta(minutes=item.minutes or 0)
        lines.append(pd.AgendaLine(
            number=item.position,
            title=_title(item, pack, redact),
            purpose=item.purpose.capitalize(), presenter=item.presenter or "",
            starts=clock.time(), ends=ends.time(), key=_target(item, sections, pack)))
        clock = ends
    return lines


def _title(item, pack: pd.Pack, redact) -> str:
    """A threat item keeps its threat's name, unless partners may not see it."""
    if not item.threat_id:
        return redact(item.title, f"agenda item {item.position}")
    part = next((p for p in pack.threats if p.id == item.threat_id), None)
    if pack.variant != "chair" and part is not None and part.name not in item.title:
        return f"Threat review: {part.reference} {part.name}"
    return item.title if pack.variant == "chair" else redact(item.title,
                                                             f"agenda item {item.position}")


def _target(item, sections: dict, pack: pd.Pack) -> str | None:
    if item.threat_id:
        return sections.get(item.threat_id)
    if item.kind == "action tracker review":
        return "tracker"
    if item.kind == minutes.ITEM_KIND and pack.minutes is not None:
        return minutes_paper.KEY
    if item.kind == "strategic plan" and pack.strategy:
        return "strategy"
    return None
