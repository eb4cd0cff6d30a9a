"""The control strategy as plain data: what the command line prints and --json gives."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from ocgboard.core import control
from ocgboard.store.models import ControlStrategy


def strategy(session: Session, row: ControlStrategy, today: dt.date | None = None) -> dict:
    """A strategy with its areas (each with its battles, numbered) and priorities;
    `in_force`: whether it is the one in force today (or on `today`)."""
    in_force = control.in_force(session, today)
    return {
        "id": row.id.hex, "title": row.title, "adopted_on": row.adopted_on,
        "superseded_on": control.superseded_on(session, row),
        "in_force": in_force is not None and in_force.id == row.id,
        "aim": row.aim, "themes": control.themes(row),
        "areas": [{
            "id": area.id.hex, "number": n, "group": area.group_name, "theme": area.theme,
            "name": area.name, "management_model": area.management_model,
            "battles": [{"id": b.id.hex, "number": m, "text": b.text}
                        for m, b in enumerate(control.battles(session, area), 1)],
        } for n, area in enumerate(control.areas(session, row), 1)],
        "priorities": [p.text for p in control.priorities(session, row)],
    }


def summary(session: Session, row: ControlStrategy) -> dict:
    """A strategy's line in the list of every one adopted."""
    return {"id": row.id.hex, "title": row.title, "adopted_on": row.adopted_on,
            "superseded_on": control.superseded_on(session, row)}
