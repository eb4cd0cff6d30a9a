"""The board's control strategy (seed 002): which is in force, its threat areas,
must-win battles and local priorities, and the battles' edits.

A strategy is in force from its adoption date until the next live one's: which
superseded which is read from the dates (ties by id), never stored. Edits go to
the newest strategy (the one the board works to, or will from its date); an
older one is kept for the record and never edited. Adopting a new one is
control_adopt.py's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import board, validate
from ocgboard.errors import InputError, NotFound
from ocgboard.store.models import ControlArea, ControlBattle, ControlPriority, ControlStrategy

BATTLE_LIMIT = 500  # a must-win battle is a line of the strategy, not an essay
SUPERSEDED = ("a strategy that has been superseded is kept for the record and cannot be "
              "edited")
_QUALIFIER = re.compile(r"\s*\(.*\)\s*$")


def key(name: str) -> str:
    """An area's name as threats are matched to it: case folded, qualifier dropped
    ('CSAE' is 'CSAE (organised / online)')."""
    return " ".join(_QUALIFIER.sub("", name or "").split()).casefold()


def editable(session: Session) -> ControlStrategy:
    """The newest strategy, if this laptop may change it; else a one-line refusal."""
    board_laptop_only(session)
    return newest(session)


def edited(session: Session, strategy_id) -> ControlStrategy:
    """The strategy of that id, if it is the newest and this laptop may change it; else
    a one-line refusal."""
    strategy = editable(session)
    if strategy_id != strategy.id:
        raise InputError(SUPERSEDED)
    return strategy


def board_laptop_only(session: Session) -> None:
    """The strategy is the board's paper: an agency's laptop holds the library's seed,
    never the board's, and its return would be refused whole for a change to it."""
    if board.is_agency_laptop(session):
        raise InputError("the control strategy is the board's to change: this laptop "
                         "holds an agency's extract")


def strategies(session: Session) -> list[ControlStrategy]:
    """Every live strategy, the first adopted first."""
    return list(session.scalars(select(ControlStrategy).where(~ControlStrategy.deleted)
                                .order_by(ControlStrategy.adopted_on, ControlStrategy.id)))


def in_force(session: Session, on: dt.date | None = None) -> ControlStrategy | None:
    """The strategy in force on a day (today if none): the last adopted by then."""
    day = on or clock.of(session).today()
    found = [s for s in strategies(session) if s.adopted_on <= day]
    return found[-1] if found else None


def newest(session: Session) -> ControlStrategy:
    """The strategy the board edits: the last adopted, even if from a later date."""
    found = strategies(session)
    if not found:
        raise NotFound("this board has no control strategy")
    return found[-1]


def superseded_on(session: Session, strategy: ControlStrategy) -> dt.date | None:
    """When the next strategy was adopted, or None while this one is the newest."""
    found = strategies(session)
    at = next(n for n, s in enumerate(found) if s.id == strategy.id)
    return found[at + 1].adopted_on if at + 1 < len(found) else None


def areas(session: Session, strategy: ControlStrategy) -> list[ControlArea]:
    return list(session.scalars(
        select(ControlArea).where(ControlArea.strategy_id == strategy.id, ~ControlArea.deleted)
        .order_by(ControlArea.position, ControlArea.id)))


def battles(session: Session, area: ControlArea) -> list[ControlBattle]:
    return list(session.scalars(
        select(ControlBattle).where(ControlBattle.area_id == area.id, ~ControlBattle.deleted)
        .order_by(ControlBattle.position, ControlBattle.id)))


def priorities(session: Session, strategy: ControlStrategy) -> list[ControlPriority]:
    return list(session.scalars(
        select(ControlPriority)
        .where(ControlPriority.strategy_id == strategy.id, ~ControlPriority.deleted)
        .order_by(ControlPriority.position, ControlPriority.id)))


def themes(strategy: ControlStrategy) -> list[str]:
    return [line for line in (strategy.themes or "").splitlines() if line.strip()]


def area(session: Session, name: str, strategy: ControlStrategy | None = None) -> ControlArea:
    """A threat area of the newest strategy, by its name (any case) or its number."""
    strategy = strategy or newest(session)
    found = areas(session, strategy)
    wanted = " ".join((name or "").split()).casefold()
    if wanted.isdigit() and 1 <= int(wanted) <= len(found):
        return found[int(wanted) - 1]
    for candidate in found:
        if candidate.name.casefold() == wanted:
            return candidate
    names = "; ".join(a.name for a in found)
    raise NotFound(f"no threat area '{name}' in the control strategy (it has: {names})")


def battle(session: Session, area_name: str, number: int | str,
           strategy: ControlStrategy | None = None) -> ControlBattle:
    """A must-win battle by its threat area and its number there (1 is the first), of
    the newest strategy (or the one given)."""
    where = area(session, area_name, strategy)
    found = battles(session, where)
    try:
        n = int(str(number).strip().rstrip("."))
    except ValueError:
        raise InputError(f"'{number}' is not a must-win battle's number") from None
    if not 1 <= n <= len(found):
        raise NotFound(f"{where.name} has no must-win battle {n} "
                       f"(it has {len(found)})")
    return found[n - 1]


@dataclass(frozen=True)
class Placed:
    """Where a battle sits: its area's name and its number there."""

    area: str
    number: int


def add_battle(session: Session, area_name: str, text: str) -> ControlBattle:
    """A new must-win battle, last of its threat area in the newest strategy."""
    where = area(session, area_name)
    words = _battle_text(session, where, text)
    last = session.scalar(select(func.max(ControlBattle.position))
                          .where(ControlBattle.area_id == where.id)) or 0
    row = ControlBattle(area_id=where.id, text=words, position=last + 1)
    session.add(row)
    session.flush()
    return row


def edit_battle(session: Session, row: ControlBattle, text: str) -> ControlBattle:
    where = session.get(ControlArea, row.area_id)
    assert where is not None  # a foreign key
    words = _battle_text(session, where, text, but=row)
    if words != row.text:
        row.text = words
        session.flush()
    return row


def withdraw_battle(session: Session, row: ControlBattle) -> ControlBattle:
    """The battle struck from the strategy (a tombstone: its history stays)."""
    where = session.get(ControlArea, row.area_id)
    assert where is not None  # a foreign key
    edited(session, where.strategy_id)
    row.deleted = True
    session.flush()
    return row


def place(session: Session, row: ControlBattle) -> Placed:
    where = session.get(ControlArea, row.area_id)
    assert where is not None
    ids = [b.id for b in battles(session, where)]
    return Placed(where.name, ids.index(row.id) + 1 if row.id in ids else 0)


def _battle_text(session: Session, where: ControlArea, text: str,
                 but: ControlBattle | None = None) -> str:
    edited(session, where.strategy_id)
    words = validate.text(text, "the must-win battle", required=True,
                          max_len=BATTLE_LIMIT, multiline=False)
    for other in battles(session, where):
        if other is not but and other.text.casefold() == words.casefold():
            raise InputError(f"{where.name} already has the must-win battle '{words}'")
    return words

