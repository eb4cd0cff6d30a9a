"""Who attends a meeting and who holds its copies, as plain rows.

Attendance is listed against the board's list of people, and turnout at each
held meeting over time; the numbered copies of a meeting's papers follow the
distribution register. The choices of person (a chair, a presenter, a copy's
holder) and of agency (an agency's pack) are here too. Like meeting_rows,
these take a meeting by its id (hex) and return dataclasses; in `attend` a
None status forgets an attendance again (a tombstone, so the change log
keeps what was undone).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocgboard.core import agencies, distribution, lookup, meetings
from ocgboard.core.rows.meetings import folded, meeting
from ocgboard.store.models import Attendance, Meeting, Person


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
class CopyRow:
    copy_number: int
    person: str
    variant: str
    issued_on: dt.date
    returned_on: dt.date | None
    destroyed_on: dt.date | None
    version: int | None = None  # the pack's version that copy was
    agency: str | None = None  # whose tasks an agency copy holds

    @property
    def id(self) -> int:
        return self.copy_number


@dataclass(frozen=True)
class PersonChoice:
    id: str
    name: str
    agency: str | None

    @property
    def label(self) -> str:
        return f"{self.name} ({self.agency})" if self.agency else self.name


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


def copies(session: Session, meeting_id: str) -> list[CopyRow]:
    register = distribution.register(session, meeting(session, meeting_id))
    names = distribution.agency_names(session, [d for d, _p in register])
    return [CopyRow(d.copy_number, p.name, d.variant, d.issued_on, d.returned_on,
                    d.destroyed_on, d.version, names.get(d.agency_id))
            for d, p in register]


def people(session: Session) -> list[PersonChoice]:
    names = agencies.agency_names(session)
    return [PersonChoice(p.id.hex, p.name, names.get(p.agency_id))
            for p in agencies.list_people(session)]


def agency_list(session: Session) -> list[str]:
    return [a.name for a in agencies.list_agencies(session)]


def attend(session: Session, meeting_id: str, entries: list[tuple[str, str | None, str | None]]
           ) -> None:
    """(person id, status, note) for each person; a None status means 'not recorded'
    again, so the attendance row becomes a tombstone."""
    found = meeting(session, meeting_id)
    for person_id, status, note in entries:
        key = lookup.key(person_id, "person")
        if status is not None:
            person = lookup.referenced(session, Person, key, "person")
            meetings.attend(session, found, person, status, note)
            continue
        for row in session.scalars(select(Attendance).where(
                Attendance.meeting_id == found.id, Attendance.person_id == key,
                ~Attendance.deleted)):
            row.deleted = True
    session.flush()
