"""The tactic library and the people an action can be given to, as plain rows.

The tactic picker and the library page read tactics filtered as
core.library.search filters them; the picker hands back a TacticDraft per
tactic chosen, with the fields the chair may change first. Agencies and
people are the owners an action can be given to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core import collation, library
from ocgboard.store.models import Agency, Person


class AgencyRow(NamedTuple):
    id: str
    name: str
    short_name: str | None


class PersonRow(NamedTuple):
    id: str
    name: str
    agency_id: str | None


@dataclass(frozen=True)
class TacticRow:
    code: str
    strand: str
    lifestyle_area: str
    specific: str
    legislation: str | None
    default_owner: str
    owner_role: str | None
    measurable: str | None
    achievable: str | None
    relevant: str | None
    guidance_what: str | None
    guidance_procedure: str | None
    guidance_help: str | None
    guidance_watch: str | None

    @property
    def key(self) -> str:
        return self.code


def tactics(session: Session, *, strand: str | None = None, lifestyle_area: str | None = None,
            agency: str | None = None, text: str | None = None) -> list[TacticRow]:
    """The library, filtered as core.library.search filters it."""
    return [TacticRow(t.code, t.strand, t.lifestyle_area, t.specific, t.legislation,
                      t.default_owner, t.owner_role, t.measurable, t.achievable, t.relevant,
                      t.guidance_what, t.guidance_procedure, t.guidance_help, t.guidance_watch)
            for t in library.search(session, strand=strand, lifestyle_area=lifestyle_area,
                                    agency=agency, text=text)]


def agencies(session: Session) -> list[AgencyRow]:
    found = session.scalars(select(Agency).where(~Agency.deleted))
    return [AgencyRow(a.id.hex, a.name, a.short_name)
            for a in collation.sort(found, name=lambda agency: agency.name)]


def people(session: Session) -> list[PersonRow]:
    found = session.scalars(select(Person).where(~Person.deleted))
    return [PersonRow(p.id.hex, p.name, p.agency_id.hex if p.agency_id else None)
            for p in collation.sort(found, name=lambda person: person.name)]


@dataclass(frozen=True)
class TacticDraft:
    """A tactic chosen for a plan, with the fields the chair may change first."""

    code: str
    owner: str | None
    due_on: dt.date | str | None = None
    measurable: str | None = None
    achievable: str | None = None
    relevant: str | None = None
    timebound: str | None = None
    person: str | None = None
