"""Period statistics: the register, the plans and the disruptions, in figures.

The six-monthly outcome figures follow the board's usual definitions:
- dismantled: threats whose status became 'dismantled' within the period;
- disrupted: other threats with at least one major or moderate disruption
  in the period;
- frustrated: other threats whose only disruptions in the period were minor.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from dataclasses import asdict, dataclass, field

from sqlalchemy import Select, distinct, func, select
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import rag, validate
from ocgboard.store.models import Action, ActionUpdate, Agency, Disruption, Threat


def six_months_to(end: dt.date) -> dt.date:
    """The first day of the six calendar months that end on `end`.

    It is the day after `end`, six months earlier: 30 Jun gives 1 Jan, 31 Dec
    gives 1 Jul, 23 Nov gives 24 May, 29 Feb 2028 gives 1 Sep 2027. Where that
    date does not exist (30 Aug gives "31 Feb") it is the 1st of the month
    after, so a period is never longer than six months. A fixed 182 days would
    start some half-years a day late."""
    after = end + dt.timedelta(days=1)
    month, year = after.month - 6, after.year
    if month < 1:
        month, year = month + 12, year - 1
    if after.day > calendar.monthrange(year, month)[1]:
        return dt.date(year, month + 1, 1)
    return dt.date(year, month, after.day)


@dataclass
class PeriodStats:
    start: dt.date
    end: dt.date
    threats_by_status: dict = field(default_factory=dict)
    threats_by_band: dict = field(default_factory=dict)
    threats_by_area: dict = field(default_factory=dict)
    threats_by_threat_area: dict = field(default_factory=dict)
    actions_by_status: dict = field(default_factory=dict)
    actions_by_strand: dict = field(default_factory=dict)
    actions_by_agency: dict = field(default_factory=dict)
    actions_overdue: int = 0
    actions_raised: int = 0
    actions_completed: int = 0
    disruptions_by_level: dict = field(default_factory=dict)
    disruptions_by_agency: dict = field(default_factory=dict)
    disruptions_by_strand: dict = field(default_factory=dict)
    threats_disrupted: int = 0
    threats_dismantled: int = 0
    threats_frustrated: int = 0
    multi_agency_threats: int = 0
    coverage: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        data = asdict(self)
        data["start"], data["end"] = self.start.isoformat(), self.end.isoformat()
        return data


def count_of(session: Session, query: Select[int]) -> int:
    """A count's figure: the query always gives one row, so never None (which
    Session.scalar's type allows for)."""
    return session.execute(query).scalar_one()


def _counts(session: Session, column, *where) -> dict:
    rows = session.execute(select(column, func.count()).where(*where).group_by(column)).all()
    return {(key if key is not None else "(none)"): n for key, n in sorted(rows, key=_order)}


def _order(row):
    return (-row[1], str(row[0]))


def _agency_label():
    return func.coalesce(Agency.short_name, Agency.name)


def collect(session: Session, start=None, end=None, today: dt.date | None = None) -> PeriodStats:
    today = today or clock.of(session).today()
    end = validate.date(end, "to date") or today
    start = validate.date(start, "from date") or six_months_to(end)
    validate.date_range(start, end)
    stats = PeriodStats(start, end)
    _register(session, stats)
    _actions(session, stats, today)
    _disruptions(session, stats)
    _outcomes(session, stats)
    return stats


def _register(session: Session, stats: PeriodStats) -> None:
    live = ~Threat.deleted
    stats.threats_by_status = _counts(session, Threat.status, live)
    stats.threats_by_band = _counts(session, Threat.band, live)
    stats.threats_by_area = _counts(session, Threat.area, live)
    areas: dict = defaultdict(int)
    for (values,) in session.execute(select(Threat.threat_areas).where(live)):
        for area in values or []:
            areas[area] += 1
    stats.threats_by_threat_area = dict(sorted(areas.items(), key=lambda kv: (-kv[1], kv[0])))


