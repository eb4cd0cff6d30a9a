"""The figures behind the statistics pages: core.stats, plus two cross-tabulations.

`stats.gather` gives the six-monthly figures and the open work as at the
period's end; the charts also want that work by strand *and* status, and the
plans whose open work is all Pursue, which are read here from the same work.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core import open_work, stats
from ocgboard.reports.control_data import ControlCoverage
from ocgboard.store.models import Agency


@dataclass
class Figures:
    period: stats.PeriodStats
    # Actions on the plans live at the period's end, by strand and their status then.
    strand_status: dict[str, dict[str, int]] = field(default_factory=dict)
    pursue_only: list[str] = field(default_factory=list)
    with_open_actions: int = 0
    abbreviations: dict[str, str] = field(default_factory=dict)
    # Gathered by the caller, which knows the variant's redactor; None prints nothing.
    control: ControlCoverage | None = None


def redact_areas(figures: Figures, redact) -> Figures:
    """The threat areas counted are the board's own words (its control strategy's), so
    a paper that promises no withheld name redacts them; two that read alike after it
    are counted as one."""
    counted: dict[str, int] = {}
    for area, n in figures.period.threats_by_threat_area.items():
        shown = redact(area, "threats by threat area") or area
        counted[shown] = counted.get(shown, 0) + n
    figures.period.threats_by_threat_area = dict(
        sorted(counted.items(), key=lambda kv: (-kv[1], kv[0])))
    return figures


def collect(session: Session, start=None, end=None, today: dt.date | None = None) -> Figures:
    period, works = stats.gather(session, start, end, today=today)
    figures = Figures(period)
    figures.strand_status = open_work.strand_status(works)
    plans = open_work.plans_by_strands(works)
    figures.with_open_actions = len(plans)
    figures.pursue_only = sorted(ref for ref, strands in plans.items() if strands == {"Pursue"})
    named = session.execute(
        select(Agency.short_name, Agency.name).where(
            ~Agency.deleted, Agency.short_name.is_not(None), Agency.short_name != Agency.name)
    ).all()
    # The query leaves out agencies with no short name, which the row type cannot show.
    figures.abbreviations = dict(sorted(cast("list[tuple[str, str]]", named)))
    return figures
