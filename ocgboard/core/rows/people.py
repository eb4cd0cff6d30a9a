"""Plain rows for the Agencies & people page, and the edits it makes.

Rows carry ids as hex so that a view can find its record again after a
refresh. Adding is undone by a tombstone and redone by lifting it, so the
record keeps its UUID (and its history) across undo and redo.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocgboard.core import agencies, collation, lookup, validate
from ocgboard.store.models import Agency, Person

PERSON_FIELDS = ("name", "agency", "role", "email", "phone")
NO_AGENCY = ""  # the id of the row listing people who belong to no agency


@dataclass(frozen=True)
class AgencyRow:
    id: str
    name: str
    short_name: str | None
    people: int


@dataclass(frozen=True)
class PersonRow:
    id: str
    name: str
    agency: str | None
    role: str | None
    email: str | None
    phone: str | None


def agency_rows(session: Session) -> list[AgencyRow]:
    counts = dict(session.execute(
        select(Person.agency_id, func.count()).where(~Person.deleted)
        .group_by(Person.agency_id)).all())
    rows = [AgencyRow(a.id.hex, a.name, a.short_name, counts.get(a.id, 0))
            for a in agencies.list_agencies(session)]
    if counts.get(None):
        rows.append(AgencyRow(NO_AGENCY, "(no agency)", None, counts[None]))
    return rows


def people_rows(session: Session, agency_id: str | None = None) -> list[PersonRow]:
    """The people of one agency (NO_AGENCY: of none; None: everyone)."""
    query = select(Person).where(~Person.deleted)
    if agency_id == NO_AGENCY:
        query = query.where(Person.agency_id.is_(None))
    elif agency_id is not None:
        query = query.where(Person.agency_id == lookup.key(agency_id, "agency"))
    names: dict[uuid.UUID | None, str] = {a.id: a.name for a in agencies.list_agencies(session)}
    return [PersonRow(p.id.hex, p.name, names.get(p.agency_id), p.role, p.email, p.phone)
            for p in collation.sort(session.scalars(query), name=lambda person: person.name)]


def add_agency(session: Session, name: str, short_name: str | None = None) -> str:
    return agencies.add_agency(session, name, short_name or None).id.hex


def add_person(session: Session, name: str, agency: str | None = None,
               role: str | None = None, email: str | None = None,
               phone: str | None = None) -> str:
    return agencies.add_person(session, name, agency or None, role or None, email or None,
                               phone or None).id.hex


def person_fields(session: Session, person_id: str) -> dict:
    """A person's editable fields, with the agency by name."""
    person = lookup.row(session, Person, person_id, "person")
    agency = session.get(Agency, person.agency_id) if person.agency_id else None
    return {"name": person.name, "agency": agency.name if agency else None,
            "role": person.role, "email": person.email, "phone": person.phone}


def edit_person(session: Session, person_id: str, **fields) -> None:
    """Change a person's fields, each checked as when the person was added."""
    person = lookup.row(session, Person, person_id, "person")
    checks = {
        "name": lambda v: validate.name(v, "person's name"),
        "agency": lambda v: lookup.agency(session, v).id if v else None,
        "role": lambda v: validate.text(v, "role", max_len=200, multiline=False),
        "email": agencies._email,  # the same rule as add_person's
        "phone": lambda v: validate.text(v, "phone", max_len=60, multiline=False),
    }
    checked = {key: checks[key](value) for key, value in fields.items()}
    for key, value in checked.items():
        setattr(person, "agency_id" if key == "agency" else key, value)
    session.flush()


