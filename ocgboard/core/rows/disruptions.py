"""Plain rows for a threat's disruption log, and recording, editing and deleting one.

A disruption may be linked to one of the threat's live actions; the log
names the action as 'Strand · what', shortened to fit a column. An edit
takes the fields as recording one does, so its undo is the same edit with
the fields as they were (disruption_fields); a deletion is a tombstone that
rows.common.set_deleted lifts.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core import disruptions, lookup
from ocgboard.core.plans import WITHDRAWN
from ocgboard.core.rows.common import iso, shortened
from ocgboard.store.models import Action, Agency, Disruption, Threat


class DisruptionRow(NamedTuple):
    id: str
    dated_on: str
    agency: str
    strand: str
    level: str
    action: str
    justification: str
    board_only: bool = False


def threat_actions(session: Session, tid: str, keep: str | None = None,
                   ) -> list[tuple[str, str]]:
    """(id, 'No. · Strand · what') of the actions of a threat a disruption may be linked
    to, in their plan's order: not those withdrawn, but for `keep` (the one a disruption
    is linked to already)."""
    return [(aid, label) for aid, label, status in _labelled(session, tid)
            if status != WITHDRAWN or aid == keep]


def _labelled(session: Session, tid: str) -> list[tuple[str, str, str]]:
    query = (select(Action.id, Action.number, Action.strand, Action.specific, Action.status)
             .where(Action.threat_id == lookup.key(tid, "threat"), ~Action.deleted)
             .order_by(Action.number.is_(None), Action.number, Action.strand, Action.due_on))
    return [(aid.hex, " · ".join([*([str(number)] if number else []), strand,
                                  shortened(text)]), status)
            for aid, number, strand, text, status in session.execute(query)]


def usual_agencies(session: Session, tid: str) -> tuple[dict[str, str], str | None]:
    """Whose work a disruption of this threat most likely was: each live action's owner
    (by the action's id), and the threat's lead agency when no action is linked."""
    threat = lookup.row(session, Threat, tid, "threat")
    names = {a.id: a.name for a in session.scalars(select(Agency))}
    owners = {aid.hex: names[owner] for aid, owner in session.execute(
        select(Action.id, Action.owner_agency_id)
        .where(Action.threat_id == threat.id, ~Action.deleted))}
    return owners, names.get(threat.lead_agency_id) if threat.lead_agency_id else None


def disruption_rows(session: Session, tid: str) -> list[DisruptionRow]:
    threat = lookup.row(session, Threat, tid, "threat")
    agencies = {a.id: a.short_name or a.name for a in session.scalars(select(Agency))}
    actions = {aid: label for aid, label, _status in _labelled(session, tid)}
    return [DisruptionRow(d.id.hex, d.dated_on.isoformat(), agencies.get(d.agency_id, ""),
                          d.strand, d.level, actions.get(d.action_id.hex, "") if d.action_id
                          else "", d.justification, bool(d.board_only))
            for d in reversed(disruptions.listing(session, threat=threat))]


def record_disruption(session: Session, tid: str, *, action_id: str | None = None,
                      today: dt.date | None = None, **fields) -> str:
    threat = lookup.row(session, Threat, tid, "threat")
    action = lookup.row(session, Action, action_id, "action") if action_id else None
    return disruptions.add(session, threat, action=action, today=today, **fields).id.hex


def disruption_fields(session: Session, did: str) -> dict:
    """The fields of a disruption as record_disruption and edit_disruption take them."""
    found = lookup.row(session, Disruption, did, "disruption",
                       gone="that disruption is no longer in the log")
    agency = session.get(Agency, found.agency_id)
    return {"on": iso(found.dated_on), "agency": agency.name if agency else "",
            "strand": found.strand, "level": found.level,
            "action_id": found.action_id.hex if found.action_id else None,
            "justification": found.justification, "board_only": bool(found.board_only)}


def edit_disruption(session: Session, did: str, *, today: dt.date | None = None,
                    **fields) -> None:
    """Change the fields given; `action_id` None links it to no action."""
    found = lookup.row(session, Disruption, did, "disruption",
                       gone="that disruption is no longer in the log")
    linking = "action_id" in fields
    action_id = fields.pop("action_id", None)
    action = lookup.row(session, Action, action_id, "action") if action_id else None
    disruptions.edit(session, found, action=action, unlink=linking and action is None,
                     today=today, **fields)


def remove_disruption(session: Session, did: str) -> None:
    disruptions.remove(session, lookup.row(session, Disruption, did, "disruption",
                                           gone="that disruption is no longer in the log"))
