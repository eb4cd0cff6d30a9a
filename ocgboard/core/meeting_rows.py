"""Meetings as plain rows for the desktop's lists, fetched in bulk.

Every function takes a meeting by its id (hex) and returns dataclasses, so
no ORM object leaves the session. The writes at the end take ids too and
return what undoing them needs; three are small writes the services do not
offer: clearing a decision, forgetting an attendance, withdrawing a decision
on an action (tombstones, so the change log keeps what was undone).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocgboard.core import agencies, agenda, distribution, meetings, plans, vocab
from ocgboard.core.register import CLOSED
from ocgboard.errors import InputError, NotFound
from ocgboard.store.engine import fold
from ocgboard.store.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    Attendance,
    Meeting,
    Person,
    Threat,
)


@dataclass(frozen=True)
class MeetingRow:
    id: str
    starts_at: dt.datetime
    title: str
    venue: str | None
    status: str
    chair: str | None
    chair_id: str | None
    next_meeting_on: dt.date | None
    items: int


@dataclass(frozen=True)
class AgendaRow:
    id: str
    position: int
    kind: str
    title: str
    purpose: str
    presenter: str | None
    minutes: int
    threat: str | None
    decision: str | None
    notes: str | None


@dataclass(frozen=True)
class AttendanceRow:
    id: str  # the person's
    person: str
    agency: str | None
    role: str | None
    status: str | None  # None: not recorded for this meeting
    note: str | None
    key: str  # folded name, agency and role, for accent-blind filtering


@dataclass(frozen=True)
class MeetingTurnout:
    id: str
    starts_at: dt.datetime
    present: int
    apologies: int
    absent: int


@dataclass(frozen=True)
class TrackerRow:
    id: str
    threat: str
    strand: str
    specific: str
    owner: str | None
    status: str
    due_on: dt.date | None
    rag: str
    rag_label: str
    decision: str | None  # the latest this meeting took on it
    next_statuses: tuple[str, ...]


@dataclass(frozen=True)
class DecisionRow:
    id: str  # the agenda item's or the action update's
    on: str  # "item" or "action"
    subject: str
    decision: str
    status: str | None
    author: str | None


@dataclass(frozen=True)
class CopyRow:
    copy_number: int
    person: str
    variant: str
    issued_on: dt.date
    returned_on: dt.date | None
    destroyed_on: dt.date | None

    @property
    def id(self) -> int:
        return self.copy_number


@dataclass(frozen=True)
class ThreatChoice:
    reference: str
    name: str
    kind: str
    next_review_on: dt.date | None
    key: str  # folded reference and name


@dataclass(frozen=True)
class PersonChoice:
    id: str
    name: str
    agency: str | None

    @property
    def label(self) -> str:
        return f"{self.name} ({self.agency})" if self.agency else self.name


def folded(text: str | None) -> str:
    """The store's search rule, for filtering in memory: 'dordevic' finds 'Đorđević'."""
    return " ".join((fold(text) or "").split())


def meeting(session: Session, meeting_id: str) -> Meeting:
    found = session.get(Meeting, uuid.UUID(hex=meeting_id))
    if found is None or found.deleted:
        raise NotFound("that meeting is no longer on the board")
    return found


def meeting_list(session: Session) -> list[MeetingRow]:
    sizes = dict(session.execute(
        select(AgendaItem.meeting_id, func.count()).where(~AgendaItem.deleted)
        .group_by(AgendaItem.meeting_id)).all())
    names = dict(session.execute(select(Person.id, Person.name)).all())
    return [_meeting_row(m, names, sizes.get(m.id, 0)) for m in meetings.listing(session)]


def meeting_detail(session: Session, meeting_id: str) -> MeetingRow:
    found = meeting(session, meeting_id)
    names = dict(session.execute(select(Person.id, Person.name)).all())
    return _meeting_row(found, names, len(agenda.items(session, found)))


def _meeting_row(m: Meeting, names: dict, items: int) -> MeetingRow:
    return MeetingRow(m.id.hex, m.starts_at, m.title, m.venue, m.status,
                      names.get(m.chair_id), m.chair_id.hex if m.chair_id else None,
                      m.next_meeting_on, items)


