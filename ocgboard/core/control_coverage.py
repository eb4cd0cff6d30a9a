"""Coverage at a glance per threat area of the control strategy in force, and per
must-win battle of the newest strategy.

For each area: the threats mapped to it (live on the last day), the open and
overdue actions on their plans that day (open_work's reading of the trail), the
disruptions of those threats dated in the period (those with an effect:
major, moderate or minor; levels none and negative apart, as the statistics
count them) and the strands the open actions cover.

A threat names its areas in words (`Threat.threat_areas`); it is mapped to a
strategy's area of the same name, case aside, with or without the area's
bracketed qualifier ('CSAE' is 'CSAE (organised / online)'). An area such as
'SOC Consistency' that no threat names has no threats: that is what it shows.

Per must-win battle (`by_battle`): the live work serving it as it stands now
(control_tasking.py: actions open on a plan not closed, strategic plan items
not complete), and a battle no live action or strategic action serves said to
have none. The battles are the newest strategy's, the one live tasking serves
(an adoption moves it on, even to a strategy in force from a later date); a
battle withdrawn is not listed. Live work that serves a battle no longer in the
newest strategy (withdrawn, or of a superseded one, as an action tasked on
another laptop before it heard of an adoption may be) is listed apart, as
adrift, for the board to task again.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core import control, control_tasking, open_work, views, vocab
from ocgboard.store.models import (
    Action,
    Agency,
    ControlArea,
    ControlBattle,
    ControlStrategy,
    Disruption,
    StrategyItem,
    Threat,
)

EFFECT = ("major", "moderate", "minor")


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


key = control.key


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


@dataclass(frozen=True)
class Serving:
    """An action or strategic plan item serving a battle."""

    kind: str  # "action" or "strategy item"
    id: str
    label: str  # as papers cite it: "OCG 05/00283 · 4", "Strategic action 3"
    text: str  # its Specific, or the strategic action
    status: str
    owner: str | None  # the owner agency's short name; an item's lead partners
    battle: str  # the battle it serves, as control_tasking.label says it


@dataclass(frozen=True)
class BattleCoverage:
    number: str  # "4.2": its area's number and its number there
    area: str
    text: str
    actions: tuple[Serving, ...]
    items: tuple[Serving, ...]
    no_live_action: bool  # neither a live action nor a strategic action serves it


@dataclass(frozen=True)
class Battles:
    title: str  # the newest strategy's
    adopted_on: dt.date
    battles: tuple[BattleCoverage, ...]
    adrift: tuple[Serving, ...]  # live work serving a battle no longer in the strategy


def by_battle(session: Session) -> Battles:
    """Each live battle of the newest strategy with the live work serving it now."""
    strategy = control.newest(session)
    numbered = control_tasking.numbered_battles(session, strategy)
    ours = {b.id for _n, b in numbered}
    work = [_serving(session, row) for row in control_tasking.live_work(session)]
    serving: dict[uuid.UUID, list[Serving]] = defaultdict(list)
    for battle_id, served in work:
        serving[battle_id].append(served)
    found = []
    for number, battle in numbered:
        mine = serving.get(battle.id, [])
        actions = tuple(w for w in mine if w.kind == "action")
        items = tuple(w for w in mine if w.kind != "action")
        area = session.get(ControlArea, battle.area_id)
        assert area is not None  # a foreign key
        found.append(BattleCoverage(number, area.name, battle.text, actions, items,
                                    not mine))
    adrift = tuple(w for battle_id, w in work if battle_id not in ours)
    return Battles(strategy.title, strategy.adopted_on, tuple(found), adrift)


def _serving(session: Session, row: Action | StrategyItem) -> tuple[uuid.UUID, Serving]:
    battle = session.get(ControlBattle, row.battle_id)
    assert battle is not None and row.battle_id is not None  # a foreign key
    said = control_tasking.label(session, battle)
    if isinstance(row, StrategyItem):
        return row.battle_id, Serving("strategy item", row.id.hex,
                                      f"Strategic action {row.number}", row.action,
                                      row.status, row.lead_partners, said)
    threat = session.get(Threat, row.threat_id)
    agency = session.get(Agency, row.owner_agency_id)
    assert threat is not None and agency is not None  # foreign keys
    return row.battle_id, Serving("action", row.id.hex, views.label(threat.reference,
                                                                     row.number),
                                  row.specific, row.status,
                                  agency.short_name or agency.name, said)
