"""4P plans: actions on a threat, their SMART fields, owners and status trail."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import control_tasking, dates, library, lookup, rag, sharing, validate, vocab
from ocgboard.errors import InputError, NotFound
from ocgboard.store.models import Action, ActionUpdate, Agency, Tactic, Threat

SMART = ("specific", "measurable", "achievable", "relevant", "timebound")
# Each SMART text is one cell of the printed plan's table, which reportlab cannot
# split across pages: the limits keep the fullest row on one landscape page. The
# template's own texts are a few hundred characters at most.
SMART_LIMITS = {"specific": 1_500, "measurable": 1_000, "achievable": 1_000,
                "relevant": 1_000, "timebound": 200}
# Struck off the plan by the board: raised in error, a duplicate, overtaken. Not an
# outcome, as 'not pursued' is, so no update moves an action to it or from it; the
# action keeps its number and its trail, and its withdrawal is undone by
# withdrawing the update that made it (rows.plans.withdraw_update).
WITHDRAWN = "withdrawn"


def _due(threat: Threat, value, today: dt.date) -> dt.date | None:
    due_on = dates.take(value, "due date", dates.PLANNED, today)
    validate.not_before(due_on, threat.mapped_on, "due date", f"{threat.reference}'s mapped date")
    return due_on


def _owner(session: Session, owner: str | Agency | None, fallback: str | None) -> Agency:
    if isinstance(owner, Agency):
        return owner
    if owner:
        return lookup.agency(session, owner)
    if not fallback:
        raise InputError("an action needs an owner agency (--owner)")
    try:
        return lookup.agency(session, fallback)
    except NotFound:
        raise InputError(
            f"the tactic's owner '{fallback}' is not an agency on this board: give --owner"
        ) from None


def _person_id(session: Session, person: str | None, agency: Agency):
    if not person:
        return None
    found = lookup.person(session, person)
    if found.agency_id not in (None, agency.id):
        raise InputError(f"{found.name} does not work for {agency.name}")
    return found.id


def add_from_tactic(session: Session, threat: Threat, tactic: Tactic, *,
                    owner: str | Agency | None = None, person: str | None = None,
                    due_on=None, today: dt.date | None = None, battle=None,
                    **smart) -> Action:
    """A library tactic in the threat's plan, 'OCG number **' filled with its reference;
    `battle`: the must-win battle it serves, as control_tasking.serve takes it."""
    fields = {
        "specific": library.fill(tactic.specific, threat.reference),
        "measurable": tactic.measurable,
        "achievable": tactic.achievable,
        "relevant": library.fill(tactic.relevant, threat.reference),
        **{k: v for k, v in smart.items() if v is not None},
    }
    return _create(session, threat, tactic.strand, fields, owner, person, due_on, today,
                   tactic=tactic, note=f"Added to the plan from library tactic {tactic.code}",
                   battle=battle)


def add_free(session: Session, threat: Threat, text: str, strand: str, *,
             owner: str | Agency | None, person: str | None = None, due_on=None,
             today: dt.date | None = None, battle=None, **smart) -> Action:
    fields = {"specific": text, **{k: v for k, v in smart.items() if v is not None}}
    return _create(session, threat, vocab.canonical("strands", strand), fields, owner, person,
                   due_on, today, tactic=None, note="Added to the plan", battle=battle)


def _create(session, threat, strand, fields, owner, person, due_on, today, *, tactic, note,
            battle=None):
    today = today or clock.of(session).today()
    agency = _owner(session, owner, tactic.default_owner if tactic else None)
    action = Action(
        threat_id=threat.id, number=next_number(session, threat),
        tactic_id=tactic.id if tactic else None, strand=strand,
        owner_agency_id=agency.id, owner_person_id=_person_id(session, person, agency),
        due_on=_due(threat, due_on, today),
        raised_on=today, status="proposed",
    )
    _set_smart(action, fields)
    session.add(action)
    if battle is not None:
        control_tasking.serve(session, action, battle)
    session.flush()
    _add_update(session, action, "proposed", note, today, board_only=False)
    return action


def next_number(session: Session, threat: Threat) -> int:
    """The number the threat's next action is given: after every number any of its
    actions holds, deleted ones too, so that no number is ever given twice."""
    held = session.scalar(select(func.max(Action.number)).where(Action.threat_id == threat.id))
    return (held or 0) + 1


def _set_smart(action: Action, fields: dict) -> None:
    for key, value in fields.items():
        if key not in SMART:
            raise InputError(f"actions have no SMART field '{key}'")
        cleaned = validate.text(value, key, required=key == "specific",
                                max_len=SMART_LIMITS[key])
        setattr(action, key, cleaned)


def edit(session: Session, action: Action, *, owner: str | None = None,
         person: str | None = None, due_on=None, rag_override: str | None = None,
         battle=None, **smart) -> Action:
    """Change what is given; `battle`: the must-win battle it serves (None: unchanged;
    '' or 'none': no battle)."""
    threat = lookup.referenced(session, Threat, action.threat_id, "threat")
    if owner:
        action.owner_agency_id = lookup.agency(session, owner).id
    if person is not None:
        agency = lookup.referenced(session, Agency, action.owner_agency_id, "agency")
        action.owner_person_id = _person_id(session, person, agency)
    if due_on is not None:
        action.due_on = _due(threat, due_on, clock.of(session).today())
    if rag_override is not None:
        action.rag_override = _rag_override(rag_override)
    _set_smart(action, {k: v for k, v in smart.items() if v is not None})
    if battle is not None:
        control_tasking.serve(session, action, battle)
    session.flush()
    return action


def _rag_override(value: str) -> str | None:
    if value.strip().lower() in ("", "none", "auto"):
        return None
    chosen = vocab.canonical("rag", value)
    if chosen not in ("red", "amber", "green"):
        raise InputError("a RAG override must be red, amber or green (or 'auto')")
    return chosen


def change_status(session: Session, action: Action, status: str | None, comment: str, *,
                  on=None, today: dt.date | None = None,
                  board_only: bool | None = None) -> ActionUpdate:
    """Move an action on (or note progress) with a dated, signed update; `board_only`
    None: as the threat's marking says (sharing.board_only_by_default)."""
    today = today or clock.of(session).today()
    if action.status == WITHDRAWN:
        raise InputError("this action is withdrawn: it takes no further updates")
    new_status = vocab.canonical("action_statuses", status) if status else action.status
    if new_status != action.status and new_status not in vocab.transitions(action.status):
        allowed = ", ".join(vocab.transitions(action.status)) or "none"
        raise InputError(
            f"an action that is {action.status} cannot become {new_status} (allowed: {allowed})")
    dated = dates.take(on, "update date", dates.EVENT, today) or today
    validate.not_before(dated, action.raised_on, "update date", "the date the action was raised")
    note = validate.text(comment, "comment", required=True)
    if board_only is None:
        board_only = sharing.board_only_by_default(session.get(Threat, action.threat_id))
    action.status = new_status
    return _add_update(session, action, new_status, note, dated, board_only)


