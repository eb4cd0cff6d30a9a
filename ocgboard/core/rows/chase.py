"""The chase list: every live action on the board as plain rows, and its filters.

The chase list shows every live action on a national board (120,000 of
them), so `action_rows` reads them in one joined query as named tuples, with
ids and dates left as text by SQLite and the RAG rating worked out once per
distinct (status, due date, override). Its filters run over those rows in
memory, so choosing one never goes back to the database.
"""

from __future__ import annotations

import datetime as dt
import gc
import uuid
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import rag, views
from ocgboard.store.models import Action, Agency, Person, Threat


class ActionRow(NamedTuple):
    """One line of the chase list."""

    id: str
    threat_ref: str
    threat_name: str
    strand: str
    specific: str
    owner: str
    owner_id: str
    officer: str | None
    status: str
    due_on: dt.date | None
    rating: rag.Rating
    number: int | None = None  # in its threat's plan, as papers cite it

    @property
    def label(self) -> str:
        return views.label(self.threat_ref, self.number)


@contextmanager
def _gc_paused():
    # Building 100,000+ tuples triggers the cyclic collector hundreds of times
    # for nothing: none of them can form a cycle.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _rater(today: dt.date):
    seen: dict = {}

    def rate(status, due_on, override) -> rag.Rating:
        key = (status, due_on, override)
        found = seen.get(key)
        if found is None:
            found = seen[key] = rag.rate(status, due_on, today, override)
        return found
    return rate


def _date_parser():
    seen: dict = {None: None}

    def parse(text):
        found = seen.get(text)
        if found is None and text is not None:  # a date already on PostgreSQL
            found = seen[text] = dt.date.fromisoformat(text) if isinstance(text, str) else text
        return found
    return parse


def action_rows(session: Session, ids: Iterable[str] | None = None,
                today: dt.date | None = None) -> list[ActionRow]:
    """Every live action (or the live ones among `ids`), as chase-list rows."""
    as_text = String()
    query = (
        select(type_coerce(Action.id, as_text), Threat.reference, Threat.name, Action.strand,
               Action.specific, func.coalesce(Agency.short_name, Agency.name),
               type_coerce(Action.owner_agency_id, as_text), Person.name, Action.status,
               type_coerce(Action.due_on, as_text), Action.rag_override, Action.number)
        .join(Threat, Threat.id == Action.threat_id)
        .join(Agency, Agency.id == Action.owner_agency_id)
        .outerjoin(Person, Person.id == Action.owner_person_id)
        .where(~Action.deleted)
    )
    if ids is not None:
        query = query.where(Action.id.in_([uuid.UUID(i) for i in ids]))
    rate, parse = _rater(today or clock.of(session).today()), _date_parser()
    with _gc_paused():
        return [ActionRow(key, ref, name, strand, specific, owner, owner_id, officer, status,
                          parse(due), rate(status, parse(due), override), number)
                for (key, ref, name, strand, specific, owner, owner_id, officer, status, due,
                     override, number) in session.connection().execute(query)]


# -- the chase list's filters, applied in memory -----------------------------------------

@dataclass(frozen=True)
class ActionFilter:
    agency_id: str | None = None
    strand: str | None = None
    status: str | None = None
    due_before: dt.date | None = None
    overdue: bool = False
    open_only: bool = False
    # The actions behind a figure elsewhere (the control strategy's coverage): the
    # list is then exactly what the figure counted, whatever the other filters say.
    ids: frozenset[str] | None = None

    def tests(self) -> list[Callable[[ActionRow], bool]]:
        """One cheap test per filter set; the most selective ones first."""
        # The tests hold the values, not self: one attribute lookup less per row.
        agency, status, strand, due = self.agency_id, self.status, self.strand, self.due_before
        found: list[Callable[[ActionRow], bool]] = []
        if self.ids is not None:
            ids = self.ids
            found.append(lambda r: r.id in ids)
        if agency:
            found.append(lambda r: r.owner_id == agency)
        if status:
            found.append(lambda r: r.status == status)
        if strand:
            found.append(lambda r: r.strand == strand)
        if self.overdue:
            # rag.rate counts days overdue only on open actions
            found.append(lambda r: r.rating.overdue_days > 0)
        elif self.open_only:
            open_ = frozenset(rag.OPEN)
            found.append(lambda r: r.status in open_)
        if due:
            found.append(lambda r: r.due_on is not None and r.due_on <= due)
        return found

    def apply(self, rows: Sequence[ActionRow]) -> list[ActionRow]:
        """The rows that pass every filter, in the order given."""
        # One pass per filter over what the last left is quicker than all() per row.
        kept: list[ActionRow] | None = None
        for test in self.tests():
            kept = list(filter(test, rows if kept is None else kept))
        return list(rows) if kept is None else kept
