"""The board's control strategy (seed 002): dated, its threat areas, must-win battles
and local priorities.

A strategy is in force from its `adopted_on` until a later live one is adopted
(core/control.py): which one superseded which is read from the dates, never
stored, so two laptops that merge their edits cannot disagree about it. An
older strategy is kept for the record, rows and all.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ocgboard.store.base import Base, Int64, Syncable, Uuid


class ControlStrategy(Syncable, Base):
    __tablename__ = "control_strategy"

    title: Mapped[str] = mapped_column(String(300))
    adopted_on: Mapped[dt.date] = mapped_column(Date, index=True)
    # What it is for ("Effectively and efficiently manage serious organised crime...").
    aim: Mapped[str | None] = mapped_column(Text)
    # The Strategic Policing Requirement's themes it works under, one a line.
    themes: Mapped[str | None] = mapped_column(Text)


class ControlArea(Syncable, Base):
    """A threat area of a strategy: its group ('SOC Management', 'Commodity'...),
    the SPR theme it serves where the board says, and its management model."""

    __tablename__ = "control_area"

    strategy_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("control_strategy.id"), index=True)
    theme: Mapped[str | None] = mapped_column(String(200))
    group_name: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(200))
    management_model: Mapped[str] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Int64)


class ControlBattle(Syncable, Base):
    """A 'must win battle' of a threat area."""

    __tablename__ = "control_battle"

    area_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("control_area.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Int64)


class ControlPriority(Syncable, Base):
    """A local policing priority (a common theme beneath the threat areas)."""

    __tablename__ = "control_priority"

    strategy_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("control_strategy.id"), index=True)
    text: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Int64)
