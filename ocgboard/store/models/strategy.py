"""The board's own strategic action plan (seed 000) and its status trail (seed 004)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ocgboard.store.base import Base, Int64, Syncable, Uuid


class StrategyItem(Syncable, Base):
    __tablename__ = "strategy_item"

    number: Mapped[int] = mapped_column(Int64)
    action: Mapped[str] = mapped_column(Text)
    lead_partners: Mapped[str | None] = mapped_column(String(300))
    target: Mapped[str | None] = mapped_column(String(100))
    target_on: Mapped[dt.date | None] = mapped_column(Date)
    deliverables: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(30), default="awaiting review")
    # The must-win battle of the control strategy it serves, if the board says
    # (core/control_tasking.py).
    battle_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("control_battle.id"), index=True)


class StrategyUpdate(Syncable, Base):
    __tablename__ = "strategy_update"

    item_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("strategy_item.id"), index=True
    )
    dated_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(30))
    comment: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
