"""The demo board's meetings: four held ones with attendance and decisions (each
approving the minutes of the one before), and the next one planned, with the
threats whose review is due first on its agenda."""

from __future__ import annotations

import datetime as dt
import random
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core import agenda, meetings, minutes, rag
from ocgboard.store.models import Agency, Person, Threat

CYCLE = dt.timedelta(weeks=6)
VENUES = ("Northgate Police Station, Conference Room 2", "Millbrook Civic Centre, Room 4",
          "Riverside House, Board Room")
DECISIONS = ("Noted; LRO to bring an update to the next meeting.",
             "Agreed; partners to confirm owners by the end of the month.",
             "Plan approved with the additional Protect tactics discussed.",
             "Escalate to the SRO: no progress since the last meeting.")
AGENDA_SIZE = {12: 5, 300: 12, 5_000: 40}


def add_meetings(session: Session, rng: random.Random, today: dt.date,
                 threats: int) -> tuple[int, int]:
    """Returns (meetings, decisions on actions) made."""
    chair = _chair(session)
    members = _board_members(session)
    live = list(session.scalars(select(Threat).where(
        ~Threat.deleted, Threat.status == "active").order_by(Threat.next_review_on)))
    size = AGENDA_SIZE.get(threats, max(3, threats // 25))
    made = decisions = 0
    for back in range(4, 0, -1):
        on = today - CYCLE * back + dt.timedelta(days=rng.randrange(0, 3))
        meeting = meetings.add(session, "Local organised crime partnership board", on,
                               venue=rng.choice(VENUES), chair=chair,
                               next_meeting_on=on + CYCLE,
                               threats=rng.sample(live, min(size, len(live))),
                               with_due_reviews=False)
        decisions += _hold(session, rng, meeting, members, today)
        made += 1
    upcoming = today + dt.timedelta(days=10)
    meetings.add(session, "Local organised crime partnership board", upcoming,
                 venue=VENUES[0], chair=chair, next_meeting_on=upcoming + CYCLE,
                 threats=live[:size], with_due_reviews=False)
    return made + 1, decisions


def _chair(session: Session) -> Person | None:
    police = session.scalars(select(Agency).where(Agency.name == "Police")).first()
    return session.scalars(select(Person).where(Person.agency_id == police.id)
                           .order_by(Person.name)).first() if police else None


def _board_members(session: Session) -> list[Person]:
    """One representative per agency, as sits on a board."""
    chosen: dict[uuid.UUID | None, Person] = {}
    for person in session.scalars(select(Person).where(~Person.deleted).order_by(Person.name)):
        chosen.setdefault(person.agency_id, person)
    return list(chosen.values())


def _hold(session, rng, meeting, members, today) -> int:
    meeting.status = "held"
    if meetings.previous(session, meeting) is not None:
        minutes.approve(session, meeting, today=today)  # the last meeting's, as a board does
    for person in members:
        status = rng.choices(("present", "apologies", "absent"), weights=(80, 15, 5))[0]
        meetings.attend(session, meeting, person, status)
    for item in agenda.items(session, meeting):
        if item.kind == "threat review":
            agenda.decide(session, item, rng.choice(DECISIONS), today=today)
    on = meeting.starts_at.date()
    open_actions = [a for a in meetings.tracker(session, meeting, today=on)
                    if a.raised_on and a.raised_on <= on and a.status in rag.OPEN]
    chosen = rng.sample(open_actions, min(3, len(open_actions)))
    for action in chosen:
        meetings.decide_on_action(session, meeting, action, rng.choice(DECISIONS), today=today)
    session.flush()
    return len(chosen)

