"""The board itself: name, area and protective marking, shared by its replicas."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from ocgboard.store.base import Base, Syncable

DEFAULT_MARKING = "OFFICIAL-SENSITIVE"


class Board(Syncable, Base):
    __tablename__ = "board"

    name: Mapped[str] = mapped_column(String(200))
    area: Mapped[str | None] = mapped_column(String(200))
    marking: Mapped[str] = mapped_column(String(100), default=DEFAULT_MARKING)
