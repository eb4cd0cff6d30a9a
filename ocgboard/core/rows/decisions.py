"""A meeting's action tracker and what it decided, as plain rows.

The tracker lists the open actions carried forward (core.meetings.tracker),
overdue first, each with the latest decision this meeting took on it. The
decisions are those on agenda items, in order, then those on actions. The writes take ids
and return what undoing them needs: a decision on an action is a dated
update, and withdrawing it makes that update a tombstone and gives the
action back its status (the change log keeps both).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core import agencies, agenda, lookup, meetings, plans, views, vocab
from ocgboard.core.rows.common import threat_refs
from ocgboard.core.rows.meetings import meeting
from ocgboard.store.models import Action, ActionUpdate, Meeting, Threat


@dataclass(frozen=True)
class TrackerRow:
    id: str
    threat: str
    strand: str
    specific: str
    owner: str | None
    status: str
    due_on: dt.date | None
    rag: str
    rag_label: str
    decision: str | None  # the latest this meeting took on it
    next_statuses: tuple[str, ...]
    number: int | None = None  # in its threat's plan, as papers cite it

    @property
    def label(self) -> str:
        return views.label(self.threat, self.number)


@dataclass(frozen=True)
class DecisionRow:
    id: str  # the agenda item's or the action update's
    on: str  # "item" or "action"
    subject: str
    decision: str
    status: str | None
    author: str | None


def tracker_rows(session: Session, meeting_id: str, today: dt.date) -> list[TrackerRow]:
    """The meeting's action tracker (overdue first), with the decisions it took."""
    found = meeting(session, meeting_id)
    actions = meetings.tracker(session, found, today=today)
    decided = _decisions_on_actions(session, found)
    refs = threat_refs(session, {a.threat_id for a in actions})
    owners = agencies.agency_names(session)
    rows = []
    for a in actions:
        rating = plans.rating(a, today)
        last = decided.get(a.id)
        rows.append(TrackerRow(a.id.hex, refs.get(a.threat_id, ""), a.strand, a.specific,
                               owners.get(a.owner_agency_id), a.status, a.due_on, rating.rag,
                               rating.label, last.comment if last else None,
                               tuple(vocab.transitions(a.status)), a.number))
    return rows


def decision_rows(session: Session, meeting_id: str) -> list[DecisionRow]:
    """What the meeting decided: on agenda items in order, then on actions."""
    found = meeting(session, meeting_id)
    rows = [DecisionRow(i.id.hex, "item", f"{i.position}. {i.title}", i.decision, None, None)
            for i in agenda.items(session, found) if i.decision]
    updates = session.execute(
        select(ActionUpdate, Action.specific, Threat.reference, Action.number)
        .join(Action, Action.id == ActionUpdate.action_id)
        .join(Threat, Threat.id == Action.threat_id)
        .where(ActionUpdate.meeting_id == found.id, ~ActionUpdate.deleted)
        .order_by(ActionUpdate.recorded_at)).all()
    rows += [DecisionRow(u.id.hex, "action", f"{views.label(ref, number)}: {specific}",
                         u.comment or "", u.status, u.author)
             for u, specific, ref, number in updates]
    return rows


def _decisions_on_actions(session: Session, found: Meeting) -> dict:
    latest: dict = {}
    for update in session.scalars(select(ActionUpdate).where(
            ActionUpdate.meeting_id == found.id, ~ActionUpdate.deleted)
            .order_by(ActionUpdate.recorded_at)):
        latest[update.action_id] = update
    return latest


def decide_on_action(session: Session, meeting_id: str, action_id: str, text: str,
                     status: str | None = None, today: dt.date | None = None,
                     board_only: bool | None = None) -> tuple[str, str]:
    """The meeting's decision as a dated update on the action: (update id, old status)."""
    action = lookup.row(session, Action, action_id, "action",
                        gone="that action is no longer on the board")
    was = action.status
    entry = meetings.decide_on_action(session, meeting(session, meeting_id), action, text,
                                      status, today=today, board_only=board_only)
    return entry.id.hex, was


