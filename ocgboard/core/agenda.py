"""A meeting's agenda: the standard items, threat reviews, order and decisions."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import dates, lookup, sharing, validate, vocab
from ocgboard.errors import InputError, NotFound
from ocgboard.store.models import AgendaItem, Meeting, Person, Threat

# (kind, title, purpose, minutes) of the board's standard agenda; threat
# reviews go after the action tracker.
OPENING = (
    ("apologies", "Welcome, introductions and apologies", "information", 5),
    ("declarations of interest", "Declarations of interest", "information", 5),
    ("minutes of the last meeting", "Minutes of the last meeting and matters arising",
     "approval", 10),
    ("action tracker review", "Action tracker review", "assurance", 20),
)
CLOSING = (
    ("strategic plan", "Strategic action plan: progress", "assurance", 10),
    ("any other business", "Any other business", "discussion", 5),
    ("date of next meeting", "Date of next meeting", "information", 2),
)
THREAT_MINUTES = 10


def items(session: Session, meeting: Meeting) -> list[AgendaItem]:
    return list(session.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting.id, ~AgendaItem.deleted)
        .order_by(AgendaItem.position)))


def standard(session: Session, meeting: Meeting, threats: list[Threat],
             chair: str | None) -> list[AgendaItem]:
    # (kind, title, purpose, minutes, presenter, threat id)
    rows: list[tuple[str, str, str, int, str | None, uuid.UUID | None]] = [
        (k, t, p, m, chair, None) for k, t, p, m in OPENING]
    rows += [("threat review", f"Threat review: {t.reference} {t.name}", "discussion",
              THREAT_MINUTES, _lro_name(session, t), t.id) for t in threats]
    rows += [(k, t, p, m, chair, None) for k, t, p, m in CLOSING]
    made = []
    for position, (kind, title, purpose, minutes, presenter, threat_id) in enumerate(rows, 1):
        item = AgendaItem(meeting_id=meeting.id, position=position, kind=kind, title=title,
                          purpose=purpose, minutes=minutes, presenter=presenter,
                          threat_id=threat_id)
        session.add(item)
        made.append(item)
    session.flush()
    return made


def _lro_name(session: Session, threat: Threat) -> str | None:
    if threat.lro_id is None:
        return None
    person = session.get(Person, threat.lro_id)
    return f"{person.name} (LRO)" if person else None


def add_item(session: Session, meeting: Meeting, kind: str, title: str | None = None, *,
             purpose: str | None = None, presenter: str | None = None,
             minutes: int | None = None, threat: str | None = None,
             position: int | None = None) -> AgendaItem:
    kind = vocab.canonical("agenda_kinds", kind)
    linked = lookup.threat(session, threat) if threat else None
    if kind == "threat review" and linked is None:
        raise InputError("a threat review item needs --threat REF")
    if linked is not None and any(i.threat_id == linked.id for i in items(session, meeting)):
        raise InputError(f"{linked.reference} is already on this agenda")
    if title is None:
        title = f"Threat review: {linked.reference} {linked.name}" if linked else kind.capitalize()
    if minutes is not None and not 0 < minutes <= 480:
        raise InputError("minutes must be between 1 and 480")
    current = items(session, meeting)
    item = AgendaItem(
        meeting_id=meeting.id, position=len(current) + 1, kind=kind,
        title=validate.name(title, "item title", max_len=300),
        purpose=vocab.canonical("agenda_purposes", purpose) if purpose else "discussion",
        presenter=validate.text(presenter, "presenter", max_len=200, multiline=False)
        or (_lro_name(session, linked) if linked else None),
        minutes=minutes or (THREAT_MINUTES if linked else 5),
        threat_id=linked.id if linked else None)
    session.add(item)
    session.flush()
    if position is not None:
        move(session, meeting, item.position, position)
    return item


def item_at(session: Session, meeting: Meeting, number: int | str) -> AgendaItem:
    try:
        wanted = int(str(number).strip())
    except ValueError:
        raise InputError(f"'{number}' is not an agenda item number") from None
    for item in items(session, meeting):
        if item.position == wanted:
            return item
    raise NotFound(f"the agenda has no item {wanted}")


def move(session: Session, meeting: Meeting, number: int, to: int) -> None:
    current = items(session, meeting)
    if not 1 <= to <= len(current):
        raise InputError(f"position {to} is outside the agenda (1–{len(current)})")
    item = item_at(session, meeting, number)
    current.remove(item)
    current.insert(to - 1, item)
    _renumber(session, current)


def remove(session: Session, meeting: Meeting, number: int) -> None:
    item = item_at(session, meeting, number)
    item.deleted = True
    _renumber(session, [i for i in items(session, meeting) if i.id != item.id])


def _renumber(session: Session, ordered: list[AgendaItem]) -> None:
    for position, item in enumerate(ordered, 1):
        if item.position != position:
            item.position = position
    session.flush()


def decide(session: Session, item: AgendaItem, decision: str, notes: str | None = None, *,
           board_only: bool | None = None, today: dt.date | None = None) -> None:
    """`board_only` None: as the item's threat's marking says, or as the item was."""
    meeting = lookup.referenced(session, Meeting, item.meeting_id, "meeting")
    meeting_has_begun(meeting, today or clock.of(session).today())
    item.decision = validate.text(decision, "decision", required=True)
    if notes is not None:
        item.notes = validate.text(notes, "notes")
    item.board_only = board_only_default(session, item) if board_only is None else board_only
    session.flush()


def meeting_has_begun(meeting: Meeting, today: dt.date) -> None:
    """Refuses a decision, on an item or an action, before the day of its meeting: one
    rule, in one line, for both."""
    if meeting.starts_at.date() > today:
        raise InputError("decisions are recorded at or after the meeting, not before it "
                         f"(this one is on {dates.day(meeting.starts_at.date())})")


def board_only_default(session: Session, item: AgendaItem) -> bool:
    """An item marked board only stays so; otherwise as its threat's marking says."""
    threat = session.get(Threat, item.threat_id) if item.threat_id else None
    return bool(item.board_only) or sharing.board_only_by_default(threat)
