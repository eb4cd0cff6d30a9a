"""An action's number in its threat is given once, when it is raised, and never changes
or goes to another action: minutes that cite "OCG 05/00283 · 4" keep pointing at it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from ocgboard.core import demo, lookup, plans
from ocgboard.core.rows import plans as plan_rows
from ocgboard.store.models import Action
from ocgboard.store.verify import verify
from tests.helpers import make_action, make_threat


def numbers(session, threat) -> dict[str, int | None]:
    return {a.id.hex: a.number for a in session.scalars(
        select(Action).where(Action.threat_id == threat.id))}


def test_actions_are_numbered_as_raised_in_each_threat(store):
    with store.session("Chair") as s:
        first, second = make_threat(s), make_threat(s, "OCG 05/00300", "Canal Street crew")
        # Prevent before Pursue: a number follows when it was raised, not the strand.
        raised = [make_action(s, first, code) for code in ("PRV-01", "PUR-03", "PUR-02")]
        other = make_action(s, second, "PUR-08")
        assert [a.number for a in raised] == [1, 2, 3]
        assert other.number == 1


def test_numbers_hold_when_actions_are_added_and_deleted(store):
    with store.session("Chair") as s:
        threat = make_threat(s)
        kept = [make_action(s, threat, code) for code in ("PUR-03", "PRO-01", "PUR-02")]
        before = numbers(s, threat)
        last = kept[-1].id.hex
    with store.session("Chair") as s:
        plan_rows.remove_actions(s, [last])
    with store.session("Chair") as s:
        threat = lookup.threat(s, "OCG 05/00283")
        # An action in the first strand, raised later: the others keep theirs.
        added = make_action(s, threat, "PUR-01")
        assert added.number == 4  # never 3 again: the deleted action keeps its number
        assert {k: v for k, v in numbers(s, threat).items() if k != added.id.hex} == before


def test_a_deleted_action_brought_back_has_its_own_number(store):
    with store.session("Chair") as s:
        threat = make_threat(s)
        action = make_action(s, threat)
        make_action(s, threat, "PUR-02")
        key = action.id.hex
    with store.session("Chair") as s:
        updates = plan_rows.remove_actions(s, [key])
    with store.session("Chair") as s:
        plan_rows.restore_actions(s, [key], updates)
    with store.reader() as s:
        assert lookup.by_id(s, Action, key, "action").number == 1


def test_the_number_is_a_logged_field_like_any_other(store):
    with store.session("Chair") as s:
        threat = make_threat(s)
        make_action(s, threat)
        make_action(s, threat, "PUR-02")
    with store.engine.connect() as conn:
        report = verify(conn)
    assert report.ok, report.problems


def test_same_day_actions_follow_the_order_they_were_raised_in(store):
    """Several raised on one day get 1, 2, 3 in the order typed, whatever their ids."""
    with store.session("Chair") as s:
        threat = make_threat(s)
        day = dt.date(2026, 11, 2)
        made = [plans.add_free(s, threat, f"Step {n}", "Pursue", owner="Police", today=day)
                for n in range(1, 7)]
        assert [(a.specific, a.number) for a in made] == \
            [(f"Step {n}", n) for n in range(1, 7)]


def test_a_demo_board_numbers_each_threats_actions_as_raised(store):
    with store.session("Chair") as s:
        demo.generate(s, "small")
    with store.reader() as s:
        plans_by_threat: dict = {}
        for a in s.scalars(select(Action)):
            plans_by_threat.setdefault(a.threat_id, []).append(a)
    for actions in plans_by_threat.values():
        assert sorted(a.number for a in actions) == list(range(1, len(actions) + 1))
        by_number = sorted(actions, key=lambda a: a.number)
        assert [a.raised_on for a in by_number] == sorted(a.raised_on for a in actions)
    with store.engine.connect() as conn:
        assert verify(conn).ok
