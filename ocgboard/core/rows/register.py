"""Plain rows for the threat register and the threat editor.

The register of a national board (5,000 threats) is loaded as plain tuples in
one query, each with a folded search key, and filtered in memory, so a
keystroke in a filter never goes back to the database. The editor's reads and
writes take a threat's id (hex), because its reference is itself editable.
Values come back as text the register's parsers accept, so an undo can hand
the old value straight back to the same service. A threat's members,
disruptions and history have modules of their own (member_rows,
disruption_rows, history_rows), over the same lookups.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core import collation, control, control_areas, lookup, rag, register, sharing
from ocgboard.core.rows.common import iso
from ocgboard.store.engine import fold
from ocgboard.store.models import Agency, Person, Threat

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
        areas, name = tuple(areas or ()), sharing.held_name(name, kind)
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
        tests.append(_has_term(term))
    for attr in ("kind", "band", "area", "lro"):
        wanted = getattr(flt, attr)
        if wanted:
            tests.append(_equals(attr, wanted))
    if flt.status == ALL_STATUSES:
        pass
    elif flt.status:
        tests.append(lambda r: r.status == flt.status)
    else:
        tests.append(lambda r: r.status not in register.CLOSED)
    if flt.threat_area:
        tests.append(_in_threat_area(flt.threat_area))
    if flt.review_due_within is not None:
        horizon = today + dt.timedelta(days=flt.review_due_within)
        tests.append(lambda r: r.next_review_on is not None and r.next_review_on <= horizon)
    if flt.overdue_review:
        tests.append(lambda r: r.next_review_on is not None and r.next_review_on < today)
    return lambda row: all(test(row) for test in tests)


def _in_threat_area(name: str) -> Callable[[RegisterRow], bool]:
    # Matched as the control strategy's coverage maps threats to its areas, so that
    # 'CSAE' finds a threat naming 'CSAE (organised / online)' and a coverage figure
    # opens the very threats it counts.
    wanted = _area_key(name)
    return lambda r: any(_area_key(area) == wanted for area in r.threat_areas)


@lru_cache(maxsize=4096)
def _area_key(name: str) -> str:
    return control.key(name)


def _has_term(term: str) -> Callable[[RegisterRow], bool]:
    # A function per test, so that each lambda holds its own term, not the loop's last.
    return lambda r: term in r.key


def _equals(attr: str, wanted: str) -> Callable[[RegisterRow], bool]:
    return lambda r: getattr(r, attr) == wanted


def filter_rows(rows: Iterable[RegisterRow], flt: RegisterFilter,
                today: dt.date) -> list[RegisterRow]:
    keep = predicate(flt, today)
    return [row for row in rows if keep(row)]


def review_words(next_review_on: dt.date | None, status: str, today: dt.date) -> str:
    """'Overdue by 12 days', 'Due in 5 days': the words that go with the colour."""
    if next_review_on is None or status in register.CLOSED:
        return ""
    return rag.due_words(next_review_on, today)


# -- one threat ----------------------------------------------------------------

def threat_id(session: Session, reference: str) -> str:
    return lookup.threat(session, reference).id.hex


def profile(session: Session, tid: str) -> dict:
    """Every register field, as text the register's parsers take back."""
    t = lookup.row(session, Threat, tid, "threat")
    agency = session.get(Agency, t.lead_agency_id) if t.lead_agency_id else None
    return {
        "id": t.id.hex, "reference": t.reference, "name": t.name, "kind": t.kind,
        "status": t.status, "band": t.band, "threat_areas": list(t.threat_areas or []),
        "management_model": t.management_model or "",
        "extent_corruption": t.extent_corruption, "extent_awareness": t.extent_awareness,
        "extent_violence": t.extent_violence,
        "lro_id": t.lro_id.hex if t.lro_id else "", "sro_id": t.sro_id.hex if t.sro_id else "",
        "lead_agency_id": agency.name if agency else "", "area": t.area or "",
        "mapped_on": iso(t.mapped_on), "last_assessed_on": iso(t.last_assessed_on),
        "next_review_on": iso(t.next_review_on), "closed_on": iso(t.closed_on),
        "summary": t.summary or "", "disseminable": bool(t.disseminable),
        "area_choices": _area_choices(session, list(t.threat_areas or [])),
    }


def _area_choices(session: Session, held: list[str]) -> list[str]:
    """The strategy's threat areas, then any other the threat still names."""
    offered = control_areas.names(session)
    return [*offered, *(name for name in held if name not in offered)]


def people(session: Session) -> list[tuple[str, str]]:
    """(id, 'Name (agency)') for the LRO and SRO choosers."""
    query = (select(Person.id, Person.name, Agency.short_name, Agency.name)
             .outerjoin(Agency, Agency.id == Person.agency_id)
             .where(~Person.deleted))
    found = collation.sort(session.execute(query), name=lambda row: row.name)
    return [(pid.hex, f"{name} ({short or agency})" if (short or agency) else name)
            for pid, name, short, agency in found]


def agency_names(session: Session) -> list[str]:
    return collation.sort(session.scalars(select(Agency.name).where(~Agency.deleted)),
                          name=str)


def edit_threat(session: Session, tid: str, *, today: dt.date | None = None, **fields) -> str:
    """Edit through register.edit; returns the (perhaps new) reference."""
    return register.edit(session, lookup.row(session, Threat, tid, "threat"), today=today,
                         **fields).reference


def add_threat(session: Session, reference: str, name: str, *, today: dt.date | None = None,
               **fields) -> tuple[str, str]:
    made = register.add(session, reference, name, today=today, **fields)
    return made.id.hex, made.reference


