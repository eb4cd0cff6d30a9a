"""Plain rows of 4P plans for editors, and the small writes they need.

Editors work on one threat's plan or one action at a time and get fuller rows
with the progress trail. The chase list's rows and filters are in chase_rows,
the tactic library and the owners an action can be given to in tactic_rows.

The writes take ids (hex), never ORM objects, so the GUI can keep them in
undo commands; they call the plan services and tombstone rather than delete.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import lookup, plans, rag, views, vocab
from ocgboard.core.rows import battles
from ocgboard.core.rows.tactics import TacticDraft
from ocgboard.errors import InputError, NotFound
from ocgboard.store.models import Action, ActionUpdate, Agency, Person, Tactic, Threat


class UpdateRow(NamedTuple):
    id: str
    dated_on: dt.date
    status: str
    comment: str | None
    author: str
    board_only: bool = False


@dataclass(frozen=True)
class PlanRow:
    """One action with everything its editors show, and its dated trail."""

    id: str
    threat_id: str
    threat_ref: str
    strand: str
    specific: str
    measurable: str | None
    achievable: str | None
    relevant: str | None
    timebound: str | None
    owner: str
    owner_name: str
    owner_id: str
    officer: str | None
    officer_id: str | None
    status: str
    due_on: dt.date | None
    raised_on: dt.date | None
    rag_override: str | None
    rating: rag.Rating
    tactic_code: str | None
    updates: tuple[UpdateRow, ...] = ()
    number: int | None = None  # in the threat's plan, as papers cite it
    battle: tuple[str, str] | None = None  # (id, label) of the must-win battle it serves

    @property
    def label(self) -> str:
        return views.label(self.threat_ref, self.number)


@dataclass(frozen=True)
class Plan:
    threat_id: str
    reference: str
    name: str
    mapped_on: dt.date | None
    actions: tuple[PlanRow, ...]


def _threat(session: Session, key: str) -> Threat:
    """A threat by its id (hex) or its reference."""
    if lookup.parse_id(key) is None:
        return lookup.threat(session, key)
    return lookup.row(session, Threat, key, "threat", gone=f"no threat with id '{key}'")


def _action(session: Session, key: str) -> Action:
    return lookup.by_id(session, Action, key, "action")


def _plan_rows(session: Session, actions: Sequence[Action], threat: Threat,
               today: dt.date) -> list[PlanRow]:
    agencies = {a.id: a for a in session.scalars(select(Agency))}
    wanted = {a.owner_person_id for a in actions} - {None}
    # Keyed by optional ids: an action may have no officer and no tactic.
    people: dict[uuid.UUID | None, str] = {
        p.id: p.name for p in session.scalars(select(Person).where(Person.id.in_(wanted)))}
    codes: dict[uuid.UUID | None, str] = dict(
        session.execute(select(Tactic.id, Tactic.code)).all())
    trails: dict = {a.id: [] for a in actions}
    for u in session.scalars(
            select(ActionUpdate).where(ActionUpdate.action_id.in_(list(trails)),
                                       ~ActionUpdate.deleted)
            .order_by(ActionUpdate.dated_on, ActionUpdate.recorded_at)):
        trails[u.action_id].append(UpdateRow(u.id.hex, u.dated_on, u.status, u.comment,
                                             u.author, bool(u.board_only)))
    rows = []
    for a in actions:
        agency = agencies[a.owner_agency_id]
        rows.append(PlanRow(
            a.id.hex, threat.id.hex, threat.reference, a.strand, a.specific, a.measurable,
            a.achievable, a.relevant, a.timebound, agency.short_name or agency.name,
            agency.name, agency.id.hex, people.get(a.owner_person_id),
            a.owner_person_id.hex if a.owner_person_id else None, a.status, a.due_on,
            a.raised_on, a.rag_override, plans.rating(a, today), codes.get(a.tactic_id),
            tuple(trails[a.id]), a.number, battles.served(session, a.battle_id)))
    return rows


def plan(session: Session, threat: str, today: dt.date | None = None) -> Plan:
    """A threat's live actions in strand order, by number in each (as the pack lists
    them), each with its dated trail."""
    found = _threat(session, threat)
    order = {strand: i for i, strand in enumerate(vocab.values("strands"))}
    actions = sorted(plans.listing(session, threat=found, today=today),
                     key=lambda a: (order.get(a.strand, 9), a.number is None, a.number or 0))
    rows = _plan_rows(session, actions, found, today or clock.of(session).today())
    return Plan(found.id.hex, found.reference, found.name, found.mapped_on, tuple(rows))


def action(session: Session, key: str, today: dt.date | None = None) -> PlanRow:
    """One action, for its editor and the details beside a list."""
    found = _action(session, key)
    threat = lookup.referenced(session, Threat, found.threat_id, "threat")
    return _plan_rows(session, [found], threat, today or clock.of(session).today())[0]


# -- writes by id, for editors and undo commands ------------------------------------

def add_tactics(session: Session, threat: str, drafts: Sequence[TacticDraft],
                today: dt.date | None = None) -> list[str]:
    """Add the chosen tactics to the plan, all or none; the new actions' ids."""
    found = _threat(session, threat)
    if not drafts:
        raise InputError("choose at least one tactic to add")
    made = []
    for draft in drafts:
        try:
            if not draft.owner:
                raise InputError("choose the owner agency")
            added = plans.add_from_tactic(
                session, found, lookup.tactic(session, draft.code), owner=draft.owner,
                person=draft.person or None, due_on=draft.due_on, today=today,
                measurable=draft.measurable, achievable=draft.achievable,
                relevant=draft.relevant, timebound=draft.timebound)
        except (InputError, NotFound) as exc:
            raise type(exc)(f"{draft.code}: {exc.message}") from None
        made.append(added.id.hex)
    return made


