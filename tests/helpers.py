"""Small builders shared by tests."""

from __future__ import annotations

import datetime as dt

from ocgboard.core import lookup, plans, register
from tests.conftest import TODAY

MAPPED = dt.date(2024, 1, 10)


def make_threat(session, reference: str = "OCG 05/00283", name: str = "Hartley Road network",
                **fields):
    fields.setdefault("mapped_on", MAPPED.isoformat())
    return register.add(session, reference, name, today=TODAY, **fields)


def make_action(session, threat, code: str = "PUR-03", **kwargs):
    kwargs.setdefault("today", TODAY)
    return plans.add_from_tactic(session, threat, lookup.tactic(session, code), **kwargs)
