"""A meeting's minutes: what it recorded, and whether the next meeting approved them.

The minutes are drafted from the meeting's own record (attendance, the
decisions on its agenda items, the decisions it took on actions, the date it
set for the next one); nothing is written down twice. They stay a draft
until a later meeting approves them, and that approval is itself a decision:
the one recorded on that meeting's "Minutes of the last meeting" item. The
meeting that approves the minutes of M is one held after M and no later than
the first held after it, since the "last meeting" of any later one is not M.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import agenda, dates, meetings
from ocgboard.errors import InputError
from ocgboard.store.models import Action, ActionUpdate, AgendaItem, Meeting

ITEM_KIND = "minutes of the last meeting"
# "approved", as a chair words it, but not "not approved" or "not yet approved".
_APPROVES = re.compile(r"(?<!not )(?<!yet )\bapproved\b")


@dataclass(frozen=True)
class Approval:
    """Where the minutes were approved: the meeting, its date and the decision's words."""

    meeting_title: str
    on: dt.date
    decision: str


def day(value: dt.date) -> str:
    """'3 December 2026': the month in English, whatever the laptop's locale."""
    return f"{value.day} {dates.MONTHS[value.month - 1]} {value.year}"


def approval_text(meeting: Meeting) -> str:
    """The decision that approves the minutes of `meeting`, in the board's usual words."""
    return f"Minutes of the meeting of {day(meeting.starts_at.date())} approved as a true record"


def approves(decision: str | None) -> bool:
    return _APPROVES.search(" ".join((decision or "").casefold().split())) is not None


def item(session: Session, meeting: Meeting) -> AgendaItem | None:
    """The meeting's "Minutes of the last meeting" item, if its agenda has one."""
    return next((i for i in agenda.items(session, meeting) if i.kind == ITEM_KIND), None)


def following(session: Session, meeting: Meeting) -> list[Meeting]:
    """The meetings that may approve the minutes of `meeting`: each one after it, up to
    and including the first held (a cancelled one approves nothing)."""
    later = session.scalars(select(Meeting).where(
        ~Meeting.deleted, Meeting.status != "cancelled", Meeting.starts_at > meeting.starts_at)
        .order_by(Meeting.starts_at))
    chosen = []
    for each in later:
        chosen.append(each)
        if each.status == "held":
            break
    return chosen


def approval(session: Session, meeting: Meeting) -> Approval | None:
    """Whether, where and how the minutes of `meeting` were approved; None: a draft."""
    for later in following(session, meeting):
        found = item(session, later)
        if found is not None and approves(found.decision):
            return Approval(later.title, later.starts_at.date(), found.decision or "")
    return None


def next_meeting_on(session: Session, meeting: Meeting) -> dt.date | None:
    """The date the meeting set for the next one, else the next one planned."""
    if meeting.next_meeting_on:
        return meeting.next_meeting_on
    later = following(session, meeting)
    return later[0].starts_at.date() if later else None


def agreed(session: Session, meeting: Meeting) -> list[tuple[Action, ActionUpdate]]:
    """The actions the meeting raised or moved on: its decisions on actions, in the
    order they were recorded."""
    return [(action, update) for action, update in session.execute(
        select(Action, ActionUpdate).join(ActionUpdate, ActionUpdate.action_id == Action.id)
        .where(ActionUpdate.meeting_id == meeting.id, ~ActionUpdate.deleted, ~Action.deleted)
        .order_by(ActionUpdate.recorded_at))]


def to_approve(session: Session, meeting: Meeting,
               today: dt.date | None = None) -> tuple[Meeting, AgendaItem, str]:
    """(the last meeting, this meeting's minutes item, the decision approving them), or
    why they cannot be approved here and now."""
    today = today or clock.of(session).today()
    before = meetings.previous(session, meeting)
    if before is None:
        raise InputError(f"no meeting was held before the one on {meeting.starts_at:%Y-%m-%d}: "
                         "there are no minutes to approve")
    if meeting.starts_at.date() > today:
        raise InputError(f"minutes are approved at the meeting, not before it (this one is on "
                         f"{meeting.starts_at:%Y-%m-%d})")
    found = item(session, meeting)
    if found is None:
        raise InputError("this meeting's agenda has no 'minutes of the last meeting' item: "
                         "add one first")
    if found.decision and not approves(found.decision):
        raise InputError(f"item {found.position} already records another decision "
                         f"('{found.decision}'): change it there")
    return before, found, found.decision or approval_text(before)


def approve(session: Session, meeting: Meeting, today: dt.date | None = None) -> Meeting:
    """Record at `meeting` that the last meeting's minutes are a true record; returns the
    meeting whose minutes they are. Minutes approved already stay as they were worded."""
    before, found, text = to_approve(session, meeting, today)
    if found.decision != text:
        agenda.decide(session, found, text, board_only=False, today=today)
    return before
