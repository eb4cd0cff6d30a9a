"""The threat register: agencies, people, threats and their members."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ocgboard.store.base import Base, Syncable, Uuid


class Agency(Syncable, Base):
    __tablename__ = "agency"

    name: Mapped[str] = mapped_column(String(200), index=True)
    short_name: Mapped[str | None] = mapped_column(String(40))


class Person(Syncable, Base):
    __tablename__ = "person"

    name: Mapped[str] = mapped_column(String(200), index=True)
    agency_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("agency.id"))
    role: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))


class Threat(Syncable, Base):
    """An OCG, Priority Individual or Vulnerability on the register.

    `disseminable` governs what partners see (core/sharing.py): when false,
    only the reference and kind leave in a partner's pack or an agency's
    extract, so that partners know which threat a task concerns.
    """

    __tablename__ = "threat"

    reference: Mapped[str] = mapped_column(String(60), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40), default="OCG")
    status: Mapped[str] = mapped_column(String(40), default="active", index=True)
    band: Mapped[str] = mapped_column(String(20), default="unscored")
    threat_areas: Mapped[list] = mapped_column(JSON, default=list)
    management_model: Mapped[str | None] = mapped_column(String(60))
    extent_corruption: Mapped[str] = mapped_column(String(20), default="unknown")
    extent_awareness: Mapped[str] = mapped_column(String(20), default="unknown")
    extent_violence: Mapped[str] = mapped_column(String(20), default="unknown")
    lro_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("person.id"))
    sro_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("person.id"))
    lead_agency_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("agency.id"))
    area: Mapped[str | None] = mapped_column(String(200))
    mapped_on: Mapped[dt.date | None] = mapped_column(Date)
    last_assessed_on: Mapped[dt.date | None] = mapped_column(Date)
    next_review_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    summary: Mapped[str | None] = mapped_column(Text)
    disseminable: Mapped[bool] = mapped_column(Boolean, default=False)


class Member(Syncable, Base):
    """A person linked to a threat. Shared with partners only when disseminable."""

    __tablename__ = "member"

    threat_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("threat.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    aliases: Mapped[list] = mapped_column(JSON, default=list)
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    standing: Mapped[str] = mapped_column(String(60), default="Peripheral Subject")
    roles: Mapped[str | None] = mapped_column(String(500))
    disseminable: Mapped[bool] = mapped_column(Boolean, default=False)