def withdraw(session: Session, action: Action, reason: str, *, on=None,
             today: dt.date | None = None, board_only: bool | None = None) -> ActionUpdate:
    """Strike the action off its plan with the reason, as a dated update in its trail."""
    today = today or clock.of(session).today()
    if action.status == WITHDRAWN:
        raise InputError("this action is withdrawn already")
    said = validate.text(reason, "reason", required=True)
    dated = dates.take(on, "withdrawal date", dates.EVENT, today) or today
    validate.not_before(dated, action.raised_on, "withdrawal date",
                        "the date the action was raised")
    if board_only is None:
        board_only = sharing.board_only_by_default(session.get(Threat, action.threat_id))
    action.status = WITHDRAWN
    return _add_update(session, action, WITHDRAWN, said, dated, board_only)


def _add_update(session, action, status, comment, dated_on, board_only: bool) -> ActionUpdate:
    update = ActionUpdate(action_id=action.id, dated_on=dated_on, status=status,
                          comment=comment, author=session.info.get("author", ""),
                          recorded_at=clock.of(session).stamp(), board_only=board_only)
    session.add(update)
    session.flush()
    return update


def trail(session: Session, action: Action) -> list[ActionUpdate]:
    return list(session.scalars(
        select(ActionUpdate).where(ActionUpdate.action_id == action.id, ~ActionUpdate.deleted)
        .order_by(ActionUpdate.dated_on, ActionUpdate.recorded_at)))


def rating(action: Action, today: dt.date) -> rag.Rating:
    return rag.rate(action.status, action.due_on, today, action.rag_override)


def listing(session: Session, *, threat: Threat | None = None, agency: str | None = None,
            strand: str | None = None, status: str | None = None, open_only: bool = False,
            overdue: bool = False, due_before=None, today: dt.date | None = None
            ) -> list[Action]:
    today = today or clock.of(session).today()
    query = select(Action).where(~Action.deleted).order_by(Action.due_on, Action.id)
    if threat is not None:
        query = query.where(Action.threat_id == threat.id)
    if agency:
        query = query.where(Action.owner_agency_id == lookup.agency(session, agency).id)
    if strand:
        query = query.where(Action.strand == vocab.canonical("strands", strand))
    if status:
        query = query.where(Action.status == vocab.canonical("action_statuses", status))
    if open_only or overdue:
        query = query.where(Action.status.in_(rag.OPEN))
    if overdue:
        query = query.where(Action.due_on < today)
    if due_before:
        query = query.where(Action.due_on <= validate.date(due_before, "due date"))
    return list(session.scalars(query))
