"""The change log's own tables. They are local bookkeeping, not syncable rows.

`change` holds one record a row change (store/record.py), from this device
or received from another. `device` knows every device seen and, for the local one, the
head of its hash chain and its clock.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ocgboard.store.base import Base, Int64


class Device(Base):
    __tablename__ = "device"

    id: Mapped[int] = mapped_column(Int64, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    last_seq: Mapped[int] = mapped_column(Int64, default=0)
    last_hash: Mapped[bytes] = mapped_column(LargeBinary(32), default=b"")
    last_hlc: Mapped[int] = mapped_column(Int64, default=0)


class RecordFields:
    """A change record's own fields, as its device signed them: the log and the
    records held back keep the same ones (the tables are made by migrations)."""

    seq: Mapped[int] = mapped_column(Int64)
    hlc: Mapped[int] = mapped_column(Int64)
    author: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(32))
    fields: Mapped[str] = mapped_column(Text)
    supersedes: Mapped[str | None] = mapped_column(Text)
    hash: Mapped[bytes] = mapped_column(LargeBinary(32))


class Change(RecordFields, Base):
    __tablename__ = "change"
    __table_args__ = (
        Index("uq_change_device_seq", "device_id", "seq", unique=True),
        Index("ix_change_row", "row_id"),
    )

    id: Mapped[int] = mapped_column(Int64, primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("device.id"))


class HeldRecord(RecordFields, Base):
    """A received record not applied yet: it follows a record of its device's
    chain, or supersedes a record, that this store does not hold. It waits here,
    outside the log, and is tried again at every import until what it depends
    on arrives. Its device is named by id: it may be a device no record of
    which is held yet."""

    __tablename__ = "held_record"
    __table_args__ = (Index("uq_held_device_seq", "device", "seq", unique=True),)

    id: Mapped[int] = mapped_column(Int64, primary_key=True)
    device: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text)


class LocalSetting(Base):
    """Per-install settings that never travel: operator name, last exchange."""

    __tablename__ = "local_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SignedHead(Base):
    """What a device signed of its own chain: record `seq` of it has `hash`. Kept to
    pass the device's records on with it; a device's id is the hash of its key."""

    __tablename__ = "signed_head"

    device: Mapped[str] = mapped_column(String(32), primary_key=True)
    seq: Mapped[int] = mapped_column(Int64, primary_key=True)
    hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    signature: Mapped[bytes] = mapped_column(LargeBinary(64))
