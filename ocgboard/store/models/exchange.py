"""Local bookkeeping for exchange files: contacts, open conflicts, the exchange log.

None of these rows travel: each laptop keeps its own address book and its
own view of what it has sent to whom.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ocgboard.store.base import Base, Int64, Uuid


class Contact(Base):
    """A partner's device: its age recipient and its minisign signing key.

    role 'board' is another board laptop (chair, deputy) trusted with full
    replicas; role 'agency' is an agency's laptop, limited to its extract.
    """

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(Int64, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    agency_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("agency.id"))
    board_name: Mapped[str | None] = mapped_column(String(200))
    device_uuid: Mapped[str] = mapped_column(String(32))
    age_recipient: Mapped[str] = mapped_column(String(100))
    signing_key: Mapped[str] = mapped_column(String(100))
    key_id: Mapped[str] = mapped_column(String(16), index=True)
    fingerprint: Mapped[str] = mapped_column(String(40))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    # The highest local change id already sent to this contact (--since-last).
    sent_upto: Mapped[int] = mapped_column(Int64, default=0)


class Conflict(Base):
    """Two or more concurrent values of one field, kept until the chair chooses."""

    __tablename__ = "conflict"
    __table_args__ = (Index("uq_conflict_field", "row_id", "field", unique=True),)

    id: Mapped[int] = mapped_column(Int64, primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(32))
    field: Mapped[str] = mapped_column(String(60))
    heads: Mapped[str] = mapped_column(Text)
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ExchangeLog(Base):
    __tablename__ = "exchange_log"

    id: Mapped[int] = mapped_column(Int64, primary_key=True)
    direction: Mapped[str] = mapped_column(String(10))
    export_id: Mapped[str] = mapped_column(String(32))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"))
    scope: Mapped[str] = mapped_column(String(200))
    file_name: Mapped[str] = mapped_column(String(300))
    records: Mapped[int] = mapped_column(Int64)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    # The agency an extract was made for: a return from a signer not in the
    # address book is held to the extract it answers.
    agency_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
