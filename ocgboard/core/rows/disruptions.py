"""Plain rows for a threat's disruption log, and recording a disruption.

A disruption may be linked to one of the threat's live actions; the log
names the action as 'Strand · what', shortened to fit a column.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core import disruptions, lookup
from ocgboard.core.rows.common import shortened
from ocgboard.store.models import Action, Agency, Threat


class DisruptionRow(NamedTuple):
    id: str
    dated_on: str
    agency: str
    strand: str
    level: str
    action: str
    justification: str
    board_only: bool = False


def threat_actions(session: Session, tid: str) -> list[tuple[str, str]]:
    """(id, 'Strand · what') of a threat's live actions, to link a disruption to."""
    query = (select(Action.id, Action.strand, Action.specific)
             .where(Action.threat_id == lookup.key(tid, "threat"), ~Action.deleted)
             .order_by(Action.strand, Action.due_on))
    return [(aid.hex, f"{strand} · {shortened(text)}") for aid, strand, text in
            session.execute(query)]


def disruption_rows(session: Session, tid: str) -> list[DisruptionRow]:
    threat = lookup.row(session, Threat, tid, "threat")
    agencies = {a.id: a.short_name or a.name for a in session.scalars(select(Agency))}
    actions = dict(threat_actions(session, tid))
    return [DisruptionRow(d.id.hex, d.dated_on.isoformat(), agencies.get(d.agency_id, ""),
                          d.strand, d.level, actions.get(d.action_id.hex, "") if d.action_id
                          else "", d.justification, bool(d.board_only))
            for d in reversed(disruptions.listing(session, threat=threat))]


def record_disruption(session: Session, tid: str, *, action_id: str | None = None,
                      today: dt.date | None = None, **fields) -> str:
    threat = lookup.row(session, Threat, tid, "threat")
    action = lookup.row(session, Action, action_id, "action") if action_id else None
    return disruptions.add(session, threat, action=action, today=today, **fields).id.hex
