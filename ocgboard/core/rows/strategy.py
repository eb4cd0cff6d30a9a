"""Plain rows for the Strategy page, and the undoable edits it makes.

Recording progress writes a dated update and moves the item's status (core
strategy.update); undoing it tombstones that update and puts the status
back, as a new edit, so the change log keeps both.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import lookup, strategy
from ocgboard.core.rows import battles
from ocgboard.store.models import StrategyItem, StrategyUpdate


@dataclass(frozen=True)
class ItemRow:
    id: str
    number: int
    action: str
    lead_partners: str | None
    target: str | None
    target_on: dt.date | None
    deliverables: str | None
    status: str
    updated_on: dt.date | None
    overdue: bool  # its target date has passed and it is not complete
    battle: str | None = None  # the must-win battle it serves, as control_tasking says it


@dataclass(frozen=True)
class TrailRow:
    id: str
    dated_on: dt.date
    status: str
    comment: str | None
    author: str


@dataclass(frozen=True)
class Progress:
    """What recording progress did, so that it can be undone."""

    update_id: str
    number: int
    previous_status: str
    status: str


def item_rows(session: Session, today: dt.date | None = None) -> list[ItemRow]:
    today = today or clock.of(session).today()
    latest = dict(session.execute(
        select(StrategyUpdate.item_id, func.max(StrategyUpdate.dated_on))
        .where(~StrategyUpdate.deleted).group_by(StrategyUpdate.item_id)).all())
    return [ItemRow(i.id.hex, i.number, i.action, i.lead_partners, i.target, i.target_on,
                    i.deliverables, i.status, latest.get(i.id),
                    i.target_on is not None and i.status != "complete" and i.target_on < today,
                    served[1] if (served := battles.served(session, i.battle_id)) else None)
            for i in strategy.listing(session)]


def trail_rows(session: Session, number: int) -> list[TrailRow]:
    item = strategy.get(session, number)
    return [TrailRow(u.id.hex, u.dated_on, u.status, u.comment, u.author)
            for u in strategy.trail(session, item)]


def add_item(session: Session, action: str, *, lead_partners: str | None = None,
             target: str | None = None, target_on=None,
             deliverables: str | None = None, battle: str | None = None) -> str:
    """Add an item (numbered after the last); returns its id. `battle`: the id of the
    must-win battle it serves, or "" for none."""
    return strategy.add(session, action, lead_partners=lead_partners or None,
                        target=target or None, target_on=target_on,
                        deliverables=deliverables or None,
                        battle=battles.given(session, battle) if battle else None).id.hex


def record_progress(session: Session, number: int, *, status: str | None,
                    comment: str | None, on=None, today: dt.date | None = None) -> Progress:
    item = strategy.get(session, number)
    before = item.status
    entry = strategy.update(session, item, status=status, comment=comment or None, on=on,
                            today=today)
    return Progress(entry.id.hex, item.number, before, item.status)


def withdraw_progress(session: Session, progress: Progress) -> None:
    """Undo: the update goes, the status it set goes back."""
    entry = lookup.row(session, StrategyUpdate, progress.update_id, "progress entry",
                       with_deleted=True)
    entry.deleted = True
    item = lookup.referenced(session, StrategyItem, entry.item_id, "strategy item")
    item.status = progress.previous_status
    session.flush()


def restore_progress(session: Session, progress: Progress) -> None:
    """Redo: the update is back, with the status it set."""
    entry = lookup.row(session, StrategyUpdate, progress.update_id, "progress entry",
                       with_deleted=True)
    entry.deleted = False
    lookup.referenced(session, StrategyItem, entry.item_id, "strategy item").status = \
        progress.status
    session.flush()


def set_item_deleted(session: Session, item_id: str, deleted: bool) -> None:
    """Tombstone an item (undo of adding it), or lift the tombstone."""
    lookup.row(session, StrategyItem, item_id, "strategy item", with_deleted=True).deleted = deleted
    session.flush()
