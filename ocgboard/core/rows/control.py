"""Plain rows for the Control strategy page, and the undoable edits it makes.

A strategy is read whole (its areas, numbered battles and priorities) with, for
the newest, the live work serving each battle (control_coverage.by_battle):
coverage is of the newest strategy only, since live tasking always serves it.
Edits go through core control and control_edit; undoing one is a new edit (a
tombstone set or lifted, the old words put back), refused once the strategy is
superseded, as any edit of it is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from ocgboard.core import control, control_adopt, control_coverage, control_edit, lookup, vocab
from ocgboard.core.control_coverage import Serving
from ocgboard.errors import InputError
from ocgboard.store.models import ControlArea, ControlBattle, ControlPriority, ControlStrategy

T = TypeVar("T")


@dataclass(frozen=True)
class StrategyChoice:
    """A strategy's line in the page's selector."""

    id: str
    title: str
    adopted_on: dt.date
    superseded_on: dt.date | None
    in_force: bool


@dataclass(frozen=True)
class BattleRow:
    id: str
    number: str  # "4.2"
    text: str
    actions: tuple[Serving, ...]  # the live work serving it (the newest strategy's only)
    items: tuple[Serving, ...]
    no_live_action: bool


@dataclass(frozen=True)
class AreaRow:
    id: str
    number: int
    group: str
    theme: str | None
    name: str
    management_model: str
    battles: tuple[BattleRow, ...]


@dataclass(frozen=True)
class PriorityRow:
    id: str
    number: int
    text: str


@dataclass(frozen=True)
class StrategyShown:
    id: str
    title: str
    adopted_on: dt.date
    superseded_on: dt.date | None  # None: the newest, the one edited
    in_force: bool
    aim: str | None
    themes: tuple[str, ...]
    areas: tuple[AreaRow, ...]
    priorities: tuple[PriorityRow, ...]
    adrift: tuple[Serving, ...]  # live work serving a battle no longer in the strategy


@dataclass(frozen=True)
class Reworded:
    """What rewording did, so that it can be undone."""

    battle_id: str
    before: str
    after: str


@dataclass(frozen=True)
class AreaWords:
    """A threat area's management model, group and theme (None: none)."""

    management_model: str
    group: str
    theme: str | None


@dataclass(frozen=True)
class StrategyWords:
    title: str
    aim: str | None
    themes: tuple[str, ...]


@dataclass(frozen=True)
class Changed(Generic[T]):
    """What an edit found and left, so that it can be undone and redone."""

    row_id: str
    before: T
    after: T


def choices(session: Session) -> list[StrategyChoice]:
    """Every live strategy, the newest first."""
    now = control.in_force(session)
    return [StrategyChoice(s.id.hex, s.title, s.adopted_on, control.superseded_on(session, s),
                           now is not None and now.id == s.id)
            for s in reversed(control.strategies(session))]


def shown(session: Session, strategy_id: str | None = None) -> StrategyShown | None:
    """A strategy whole; none given: the one in force, else the newest (one adopted from
    a later day). None if the board has none."""
    row = _strategy(session, strategy_id)
    if row is None:
        return None
    newest = control.newest(session).id == row.id
    cover = control_coverage.by_battle(session) if newest else None
    served = {b.number: b for b in cover.battles} if cover else {}
    areas = []
    for n, area in enumerate(control.areas(session, row), 1):
        battles = []
        for m, battle in enumerate(control.battles(session, area), 1):
            found = served.get(f"{n}.{m}")
            battles.append(BattleRow(battle.id.hex, f"{n}.{m}", battle.text,
                                     found.actions if found else (),
                                     found.items if found else (),
                                     found.no_live_action if found else False))
        areas.append(AreaRow(area.id.hex, n, area.group_name, area.theme, area.name,
                             area.management_model, tuple(battles)))
    now = control.in_force(session)
    return StrategyShown(row.id.hex, row.title, row.adopted_on,
                         control.superseded_on(session, row),
                         now is not None and now.id == row.id, row.aim,
                         tuple(control.themes(row)), tuple(areas),
                         tuple(PriorityRow(p.id.hex, n, p.text) for n, p
                               in enumerate(control.priorities(session, row), 1)),
                         cover.adrift if cover else ())


