"""Boards shared by the tests of several row modules: the register's, plans' and meetings'."""

from __future__ import annotations

import datetime as dt

import pytest

from ocgboard.core import agencies, agenda, lookup, meetings, plans
from ocgboard.core.rows import disruptions as disruption_rows
from tests.conftest import TODAY
from tests.helpers import make_action, make_threat


@pytest.fixture
def register_board(store):
    """Three threats, one with an accented LRO, one closed; reviews due around TODAY."""
    with store.session("Chair") as s:
        agencies.add_person(s, "DI Đorđe Đorđević", "Police")
        make_threat(s, reference="OCG 05/00283", name="Hartley Road network", band="2B",
                    threat_areas="county lines", area="Millbrook", lro_id="DI Đorđe Đorđević",
                    next_review_on="2026-11-11")
        make_threat(s, reference="OCG 05/00300", name="Kovačević family", band="3A",
                    area="Ashton", next_review_on="2026-12-01")
        make_threat(s, reference="PI 12/00001", name="Ștefan Drăgulescu",
                    kind="Priority Individual", status="dismantled", area="Ashton",
                    next_review_on="2026-01-01")
    return store


@pytest.fixture
def disrupted(register_board):
    """OCG 05/00283 with an action, and a major disruption linked to it: (store, tid, aid)."""
    with register_board.session("Chair") as s:
        threat = lookup.threat(s, "OCG 05/00283")
        action = make_action(s, threat, "PUR-03")
        tid, aid = threat.id.hex, action.id.hex
    with register_board.session("DS Ó Súilleabháin") as s:
        disruption_rows.record_disruption(s, tid, agency="Police", strand="pursue",
                                          level="major", justification="Warrant executed",
                                          on="2026-11-01", action_id=aid, today=TODAY)
    return register_board, tid, aid


@pytest.fixture
def plan_board(store):
    """Two threats: three actions on the first (one late, one done), one on the second."""
    with store.session("Chair") as s:
        agencies.add_person(s, "DS Ana Kowalczyk", "Police")
        first = make_threat(s)
        second = make_threat(s, "OCG 05/00300", "Canal Street crew")
        late = make_action(s, first, "PUR-03", due_on="2026-11-01",
                           person="DS Ana Kowalczyk")
        soon = make_action(s, first, "PRO-01", due_on="2026-12-01")
        done = make_action(s, first, "PUR-02", due_on="2026-10-01")
        plans.change_status(s, done, "completed", "Claims reviewed", today=TODAY)
        other = make_action(s, second, "PUR-08", due_on="2027-03-01", owner="DWP")
    return {"late": late.id.hex, "soon": soon.id.hex, "done": done.id.hex,
            "other": other.id.hex, "first": first.id.hex}


@pytest.fixture
def meeting_board(store):
    """A held meeting (2 Nov) with a decision on one action, and a planned one."""
    with store.session("Chair") as s:
        agencies.add_person(s, "Supt Gary Marsh", "Police")
        agencies.add_person(s, "Siobhán Ó Súilleabháin", "DWP")
        agencies.add_person(s, "Jo Bloggs")
        due = make_threat(s, reference="DUE", next_review_on="2026-11-30")
        make_threat(s, reference="LATER", next_review_on="2027-03-01")
        make_threat(s, reference="GONE", status="dismantled")
        late = make_action(s, due, "PUR-03", due_on="2026-11-01", today=dt.date(2026, 10, 1))
        make_action(s, due, "PUR-02", due_on="2027-02-01", today=dt.date(2026, 10, 1))
        held = meetings.add(s, "October board", "2026-11-02", venue="Civic Centre",
                            chair="Supt Gary Marsh", threats=["DUE"], with_due_reviews=False)
        held.status = "held"
        meetings.attend(s, held, "Supt Gary Marsh", "present")
        meetings.attend(s, held, "Siobhán Ó Súilleabháin", "apologies")
        agenda.decide(s, agenda.item_at(s, held, 5), "Plan approved")
        meetings.decide_on_action(s, held, late, "Escalate to the SRO", "in progress",
                                  today=TODAY)
        planned = meetings.add(s, "December board", "2026-12-03", chair="Supt Gary Marsh")
        ids = held.id.hex, planned.id.hex, late.id.hex
    return store, ids
