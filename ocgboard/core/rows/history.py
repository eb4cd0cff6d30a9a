"""The history page and a threat's history tab: lines a page at a time, what their
filters offer, and a line's field records on demand.

The lines are core.history_lines', which the command line prints too; here the
filters come as a view's controls hold them (typed dates, a threat's id).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core import dates, history_lines
from ocgboard.core.history_lines import PAGE, Cursor, FieldChange, Line, Page, Query
from ocgboard.core.history_words import KINDS
from ocgboard.store.models import Threat


@dataclass(frozen=True)
class Filters:
    """What the filter controls hold; empty means any."""

    threat: str | None = None  # a threat's id: its history only
    author: str = ""
    kind: str = ""
    text: str = ""
    since: str = ""  # as typed: 31/01/2027, 31 Jan 2027, 2027-01-31
    until: str = ""


@dataclass(frozen=True)
class Choices:
    authors: tuple[str, ...]
    kinds: tuple[tuple[str, str], ...]  # (kind, what the filter calls it)
    threats: tuple[tuple[str, str], ...]  # (id, 'OCG 05/00283 Hartley Road network')


def choices(session: Session, with_threats: bool = True) -> Choices:
    threats: tuple[tuple[str, str], ...] = ()
    if with_threats:
        threats = tuple((tid.hex, f"{reference} {name}".strip()) for tid, reference, name in
                        session.execute(select(Threat.id, Threat.reference, Threat.name)
                                        .where(~Threat.deleted).order_by(Threat.reference)))
    return Choices(tuple(history_lines.authors(session)), tuple(KINDS.items()), threats)


def query(filters: Filters) -> Query:
    """The filters as the history reads them; a date that is not one is refused with
    the one line a form shows (dates.DateRefused)."""
    since = dates.parse(filters.since, "from date")
    until = dates.parse(filters.until, "to date")
    return Query(threat=filters.threat or None, author=filters.author or None,
                 kind=filters.kind or None, text=filters.text, since=since, until=until)


# How many operations a page looks through for lines its words or kind pick (about
# half a second's work on a national board): the reader asks for more.
LOOKED = 2 * PAGE


def lines(session: Session, filters: Filters, after: Cursor | None = None,
          limit: int = PAGE) -> Page:
    return history_lines.page(session, query(filters), after=after, limit=limit,
                              looked=max(LOOKED, 2 * limit))


def field_records(session: Session, line: Line) -> tuple[FieldChange, ...]:
    return history_lines.field_records(session, line)
