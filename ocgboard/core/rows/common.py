"""What every feature's rows share: short text, ISO dates, references, tombstones."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core import agenda, lookup, sharing
from ocgboard.store.base import Syncable
from ocgboard.store.models import (
    Action,
    Agency,
    AgendaItem,
    Disruption,
    Member,
    Person,
    Threat,
)

# The rows a view adds and removes undoably, by the name the view uses.
TOMBSTONED: dict[str, type[Syncable]] = {
    "threat": Threat, "member": Member, "disruption": Disruption, "agency": Agency,
    "person": Person}


def shortened(text: str | None, width: int = 70) -> str:
    """One line of at most `width` characters, an ellipsis where it was cut."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def iso(value: dt.date | None) -> str:
    """A date as the editors' text fields hold it: ISO, or empty."""
    return value.isoformat() if value else ""


def threat_refs(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Threat id -> reference, for the threats named, in one query."""
    wanted = set(ids)
    if not wanted:
        return {}
    return {tid: ref for tid, ref in session.execute(
        select(Threat.id, Threat.reference).where(Threat.id.in_(wanted)))}


def board_only_default(session: Session, kind: str, row_id: str) -> bool:
    """Whether a note written on this threat, action or agenda item starts as the
    board's alone (sharing.board_only_by_default); an item keeps its own marking."""
    if kind == "agenda_item":
        return agenda.board_only_default(
            session, lookup.row(session, AgendaItem, row_id, "agenda item"))
    if kind == "action":
        threat_id = lookup.row(session, Action, row_id, "action").threat_id
    else:
        threat_id = lookup.row(session, Threat, row_id, "threat").id
    threat = session.get(Threat, threat_id) if threat_id else None
    return sharing.board_only_by_default(threat)


def set_deleted(session: Session, kind: str, row_id: str, deleted: bool) -> None:
    """Tombstone a row a view added, or lift its tombstone (undo and redo of the add)."""
    row = lookup.row(session, TOMBSTONED[kind], row_id, kind, with_deleted=True)
    row.deleted = deleted
    session.flush()
