"""Partner agencies and the people who work for them."""

from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocgboard import paths
from ocgboard.core import collation, lookup, validate
from ocgboard.errors import InputError
from ocgboard.store.models import Agency, Person


def add_agency(session: Session, name: str, short_name: str | None = None) -> Agency:
    name = validate.name(name, "agency name")
    short = validate.text(short_name, "short name", max_len=40, multiline=False)
    for existing in list_agencies(session):
        taken = {existing.name.lower(), (existing.short_name or "").lower()}
        if name.lower() in taken or (short and short.lower() in taken):
            raise InputError(f"agency '{short or name}' already exists")
    agency = Agency(name=name, short_name=short)
    session.add(agency)
    session.flush()
    return agency


def list_agencies(session: Session) -> list[Agency]:
    found = session.scalars(select(Agency).where(~Agency.deleted))
    return collation.sort(found, name=lambda agency: agency.name)


def seed_agencies(session: Session, make_id) -> int:
    """The partners a local board usually has, from resources/agencies.json."""
    if session.scalar(select(func.count()).select_from(Agency)):
        return 0
    with open(paths.resources_dir() / "agencies.json", encoding="utf-8") as fh:
        rows = json.load(fh)["agencies"]
    for row in rows:
        session.add(Agency(id=make_id("agency", row["name"]), name=row["name"],
                           short_name=row.get("short_name")))
    session.flush()
    return len(rows)


def add_person(session: Session, name: str, agency: str | None = None, role: str | None = None,
               email: str | None = None, phone: str | None = None) -> Person:
    person = Person(
        name=validate.name(name, "person's name"),
        agency_id=lookup.agency(session, agency).id if agency else None,
        role=validate.text(role, "role", max_len=200, multiline=False),
        email=_email(email),
        phone=validate.text(phone, "phone", max_len=60, multiline=False),
    )
    session.add(person)
    session.flush()
    return person


def _email(value: str | None) -> str | None:
    email = validate.text(value, "email", max_len=200, multiline=False)
    if email and ("@" not in email or " " in email):
        raise InputError(f"email '{email}' is not an email address")
    return email


def list_people(session: Session, agency: str | None = None) -> list[Person]:
    query = select(Person).where(~Person.deleted)
    if agency:
        query = query.where(Person.agency_id == lookup.agency(session, agency).id)
    return collation.sort(session.scalars(query), name=lambda person: person.name)


def agency_names(session: Session) -> dict:
    """Agency id -> display name, for listings that show owners."""
    return {a.id: a.short_name or a.name for a in list_agencies(session)}
