"""Plain rows for the threat register and the threat editor.

The register of a national board (5,000 threats) is loaded as plain tuples in
one query, each with a folded search key, and filtered in memory, so a
keystroke in a filter never goes back to the database. The editor's reads and
writes take a threat's id (hex), because its reference is itself editable.
Values come back as text the register's parsers accept, so an undo can hand
the old value straight back to the same service.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core import disruptions, history, lookup, members, register
from ocgboard.errors import NotFound
from ocgboard.store.engine import fold
from ocgboard.store.models import (
    Action,
    ActionUpdate,
    Agency,
    Disruption,
    Member,
    Person,
    Threat,
)

ALL_STATUSES = "all"  # the status filter's "including closed"


class RegisterRow(NamedTuple):
    id: str
    reference: str
    name: str
    kind: str
    status: str
    band: str
    threat_areas: tuple
    area: str | None
    lro: str | None
    next_review_on: dt.date | None
    key: str  # folded reference, name, areas and LRO, for accent-blind search


@lru_cache(maxsize=65_536)
def _fold_word(word: str) -> str:
    return word.lower() if word.isascii() else fold(word)


def search_key(text: str | None) -> str:
    """The fold rule of the store's search: 'dordevic' finds 'Đorđević'.

    Word by word through a cache: a register repeats its districts, LROs and
    surnames, and folding each of 5,000 rows afresh was most of its load time.
    """
    return " ".join(_fold_word(word) for word in (text or "").split())


def register_rows(session: Session) -> list[RegisterRow]:
    query = (select(Threat.id, Threat.reference, Threat.name, Threat.kind, Threat.status,
                    Threat.band, Threat.threat_areas, Threat.area, Person.name,
                    Threat.next_review_on)
             .outerjoin(Person, Person.id == Threat.lro_id)
             .where(~Threat.deleted).order_by(Threat.reference))
    rows = []
    for tid, ref, name, kind, status, band, areas, area, lro, review in session.execute(query):
        areas = tuple(areas or ())
        key = search_key(" ".join((ref, name, area or "", lro or "", *areas)))
        rows.append(RegisterRow(tid.hex, ref, name, kind, status, band, areas, area, lro,
                                review, key))
    return rows


@dataclass(frozen=True)
class RegisterFilter:
    """What the register shows. status None: open threats only; ALL_STATUSES: all."""

    text: str = ""
    kind: str | None = None
    status: str | None = None
    band: str | None = None
    area: str | None = None
    threat_area: str | None = None
    lro: str | None = None
    review_due_within: int | None = None
    overdue_review: bool = False


def predicate(flt: RegisterFilter, today: dt.date) -> Callable[[RegisterRow], bool]:
    """One test per row, built once per keystroke from the filter's set parts."""
    tests: list[Callable[[RegisterRow], bool]] = []
    for term in search_key(flt.text).split():
        tests.append(lambda r, t=term: t in r.key)
    for attr in ("kind", "band", "area", "lro"):
        wanted = getattr(flt, attr)
        if wanted:
            tests.append(lambda r, a=attr, w=wanted: getattr(r, a) == w)
    if flt.status == ALL_STATUSES:
        pass
    elif flt.status:
        tests.append(lambda r: r.status == flt.status)
    else:
        tests.append(lambda r: r.status not in register.CLOSED)
    if flt.threat_area:
        tests.append(lambda r: flt.threat_area in r.threat_areas)
    if flt.review_due_within is not None:
        horizon = today + dt.timedelta(days=flt.review_due_within)
        tests.append(lambda r: r.next_review_on is not None and r.next_review_on <= horizon)
    if flt.overdue_review:
        tests.append(lambda r: r.next_review_on is not None and r.next_review_on < today)
    return lambda row: all(test(row) for test in tests)


def filter_rows(rows: Iterable[RegisterRow], flt: RegisterFilter,
                today: dt.date) -> list[RegisterRow]:
    keep = predicate(flt, today)
    return [row for row in rows if keep(row)]


def review_words(next_review_on: dt.date | None, status: str, today: dt.date) -> str:
    """'Overdue by 12 days', 'Due in 5 days': the words that go with the colour."""
    if next_review_on is None or status in register.CLOSED:
        return ""
    days = (next_review_on - today).days
    plural = "s" if abs(days) != 1 else ""
    if days < 0:
        return f"Overdue by {-days} day{plural}"
    if days == 0:
        return "Due today"
    return f"Due in {days} day{plural}"


# -- one threat ----------------------------------------------------------------

def _get(session: Session, model, key: str, label: str):
    try:
        found = session.get(model, uuid.UUID(hex=key))
    except ValueError:
        found = None
    if found is None or found.deleted:
        raise NotFound(f"that {label} no longer exists (deleted, or removed by an import)")
    return found


def threat_id(session: Session, reference: str) -> str:
    return lookup.threat(session, reference).id.hex


