"""Gathering a meeting's minutes for one reader.

Once for the pack's "Minutes of the last meeting" paper and for the minutes
printed on their own, under the pack's rules: the chair's copy holds every
word (what is the board's alone marked so); any other holds no decision,
note or update marked board only, and none of a withheld name in its free
text (`redact`, the caller's review, which lists where it blanked one); an
agency's copy lists only the actions that agency owns.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core import agenda, board, meetings, minutes, sharing
from ocgboard.reports import threat_data
from ocgboard.reports.minutes_data import AgreedAction, Attendee, ItemMinute, Minutes
from ocgboard.store.models import Agency, Meeting, Person, Threat


def collect(session: Session, meeting: Meeting, redact, *, variant: str = "chair",
            owner: Agency | None = None) -> Minutes:
    found = board.current(session)
    chair = session.get(Person, meeting.chair_id) if meeting.chair_id else None
    names = threat_data.Names.load(session)
    made = Minutes(
        board=found.name if found else "Organised crime partnership board",
        marking=meeting.marking or board.marking(session), meeting_title=meeting.title,
        starts_at=meeting.starts_at, venue=meeting.venue, chair=chair.name if chair else None,
        next_meeting_on=minutes.next_meeting_on(session, meeting),
        approval=minutes.approval(session, meeting))
    where = f"minutes of {meeting.starts_at:%d/%m/%Y}"
    _attendance(session, meeting, made, names, redact, where)
    made.items = _items(session, meeting, variant, redact, where)
    made.actions = _actions(session, meeting, variant, owner, names, redact, where)
    return made


def _attendance(session, meeting, made: Minutes, names, redact, where: str) -> None:
    lists = {"present": made.present, "apologies": made.apologies, "absent": made.absent}
    for person, entry in meetings.attendance(session, meeting):
        lists[entry.status].append(Attendee(
            redact(person.name, f"{where} · attendance"), names.agency(person.agency_id),
            redact(entry.note or "", f"{where} · {person.name}'s attendance note")))


def _items(session, meeting, variant: str, redact, where: str) -> list[ItemMinute]:
    shown = []
    for item in agenda.items(session, meeting):
        place = f"{where} · item {item.position}"
        kept = variant == "chair" or not item.board_only
        title = item.title
        if variant != "chair":
            threat = session.get(Threat, item.threat_id) if item.threat_id else None
            title = _partner_title(item.title, threat, redact, place)
        if not kept:  # the board's alone: not even read for names
            shown.append(ItemMinute(item.position, title, "", ""))
            continue
        shown.append(ItemMinute(
            item.position, title,
            _marked(redact(item.decision, f"{place} · decision"), item.board_only),
            _marked(redact(item.notes, f"{place} · notes"), item.board_only)))
    return shown


def _marked(text: str, board_only: bool) -> str:
    """What the board alone may read, marked so (only the chair's copy holds it)."""
    return sharing.marked(text, board_only) if text else ""


def _partner_title(title: str, threat: Threat | None, redact, place: str) -> str:
    """As the pack's agenda names an item: a threat review under the threat's name as
    partners see it, unless its title holds that name already."""
    if threat is not None:
        name = sharing.partner_name(threat, redact)
        if name not in title:
            return f"Threat review: {threat.reference} {name}"
    return redact(title, place)


def _actions(session, meeting, variant: str, owner: Agency | None, names, redact,
             where: str) -> list[AgreedAction]:
    agreed = [(a, u) for a, u in minutes.agreed(session, meeting)
              if (variant == "chair" or not u.board_only)
              and (owner is None or a.owner_agency_id == owner.id)]
    if not agreed:
        return []
    refs = dict(session.execute(select(Threat.id, Threat.reference).where(
        Threat.id.in_({a.threat_id for a, _u in agreed}))).all())
    lines = []
    for action, update in agreed:
        ref = refs.get(action.threat_id, "")
        label = f"{ref} · {action.number}" if action.number else ref
        lines.append(AgreedAction(
            label, redact(action.specific, f"{where} · {label} · specific"),
            names.agency(action.owner_agency_id), action.due_on, update.status,
            _marked(redact(update.comment, f"{where} · {label} · decision"),
                    update.board_only)))
    return lines


def last_meeting(session: Session, meeting: Meeting, redact, *, variant: str = "chair",
                 owner: Agency | None = None) -> Minutes | None:
    """The minutes of the meeting held before `meeting`: its pack's paper for them."""
    before = meetings.previous(session, meeting)
    if before is None:
        return None
    return collect(session, before, redact, variant=variant, owner=owner)
