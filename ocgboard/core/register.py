"""The threat register: add, edit, archive, list and find threats.

Fields arrive as text (from the command line or a form) and are parsed here,
one parser per field, so the CLI and the GUI accept exactly the same input.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import control_areas, dates, lookup, textsearch, validate, vocab
from ocgboard.errors import InputError
from ocgboard.store.models import Threat

CLOSED = ("dismantled", "archived")


def _vocab(name: str) -> Callable:
    return lambda session, value: vocab.canonical(name, value)


def _person_id(session: Session, value):
    return lookup.person(session, value).id if value else None


def _agency_id(session: Session, value):
    return lookup.agency(session, value).id if value else None


def _flag(session: Session, value) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("yes", "y", "true", "1"):
        return True
    if text in ("no", "n", "false", "0"):
        return False
    raise InputError(f"'{value}' is not yes or no")


PARSERS: dict[str, Callable] = {
    "name": lambda s, v: validate.name(v, "threat name"),
    "kind": _vocab("threat_kinds"),
    "status": _vocab("threat_statuses"),
    "band": _vocab("bands"),
    "management_model": lambda s, v: vocab.canonical("management_models", v) if v else None,
    "extent_corruption": _vocab("extents"),
    "extent_awareness": _vocab("extents"),
    "extent_violence": _vocab("extents"),
    "lro_id": _person_id,
    "sro_id": _person_id,
    "lead_agency_id": _agency_id,
    "area": lambda s, v: validate.text(v, "area", max_len=200, multiline=False),
    "summary": lambda s, v: validate.text(v, "summary"),
    "disseminable": _flag,
}
DATES: dict[str, tuple[str, dates.Rule]] = {
    "mapped_on": ("mapped date", dates.EVENT),
    "last_assessed_on": ("last assessed date", dates.EVENT),
    "next_review_on": ("next review date", dates.PLANNED),
}


def _apply(session: Session, threat: Threat, fields: dict, today: dt.date) -> None:
    for key, raw in fields.items():
        if key in DATES:
            label, rule = DATES[key]
            setattr(threat, key, dates.take(raw, label, rule, today))
        elif key == "threat_areas":  # the strategy's, or those the threat already names
            threat.threat_areas = control_areas.chosen(session, raw, threat.threat_areas or ())
        elif key in PARSERS:
            setattr(threat, key, PARSERS[key](session, raw))
        else:
            raise InputError(f"threats have no field '{key}'")
    validate.not_before(threat.last_assessed_on, threat.mapped_on,
                        "last assessed date", "mapped date")
    if "status" in fields:
        threat.closed_on = today if threat.status in CLOSED else None


def add(session: Session, reference: str, name: str, *, today: dt.date | None = None,
        **fields) -> Threat:
    ref = validate.name(lookup.normalise_reference(reference or ""), "reference", max_len=60)
    if lookup.threat_reference_taken(session, ref):
        raise InputError(f"a threat with reference '{ref}' already exists")
    threat = Threat(reference=ref)
    _apply(session, threat, {"name": name, **fields}, today or clock.of(session).today())
    session.add(threat)
    session.flush()
    return threat


def edit(session: Session, threat: Threat, *, today: dt.date | None = None, **fields) -> Threat:
    if "reference" in fields:
        ref = validate.name(lookup.normalise_reference(fields.pop("reference")), "reference", 60)
        if lookup.threat_reference_taken(session, ref, except_id=threat.id):
            raise InputError(f"a threat with reference '{ref}' already exists")
        threat.reference = ref
    _apply(session, threat, fields, today or clock.of(session).today())
    session.flush()
    return threat


def archive(session: Session, threat: Threat, *, today: dt.date | None = None) -> Threat:
    if threat.status == "archived":
        raise InputError(f"{threat.reference} is already archived")
    return edit(session, threat, status="archived", today=today)


def listing(session: Session, *, kind=None, status=None, band=None, area=None, lro=None,
            include_closed: bool = False, review_due_within: int | None = None,
            overdue_review: bool = False, today: dt.date | None = None) -> list[Threat]:
    today = today or clock.of(session).today()
    query = select(Threat).where(~Threat.deleted).order_by(Threat.reference)
    if kind:
        query = query.where(Threat.kind == vocab.canonical("threat_kinds", kind))
    if status:
        query = query.where(Threat.status == vocab.canonical("threat_statuses", status))
    elif not include_closed:
        query = query.where(Threat.status.not_in(CLOSED))
    if band:
        query = query.where(Threat.band == vocab.canonical("bands", band))
    if area:
        query = query.where(textsearch.like(Threat.area, area))
    if lro:
        query = query.where(Threat.lro_id == lookup.person(session, lro).id)
    if review_due_within is not None:
        horizon = today + dt.timedelta(days=review_due_within)
        query = query.where(Threat.next_review_on <= horizon)
    if overdue_review:
        query = query.where(Threat.next_review_on < today)
    return list(session.scalars(query))


def reviews_due(session: Session, within_days: int = 28,
                today: dt.date | None = None) -> list[Threat]:
    return listing(session, review_due_within=within_days, today=today)


def reviews_overdue(session: Session, today: dt.date | None = None) -> list[Threat]:
    return listing(session, overdue_review=True, today=today)
