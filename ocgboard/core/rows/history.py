"""A threat's change history as rows for the history tab, in a reader's words.

core.history gives the change log's entries; here each record is named as a
reader calls it ('member Milan Đorđević', 'disruption of 2026-11-01'), each
field in plain words, and ids of people and agencies become their names.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core import history, lookup
from ocgboard.core.rows.common import shortened
from ocgboard.store.models import (
    Action,
    ActionUpdate,
    Agency,
    Disruption,
    Member,
    Person,
    Threat,
)


class HistoryRow(NamedTuple):
    when: str
    author: str
    record: str
    field: str
    was: str
    now: str


def _labels(session: Session, threat: Threat) -> tuple[dict[str, str], dict[str, str]]:
    """What a reader calls each record: by short row id (rows) and by full id (values)."""
    full = {threat.id.hex: threat.reference}
    for mid, name in session.execute(select(Member.id, Member.name)
                                     .where(Member.threat_id == threat.id)):
        full[mid.hex] = f"member {name}"
    actions = {aid.hex: f"action {shortened(text, 40)}" for aid, text in session.execute(
        select(Action.id, Action.specific).where(Action.threat_id == threat.id))}
    full.update(actions)
    if actions:
        for uid, aid in session.execute(
                select(ActionUpdate.id, ActionUpdate.action_id).join(
                    Action, Action.id == ActionUpdate.action_id)
                .where(Action.threat_id == threat.id)):
            full[uid.hex] = f"update of {actions.get(aid.hex, 'an action')}"
    for did, on in session.execute(select(Disruption.id, Disruption.dated_on)
                                   .where(Disruption.threat_id == threat.id)):
        full[did.hex] = f"disruption of {on.isoformat()}"
    rows = {key[:8]: label for key, label in full.items()}
    rows[threat.id.hex[:8]] = "threat"
    full.update({pid.hex: name for pid, name in session.execute(select(Person.id, Person.name))})
    full.update({aid.hex: name for aid, name in session.execute(select(Agency.id, Agency.name))})
    return rows, full


FIELD_WORDS = {"lro_id": "LRO", "sro_id": "SRO"}


def _field(name: str) -> str:
    return FIELD_WORDS.get(name) or name.removesuffix("_id").replace("_", " ")


def _shown(value, names: dict[str, str]) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    text = str(value)
    return names.get(text, text)


def history_rows(session: Session, tid: str, limit: int | None = None) -> list[HistoryRow]:
    """core.history.for_threat, newest first, worded for the history tab."""
    threat = lookup.row(session, Threat, tid, "threat")
    labels, names = _labels(session, threat)
    return [HistoryRow(e.when.strftime("%Y-%m-%d %H:%M"), e.author,
                       labels.get(e.row, f"{e.entity} {e.row}"), _field(e.field),
                       _shown(e.old, names), _shown(e.new, names))
            for e in history.for_threat(session, threat, limit=limit)]
