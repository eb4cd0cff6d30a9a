"""Period statistics: the register, the plans and the disruptions, in figures.

Two kinds of figure, kept apart:
- in the period: what is dated from its start to its end, on every plan,
  closed ones included (actions raised and completed, disruptions, outcomes);
- as at its end: the board's open work on the plans live that day, each
  action as its dated trail stood (core/open_work.py), and reviews overdue.

Disruptions are those of the national scale's levels major, moderate and
minor; records of level none (no effect) and negative (the group made more
capable) are counted apart. The six-monthly outcome figures follow the
board's usual definitions:
- dismantled: threats whose status became 'dismantled' within the period;
- disrupted: other threats with at least one major or moderate disruption
  in the period;
- frustrated: other threats whose only disruptions in the period were minor.

The register's tables (threats and actions by status, band, area, strand
and agency) count every record on it as it stands.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from dataclasses import asdict, dataclass, field

from sqlalchemy import Select, distinct, func, select
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import open_work, plans, validate, vocab
from ocgboard.store.models import Action, ActionUpdate, Agency, Disruption, Threat

DISRUPTING = ("major", "moderate", "minor")


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
    # The register as it stands.
    threats_by_status: dict = field(default_factory=dict)
    threats_by_band: dict = field(default_factory=dict)
    threats_by_area: dict = field(default_factory=dict)
    threats_by_threat_area: dict = field(default_factory=dict)
    actions_by_status: dict = field(default_factory=dict)
    actions_by_strand: dict = field(default_factory=dict)
    actions_by_agency: dict = field(default_factory=dict)
    # In the period.
    actions_raised: int = 0
    actions_completed: int = 0
    disruptions: int = 0  # major, moderate or minor
    disruptions_none: int = 0
    disruptions_negative: int = 0
    disruptions_by_level: dict = field(default_factory=dict)  # every level
    disruptions_by_agency: dict = field(default_factory=dict)  # major, moderate or minor
    disruptions_by_strand: dict = field(default_factory=dict)  # major, moderate or minor
    threats_disrupted: int = 0
    threats_dismantled: int = 0
    threats_frustrated: int = 0
    # As at the end, on live plans.
    open_actions: int = 0
    actions_overdue: int = 0
    multi_agency_threats: int = 0
    reviews_overdue: int = 0
    coverage: dict = field(default_factory=dict)
    coverage_flags: dict = field(default_factory=dict)

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


def collect(session: Session, start=None, end=None, today: dt.date | None = None) -> PeriodStats:
    return gather(session, start, end, today)[0]


def gather(session: Session, start=None, end=None, today: dt.date | None = None
           ) -> tuple[PeriodStats, list[open_work.Work]]:
    """The figures, and the open work as at the end they were counted from."""
    today = today or clock.of(session).today()
    end = validate.date(end, "to date") or today
    start = validate.date(start, "from date") or six_months_to(end)
    validate.date_range(start, end)
    stats = PeriodStats(start, end)
    _register(session, stats)
    _period_actions(session, stats)
    _disruptions(session, stats)
    _outcomes(session, stats)
    works = open_work.on(session, end)
    _as_at_end(session, stats, works)
    return stats, works


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

    def count_by(column):
        query = (select(column, func.count()).select_from(Action)
                 .join(Threat, Threat.id == Action.threat_id)
                 .join(Agency, Agency.id == Action.owner_agency_id)
                 .where(*_kept_actions()).group_by(column))
        return {k: n for k, n in sorted(session.execute(query).all(), key=_order)}

    stats.actions_by_status = count_by(Action.status)
    stats.actions_by_strand = count_by(Action.strand)
    stats.actions_by_agency = count_by(open_work.agency_label())


def _kept_actions():
    """Actions not deleted, on threats not deleted: closed plans included. Not those
    withdrawn: struck off as never the board's work."""
    return (~Action.deleted, ~Threat.deleted, Action.status != plans.WITHDRAWN)


def _period_actions(session: Session, stats: PeriodStats) -> None:
    raised = (select(func.count()).select_from(Action)
              .join(Threat, Threat.id == Action.threat_id)
              .where(*_kept_actions(), Action.raised_on.between(stats.start, stats.end)))
    stats.actions_raised = count_of(session, raised)
    completed = (select(func.count(distinct(ActionUpdate.action_id)))
                 .join(Action, Action.id == ActionUpdate.action_id)
                 .join(Threat, Threat.id == Action.threat_id)
                 .where(*_kept_actions(), ~ActionUpdate.deleted,
                        ActionUpdate.status == "completed",
                        ActionUpdate.dated_on.between(stats.start, stats.end)))
    stats.actions_completed = count_of(session, completed)


def _as_at_end(session: Session, stats: PeriodStats, works: list[open_work.Work]) -> None:
    stats.open_actions = sum(1 for w in works if w.open)
    stats.actions_overdue = open_work.overdue(works, stats.end)
    stats.multi_agency_threats = open_work.multi_agency(works)
    stats.coverage = open_work.coverage(works)
    stats.coverage_flags = open_work.coverage_flags(
        stats.coverage, open_work.library_offers(session), vocab.values("strands"))
    stats.reviews_overdue = open_work.reviews_overdue(session, stats.end)


def _in_period(stats: PeriodStats, *levels: str):
    where = [~Disruption.deleted, ~Threat.deleted,
             Disruption.dated_on.between(stats.start, stats.end)]
    return (*where, Disruption.level.in_(levels)) if levels else tuple(where)


def _disruptions(session: Session, stats: PeriodStats) -> None:
    def count_by(column, *where):
        query = (select(column, func.count()).select_from(Disruption)
                 .join(Threat, Threat.id == Disruption.threat_id)
                 .join(Agency, Agency.id == Disruption.agency_id)
                 .where(*where).group_by(column))
        return {k: n for k, n in sorted(session.execute(query).all(), key=_order)}

    stats.disruptions_by_level = count_by(Disruption.level, *_in_period(stats))
    real = _in_period(stats, *DISRUPTING)
    stats.disruptions_by_strand = count_by(Disruption.strand, *real)
    stats.disruptions_by_agency = count_by(open_work.agency_label(), *real)
    stats.disruptions = sum(stats.disruptions_by_level.get(lv, 0) for lv in DISRUPTING)
    stats.disruptions_none = stats.disruptions_by_level.get("none", 0)
    stats.disruptions_negative = stats.disruptions_by_level.get("negative", 0)


def _outcomes(session: Session, stats: PeriodStats) -> None:
    dismantled = set(session.scalars(select(Threat.id).where(
        ~Threat.deleted, Threat.status == "dismantled",
        Threat.closed_on.between(stats.start, stats.end))))
    levels: dict = defaultdict(set)
    for threat_id, level in session.execute(
            select(Disruption.threat_id, Disruption.level)
            .join(Threat, Threat.id == Disruption.threat_id).where(*_in_period(stats))):
        levels[threat_id].add(level)
    disrupted = {t for t, lv in levels.items() if lv & {"major", "moderate"}} - dismantled
    frustrated = {t for t, lv in levels.items() if "minor" in lv} - disrupted - dismantled
    stats.threats_dismantled = len(dismantled)
    stats.threats_disrupted = len(disrupted)
    stats.threats_frustrated = len(frustrated)
