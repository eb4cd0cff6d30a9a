"""Board meetings: agenda, attendance and the distribution register of packs."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ocgboard.store.base import Base, Int64, Syncable, Uuid


class Meeting(Syncable, Base):
    __tablename__ = "meeting"

    title: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    venue: Mapped[str | None] = mapped_column(String(200))
    chair_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("person.id"))
    marking: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20), default="planned")
    next_meeting_on: Mapped[dt.date | None] = mapped_column(Date)
    # The version of the last pack issued as a numbered copy (core/distribution.py).
    pack_version: Mapped[int] = mapped_column(Int64, default=1)


class AgendaItem(Syncable, Base):
    __tablename__ = "agenda_item"

    meeting_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("meeting.id"), index=True)
    position: Mapped[int] = mapped_column(Int64)
    kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    purpose: Mapped[str] = mapped_column(String(20), default="discussion")
    presenter: Mapped[str | None] = mapped_column(String(200))
    minutes: Mapped[int] = mapped_column(Int64, default=5)
    threat_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("threat.id"))
    decision: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    # Its decision and notes are the board's alone: no partner's pack prints them.
    board_only: Mapped[bool] = mapped_column(Boolean, default=False)


class Attendance(Syncable, Base):
    __tablename__ = "attendance"

    meeting_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("meeting.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("person.id"))
    status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(String(300))


class Distribution(Syncable, Base):
    """One numbered copy of a meeting's pack, issued to a named person."""

    __tablename__ = "distribution"

    meeting_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("meeting.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("person.id"))
    copy_number: Mapped[int] = mapped_column(Int64)
    variant: Mapped[str] = mapped_column(String(20), default="chair")
    # The build it was: each build issued to someone is the pack's next version.
    version: Mapped[int | None] = mapped_column(Int64)
    # Whose tasks an agency copy holds (its variant "agency"); None for any other.
    agency_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("agency.id"))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    returned_on: Mapped[dt.date | None] = mapped_column(Date)
    destroyed_on: Mapped[dt.date | None] = mapped_column(Date)