def agenda_rows(session: Session, meeting_id: str) -> list[AgendaRow]:
    items = agenda.items(session, meeting(session, meeting_id))
    refs = _threat_refs(session, {i.threat_id for i in items if i.threat_id})
    return [AgendaRow(i.id.hex, i.position, i.kind, i.title, i.purpose, i.presenter,
                      i.minutes, refs.get(i.threat_id), i.decision, i.notes) for i in items]


def attendance_rows(session: Session, meeting_id: str) -> list[AttendanceRow]:
    """Everyone on the board's list of people, with their attendance if recorded."""
    found = meeting(session, meeting_id)
    recorded = {p.id: a for p, a in meetings.attendance(session, found)}
    names = agencies.agency_names(session)
    rows = []
    for person in agencies.list_people(session):
        entry = recorded.get(person.id)
        agency = names.get(person.agency_id)
        rows.append(AttendanceRow(person.id.hex, person.name, agency, person.role,
                                  entry.status if entry else None,
                                  entry.note if entry else None,
                                  folded(f"{person.name} {agency or ''} {person.role or ''}")))
    return rows


def turnout(session: Session) -> list[MeetingTurnout]:
    """Attendance at each held meeting, oldest first: the figures over time."""
    counts: dict = {}
    for meeting_id, status, count in session.execute(
            select(Attendance.meeting_id, Attendance.status, func.count())
            .where(~Attendance.deleted).group_by(Attendance.meeting_id, Attendance.status)):
        counts.setdefault(meeting_id, {})[status] = count
    held = session.scalars(select(Meeting).where(~Meeting.deleted, Meeting.status == "held")
                           .order_by(Meeting.starts_at))
    return [MeetingTurnout(m.id.hex, m.starts_at, *(counts.get(m.id, {}).get(s, 0) for s in
                                                     ("present", "apologies", "absent")))
            for m in held]


def tracker_rows(session: Session, meeting_id: str, today: dt.date) -> list[TrackerRow]:
    """The meeting's action tracker (overdue first), with the decisions it took."""
    found = meeting(session, meeting_id)
    actions = meetings.tracker(session, found, today=today)
    decided = _decisions_on_actions(session, found)
    refs = _threat_refs(session, {a.threat_id for a in actions})
    owners = agencies.agency_names(session)
    rows = []
    for a in actions:
        rating = plans.rating(a, today)
        last = decided.get(a.id)
        rows.append(TrackerRow(a.id.hex, refs.get(a.threat_id, ""), a.strand, a.specific,
                               owners.get(a.owner_agency_id), a.status, a.due_on, rating.rag,
                               rating.label, last.comment if last else None,
                               tuple(vocab.transitions(a.status))))
    return rows


def decision_rows(session: Session, meeting_id: str) -> list[DecisionRow]:
    """What the meeting decided: on agenda items in order, then on actions."""
    found = meeting(session, meeting_id)
    rows = [DecisionRow(i.id.hex, "item", f"{i.position}. {i.title}", i.decision, None, None)
            for i in agenda.items(session, found) if i.decision]
    updates = session.execute(
        select(ActionUpdate, Action.specific, Threat.reference)
        .join(Action, Action.id == ActionUpdate.action_id)
        .join(Threat, Threat.id == Action.threat_id)
        .where(ActionUpdate.meeting_id == found.id, ~ActionUpdate.deleted)
        .order_by(ActionUpdate.recorded_at)).all()
    rows += [DecisionRow(u.id.hex, "action", f"{ref}: {specific}", u.comment or "", u.status,
                         u.author) for u, specific, ref in updates]
    return rows


def copies(session: Session, meeting_id: str) -> list[CopyRow]:
    return [CopyRow(d.copy_number, p.name, d.variant, d.issued_on, d.returned_on,
                    d.destroyed_on)
            for d, p in distribution.register(session, meeting(session, meeting_id))]


def threat_choices(session: Session) -> list[ThreatChoice]:
    """Every live threat, by reference: what a meeting may put on its agenda."""
    return [ThreatChoice(ref, name, kind, review, folded(f"{ref} {name}"))
            for ref, name, kind, review in session.execute(
                select(Threat.reference, Threat.name, Threat.kind, Threat.next_review_on)
                .where(~Threat.deleted, Threat.status.not_in(CLOSED))
                .order_by(Threat.reference))]


def people(session: Session) -> list[PersonChoice]:
    names = agencies.agency_names(session)
    return [PersonChoice(p.id.hex, p.name, names.get(p.agency_id))
            for p in agencies.list_people(session)]