def _live_actions():
    return (~Action.deleted, ~Threat.deleted)


def _actions(session: Session, stats: PeriodStats, today: dt.date) -> None:
    joined = select(Action).join(Threat, Threat.id == Action.threat_id)
    live = _live_actions()

    def count_by(column):
        query = (select(column, func.count()).select_from(Action)
                 .join(Threat, Threat.id == Action.threat_id)
                 .join(Agency, Agency.id == Action.owner_agency_id).where(*live).group_by(column))
        return {k: n for k, n in sorted(session.execute(query).all(), key=_order)}

    stats.actions_by_status = count_by(Action.status)
    stats.actions_by_strand = count_by(Action.strand)
    stats.actions_by_agency = count_by(_agency_label())
    stats.actions_overdue = count_of(
        session, select(func.count()).select_from(joined.where(
            *live, Action.status.in_(rag.OPEN), Action.due_on < today).subquery()))
    stats.actions_raised = count_of(
        session, select(func.count()).select_from(joined.where(
            *live, Action.raised_on.between(stats.start, stats.end)).subquery()))
    stats.actions_completed = count_of(
        session, select(func.count(distinct(ActionUpdate.action_id))).where(
            ~ActionUpdate.deleted, ActionUpdate.status == "completed",
            ActionUpdate.dated_on.between(stats.start, stats.end)))
    _coverage(session, stats)


def _coverage(session: Session, stats: PeriodStats) -> None:
    """Open actions per agency and strand: Pursue-only plans stand out."""
    query = (select(_agency_label(), Action.strand, func.count(),
                    func.count(distinct(Action.threat_id))).select_from(Action)
             .join(Agency, Agency.id == Action.owner_agency_id)
             .join(Threat, Threat.id == Action.threat_id)
             .where(*_live_actions(), Action.status.in_(rag.OPEN))
             .group_by(_agency_label(), Action.strand))
    grid: dict = defaultdict(dict)
    for agency, strand, n, _threats in session.execute(query):
        grid[agency][strand] = n
    stats.coverage = dict(sorted(grid.items()))
    multi = (select(Action.threat_id).join(Threat, Threat.id == Action.threat_id)
             .where(*_live_actions(), Action.status.in_(rag.OPEN))
             .group_by(Action.threat_id)
             .having(func.count(distinct(Action.owner_agency_id)) >= 2))
    stats.multi_agency_threats = count_of(
        session, select(func.count()).select_from(multi.subquery()))


def _in_period(stats: PeriodStats):
    return (~Disruption.deleted, Disruption.dated_on.between(stats.start, stats.end))


def _disruptions(session: Session, stats: PeriodStats) -> None:
    where = _in_period(stats)
    stats.disruptions_by_level = _counts(session, Disruption.level, *where)
    stats.disruptions_by_strand = _counts(session, Disruption.strand, *where)
    query = (select(_agency_label(), func.count()).select_from(Disruption)
             .join(Agency, Agency.id == Disruption.agency_id)
             .where(*where).group_by(_agency_label()))
    stats.disruptions_by_agency = {k: n for k, n in sorted(session.execute(query).all(),
                                                           key=_order)}


def _outcomes(session: Session, stats: PeriodStats) -> None:
    dismantled = set(session.scalars(select(Threat.id).where(
        ~Threat.deleted, Threat.status == "dismantled",
        Threat.closed_on.between(stats.start, stats.end))))
    levels: dict = defaultdict(set)
    for threat_id, level in session.execute(
            select(Disruption.threat_id, Disruption.level).where(*_in_period(stats))):
        levels[threat_id].add(level)
    disrupted = {t for t, lv in levels.items() if lv & {"major", "moderate"}} - dismantled
    frustrated = {t for t, lv in levels.items() if "minor" in lv} - disrupted - dismantled
    stats.threats_dismantled = len(dismantled)
    stats.threats_disrupted = len(disrupted)
    stats.threats_frustrated = len(frustrated)
