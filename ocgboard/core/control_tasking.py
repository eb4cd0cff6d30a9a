"""Tasking tied to the control strategy: the must-win battle an action or a strategic
plan item serves.

An action of a 4P plan and an item of the strategic action plan may name one
must-win battle (`battle_id`); none unless the board says. A person names a
battle by its threat area's number and its number there, as `control show`
numbers them ("4.2"), by its words (case and spacing aside), or by a part of
its words found in one battle only. What may be named is a live battle of the
newest strategy: the one the board works to, or will from its date
(control.py). A superseded strategy is kept for the record, so nothing is
newly tasked against it, and a withdrawn battle is struck off.

It is the board's to say: an agency's laptop never holds it (sync/scope.py) and
may not set it, as the board would refuse its return for it (sync/roles.py).

What served a battle that is then withdrawn keeps it: the link is the record
of what the work was for, and the battle is shown withdrawn.

Adopting a new strategy (control_adopt.py) moves the live tasking with it, in
the same unit of work: every live action (proposed, agreed or in progress, on
a plan whose threat is not dismantled or archived) and every strategic plan
item not complete that serves a battle of the strategy copied is made to
serve that battle's copy. Closed work (completed, not pursued, withdrawn;
items complete; actions on a closed plan) and deleted rows keep the old
battle: the record of what served the old strategy, which is kept whole with
it. A battle withdrawn before the adoption has no copy; what serves it keeps
it. So live tasking always serves the newest strategy, which is the strategy
the coverage of battles reads (control_coverage.by_battle).
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core import board, control, rag
from ocgboard.core.register import CLOSED
from ocgboard.errors import InputError, NotFound
from ocgboard.store.models import (
    Action,
    ControlArea,
    ControlBattle,
    ControlStrategy,
    StrategyItem,
    Threat,
)

CLEAR = ("", "none")  # what a person types to say a row serves no battle
ITEM_DONE = "complete"

Tasked = Action | StrategyItem


def find(session: Session, words: str, strategy=None) -> ControlBattle:
    """A live battle of the newest strategy (or the one given), as a person names it."""
    strategy = strategy or control.newest(session)
    wanted = " ".join((words or "").split()).rstrip(".")
    if not wanted:
        raise InputError("name the must-win battle: its numbers ('4.2') or its words")
    area_no, dot, battle_no = wanted.partition(".")
    if dot and area_no.isdigit() and battle_no.isdigit():
        return control.battle(session, area_no, battle_no, strategy=strategy)
    numbered = numbered_battles(session, strategy)
    folded = wanted.casefold()
    exact = [b for _n, b in numbered if " ".join(b.text.split()).casefold() == folded]
    if exact:
        return exact[0]
    found = [(n, b) for n, b in numbered if folded in " ".join(b.text.split()).casefold()]
    if len(found) == 1:
        return found[0][1]
    if found:
        raise InputError(f"'{wanted}' is in {len(found)} must-win battles "
                         f"({', '.join(n for n, _b in found)}): give its number")
    raise NotFound(f"no must-win battle of '{strategy.title}' says '{wanted}' "
                   "(control show lists them)")


def numbered_battles(session: Session, strategy) -> list[tuple[str, ControlBattle]]:
    """Each live battle of a strategy with its numbers ("4.2"), in the strategy's order."""
    return [(f"{a}.{b}", battle)
            for a, area in enumerate(control.areas(session, strategy), 1)
            for b, battle in enumerate(control.battles(session, area), 1)]


def serve(session: Session, row: Tasked, battle: ControlBattle | str | None) -> Tasked:
    """Make an action or strategic plan item serve a battle (named or given), or none
    (None, '' or 'none')."""
    if battle is None or (isinstance(battle, str) and battle.strip().casefold() in CLEAR):
        chosen = None
    else:
        chosen = checked(session, find(session, battle) if isinstance(battle, str) else battle)
    new_id = chosen.id if chosen is not None else None
    if row.battle_id != new_id:
        if board.is_agency_laptop(session):  # its return would be refused whole
            raise InputError("which must-win battle a task serves is the board's to say: "
                             "this laptop holds an agency's extract")
        row.battle_id = new_id
        session.flush()
    return row


