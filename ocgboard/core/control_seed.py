"""The control strategy a new board starts from: seed 002, resources/control_strategy.json.

Seeded once, when the store holds no strategy at all (deleted ones count), with
name-based ids like the tactic library's (core/setup.py), so two laptops that
each seeded theirs hold the same rows and records.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocgboard import paths
from ocgboard.store.models import ControlArea, ControlBattle, ControlPriority, ControlStrategy


@cache
def strategy_file() -> dict:
    with open(paths.resources_dir() / "control_strategy.json", encoding="utf-8") as fh:
        return json.load(fh)


def seed(session: Session, make_id) -> int:
    """Load seed 002's strategy once; how many rows were made."""
    if session.scalar(select(func.count()).select_from(ControlStrategy)):
        return 0
    data = strategy_file()
    title = data["title"]
    strategy = ControlStrategy(
        id=make_id("control_strategy", title), title=title,
        adopted_on=dt.date.fromisoformat(data["adopted_on"]), aim=data.get("aim"),
        themes="\n".join(data.get("themes", [])) or None)
    rows: list = [strategy]
    for n, area in enumerate(data["areas"], 1):
        key = f"{title}/{area['name']}"
        row = ControlArea(
            id=make_id("control_area", key), strategy_id=strategy.id,
            theme=area.get("theme"), group_name=area["group"], name=area["name"],
            management_model=area["management_model"], position=n)
        rows.append(row)
        rows += [ControlBattle(id=make_id("control_battle", f"{key}/{m}"), area_id=row.id,
                               text=text, position=m)
                 for m, text in enumerate(area["battles"], 1)]
    rows += [ControlPriority(id=make_id("control_priority", f"{title}/{n}"),
                             strategy_id=strategy.id, text=text, position=n)
             for n, text in enumerate(data["priorities"], 1)]
    # Parents first: the models name their parents by key alone (no relationship).
    for kind in (ControlStrategy, ControlArea, (ControlBattle, ControlPriority)):
        session.add_all([row for row in rows if isinstance(row, kind)])
        session.flush()
    return len(rows)