def _strategy(session: Session, strategy_id: str | None) -> ControlStrategy | None:
    if strategy_id:
        return lookup.row(session, ControlStrategy, strategy_id, "control strategy")
    found = control.in_force(session)
    if found is None and control.strategies(session):
        found = control.newest(session)
    return found


def add_battle(session: Session, area_id: str, text: str) -> str:
    """A must-win battle added last to a threat area of the newest strategy; its id."""
    area = _of_newest(session, lookup.row(session, ControlArea, area_id, "threat area").id)
    return control.add_battle(session, area.name, text).id.hex


def reword_battle(session: Session, battle_id: str, text: str) -> Reworded:
    row = lookup.row(session, ControlBattle, battle_id, "must-win battle")
    before = row.text
    control.edit_battle(session, row, text)
    return Reworded(battle_id, before, row.text)


def withdraw_battle(session: Session, battle_id: str) -> None:
    row = lookup.row(session, ControlBattle, battle_id, "must-win battle")
    _of_newest(session, row.area_id)
    control.withdraw_battle(session, row)


def set_battle_deleted(session: Session, battle_id: str, deleted: bool) -> None:
    """Tombstone a battle (undo of adding it), or lift the tombstone (undo of
    withdrawing it): of the newest strategy only, which alone is edited."""
    row = lookup.row(session, ControlBattle, battle_id, "must-win battle", with_deleted=True)
    _of_newest(session, row.area_id)
    row.deleted = deleted
    session.flush()


def _of_newest(session: Session, area_id) -> ControlArea:
    """The threat area, if its strategy is the newest, the one edited."""
    area = lookup.referenced(session, ControlArea, area_id, "threat area")
    control.edited(session, area.strategy_id)
    return area


def management_models(_session: Session) -> list[str]:
    return vocab.values("management_models")


def edit_area(session: Session, area_id: str, words: AreaWords) -> Changed[AreaWords]:
    """A threat area's model, group and theme set (its name never is: control_edit)."""
    row = lookup.row(session, ControlArea, area_id, "threat area")
    before = _area_words(row)
    control_edit.edit_area(session, row, management_model=words.management_model,
                           group=words.group, theme=words.theme or "")
    return Changed(area_id, before, _area_words(row))


def _area_words(row: ControlArea) -> AreaWords:
    return AreaWords(row.management_model, row.group_name, row.theme)


def add_priority(session: Session, text: str) -> str:
    """A local priority added last to the newest strategy; its id."""
    return control_edit.add_priority(session, text).id.hex


def reword_priority(session: Session, priority_id: str, text: str) -> Changed[str]:
    row = lookup.row(session, ControlPriority, priority_id, "local priority")
    before = row.text
    control_edit.reword_priority(session, row, text)
    return Changed(priority_id, before, row.text)


def withdraw_priority(session: Session, priority_id: str) -> None:
    control_edit.withdraw_priority(
        session, lookup.row(session, ControlPriority, priority_id, "local priority"))


def set_priority_deleted(session: Session, priority_id: str, deleted: bool) -> None:
    """Tombstone a priority (undo of adding it), or lift the tombstone (undo of
    withdrawing it)."""
    control_edit.set_priority_deleted(session, lookup.row(
        session, ControlPriority, priority_id, "local priority", with_deleted=True), deleted)


def edit_strategy(session: Session, words: StrategyWords,
                  strategy_id: str | None = None) -> Changed[StrategyWords]:
    """The newest strategy's title, aim and themes set; `strategy_id` (an undo's or
    redo's) refused once a newer one is adopted, which must not take its words."""
    row = control.editable(session)
    if strategy_id is not None and strategy_id != row.id.hex:
        raise InputError(control.SUPERSEDED)
    before = _strategy_words(row)
    control_edit.edit_strategy(session, title=words.title, aim=words.aim or "",
                               themes=words.themes)
    return Changed(row.id.hex, before, _strategy_words(row))


def _strategy_words(row: ControlStrategy) -> StrategyWords:
    return StrategyWords(row.title, row.aim, tuple(control.themes(row)))


def adopt(session: Session, title: str, adopted_on) -> str:
    """A new strategy adopted (a copy of the newest, which is kept); its id."""
    return control_adopt.adopt(session, title, adopted_on).id.hex