def add_free(session: Session, threat: str, strand: str, specific: str, *, owner: str | None,
             person: str | None = None, due_on=None, today: dt.date | None = None,
             battle: str | None = None, **smart) -> str:
    """`battle`: the id of the must-win battle it serves, or "" / None for none."""
    if not owner:
        raise InputError("choose the owner agency")
    return plans.add_free(session, _threat(session, threat), specific, strand, owner=owner,
                          person=person or None, due_on=due_on, today=today,
                          battle=battles.given(session, battle) if battle else None,
                          **smart).id.hex


def edit(session: Session, action_id: str, **fields) -> None:
    """plans.edit by id; "" clears a field (a due date, a named officer, a SMART text,
    the must-win battle, given by its id)."""
    if "battle" in fields:
        fields["battle"] = battles.given(session, fields["battle"])
    plans.edit(session, _action(session, action_id), **fields)


def change_status(session: Session, action_id: str, status: str | None, comment: str, *,
                  on=None, today: dt.date | None = None,
                  board_only: bool | None = None) -> tuple[str, str]:
    """A dated update; returns its id and the status the action had before."""
    found = _action(session, action_id)
    before = found.status
    update = plans.change_status(session, found, status, comment, on=on, today=today,
                                 board_only=board_only)
    return update.id.hex, before


def withdraw_action(session: Session, action_id: str, reason: str, *, on=None,
                    today: dt.date | None = None,
                    board_only: bool | None = None) -> tuple[str, str]:
    """Strike an action off its plan; as change_status, the update's id and the status
    before, for withdraw_update to undo it."""
    found = _action(session, action_id)
    before = found.status
    update = plans.withdraw(session, found, reason, on=on, today=today, board_only=board_only)
    return update.id.hex, before


def withdraw_update(session: Session, update_id: str, status: str) -> None:
    """Undo a dated update (a status change, or a meeting's decision on the action):
    tombstone it and give the action back the status it had; the log keeps both."""
    update = lookup.row(session, ActionUpdate, update_id, "update",
                        gone="that update is no longer in the action's trail")
    update.deleted = True
    action = lookup.referenced(session, Action, update.action_id, "action")
    action.status = vocab.canonical("action_statuses", status)
    session.flush()


def restore_update(session: Session, update_id: str) -> None:
    """Redo of a dated update: its tombstone lifted, the action's status its again."""
    update = lookup.row(session, ActionUpdate, update_id, "update", with_deleted=True)
    update.deleted = False
    lookup.referenced(session, Action, update.action_id, "action").status = update.status
    session.flush()


def remove_actions(session: Session, ids: Iterable[str]) -> list[str]:
    """Tombstone actions and their live updates; the updates' ids, to restore them."""
    keys = lookup.keys(ids, "action")
    updates = list(session.scalars(select(ActionUpdate).where(
        ActionUpdate.action_id.in_(keys), ~ActionUpdate.deleted)))
    for row in [*session.scalars(select(Action).where(Action.id.in_(keys))), *updates]:
        row.deleted = True
    session.flush()
    return [u.id.hex for u in updates]


def restore_actions(session: Session, ids: Iterable[str], update_ids: Iterable[str]) -> None:
    """Bring back what remove_actions tombstoned, and only that."""
    keys, update_keys = lookup.keys(ids, "action"), lookup.keys(update_ids, "update")
    for row in [*session.scalars(select(Action).where(Action.id.in_(keys))),
                *session.scalars(select(ActionUpdate).where(ActionUpdate.id.in_(update_keys)))]:
        row.deleted = False
    session.flush()
