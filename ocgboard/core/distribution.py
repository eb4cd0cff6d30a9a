"""The distribution register: which numbered copy of a pack went to whom.

Copies are numbered per meeting in the order they are issued; a copy is
later returned or destroyed, and the register shows what is still out.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import lookup, validate, vocab
from ocgboard.errors import InputError
from ocgboard.store.models import Distribution, Meeting, Person


def issue(session: Session, meeting: Meeting, person: str | Person, variant: str = "chair",
          on=None, today: dt.date | None = None) -> Distribution:
    who = person if isinstance(person, Person) else lookup.person(session, person)
    number = (session.scalar(select(func.max(Distribution.copy_number))
                             .where(Distribution.meeting_id == meeting.id)) or 0) + 1
    issued_on = validate.date(on, "issue date") or today or clock.of(session).today()
    copy = Distribution(meeting_id=meeting.id, person_id=who.id, copy_number=number,
                        variant=vocab.canonical("pack_variants", variant), issued_on=issued_on)
    session.add(copy)
    session.flush()
    return copy


def close(session: Session, meeting: Meeting, copy_number: int, how: str, on=None,
          today: dt.date | None = None) -> Distribution:
    """Record a copy as returned or destroyed."""
    copy = session.scalars(select(Distribution).where(
        Distribution.meeting_id == meeting.id, Distribution.copy_number == copy_number,
        ~Distribution.deleted)).first()
    if copy is None:
        raise InputError(f"copy {copy_number} of this pack was never issued")
    day = validate.date(on, "date") or today or clock.of(session).today()
    validate.not_before(day, copy.issued_on, "date", "the issue date")
    if how == "returned":
        copy.returned_on = day
    elif how == "destroyed":
        copy.destroyed_on = day
    else:
        raise InputError("a copy is either returned or destroyed")
    session.flush()
    return copy


def register(session: Session, meeting: Meeting) -> list[tuple[Distribution, Person]]:
    return list(session.execute(
        select(Distribution, Person).join(Person, Person.id == Distribution.person_id)
        .where(Distribution.meeting_id == meeting.id, ~Distribution.deleted)
        .order_by(Distribution.copy_number)))
