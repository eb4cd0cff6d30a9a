"""The distribution register: which numbered copy of a pack went to whom.

Copies are numbered per meeting in the order they are issued; a copy is
later returned or destroyed, and the register shows what is still out.
Each build issued to someone is the pack's next version (a draft is none),
and the register keeps it with the copy, its variant and, for an agency
copy, the agency whose tasks it holds: who holds which text of the pack.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import lookup, validate, vocab
from ocgboard.errors import InputError
from ocgboard.store.models import Agency, Distribution, Meeting, Person


def issue(session: Session, meeting: Meeting, person: str | Person, variant: str = "chair",
          on=None, today: dt.date | None = None,
          agency: str | Agency | None = None) -> Distribution:
    """Record a numbered copy of the pack's next version; `agency`: whose tasks an
    agency copy holds."""
    who = person if isinstance(person, Person) else lookup.person(session, person)
    variant = vocab.canonical("pack_variants", variant)
    owner = _owner(session, variant, agency)
    number = (session.scalar(select(func.max(Distribution.copy_number))
                             .where(Distribution.meeting_id == meeting.id)) or 0) + 1
    issued_on = validate.date(on, "issue date") or today or clock.of(session).today()
    version = (latest_version(session, meeting) or 0) + 1
    copy = Distribution(meeting_id=meeting.id, person_id=who.id, copy_number=number,
                        variant=variant, version=version,
                        agency_id=owner.id if owner else None, issued_on=issued_on)
    meeting.pack_version = version
    session.add(copy)
    session.flush()
    return copy


def latest_version(session: Session, meeting: Meeting) -> int | None:
    """The version of the last build issued, withdrawn copies counted: a version is
    never given twice. None before any is issued."""
    return session.scalar(select(func.max(Distribution.version))
                          .where(Distribution.meeting_id == meeting.id))


def _owner(session: Session, variant: str, agency: str | Agency | None) -> Agency | None:
    if variant != "agency":
        if agency:
            raise InputError("only an agency copy is issued for an agency")
        return None
    if not agency:
        raise InputError("an agency copy needs the agency whose tasks it holds")
    return agency if isinstance(agency, Agency) else lookup.agency(session, agency)


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


def agency_names(session: Session, copies) -> dict:
    """The agencies the register's agency copies were for, by id."""
    wanted = {copy.agency_id for copy in copies} - {None}
    return dict(session.execute(select(Agency.id, Agency.name).where(Agency.id.in_(wanted))).all())
