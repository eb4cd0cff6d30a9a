"""The records behind each figure of the control strategy's coverage, so that a figure
opens a list of exactly what it counts.

`glance` reads what the dashboard's panel shows in one go: the areas of the
strategy in force (control_coverage.by_area), beside each the ids of the threats,
open and overdue actions and disruptions with an effect that its figures count,
and the must-win battles of the newest strategy with the work serving them. The
ids are read in the same pass as the figures, from the same readings
(control_coverage.mapped, open_work.on), so a list can never disagree with the
figure it was opened from.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core import control, control_coverage, open_work
from ocgboard.core.control_coverage import AreaCoverage, Battles
from ocgboard.store.models import ControlStrategy, Disruption


@dataclass(frozen=True)
class AreaLists:
    """Full ids (hex) of what an area's figures count."""

    threats: tuple[str, ...]
    open_actions: tuple[str, ...]
    overdue: tuple[str, ...]
    disruptions: tuple[str, ...]  # with an effect, in the period


@dataclass(frozen=True)
class Glance:
    start: dt.date
    end: dt.date
    strategy: str | None  # the title of the one in force on `end`, None if none was
    areas: tuple[AreaCoverage, ...]
    lists: tuple[AreaLists, ...]  # one for each area, in the same order
    battles: Battles | None  # None when the board holds no strategy at all


def by_area(session: Session, start: dt.date, end: dt.date,
            strategy: ControlStrategy | None = None) -> list[AreaLists]:
    """For each area of the strategy in force on `end`, in its order, what its figures
    count."""
    strategy = strategy or control.in_force(session, end)
    if strategy is None:
        return []
    areas = control.areas(session, strategy)
    threats = control_coverage.mapped(session, end, areas)
    works = [w for w in open_work.on(session, end) if w.open]
    effect: dict = defaultdict(list)
    for did, threat_id in session.execute(
            select(Disruption.id, Disruption.threat_id)
            .where(~Disruption.deleted, Disruption.dated_on >= start,
                   Disruption.dated_on <= end,
                   Disruption.level.in_(control_coverage.EFFECT))
            .order_by(Disruption.dated_on.desc())):
        effect[threat_id].append(did.hex)
    found = []
    for area in areas:
        mine = threats.get(area.id, set())
        open_here = [w for w in works if w.threat_id in mine]
        late = [w for w in open_here if w.due_on is not None and w.due_on < end]
        found.append(AreaLists(
            threats=tuple(sorted(t.hex for t in mine)),
            open_actions=tuple(w.action_id.hex for w in open_here if w.action_id),
            overdue=tuple(w.action_id.hex for w in late if w.action_id),
            disruptions=tuple(d for t in sorted(mine) for d in effect.get(t, []))))
    return found


def glance(session: Session, start: dt.date, end: dt.date) -> Glance:
    """The coverage panel's figures and the ids behind them."""
    strategy = control.in_force(session, end)
    areas = control_coverage.by_area(session, start, end, strategy) if strategy else []
    lists = by_area(session, start, end, strategy) if strategy else []
    battles = control_coverage.by_battle(session) if control.strategies(session) else None
    return Glance(start, end, strategy.title if strategy else None, tuple(areas),
                  tuple(lists), battles)
