"""Plain rows for the Exchange page: what a conflict is about, and past exchanges.

The sync layer names a conflicting record by its table and UUID; the chair
needs to read "Threat OCG 05/00283 (Hartley Road network)", not a hex id.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core import lookup, views
from ocgboard.core.rows.common import shortened
from ocgboard.store.base import syncable_tables
from ocgboard.store.models import Contact, ExchangeLog, Threat

LABEL_ATTRIBUTES = ("reference", "name", "title", "code", "number")
TEXT_ATTRIBUTES = ("specific", "action", "justification", "comment")
SHORT = 70


@dataclass(frozen=True)
class ExchangeRow:
    id: int
    at: str
    direction: str
    scope: str
    file_name: str
    records: int
    contact: str | None


def record_label(session: Session, entity: str, row_id: str) -> str:
    """A record in the board's words: kind, its name or reference, its threat."""
    word = entity.replace("_", " ").capitalize()
    row = _row(session, entity, row_id)
    if row is None:
        return f"{word} {row_id[:8]} (not held on this laptop)"
    if entity == "action":  # as papers cite it: its threat and its number there
        threat = session.get(Threat, row.threat_id)
        where = views.label(threat.reference, row.number) if threat else "on a threat not held"
        return f"{word} {where}: {shortened(row.specific, SHORT)}"
    parts = [word]
    name = next((getattr(row, a) for a in LABEL_ATTRIBUTES
                 if getattr(row, a, None) not in (None, "")), None)
    if name is not None:
        parts.append(str(name))
    if getattr(row, "reference", None) and getattr(row, "name", None):
        parts.append(f"({row.name})")
    threat_id = getattr(row, "threat_id", None)
    if threat_id is not None and entity != "threat":
        threat = session.get(Threat, threat_id)
        if threat is not None:
            parts.append(f"on {threat.reference}")
    text = next((getattr(row, a) for a in TEXT_ATTRIBUTES
                 if isinstance(getattr(row, a, None), str) and getattr(row, a).strip()), None)
    label = " ".join(parts)
    return f"{label}: {shortened(text, SHORT)}" if text and text != name else label


def _row(session: Session, entity: str, row_id: str):
    model = syncable_tables().get(entity)
    key = lookup.parse_id(row_id)
    return session.get(model, key) if model is not None and key is not None else None


def field_label(field: str) -> str:
    """'next_review_on' -> 'Next review on'."""
    return field.replace("_id", "").replace("_", " ").capitalize()


def exchange_log(session: Session, limit: int = 500) -> list[ExchangeRow]:
    """The files this laptop wrote and read, newest first."""
    names: dict[int | None, str] = dict(session.execute(select(Contact.id, Contact.name)).all())
    rows = session.execute(select(ExchangeLog).order_by(ExchangeLog.at.desc(),
                                                         ExchangeLog.id.desc())
                           .limit(limit)).scalars()
    return [ExchangeRow(r.id, f"{r.at:%Y-%m-%d %H:%M}", r.direction, r.scope,
                        r.file_name, r.records, names.get(r.contact_id))
            for r in rows]
