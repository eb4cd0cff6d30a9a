"""The board's strategic action plan (seed 000) with its status trail (seed 004)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import control_tasking, dates, validate, vocab
from ocgboard.errors import InputError, NotFound
from ocgboard.store.models import StrategyItem, StrategyUpdate


def add(session: Session, action: str, *, lead_partners: str | None = None,
        target: str | None = None, target_on=None, deliverables: str | None = None,
        number: int | None = None, battle=None) -> StrategyItem:
    """A new item; `battle`: the must-win battle it serves (control_tasking.serve)."""
    if number is None:
        number = (session.scalar(select(func.max(StrategyItem.number))
                                 .where(~StrategyItem.deleted)) or 0) + 1
    elif number < 1:
        raise InputError("a strategy item number must be 1 or more")
    elif _find(session, number) is not None:
        raise InputError(f"strategy item {number} already exists")
    item = StrategyItem(
        number=number,
        action=validate.text(action, "strategic action", required=True),
        lead_partners=validate.text(lead_partners, "lead partners", max_len=300),
        target=validate.text(target, "target", max_len=100, multiline=False),
        target_on=dates.take(target_on, "target date", dates.PLANNED,
                             clock.of(session).today()),
        deliverables=validate.text(deliverables, "deliverables"),
        status="awaiting review",
    )
    session.add(item)
    if battle is not None:
        control_tasking.serve(session, item, battle)
    session.flush()
    return item


def edit(session: Session, item: StrategyItem, *, battle=None) -> StrategyItem:
    """Change what is given: `battle`, the must-win battle it serves (None: unchanged;
    '' or 'none': no battle)."""
    if battle is not None:
        control_tasking.serve(session, item, battle)
    session.flush()
    return item


def _find(session: Session, number: int) -> StrategyItem | None:
    return session.scalars(
        select(StrategyItem).where(StrategyItem.number == number, ~StrategyItem.deleted)
    ).first()


def get(session: Session, number: int | str) -> StrategyItem:
    try:
        key = int(str(number).strip().rstrip("."))
    except ValueError:
        raise InputError(f"'{number}' is not a strategy item number") from None
    item = _find(session, key)
    if item is None:
        raise NotFound(f"no strategy item {key}")
    return item


def update(session: Session, item: StrategyItem, *, status: str | None, comment: str | None,
           on=None, today: dt.date | None = None) -> StrategyUpdate:
    today = today or clock.of(session).today()
    dated = dates.take(on, "update date", dates.EVENT, today) or today
    new_status = vocab.canonical("strategy_statuses", status) if status else item.status
    note = validate.text(comment, "comment", required=new_status == item.status)
    item.status = new_status
    entry = StrategyUpdate(item_id=item.id, dated_on=dated, status=new_status, comment=note,
                           author=session.info.get("author", ""),
                           recorded_at=clock.of(session).stamp())
    session.add(entry)
    session.flush()
    return entry


def listing(session: Session) -> list[StrategyItem]:
    return list(session.scalars(
        select(StrategyItem).where(~StrategyItem.deleted).order_by(StrategyItem.number)))


def trail(session: Session, item: StrategyItem) -> list[StrategyUpdate]:
    return list(session.scalars(
        select(StrategyUpdate).where(StrategyUpdate.item_id == item.id, ~StrategyUpdate.deleted)
        .order_by(StrategyUpdate.dated_on, StrategyUpdate.recorded_at)))


@dataclass(frozen=True)
class Standing:
    """Where a strategic action stood on a day, and the last word on it by then."""

    number: int
    item: StrategyItem
    status: str
    overdue: bool  # its target date had passed and it was not complete
    latest_on: dt.date | None = None
    latest_status: str | None = None
    latest_comment: str | None = None


def standing(session: Session, day: dt.date) -> list[Standing]:
    """Each item as at `day`: its status then (its trail's last entry dated by then; an
    item is 'awaiting review' until its first), overdue or not, its latest update."""
    now = day >= clock.of(session).today()
    trails: dict = {}
    for entry in session.scalars(
            select(StrategyUpdate).where(~StrategyUpdate.deleted)
            .order_by(StrategyUpdate.dated_on, StrategyUpdate.recorded_at)):
        trails.setdefault(entry.item_id, []).append(entry)
    found = []
    for item in listing(session):
        trail = trails.get(item.id, [])
        upto = [u for u in trail if u.dated_on <= day]
        last = upto[-1] if upto else None
        # Today or later the trail holds nothing further: the item stands as it is now.
        status = item.status if now or not trail else (last.status if last else
                                                       "awaiting review")
        overdue = (item.target_on is not None and item.target_on < day
                   and status != "complete")
        found.append(Standing(item.number, item, status, overdue,
                              last.dated_on if last else None,
                              last.status if last else None,
                              last.comment if last else None))
    return found
