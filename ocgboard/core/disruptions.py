"""The disruption log: what partner activity achieved against each threat."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import dates, lookup, sharing, validate, vocab
from ocgboard.errors import InputError
from ocgboard.store.models import Action, Agency, Disruption, Threat


def add(session: Session, threat: Threat, *, agency: str, strand: str, level: str,
        justification: str, on=None, action: Action | None = None,
        today: dt.date | None = None, board_only: bool | None = None) -> Disruption:
    """`board_only` None: as the threat's marking says (sharing.board_only_by_default)."""
    disruption = Disruption(
        threat_id=threat.id,
        board_only=(sharing.board_only_by_default(threat) if board_only is None
                    else board_only),
    )
    _set(session, disruption, threat, today, on=on or "", agency=agency, strand=strand,
         level=level, justification=justification)
    _link(disruption, threat, action)
    session.add(disruption)
    session.flush()
    return disruption


def edit(session: Session, disruption: Disruption, *, on=None, agency: str | None = None,
         strand: str | None = None, level: str | None = None,
         justification: str | None = None, action: Action | None = None,
         unlink: bool = False, board_only: bool | None = None,
         today: dt.date | None = None) -> Disruption:
    """Put a recorded disruption right: each field given (not None) checked as `add`
    checks it; `unlink` leaves it linked to no action."""
    threat = lookup.referenced(session, Threat, disruption.threat_id, "threat")
    given = {"on": on, "agency": agency, "strand": strand, "level": level,
             "justification": justification}
    _set(session, disruption, threat, today, **{k: v for k, v in given.items() if v is not None})
    if unlink:
        disruption.action_id = None
    elif action is not None:
        _link(disruption, threat, action)
    if board_only is not None:
        disruption.board_only = board_only
    session.flush()
    return disruption


def remove(session: Session, disruption: Disruption) -> None:
    """Tombstone it: gone from the log, the figures and the packs; the change log keeps
    it, and lifting the tombstone (rows.common.set_deleted) brings it back."""
    disruption.deleted = True
    session.flush()


def _set(session: Session, disruption: Disruption, threat: Threat, today: dt.date | None,
         **given) -> None:
    if "on" in given:
        today = today or clock.of(session).today()
        dated = dates.take(given["on"], "disruption date", dates.EVENT, today) or today
        validate.not_before(dated, threat.mapped_on, "disruption date",
                            f"{threat.reference}'s mapped date")
        disruption.dated_on = dated
    if "agency" in given:
        disruption.agency_id = lookup.agency(session, given["agency"]).id
    if "strand" in given:
        disruption.strand = vocab.canonical("strands", given["strand"])
    if "level" in given:
        disruption.level = vocab.canonical("disruption_levels", given["level"])
    if "justification" in given:
        disruption.justification = validate.text(given["justification"], "justification",
                                                 required=True)


def _link(disruption: Disruption, threat: Threat, action: Action | None) -> None:
    if action is not None and action.threat_id != threat.id:
        raise InputError(f"that action belongs to another threat, not {threat.reference}")
    disruption.action_id = action.id if action else None


def listing(session: Session, *, threat: Threat | None = None, start=None, end=None
            ) -> list[Disruption]:
    query = select(Disruption).where(~Disruption.deleted).order_by(Disruption.dated_on)
    if threat is not None:
        query = query.where(Disruption.threat_id == threat.id)
    if start:
        query = query.where(Disruption.dated_on >= validate.date(start, "from date"))
    if end:
        query = query.where(Disruption.dated_on <= validate.date(end, "to date"))
    return list(session.scalars(query))


@dataclass(frozen=True)
class LogRow:
    """One disruption in the board's log, with names instead of ids."""

    id: str
    dated_on: dt.date
    threat: str
    threat_name: str
    agency: str
    strand: str
    level: str
    justification: str


def log(session: Session, *, start=None, end=None, level: str | None = None) -> list[LogRow]:
    """The board's disruption log, newest first, optionally of one level."""
    query = (select(Disruption, Threat.reference, Threat.name,
                    func.coalesce(Agency.short_name, Agency.name))
             .join(Threat, Threat.id == Disruption.threat_id)
             .join(Agency, Agency.id == Disruption.agency_id)
             .where(~Disruption.deleted, ~Threat.deleted)
             .order_by(Disruption.dated_on.desc(), Threat.reference))
    if start:
        query = query.where(Disruption.dated_on >= validate.date(start, "from date"))
    if end:
        query = query.where(Disruption.dated_on <= validate.date(end, "to date"))
    if level:
        query = query.where(Disruption.level == vocab.canonical("disruption_levels", level))
    return [LogRow(d.id.hex, d.dated_on, ref, name, agency, d.strand, d.level, d.justification)
            for d, ref, name, agency in session.execute(query)]
