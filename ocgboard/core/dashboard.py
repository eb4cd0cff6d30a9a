"""The dashboard's figures, as plain data: what needs the chair's attention."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import rag, stats, vocab
from ocgboard.core.register import CLOSED
from ocgboard.store.models import Action, Threat

REVIEW_WINDOW_DAYS = 28


@dataclass
class Dashboard:
    as_at: dt.date
    live_threats: int = 0
    reviews_due: int = 0
    reviews_overdue: int = 0
    open_actions: int = 0
    overdue_actions: int = 0
    disruptions: int = 0
    period_start: dt.date | None = None
    threats_by_band: dict = field(default_factory=dict)
    threats_by_status: dict = field(default_factory=dict)
    actions_by_status: dict = field(default_factory=dict)
    actions_by_strand: dict = field(default_factory=dict)
    disruptions_by_level: dict = field(default_factory=dict)


def collect(session: Session, today: dt.date | None = None) -> Dashboard:
    today = today or clock.of(session).today()
    period = stats.collect(session, end=today, today=today)
    live = (~Threat.deleted, Threat.status.not_in(CLOSED))
    board = Dashboard(as_at=today, period_start=period.start)
    board.live_threats = stats.count_of(session, select(func.count()).where(*live))
    # Due within the window means due by its last day, as the register's filter
    # that this figure opens: a review already overdue is due too.
    horizon = today + dt.timedelta(days=REVIEW_WINDOW_DAYS)
    board.reviews_due = stats.count_of(session, select(func.count()).where(
        *live, Threat.next_review_on <= horizon))
    board.reviews_overdue = stats.count_of(session, select(func.count()).where(
        *live, Threat.next_review_on < today))
    # Every open action, closed plans' too: the figures open the chase list, which
    # holds them all (the statistics count live plans only).
    open_actions = (select(func.count()).select_from(Action)
                    .join(Threat, Threat.id == Action.threat_id)
                    .where(~Action.deleted, ~Threat.deleted, Action.status.in_(rag.OPEN)))
    board.open_actions = stats.count_of(session, open_actions)
    board.overdue_actions = stats.count_of(session, open_actions.where(Action.due_on < today))
    board.disruptions = sum(period.disruptions_by_level.values())
    board.threats_by_band = _ordered(period.threats_by_band, _band_order)
    board.threats_by_status = period.threats_by_status
    board.actions_by_status = _ordered(period.actions_by_status, _status_order)
    board.actions_by_strand = _ordered(period.actions_by_strand, _strand_order)
    board.disruptions_by_level = _ordered(period.disruptions_by_level, _level_order)
    return board


def _ordered(counts: dict, key) -> dict:
    return dict(sorted(counts.items(), key=lambda kv: key(kv[0])))


def _vocab_order(name: str):
    order = {value: i for i, value in enumerate(vocab.values(name))}
    return lambda value: (order.get(value, len(order)), str(value))


_band_order = _vocab_order("bands")
_status_order = _vocab_order("action_statuses")
_strand_order = _vocab_order("strands")
_level_order = _vocab_order("disruption_levels")