def _iso(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def profile(session: Session, tid: str) -> dict:
    """Every register field, as text the register's parsers take back."""
    t = _get(session, Threat, tid, "threat")
    agency = session.get(Agency, t.lead_agency_id) if t.lead_agency_id else None
    return {
        "id": t.id.hex, "reference": t.reference, "name": t.name, "kind": t.kind,
        "status": t.status, "band": t.band, "threat_areas": list(t.threat_areas or []),
        "management_model": t.management_model or "",
        "extent_corruption": t.extent_corruption, "extent_awareness": t.extent_awareness,
        "extent_violence": t.extent_violence,
        "lro_id": t.lro_id.hex if t.lro_id else "", "sro_id": t.sro_id.hex if t.sro_id else "",
        "lead_agency_id": agency.name if agency else "", "area": t.area or "",
        "mapped_on": _iso(t.mapped_on), "last_assessed_on": _iso(t.last_assessed_on),
        "next_review_on": _iso(t.next_review_on), "closed_on": _iso(t.closed_on),
        "summary": t.summary or "", "disseminable": bool(t.disseminable),
    }


def people(session: Session) -> list[tuple[str, str]]:
    """(id, 'Name (agency)') for the LRO and SRO choosers."""
    query = (select(Person.id, Person.name, Agency.short_name, Agency.name)
             .outerjoin(Agency, Agency.id == Person.agency_id)
             .where(~Person.deleted).order_by(Person.name))
    return [(pid.hex, f"{name} ({short or agency})" if (short or agency) else name)
            for pid, name, short, agency in session.execute(query)]


def agency_names(session: Session) -> list[str]:
    return list(session.scalars(select(Agency.name).where(~Agency.deleted)
                                .order_by(Agency.name)))


def edit_threat(session: Session, tid: str, *, today: dt.date | None = None, **fields) -> str:
    """Edit through register.edit; returns the (perhaps new) reference."""
    return register.edit(session, _get(session, Threat, tid, "threat"), today=today,
                         **fields).reference


def add_threat(session: Session, reference: str, name: str, *, today: dt.date | None = None,
               **fields) -> tuple[str, str]:
    made = register.add(session, reference, name, today=today, **fields)
    return made.id.hex, made.reference


ENTITIES = {"threat": Threat, "member": Member, "disruption": Disruption}


def set_deleted(session: Session, entity: str, key: str, deleted: bool) -> None:
    """Tombstone a row, or lift the tombstone again (the undo of an add or remove)."""
    model = ENTITIES[entity]
    try:
        row = session.get(model, uuid.UUID(hex=key))
    except ValueError:
        row = None
    if row is None:
        raise NotFound(f"that {entity} no longer exists")
    row.deleted = deleted
    session.flush()


# -- members -------------------------------------------------------------------

class MemberRow(NamedTuple):
    id: str
    name: str
    aliases: tuple
    date_of_birth: str
    standing: str
    roles: str
    disseminable: bool

    def fields(self) -> dict:
        """As members.add and members.edit take them."""
        return {"name": self.name, "aliases": list(self.aliases),
                "date_of_birth": self.date_of_birth, "standing": self.standing,
                "roles": self.roles, "disseminable": self.disseminable}


def member_rows(session: Session, tid: str) -> list[MemberRow]:
    threat = _get(session, Threat, tid, "threat")
    return [MemberRow(m.id.hex, m.name, tuple(m.aliases or ()), _iso(m.date_of_birth),
                      m.standing, m.roles or "", bool(m.disseminable))
            for m in members.listing(session, threat)]


def add_member(session: Session, tid: str, name: str, *, today: dt.date | None = None,
               **fields) -> str:
    threat = _get(session, Threat, tid, "threat")
    return members.add(session, threat, name, today=today, **fields).id.hex


def edit_member(session: Session, mid: str, *, today: dt.date | None = None, **fields) -> None:
    members.edit(session, _get(session, Member, mid, "member"), today=today, **fields)


def remove_member(session: Session, mid: str) -> None:
    members.remove(session, _get(session, Member, mid, "member"))


def member_threat(session: Session, mid: str) -> tuple[str, str]:
    """(threat id, threat reference) of a member, for open_record('member', id)."""
    member = _get(session, Member, mid, "member")
    threat = _get(session, Threat, member.threat_id.hex, "threat")
    return threat.id.hex, threat.reference


# -- disruptions ---------------------------------------------------------------

class DisruptionRow(NamedTuple):
    id: str
    dated_on: str
    agency: str
    strand: str
    level: str
    action: str
    justification: str


def _short(text: str | None, width: int = 70) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def threat_actions(session: Session, tid: str) -> list[tuple[str, str]]:
    """(id, 'Strand · what') of a threat's live actions, to link a disruption to."""
    query = (select(Action.id, Action.strand, Action.specific)
             .where(Action.threat_id == uuid.UUID(hex=tid), ~Action.deleted)
             .order_by(Action.strand, Action.due_on))
    return [(aid.hex, f"{strand} · {_short(text)}") for aid, strand, text in
            session.execute(query)]


def disruption_rows(session: Session, tid: str) -> list[DisruptionRow]:
    threat = _get(session, Threat, tid, "threat")
    agencies = {a.id: a.short_name or a.name for a in session.scalars(select(Agency))}
    actions = dict(threat_actions(session, tid))
    return [DisruptionRow(d.id.hex, d.dated_on.isoformat(), agencies.get(d.agency_id, ""),
                          d.strand, d.level, actions.get(d.action_id.hex, "") if d.action_id
                          else "", d.justification)
            for d in reversed(disruptions.listing(session, threat=threat))]


def record_disruption(session: Session, tid: str, *, action_id: str | None = None,
                      today: dt.date | None = None, **fields) -> str:
    threat = _get(session, Threat, tid, "threat")
    action = _get(session, Action, action_id, "action") if action_id else None
    return disruptions.add(session, threat, action=action, today=today, **fields).id.hex


# -- history -------------------------------------------------------------------

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
    actions = {aid.hex: f"action {_short(text, 40)}" for aid, text in session.execute(
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
    threat = _get(session, Threat, tid, "threat")
    labels, names = _labels(session, threat)
    return [HistoryRow(e.when.strftime("%Y-%m-%d %H:%M"), e.author,
                       labels.get(e.row, f"{e.entity} {e.row}"), _field(e.field),
                       _shown(e.old, names), _shown(e.new, names))
            for e in history.for_threat(session, threat, limit=limit)]
