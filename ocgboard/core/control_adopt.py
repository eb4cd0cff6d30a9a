"""Adopting a new control strategy: the newest copied as its start, the old kept.

A board adopts a new strategy after a new strategic assessment. The new one
starts as a copy of the one it follows (its aim, themes, threat areas with
their models and live must-win battles, and local priorities), new rows with
ids of their own, so the old strategy stays as it was, for the record and for
the period reports of the days it was in force.

The live tasking moves with it: an open action or strategic plan item that
serves one of the old strategy's battles serves its copy from then on, while
closed work keeps the old battle, the record of what served the old strategy
(control_tasking.py says which is which).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import control, control_tasking, dates, validate
from ocgboard.errors import InputError
from ocgboard.store.models import ControlArea, ControlBattle, ControlPriority, ControlStrategy


def adopt(session: Session, title: str, adopted_on) -> ControlStrategy:
    """A new strategy, in force from `adopted_on`, copied from the newest one."""
    control.board_laptop_only(session)
    words = validate.text(title, "the strategy's title", required=True, max_len=300,
                          multiline=False)
    day = dates.take(adopted_on, "the adoption date", dates.MEETING,
                     clock.of(session).today(), required=True)
    assert day is not None  # required
    found = control.strategies(session)
    before = found[-1] if found else None
    if before is not None and day <= before.adopted_on:
        raise InputError(f"the adoption date {dates.day(day)} must be after "
                         f"{dates.day(before.adopted_on)}, when '{before.title}' was adopted")
    new = ControlStrategy(title=words, adopted_on=day,
                          aim=before.aim if before else None,
                          themes=before.themes if before else None)
    session.add(new)
    session.flush()
    if before is not None:
        _copy(session, before, new)
    return new


def _copy(session: Session, old: ControlStrategy, new: ControlStrategy) -> None:
    pairs = []
    for n, area in enumerate(control.areas(session, old), 1):
        copy = ControlArea(strategy_id=new.id, theme=area.theme, group_name=area.group_name,
                           name=area.name, management_model=area.management_model,
                           position=n)
        session.add(copy)
        pairs.append((area, copy))
    session.add_all(ControlPriority(strategy_id=new.id, text=p.text, position=n)
                    for n, p in enumerate(control.priorities(session, old), 1))
    session.flush()  # the areas before their battles
    twins = [(battle, ControlBattle(area_id=copy.id, text=battle.text, position=n))
             for area, copy in pairs
             for n, battle in enumerate(control.battles(session, area), 1)]
    session.add_all(twin for _battle, twin in twins)
    session.flush()
    control_tasking.carry_over(session, {battle.id: twin.id for battle, twin in twins})
