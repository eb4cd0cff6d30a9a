"""Declarative base and the mixin every syncable row shares.

A syncable row has a UUID key (never an autoincrement id: rows travel
between laptops) and a `deleted` tombstone instead of being removed, so that
a delete is just another field change in the log and a stale file can never
bring the row back.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import BigInteger, Boolean, Integer, MetaData, Table
from sqlalchemy import Uuid as _Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Row ids are 32 hex characters on every database, as SQLite has always kept
# them: the change log names rows by that text (row_id) and the exchange's SQL
# compares the two, so PostgreSQL keeps them the same way, not as its uuid type.
Uuid = _Uuid(as_uuid=True, native_uuid=False)


# SQLite's integers are 64-bit, and clocks (hlc.py) need it: on PostgreSQL every
# integer column is a BIGINT (an autoincrement key a BIGSERIAL).
Int64 = Integer().with_variant(BigInteger(), "postgresql")

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)

    if TYPE_CHECKING:
        # SQLAlchemy types it as any FromClause; every model here maps a Table.
        __table__: ClassVar[Table]


class Syncable:
    """Rows captured by the change log and exchanged between replicas."""

    __syncable__ = True

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)


def syncable_tables() -> dict[str, type[Base]]:
    """Entity name (the table name) -> mapped class, for every syncable model."""
    found: dict[str, type[Base]] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if getattr(cls, "__syncable__", False):
            found[cls.__tablename__] = cls
    return found


def logged_columns(cls) -> list[str]:
    """Columns whose changes the log records: everything but the row's own key."""
    return [c.key for c in cls.__table__.columns if c.key != "id"]
