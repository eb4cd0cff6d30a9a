"""Members of a threat: names, aliases, standing, and whether they may be shared."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import collation, dates, register, validate, vocab
from ocgboard.errors import InputError
from ocgboard.store.models import Member, Threat

MAX_ALIASES = 50


def _aliases(value) -> list[str]:
    items = value.split(",") if isinstance(value, str) else list(value or [])
    aliases = [validate.name(item, "alias") for item in items if item and item.strip()]
    if len(aliases) > MAX_ALIASES:
        raise InputError(f"a member may have at most {MAX_ALIASES} aliases")
    return aliases


def _birth(value, today: dt.date) -> dt.date | None:
    return dates.take(value, "date of birth", dates.BIRTH, today)


def add(session: Session, threat: Threat, name: str, *, aliases=None, date_of_birth=None,
        standing: str | None = None, roles: str | None = None, disseminable=False,
        today: dt.date | None = None) -> Member:
    member = Member(
        threat_id=threat.id,
        name=validate.name(name, "member's name"),
        aliases=_aliases(aliases),
        date_of_birth=_birth(date_of_birth, today or clock.of(session).today()),
        standing=vocab.canonical("standings", standing) if standing else "Peripheral Subject",
        roles=validate.text(roles, "roles", max_len=500, multiline=False),
        disseminable=register.PARSERS["disseminable"](session, disseminable),
    )
    session.add(member)
    session.flush()
    return member


def edit(session: Session, member: Member, *, today: dt.date | None = None, **fields) -> Member:
    parsers = {
        "name": lambda v: validate.name(v, "member's name"),
        "aliases": _aliases,
        "date_of_birth": lambda v: _birth(v, today or clock.of(session).today()),
        "standing": lambda v: vocab.canonical("standings", v),
        "roles": lambda v: validate.text(v, "roles", max_len=500, multiline=False),
        "disseminable": lambda v: register.PARSERS["disseminable"](session, v),
    }
    for key, raw in fields.items():
        if key not in parsers:
            raise InputError(f"members have no field '{key}'")
        setattr(member, key, parsers[key](raw))
    session.flush()
    return member


def remove(session: Session, member: Member) -> None:
    member.deleted = True
    session.flush()


def listing(session: Session, threat: Threat | None = None,
            disseminable_only: bool = False) -> list[Member]:
    query = select(Member).where(~Member.deleted)
    if threat is not None:
        query = query.where(Member.threat_id == threat.id)
    if disseminable_only:
        query = query.where(Member.disseminable)
    return collation.sort(session.scalars(query), name=lambda member: member.name)
