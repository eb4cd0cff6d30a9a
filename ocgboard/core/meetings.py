"""Board meetings: planning, the standard agenda, attendance and decisions.

A new meeting gets the board's standard agenda, with a threat review item for
every live threat whose review falls due by the meeting. Its action tracker
is derived, not copied: the open actions of the threats on the agenda, and
any action the previous meeting took a decision on that is still open.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import agenda, collation, dates, lookup, plans, rag, register, validate, vocab
from ocgboard.errors import InputError, NotFound
from ocgboard.store.models import (
    Action,
    ActionUpdate,
    Attendance,
    Meeting,
    Person,
    Threat,
)

DEFAULT_TIME = dt.time(10, 0)
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_DATE_LIKE = re.compile(r"\d{1,4}\s*[/.\s-]|.*[/.\s]")


def _starts_at(on, at: str | None, today: dt.date | None = None) -> dt.datetime:
    """The meeting's start; its date checked against today's range when `today` is given
    (not when only the time of a meeting already dated changes)."""
    day = validate.date(on, "meeting date", required=True)
    if today is not None:
        dates.MEETING.check(day, "meeting date", today)
    if not at:
        return dt.datetime.combine(day, DEFAULT_TIME)
    found = _TIME.match(validate.utf8(at, "time").strip())
    if not found:
        raise InputError(f"time '{at}' is not a time of day (use HH:MM)")
    return dt.datetime.combine(day, dt.time(int(found[1]), int(found[2])))


def add(session: Session, title: str, on, *, at: str | None = None, venue: str | None = None,
        chair: str | Person | None = None, next_meeting_on=None, marking: str | None = None,
        threats: Sequence[str | Threat] = (), with_due_reviews: bool = True) -> Meeting:
    """Plan a meeting with the standard agenda, due reviews and any threats named."""
    today = clock.of(session).today()
    starts = _starts_at(on, at, today)
    next_on = dates.take(next_meeting_on, "next meeting date", dates.MEETING, today)
    validate.not_before(next_on, starts.date(), "next meeting date", "the meeting date")
    chair_person = _person(session, chair) if chair else None
    meeting = Meeting(
        title=validate.name(title, "meeting title"), starts_at=starts,
        venue=validate.text(venue, "venue", max_len=200, multiline=False),
        chair_id=chair_person.id if chair_person else None,
        marking=validate.text(marking, "marking", max_len=100, multiline=False),
        status="planned", next_meeting_on=next_on, pack_version=1,
    )
    session.add(meeting)
    session.flush()
    chosen = [t if isinstance(t, Threat) else lookup.threat(session, t) for t in threats]
    if with_due_reviews:
        due = register.reviews_due(session, within_days=0, today=starts.date())
        chosen += [t for t in due if t.id not in {c.id for c in chosen}]
    agenda.standard(session, meeting, chosen, chair_person.name if chair_person else None)
    return meeting


def get(session: Session, key: str) -> Meeting:
    """A meeting by its date (any form dates.parse reads) or the start of its id."""
    text = validate.utf8(key, "meeting").strip()
    try:
        day = dates.parse(text, "meeting date", required=True)
    except dates.DateRefused:
        if _DATE_LIKE.match(text):  # no id has a slash or a space, or a dash so early
            raise
    else:
        midnight = dt.datetime.combine(day, dt.time())
        found = session.scalars(select(Meeting).where(
            ~Meeting.deleted, Meeting.starts_at >= midnight,
            Meeting.starts_at < midnight + dt.timedelta(days=1))).all()
        if not found:
            raise NotFound(f"no meeting on {text}")
        if len(found) > 1:
            raise InputError(f"{len(found)} meetings on {dates.day(day)}: give the id instead")
        return found[0]
    try:
        return lookup.by_id(session, Meeting, text, "meeting")
    except NotFound:
        raise NotFound(f"no meeting '{text}' (give its date or id)") from None


def listing(session: Session) -> list[Meeting]:
    return list(session.scalars(
        select(Meeting).where(~Meeting.deleted).order_by(Meeting.starts_at.desc())))


CLEARABLE = ("venue", "chair", "next_meeting_on")


def edit(session: Session, meeting: Meeting, *, clear: tuple[str, ...] = (), **fields) -> Meeting:
    """Change the fields given (None: leave as is); `clear` empties venue, chair or next date."""
    for key in clear:
        if key not in CLEARABLE:
            raise InputError(f"a meeting's {key} cannot be left empty")
        setattr(meeting, {"chair": "chair_id"}.get(key, key), None)
        fields.pop(key, None)
    if "status" in fields and fields["status"]:
        meeting.status = vocab.canonical("meeting_statuses", fields.pop("status"))
    for key in ("title", "venue"):
        if fields.get(key) is not None:
            setattr(meeting, key, validate.name(fields.pop(key), key))
    today = clock.of(session).today()
    was, was_next = meeting.starts_at.date(), meeting.next_meeting_on
    if fields.get("on") or fields.get("at"):
        on = fields.pop("on", None)
        meeting.starts_at = _starts_at(on or was, fields.pop("at", None),
                                       today if on else None)
    moved = meeting.starts_at.date() - was
    if fields.get("next_meeting_on"):
        meeting.next_meeting_on = dates.take(fields.pop("next_meeting_on"),
                                             "next meeting date", dates.MEETING, today)
    elif moved and meeting.next_meeting_on is not None and "next_meeting_on" not in clear:
        # A board meets at its usual interval: moving a meeting moves the next one with it.
        meeting.next_meeting_on = dates.MEETING.check(meeting.next_meeting_on + moved,
                                                      "next meeting date", today)
    if moved or meeting.next_meeting_on != was_next:
        validate.not_before(meeting.next_meeting_on, meeting.starts_at.date(),
                            "next meeting date", "the meeting date")
    if fields.get("chair"):
        meeting.chair_id = lookup.person(session, fields.pop("chair")).id
    unknown = [k for k, v in fields.items() if v is not None]
    if unknown:
        raise InputError(f"meetings have no field '{unknown[0]}'")
    session.flush()
    return meeting


def previous(session: Session, meeting: Meeting) -> Meeting | None:
    """The last meeting actually held before this one (not a planned or cancelled one)."""
    return session.scalars(select(Meeting).where(
        ~Meeting.deleted, Meeting.status == "held", Meeting.starts_at < meeting.starts_at)
        .order_by(Meeting.starts_at.desc()).limit(1)).first()


def agenda_threats(session: Session, meeting: Meeting) -> list[Threat]:
    ids = [i.threat_id for i in agenda.items(session, meeting) if i.threat_id]
    found = {t.id: t for t in session.scalars(select(Threat).where(Threat.id.in_(ids)))}
    return [found[i] for i in ids if i in found]


def tracker(session: Session, meeting: Meeting, today: dt.date | None = None) -> list[Action]:
    """Open actions carried forward, overdue first (most overdue at the top)."""
    today = today or meeting.starts_at.date()
    threat_ids = {t.id for t in agenda_threats(session, meeting)}
    carried = set()
    before = previous(session, meeting)
    if before is not None:
        carried = set(session.scalars(select(ActionUpdate.action_id).where(
            ActionUpdate.meeting_id == before.id, ~ActionUpdate.deleted)))
    query = (select(Action).join(Threat, Threat.id == Action.threat_id)
             .where(~Action.deleted, ~Threat.deleted, Action.status.in_(rag.OPEN)))
    if threat_ids or carried:
        query = query.where(Action.threat_id.in_(threat_ids) | Action.id.in_(carried))
    found = list(session.scalars(query))
    far = dt.date.max

    def order(action: Action):
        overdue = action.due_on is not None and action.due_on < today
        return (not overdue, action.due_on or far, action.id.hex)

    return sorted(found, key=order)


def _person(session: Session, person: str | Person) -> Person:
    return person if isinstance(person, Person) else lookup.person(session, person)


def attend(session: Session, meeting: Meeting, person: str | Person, status: str,
           note: str | None = None) -> Attendance:
    who = _person(session, person)
    state = vocab.canonical("attendance_statuses", status)
    row = session.scalars(select(Attendance).where(
        Attendance.meeting_id == meeting.id, Attendance.person_id == who.id,
        ~Attendance.deleted)).first()
    if row is None:
        row = Attendance(meeting_id=meeting.id, person_id=who.id, status=state)
        session.add(row)
    row.status = state
    row.note = validate.text(note, "note", max_len=300, multiline=False)
    session.flush()
    return row


def attendance(session: Session, meeting: Meeting) -> list[tuple[Person, Attendance]]:
    found = session.execute(
        select(Person, Attendance).join(Attendance, Attendance.person_id == Person.id)
        .where(Attendance.meeting_id == meeting.id, ~Attendance.deleted))
    return [(person, present) for person, present in
            collation.sort(found, name=lambda row: row[0].name)]


def attendance_figures(session: Session) -> list[dict]:
    """Per person, across held meetings: present, apologies, absent, and a rate."""
    rows = session.execute(
        select(Person.name, Attendance.status, func.count())
        .join(Attendance, Attendance.person_id == Person.id)
        .join(Meeting, Meeting.id == Attendance.meeting_id)
        .where(~Attendance.deleted, ~Meeting.deleted, Meeting.status == "held")
        .group_by(Person.name, Attendance.status)).all()
    people: dict[str, dict] = {}
    for name, status, count in rows:
        people.setdefault(name, {"person": name, "present": 0, "apologies": 0, "absent": 0})
        people[name][status] = count
    for figures in people.values():
        total = figures["present"] + figures["apologies"] + figures["absent"]
        figures["meetings"] = total
        figures["attendance_rate"] = round(figures["present"] / total, 3) if total else 0.0
    return sorted(people.values(), key=lambda f: f["person"])


def decide_on_action(session: Session, meeting: Meeting, action: Action, decision: str,
                     status: str | None = None, today: dt.date | None = None,
                     board_only: bool | None = None) -> ActionUpdate:
    """The board's decision on an action, as a dated update in its trail."""
    today = today or clock.of(session).today()
    agenda.meeting_has_begun(meeting, today)
    entry = plans.change_status(session, action, status, decision,
                                on=meeting.starts_at.date(), today=today,
                                board_only=board_only)
    entry.meeting_id = meeting.id
    session.flush()
    return entry
