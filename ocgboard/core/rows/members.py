"""Plain rows for a threat's members, and the writes the members tab makes.

Members are read and written by id (hex), like the threat they belong to, and
their fields come back as text members.add and members.edit take, so an undo
can hand the old values straight back.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy.orm import Session

from ocgboard.core import lookup, members
from ocgboard.core.rows.common import iso
from ocgboard.store.models import Member, Threat


class MemberRow(NamedTuple):
    id: str
    name: str
    aliases: tuple
    date_of_birth: str
    standing: str
    roles: str
    disseminable: bool

    def fields(self) -> dict:
        """As members.add and members.edit take them."""
        return {"name": self.name, "aliases": list(self.aliases),
                "date_of_birth": self.date_of_birth, "standing": self.standing,
                "roles": self.roles, "disseminable": self.disseminable}


def member_rows(session: Session, tid: str) -> list[MemberRow]:
    threat = lookup.row(session, Threat, tid, "threat")
    return [MemberRow(m.id.hex, m.name, tuple(m.aliases or ()), iso(m.date_of_birth),
                      m.standing, m.roles or "", bool(m.disseminable))
            for m in members.listing(session, threat)]


def add_member(session: Session, tid: str, name: str, *, today: dt.date | None = None,
               **fields) -> str:
    threat = lookup.row(session, Threat, tid, "threat")
    return members.add(session, threat, name, today=today, **fields).id.hex


def edit_member(session: Session, mid: str, *, today: dt.date | None = None, **fields) -> None:
    members.edit(session, lookup.row(session, Member, mid, "member"), today=today, **fields)


def remove_member(session: Session, mid: str) -> None:
    members.remove(session, lookup.row(session, Member, mid, "member"))


def member_threat(session: Session, mid: str) -> tuple[str, str]:
    """(threat id, threat reference) of a member, for open_record('member', id)."""
    member = lookup.row(session, Member, mid, "member")
    threat = lookup.row(session, Threat, member.threat_id.hex, "threat")
    return threat.id.hex, threat.reference