def checked(session: Session, battle: ControlBattle) -> ControlBattle:
    """The battle, if work may be tasked against it now; else a one-line refusal."""
    if not isinstance(battle, ControlBattle):
        raise InputError(f"{battle!r} is not a must-win battle")
    area = session.get(ControlArea, battle.area_id)
    if battle.deleted or area is None or area.deleted:
        raise InputError(f"the must-win battle '{battle.text}' has been withdrawn")
    if area.strategy_id != control.newest(session).id:
        raise InputError(f"the must-win battle '{battle.text}' is of a superseded strategy, "
                         "kept for the record: name one of the newest strategy's")
    return battle


def battle_of(session: Session, row: Tasked) -> ControlBattle | None:
    """The battle a row serves, withdrawn or superseded as it may be; None if none."""
    return session.get(ControlBattle, row.battle_id) if row.battle_id else None


def label(session: Session, battle: ControlBattle) -> str:
    """A battle as a person reads it: "4.2 Drug Supply: Disrupt the middle market"
    while it is a live battle of the newest strategy; else its area and words, said
    withdrawn or of a superseded strategy."""
    area = session.get(ControlArea, battle.area_id)
    assert area is not None  # a foreign key
    words = f"{area.name}: {battle.text}"
    strategy = session.get(ControlStrategy, area.strategy_id)
    if battle.deleted or area.deleted or strategy is None or strategy.deleted:
        return f"{words} (withdrawn)"
    if strategy.id != control.newest(session).id:
        return f"{words} (superseded strategy)"
    number = next(n for n, b in numbered_battles(session, strategy) if b.id == battle.id)
    return f"{number} {words}"


def live_actions(session: Session, battle_ids: list[uuid.UUID] | None = None
                 ) -> list[Action]:
    """The live actions serving any of these battles (None: any battle at all): open,
    on a plan not closed."""
    serving = Action.battle_id.is_not(None) if battle_ids is None \
        else Action.battle_id.in_(battle_ids)
    return list(session.scalars(
        select(Action).join(Threat, Threat.id == Action.threat_id)
        .where(serving, ~Action.deleted,
               Action.status.in_(rag.OPEN), ~Threat.deleted, Threat.status.not_in(CLOSED))
        .order_by(Threat.reference, Action.number, Action.id)))


def live_items(session: Session, battle_ids: list[uuid.UUID] | None = None
               ) -> list[StrategyItem]:
    """The strategic plan items serving any of these battles (None: any battle at
    all) and not complete."""
    serving = StrategyItem.battle_id.is_not(None) if battle_ids is None \
        else StrategyItem.battle_id.in_(battle_ids)
    return list(session.scalars(
        select(StrategyItem)
        .where(serving, ~StrategyItem.deleted,
               StrategyItem.status != ITEM_DONE)
        .order_by(StrategyItem.number, StrategyItem.id)))


def carry_over(session: Session, copies: dict[uuid.UUID, uuid.UUID]) -> int:
    """At an adoption: live tasking on an old battle made to serve its copy (old id ->
    new id). How many rows moved."""
    if not copies:
        return 0
    rows = live_work(session, list(copies))
    for row in rows:
        assert row.battle_id is not None
        row.battle_id = copies[row.battle_id]
    session.flush()
    return len(rows)


def live_work(session: Session, battle_ids: list[uuid.UUID] | None = None) -> list[Tasked]:
    """The live actions, then the live strategic plan items, serving these battles."""
    found: list[Tasked] = [*live_actions(session, battle_ids)]
    return found + live_items(session, battle_ids)

