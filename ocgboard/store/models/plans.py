"""4P plans: the tactic library, actions with their status trail, disruptions."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ocgboard.store.base import Base, Int64, Syncable, Uuid


class Tactic(Syncable, Base):
    """A reusable tactic. `specific` may hold "OCG number **", filled per threat."""

    __tablename__ = "tactic"

    code: Mapped[str] = mapped_column(String(20), index=True)
    strand: Mapped[str] = mapped_column(String(20))
    lifestyle_area: Mapped[str] = mapped_column(String(20))
    specific: Mapped[str] = mapped_column(Text)
    legislation: Mapped[str | None] = mapped_column(String(300))
    default_owner: Mapped[str] = mapped_column(String(200))
    owner_role: Mapped[str | None] = mapped_column(String(200))
    measurable: Mapped[str | None] = mapped_column(Text)
    achievable: Mapped[str | None] = mapped_column(Text)
    relevant: Mapped[str | None] = mapped_column(Text)
    guidance_what: Mapped[str | None] = mapped_column(Text)
    guidance_procedure: Mapped[str | None] = mapped_column(Text)
    guidance_help: Mapped[str | None] = mapped_column(Text)
    guidance_watch: Mapped[str | None] = mapped_column(Text)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)


class Action(Syncable, Base):
    """One tactic in a threat's plan, written SMART and owned by one agency."""

    __tablename__ = "action"

    threat_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("threat.id"), index=True)
    # Its number in the threat's plan ("OCG 12/00107 · 4"): given when it is raised
    # (core/plans.py), never given again, and changed only where two laptops gave one
    # number at once (sync/numbers.py). None on an agency's laptop until the board's
    # extract carries it.
    number: Mapped[int | None] = mapped_column(Int64)
    tactic_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("tactic.id"))
    strand: Mapped[str] = mapped_column(String(20))
    specific: Mapped[str] = mapped_column(Text)
    measurable: Mapped[str | None] = mapped_column(Text)
    achievable: Mapped[str | None] = mapped_column(Text)
    relevant: Mapped[str | None] = mapped_column(Text)
    timebound: Mapped[str | None] = mapped_column(String(200))
    owner_agency_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("agency.id"), index=True
    )
    owner_person_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("person.id"))
    raised_on: Mapped[dt.date | None] = mapped_column(Date)
    due_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="proposed", index=True)
    rag_override: Mapped[str | None] = mapped_column(String(10))
    # The must-win battle of the control strategy it serves, if the board says
    # (core/control_tasking.py). The board's own: never in an agency's extract.
    battle_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("control_battle.id"), index=True)


class ActionUpdate(Syncable, Base):
    """A dated entry in an action's progress trail."""

    __tablename__ = "action_update"

    action_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("action.id"), index=True)
    dated_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200))
    # When it was typed (UTC, by the store's clock): orders entries of one day.
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # Set when the update is a decision the board took at a meeting.
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("meeting.id"))
    # The board's alone (core/sharing.py): in no pack, extract or file a partner receives.
    board_only: Mapped[bool] = mapped_column(Boolean, default=False)


class Disruption(Syncable, Base):
    """What partner activity achieved against a threat, on the national scale."""

    __tablename__ = "disruption"

    threat_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("threat.id"), index=True)
    dated_on: Mapped[dt.date] = mapped_column(Date, index=True)
    agency_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("agency.id"))
    strand: Mapped[str] = mapped_column(String(20))
    level: Mapped[str] = mapped_column(String(20))
    action_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("action.id"))
    justification: Mapped[str] = mapped_column(Text)
    board_only: Mapped[bool] = mapped_column(Boolean, default=False)
