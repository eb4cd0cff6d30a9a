"""The figures behind the statistics pages: core.stats, plus two cross-tabulations.

`stats.collect` gives the six-monthly figures; the charts also want open
actions by strand *and* status, and how many plans are Pursue-only, which
two grouped queries answer here.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from ocgboard.core import rag, stats
from ocgboard.store.models import Action, Agency, Threat


@dataclass
class Figures:
    period: stats.PeriodStats
    strand_status: dict[str, dict[str, int]] = field(default_factory=dict)
    pursue_only: list[str] = field(default_factory=list)
    with_open_actions: int = 0
    abbreviations: dict[str, str] = field(default_factory=dict)


def collect(session: Session, start=None, end=None, today: dt.date | None = None) -> Figures:
    period = stats.collect(session, start, end, today=today)
    figures = Figures(period)
    live = (~Action.deleted, ~Threat.deleted)
    rows = session.execute(
        select(Action.strand, Action.status, func.count())
        .join(Threat, Threat.id == Action.threat_id).where(*live)
        .group_by(Action.strand, Action.status))
    table: dict = defaultdict(dict)
    for strand, status, count in rows:
        table[strand][status] = count
    figures.strand_status = dict(table)
    plans = session.execute(
        select(Threat.reference, func.count(distinct(Action.strand)), func.max(Action.strand))
        .join(Action, Action.threat_id == Threat.id)
        .where(*live, Action.status.in_(rag.OPEN))
        .group_by(Threat.id, Threat.reference)).all()
    figures.with_open_actions = len(plans)
    figures.pursue_only = sorted(ref for ref, strands, only in plans
                                 if strands == 1 and only == "Pursue")
    named = session.execute(
        select(Agency.short_name, Agency.name).where(
            ~Agency.deleted, Agency.short_name.is_not(None), Agency.short_name != Agency.name)
    ).all()
    # The query leaves out agencies with no short name, which the row type cannot show.
    figures.abbreviations = dict(sorted(cast("list[tuple[str, str]]", named)))
    return figures
