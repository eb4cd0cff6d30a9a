"""Coverage at a glance per threat area of the control strategy in force.

For each area: the threats mapped to it (live on the last day), the open and
overdue actions on their plans that day (open_work's reading of the trail), the
disruptions of those threats dated in the period (those with an effect:
major, moderate or minor; levels none and negative apart, as the statistics
count them) and the strands the open actions cover.

A threat names its areas in words (`Threat.threat_areas`); it is mapped to a
strategy's area of the same name, case aside, with or without the area's
bracketed qualifier ('CSAE' is 'CSAE (organised / online)'). An area such as
'SOC Consistency' that no threat names has no threats: that is what it shows.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core import control, open_work, vocab
from ocgboard.store.models import ControlArea, ControlStrategy, Disruption, Threat

EFFECT = ("major", "moderate", "minor")
_QUALIFIER = re.compile(r"\s*\(.*\)\s*$")


@dataclass(frozen=True)
class AreaCoverage:
    number: int
    group: str
    name: str
    management_model: str
    battles: int
    threats: int
    open_actions: int
    overdue: int
    disruptions: int  # with an effect, in the period
    no_effect: int  # levels none and negative, in the period
    strands: tuple[str, ...]  # covered by open actions, in the vocabulary's order


def key(name: str) -> str:
    """An area's name as threats are matched to it: case folded, qualifier dropped."""
    return " ".join(_QUALIFIER.sub("", name or "").split()).casefold()


def mapped(session: Session, day: dt.date, areas: list[ControlArea]) -> dict[uuid.UUID,
                                                                             set[uuid.UUID]]:
    """Area id -> the ids of threats live on `day` that name it."""
    by_key = {key(a.name): a.id for a in areas} | {" ".join(a.name.split()).casefold(): a.id
                                                    for a in areas}
    found: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for threat_id, names in session.execute(
            select(Threat.id, Threat.threat_areas).where(open_work.live_on(day))):
        for name in names or []:
            area_id = by_key.get(" ".join(str(name).split()).casefold()) or by_key.get(
                key(str(name)))
            if area_id is not None:
                found[area_id].add(threat_id)
    return found


def by_area(session: Session, start: dt.date, end: dt.date,
            strategy: ControlStrategy | None = None) -> list[AreaCoverage]:
    """Each area of the strategy in force on `end` (or the one given), in its order."""
    strategy = strategy or control.in_force(session, end)
    if strategy is None:
        return []
    areas = control.areas(session, strategy)
    threats = mapped(session, end, areas)
    works = open_work.on(session, end)
    levels = defaultdict(list)
    for threat_id, level in session.execute(
            select(Disruption.threat_id, Disruption.level)
            .where(~Disruption.deleted, Disruption.dated_on >= start,
                   Disruption.dated_on <= end)):
        levels[threat_id].append(level)
    order = vocab.values("strands")
    found = []
    for n, area in enumerate(areas, 1):
        mine = threats.get(area.id, set())
        open_here = [w for w in works if w.threat_id in mine and w.open]
        seen = [lv for t in mine for lv in levels.get(t, [])]
        found.append(AreaCoverage(
            number=n, group=area.group_name, name=area.name,
            management_model=area.management_model,
            battles=len(control.battles(session, area)), threats=len(mine),
            open_actions=len(open_here), overdue=open_work.overdue(open_here, end),
            disruptions=sum(1 for lv in seen if lv in EFFECT),
            no_effect=sum(1 for lv in seen if lv not in EFFECT),
            strands=tuple(s for s in order if any(w.strand == s for w in open_here))))
    return found
