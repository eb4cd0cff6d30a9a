"""Meetings and their agendas as plain rows for the desktop's lists, fetched in bulk.

Every function takes a meeting by its id (hex) and returns dataclasses, so
no ORM object leaves the session. The writes at the end take ids too and
return what undoing them needs; clearing a decision on an item is a small
write the services do not offer. Attendance and copies are in
attendance_rows, the action tracker and decisions in decision_rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocgboard.core import agenda, board, lookup, meetings
from ocgboard.core.register import CLOSED
from ocgboard.core.rows.common import threat_refs
from ocgboard.errors import InputError, NotFound
from ocgboard.store.engine import fold
from ocgboard.store.models import ActionUpdate, AgendaItem, Distribution, Meeting, Person, Threat

GONE = "that meeting is no longer on the board"
NOT_ON_AGENDA = "that item was never on this agenda"


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
    board_only: bool = False  # its decision and notes are in no partner's pack


@dataclass(frozen=True)
class ThreatChoice:
    reference: str
    name: str
    kind: str
    next_review_on: dt.date | None
    key: str  # folded reference and name


def folded(text: str | None) -> str:
    """The store's search rule, for filtering in memory: 'dordevic' finds 'Đorđević'."""
    return " ".join((fold(text) or "").split())


def meeting(session: Session, meeting_id: str) -> Meeting:
    return lookup.row(session, Meeting, meeting_id, "meeting", gone=GONE)


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
    refs = threat_refs(session, {i.threat_id for i in items if i.threat_id})
    return [AgendaRow(i.id.hex, i.position, i.kind, i.title, i.purpose, i.presenter,
                      i.minutes, refs.get(i.threat_id) if i.threat_id else None, i.decision,
                      i.notes, bool(i.board_only)) for i in items]


def threat_choices(session: Session) -> list[ThreatChoice]:
    """Every live threat, by reference: what a meeting may put on its agenda."""
    return [ThreatChoice(ref, name, kind, review, folded(f"{ref} {name}"))
            for ref, name, kind, review in session.execute(
                select(Threat.reference, Threat.name, Threat.kind, Threat.next_review_on)
                .where(~Threat.deleted, Threat.status.not_in(CLOSED))
                .order_by(Threat.reference))]


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
    item = lookup.row(session, AgendaItem, row.id, "agenda item", with_deleted=True,
                      gone=NOT_ON_AGENDA)
    if item.meeting_id != found.id:
        raise NotFound(NOT_ON_AGENDA)
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


def usual_chair(session: Session) -> str | None:
    """Whom a new meeting offers as chair when the last meeting named none: this
    laptop's operator, one of the board's people (core.board)."""
    found = board.operator_person(session)
    return found.id.hex if found is not None else None


def decide_item(session: Session, meeting_id: str, item_id: str, text: str | None,
                board_only: bool | None = None) -> None:
    """Record a decision on an item; None takes it off (agenda.decide refuses an empty one).
    `board_only` None: as agenda.decide says."""
    item = _item(session, meeting(session, meeting_id), item_id)
    if text is None:
        item.decision = None
        if board_only is not None:
            item.board_only = board_only
        session.flush()
    else:
        agenda.decide(session, item, text, board_only=board_only)


def withdraw(session: Session, meeting_id: str) -> None:
    """Take back a meeting planned by mistake (undo of planning it).

    Refused once the meeting has a history others rely on: a copy of its pack
    issued, or a decision that moved an action on.
    """
    found = meeting(session, meeting_id)
    issued = session.scalar(select(func.count()).select_from(Distribution).where(
        Distribution.meeting_id == found.id, ~Distribution.deleted))
    decided = session.scalar(select(func.count()).select_from(ActionUpdate).where(
        ActionUpdate.meeting_id == found.id, ~ActionUpdate.deleted))
    if issued or decided:
        raise InputError("the meeting has copies of its pack issued or decisions on actions; "
                         "it stays on the board")
    found.deleted = True


def reinstate(session: Session, meeting_id: str) -> None:
    """Put back a meeting taken back by undo (redo of planning it)."""
    found = lookup.row(session, Meeting, meeting_id, "meeting", with_deleted=True, gone=GONE)
    found.deleted = False

