"""The demo board's partners: agencies up to the scale's count, and their staff."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core.demo.names import data
from ocgboard.store.models import Agency, Person

POLICE = "Police"


class Staff:
    def __init__(self, builder, session: Session):
        self.builder = builder
        self.session = session
        self.agencies: dict[str, uuid.UUID] = {}
        self.people: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {}
        self.chair = ""

    def build(self) -> None:
        for agency in self.session.scalars(select(Agency).where(~Agency.deleted)):
            self.agencies[agency.name] = agency.id
        wanted = self.builder.scale.agencies - len(self.agencies)
        for extra in data()["extra_agencies"][:max(wanted, 0)]:
            self.agencies[extra["name"]] = self.builder.writer.add(
                Agency, name=extra["name"], short_name=extra["short_name"])
        for name, agency_id in self.agencies.items():
            count = 6 if name == POLICE else 3
            self.people[agency_id] = [self._person(agency_id) for _ in range(count)]
        self.chair = self.people[self.agencies[POLICE]][0][1]

    def _person(self, agency_id: uuid.UUID) -> tuple[uuid.UUID, str]:
        rng = self.builder.rng
        name = self.builder.names.person()
        handle = name.split()[-1].lower()
        person_id = self.builder.writer.add(
            Person, id=self.builder.new_id(), name=name, agency_id=agency_id,
            role=rng.choice(data()["roles"]),
            email=f"{handle}.{rng.randrange(100, 999)}@partner.example",
            phone=f"01632 {rng.randrange(100000, 999999)}",
        )
        return person_id, name

    def agency_for(self, name: str) -> uuid.UUID:
        return self.agencies.get(name) or self.agencies[POLICE]

    def person_in(self, agency_id: uuid.UUID) -> uuid.UUID:
        return self.builder.rng.choice(self.people[agency_id])[0]

    def name_in(self, agency_id: uuid.UUID) -> str:
        return self.builder.rng.choice(self.people[agency_id])[1]

    def lro(self) -> uuid.UUID:
        rng = self.builder.rng
        agency = self.agencies[POLICE] if rng.random() < 0.7 else rng.choice(
            list(self.agencies.values()))
        return self.person_in(agency)

    def sro(self) -> uuid.UUID:
        return self.builder.rng.choice(self.people[self.agencies[POLICE]][:2])[0]

    def lead_agency(self) -> uuid.UUID:
        rng = self.builder.rng
        if rng.random() < 0.8:
            return self.agencies[POLICE]
        return rng.choice(list(self.agencies.values()))
