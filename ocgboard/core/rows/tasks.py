"""An agency's task with the threat around it, as far as the board shares it.

An agency's laptop holds, for each threat its actions are under, what its
extract carried: the threat's profile where the board disseminates it (name,
kind, status, band, areas, summary, review date) and the members it shares,
or only the reference where the board withholds the threat. A task is shown
with that context, so an officer knows what the board is asking about
without ringing the chair.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy.orm import Session

from ocgboard.core import lookup, members
from ocgboard.core.rows import plans as plan_rows
from ocgboard.store.models import Threat


class SharedMember(NamedTuple):
    name: str
    aliases: tuple
    roles: str


class ThreatContext(NamedTuple):
    reference: str
    withheld: bool  # the board shares only the reference
    name: str
    kind: str
    status: str
    band: str
    threat_areas: tuple
    area: str
    next_review_on: dt.date | None
    summary: str
    members: tuple[SharedMember, ...]


class Task(NamedTuple):
    action: plan_rows.PlanRow
    threat: ThreatContext


def task(session: Session, key: str) -> Task:
    """One action and the threat it is under, as this laptop holds them."""
    action = plan_rows.action(session, key)
    return Task(action, threat_context(session, action.threat_id))


def threat_context(session: Session, threat_id: str) -> ThreatContext:
    threat = lookup.row(session, Threat, threat_id, "threat")
    if not threat.disseminable:
        return ThreatContext(threat.reference, True, "", threat.kind, threat.status, "", (),
                             "", None, "", ())
    shared = tuple(SharedMember(m.name, tuple(m.aliases or ()), m.roles or "")
                   for m in members.listing(session, threat, disseminable_only=True))
    return ThreatContext(
        threat.reference, False, threat.name or "", threat.kind, threat.status,
        threat.band or "", tuple(threat.threat_areas or ()), threat.area or "",
        threat.next_review_on, threat.summary or "", shared)
