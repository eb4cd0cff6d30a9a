"""The control strategy's coverage for the statistics pages, as plain data.

Which strategy was in force over the period (each one's span in it), the
coverage per threat area of the one in force on its last day, and the live
work serving each must-win battle of the newest (core/control_coverage.py).

Figures only, as the rest of the statistics: threats, actions and
disruptions are counted, never named. The words that are printed (titles,
battles) are the board's strategy and go through the variant's redactor, as
the strategic plan's do, so a partner's copy never carries a withheld name
written into a battle. An agency's pack has no statistics, and no agency
holds the strategy (sync/scope.py), so none is gathered for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core import control, control_coverage, open_work
from ocgboard.core.control_coverage import AreaCoverage
from ocgboard.store.models import Threat

Redact = Callable[[str, str], str]


@dataclass(frozen=True)
class Span:
    """A strategy's time in force within the period."""

    title: str
    adopted_on: dt.date
    starts: dt.date  # the period's first day, or its adoption if later
    ends: dt.date  # the period's last day, or the day before the next was adopted


@dataclass(frozen=True)
class BattleLine:
    number: str
    area: str
    text: str
    actions: int
    items: int

    @property
    def no_live_action(self) -> bool:
        return not (self.actions or self.items)


@dataclass
class ControlCoverage:
    start: dt.date
    end: dt.date
    spans: list[Span] = field(default_factory=list)  # in force over the period, first first
    areas: list[AreaCoverage] = field(default_factory=list)  # of the one in force at the end
    unmapped: int = 0  # threats live at the end that name none of its areas
    battles_of: str | None = None  # the newest strategy's title, whose battles these are
    battles_adopted_on: dt.date | None = None
    battles: list[BattleLine] = field(default_factory=list)
    adrift: int = 0  # live work serving a battle no longer in the newest strategy
    tasking_on: dt.date | None = None  # the day the battles' live work is read

    @property
    def at_end(self) -> Span | None:
        return self.spans[-1] if self.spans and self.spans[-1].ends == self.end else None


def gather(session: Session, start: dt.date, end: dt.date, redact: Redact,
           today: dt.date) -> ControlCoverage | None:
    """None when the board holds no strategy at all."""
    if not control.strategies(session):
        return None
    found = ControlCoverage(start, end, spans=_spans(session, start, end, redact))
    found.areas = [_area(a, redact) for a in control_coverage.by_area(session, start, end)]
    found.unmapped = _unmapped(session, end)
    battles = control_coverage.by_battle(session)
    found.battles_of = redact(battles.title, "the control strategy's title")
    found.battles_adopted_on = battles.adopted_on
    found.battles = [BattleLine(b.number, redact(b.area, f"threat area of battle {b.number}"),
                                redact(b.text, f"must-win battle {b.number}"),
                                len(b.actions), len(b.items)) for b in battles.battles]
    found.adrift = len(battles.adrift)
    # Tasking is read as it stands, not as at a day: the day it was read is said.
    found.tasking_on = today
    return found


def _spans(session: Session, start: dt.date, end: dt.date, redact: Redact) -> list[Span]:
    spans = []
    for row in control.strategies(session):
        if row.adopted_on > end:
            continue
        until = control.superseded_on(session, row)
        last = min(end, until - dt.timedelta(days=1)) if until else end
        if last < start:
            continue
        spans.append(Span(redact(row.title, "the control strategy's title"), row.adopted_on,
                          max(start, row.adopted_on), last))
    return spans


def _unmapped(session: Session, end: dt.date) -> int:
    """So the table's threat counts are seen not to be the register's: a threat whose
    areas the strategy does not have is in none of its rows."""
    strategy = control.in_force(session, end)
    if strategy is None:
        return 0
    named = set().union(*control_coverage.mapped(session, end,
                                                 control.areas(session, strategy)).values())
    live = set(session.scalars(select(Threat.id).where(open_work.live_on(end))))
    return len(live - named)


def _area(area: AreaCoverage, redact: Redact) -> AreaCoverage:
    where = f"threat area {area.number}"
    return AreaCoverage(area.number, redact(area.group, where), redact(area.name, where),
                        redact(area.management_model, where), area.battles, area.threats,
                        area.open_actions, area.overdue, area.disruptions, area.no_effect,
                        area.strands)
