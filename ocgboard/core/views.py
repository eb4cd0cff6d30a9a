"""Plain-data views of records, for JSON output, tables and reports.

Ids are shown as full hex; names replace foreign keys so that a reader never
has to look an id up.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import agenda, control_tasking, lookup, plans, sharing
from ocgboard.store.models import (
    Action,
    ActionUpdate,
    Agency,
    Disruption,
    Member,
    Person,
    StrategyItem,
    Tactic,
    Threat,
)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _name(session: Session, model, key) -> str | None:
    if key is None:
        return None
    row = session.get(model, key)
    if row is None:
        return None
    return getattr(row, "short_name", None) or row.name


def agency(a: Agency) -> dict:
    return {"id": a.id.hex, "name": a.name, "short_name": a.short_name}


def person(session: Session, p: Person) -> dict:
    return {"id": p.id.hex, "name": p.name, "agency": _name(session, Agency, p.agency_id),
            "role": p.role, "email": p.email, "phone": p.phone}


def threat(session: Session, t: Threat, *, full: bool = True) -> dict:
    view: dict[str, object] = {
        "id": t.id.hex, "reference": t.reference, "name": sharing.held_name(t.name, t.kind),
        "kind": t.kind, "status": t.status, "band": t.band,
        "threat_areas": list(t.threat_areas or []),
        "area": t.area, "lro": _name(session, Person, t.lro_id),
        "next_review_on": _iso(t.next_review_on),
    }
    if full:
        view.update({
            "management_model": t.management_model,
            "extent_corruption": t.extent_corruption, "extent_awareness": t.extent_awareness,
            "extent_violence": t.extent_violence, "sro": _name(session, Person, t.sro_id),
            "lead_agency": _name(session, Agency, t.lead_agency_id),
            "mapped_on": _iso(t.mapped_on), "last_assessed_on": _iso(t.last_assessed_on),
            "closed_on": _iso(t.closed_on), "summary": t.summary,
            "disseminable": t.disseminable,
        })
    return view


def member(m: Member) -> dict:
    return {"id": m.id.hex, "name": m.name, "aliases": list(m.aliases or []),
            "date_of_birth": _iso(m.date_of_birth), "standing": m.standing, "roles": m.roles,
            "disseminable": m.disseminable}


def action(session: Session, a: Action, today: dt.date | None = None,
           threat_ref: str | None = None) -> dict:
    rating = plans.rating(a, today or clock.of(session).today())
    if threat_ref is None:
        threat_ref = lookup.referenced(session, Threat, a.threat_id, "threat").reference
    return {
        "id": a.id.hex, "threat": threat_ref, "number": a.number,
        "label": label(threat_ref, a.number), "strand": a.strand, "status": a.status,
        "rag": rating.rag, "rag_label": rating.label, "due_on": _iso(a.due_on),
        "raised_on": _iso(a.raised_on), "owner": _name(session, Agency, a.owner_agency_id),
        "owner_person": _name(session, Person, a.owner_person_id),
        "tactic": _tactic_code(session, a.tactic_id),
        "specific": a.specific, "measurable": a.measurable, "achievable": a.achievable,
        "relevant": a.relevant, "timebound": a.timebound,
        "battle": _battle(session, a),
    }


def _battle(session: Session, row: Action | StrategyItem) -> str | None:
    """The must-win battle a row serves, as control_tasking.label says it."""
    battle = control_tasking.battle_of(session, row)
    return control_tasking.label(session, battle) if battle else None


def label(threat_ref: str, number: int | None) -> str:
    """How papers cite an action: its threat and its number there, "OCG 12/00107 · 4"."""
    return f"{threat_ref} · {number}" if number is not None else threat_ref


def _tactic_code(session: Session, tactic_id) -> str | None:
    if tactic_id is None:
        return None
    found = session.get(Tactic, tactic_id)
    return found.code if found else None


def update(u: ActionUpdate) -> dict:
    return {"id": u.id.hex, "dated_on": _iso(u.dated_on), "status": u.status,
            "comment": u.comment, "author": u.author, "board_only": bool(u.board_only)}


def disruption(session: Session, d: Disruption) -> dict:
    threat = lookup.referenced(session, Threat, d.threat_id, "threat")
    return {"id": d.id.hex, "threat": threat.reference,
            "dated_on": _iso(d.dated_on), "agency": _name(session, Agency, d.agency_id),
            "strand": d.strand, "level": d.level,
            "action": d.action_id.hex if d.action_id else None,
            "justification": d.justification, "board_only": bool(d.board_only)}


def tactic(t: Tactic, *, full: bool = False) -> dict:
    view: dict[str, object] = {
        "code": t.code, "strand": t.strand, "lifestyle_area": t.lifestyle_area,
        "specific": t.specific, "default_owner": t.default_owner,
        "owner_role": t.owner_role, "legislation": t.legislation}
    if full:
        view.update({"id": t.id.hex, "measurable": t.measurable, "achievable": t.achievable,
                     "relevant": t.relevant, "guidance": {
                         "what": t.guidance_what, "procedure": t.guidance_procedure,
                         "help": t.guidance_help, "watch": t.guidance_watch}})
    return view


def strategy_item(session: Session, i: StrategyItem) -> dict:
    return {"id": i.id.hex, "number": i.number, "action": i.action,
            "lead_partners": i.lead_partners, "target": i.target,
            "target_on": _iso(i.target_on), "deliverables": i.deliverables, "status": i.status,
            "battle": _battle(session, i)}


def meeting(session: Session, m) -> dict:
    return {"id": m.id.hex, "title": m.title, "starts_at": m.starts_at.strftime("%Y-%m-%d %H:%M"),
            "venue": m.venue, "chair": _name(session, Person, m.chair_id), "status": m.status,
            "marking": m.marking, "next_meeting_on": _iso(m.next_meeting_on),
            "items": len(agenda.items(session, m))}


def agenda_item(session: Session, i) -> dict:
    threat_ref = lookup.referenced(session, Threat, i.threat_id, "threat").reference \
        if i.threat_id else None
    return {"id": i.id.hex, "position": i.position, "kind": i.kind, "title": i.title,
            "purpose": i.purpose, "presenter": i.presenter, "minutes": i.minutes,
            "threat": threat_ref, "decision": i.decision, "notes": i.notes}


def copy(d, p, agency: str | None = None) -> dict:
    """A copy in the register; `agency`: whose tasks an agency copy holds."""
    return {"copy_number": d.copy_number, "version": d.version, "person": p.name,
            "variant": d.variant, "agency": agency, "issued_on": _iso(d.issued_on),
            "returned_on": _iso(d.returned_on), "destroyed_on": _iso(d.destroyed_on)}