def agency_list(session: Session) -> list[str]:
    return [a.name for a in agencies.list_agencies(session)]


def _threat_refs(session: Session, ids: set) -> dict:
    if not ids:
        return {}
    return dict(session.execute(select(Threat.id, Threat.reference)
                                .where(Threat.id.in_(ids))).all())


def _decisions_on_actions(session: Session, found: Meeting) -> dict:
    latest: dict = {}
    for update in session.scalars(select(ActionUpdate).where(
            ActionUpdate.meeting_id == found.id, ~ActionUpdate.deleted)
            .order_by(ActionUpdate.recorded_at)):
        latest[update.action_id] = update
    return latest


# -- writes by id, each with what undoing it needs ----------------------------------


def _item(session: Session, found: Meeting, item_id: str) -> AgendaItem:
    for item in agenda.items(session, found):
        if item.id.hex == item_id:
            return item
    raise NotFound("that item is no longer on the agenda")


def move_item(session: Session, meeting_id: str, item_id: str, to: int) -> int:
    """Move an item to position `to`; returns the position it had."""
    found = meeting(session, meeting_id)
    was = _item(session, found, item_id).position
    agenda.move(session, found, was, to)
    return was


def add_item(session: Session, meeting_id: str, kind: str, title: str | None = None,
             **fields) -> str:
    return agenda.add_item(session, meeting(session, meeting_id), kind, title, **fields).id.hex


def restore_item(session: Session, meeting_id: str, row: AgendaRow) -> None:
    """Bring a removed item back where it was: its tombstone lifted, so it keeps its id
    (and whatever else refers to it)."""
    found = meeting(session, meeting_id)
    item = session.get(AgendaItem, uuid.UUID(hex=row.id))
    if item is None or item.meeting_id != found.id:
        raise NotFound("that item was never on this agenda")
    current = agenda.items(session, found)
    if item.threat_id and any(i.threat_id == item.threat_id for i in current):
        raise InputError(f"{row.threat} is already on this agenda")
    item.deleted = False
    current.insert(max(0, min(row.position - 1, len(current))), item)
    for position, each in enumerate(current, 1):
        if each.position != position:
            each.position = position
    session.flush()


def remove_item(session: Session, meeting_id: str, item_id: str) -> None:
    found = meeting(session, meeting_id)
    agenda.remove(session, found, _item(session, found, item_id).position)


def decide_item(session: Session, meeting_id: str, item_id: str, text: str | None) -> None:
    """Record a decision on an item; None takes it off (agenda.decide refuses an empty one)."""
    item = _item(session, meeting(session, meeting_id), item_id)
    if text is None:
        item.decision = None
        session.flush()
    else:
        agenda.decide(session, item, text)


def attend(session: Session, meeting_id: str, entries: list[tuple[str, str | None, str | None]]
           ) -> None:
    """(person id, status, note) for each person; a None status means 'not recorded'
    again, so the attendance row becomes a tombstone."""
    found = meeting(session, meeting_id)
    for person_id, status, note in entries:
        key = uuid.UUID(hex=person_id)
        if status is not None:
            meetings.attend(session, found, session.get(Person, key), status, note)
            continue
        for row in session.scalars(select(Attendance).where(
                Attendance.meeting_id == found.id, Attendance.person_id == key,
                ~Attendance.deleted)):
            row.deleted = True
    session.flush()


def decide_on_action(session: Session, meeting_id: str, action_id: str, text: str,
                     status: str | None = None, today: dt.date | None = None
                     ) -> tuple[str, str]:
    """The meeting's decision as a dated update on the action: (update id, old status)."""
    action = session.get(Action, uuid.UUID(hex=action_id))
    if action is None or action.deleted:
        raise NotFound("that action is no longer on the board")
    was = action.status
    entry = meetings.decide_on_action(session, meeting(session, meeting_id), action, text,
                                      status, today=today)
    return entry.id.hex, was


def withdraw_decision(session: Session, update_id: str, status: str) -> None:
    """Withdraw a decision recorded on an action: its update becomes a tombstone and
    the action gets back the status it had (the change log keeps both)."""
    update = session.get(ActionUpdate, uuid.UUID(hex=update_id))
    if update is None or update.deleted:
        raise NotFound("that decision is no longer in the action's trail")
    update.deleted = True
    action = session.get(Action, update.action_id)
    action.status = vocab.canonical("action_statuses", status)
    session.flush()
