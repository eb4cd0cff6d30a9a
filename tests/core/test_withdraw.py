"""Withdrawing an action: struck off the plan with a reason, kept on record with its number."""

import datetime as dt
import json

import pytest
from sqlalchemy import select

from ocgboard.core import lookup, open_work, plans, rag, vocab
from ocgboard.core.rows import plans as plan_rows
from ocgboard.errors import InputError
from ocgboard.store.models import Action, Change
from tests.conftest import TODAY
from tests.helpers import make_action, make_threat


@pytest.fixture
def planned(store):
    with store.session("Chair") as s:
        threat = make_threat(s)
        first = make_action(s, threat, "PUR-03", due_on="2026-11-01")
        second = make_action(s, threat, "PRO-01")
        plans.change_status(s, second, "agreed", "Agreed at the board", today=TODAY)
        return {"threat": threat.id.hex, "first": first.id.hex, "second": second.id.hex,
                "reference": threat.reference}


def test_a_withdrawn_action_keeps_its_number_and_says_why_in_a_dated_update(store, planned):
    with store.session("Chair") as s:
        update_id, before = plan_rows.withdraw_action(s, planned["first"],
                                                      "Raised in error: a duplicate of 2")
    assert before == "proposed"
    with store.reader() as s:
        row = plan_rows.action(s, planned["first"])
        shown = plan_rows.plan(s, planned["threat"])
        number = lookup.row(s, Action, planned["first"], "action").number
    assert row.status == "withdrawn" and number == 1
    assert row.rating == rag.Rating("closed", "Withdrawn")
    last = row.updates[-1]
    assert (last.id, last.status, last.dated_on, last.author) == \
        (update_id, "withdrawn", TODAY, "Chair")
    assert last.comment == "Raised in error: a duplicate of 2"
    assert planned["first"] in {a.id for a in shown.actions}  # still on the plan, as withdrawn


def test_withdrawing_needs_a_reason_and_happens_once(store, planned):
    with store.session("Chair") as s, pytest.raises(InputError, match="reason"):
        plan_rows.withdraw_action(s, planned["first"], "   ")
    with store.session("Chair") as s:
        plan_rows.withdraw_action(s, planned["first"], "Duplicate")
    with store.session("Chair") as s, pytest.raises(InputError, match="withdrawn already"):
        plan_rows.withdraw_action(s, planned["first"], "Again")


def test_withdrawn_is_not_a_status_an_update_moves_to_nor_from(store, planned):
    assert "withdrawn" in vocab.values("action_statuses")
    assert all("withdrawn" not in vocab.transitions(s) for s in vocab.values("action_statuses"))
    with store.session("Chair") as s, pytest.raises(InputError, match="cannot become withdrawn"):
        plan_rows.change_status(s, planned["second"], "withdrawn", "Gone")
    with store.session("Chair") as s:
        plan_rows.withdraw_action(s, planned["second"], "Overtaken by the NCA's operation")
    with store.session("Chair") as s, pytest.raises(InputError, match="withdrawn"):
        plan_rows.change_status(s, planned["second"], "agreed", "Back again")


def test_undoing_a_withdrawal_gives_the_action_back_its_status_and_redo_withdraws_again(
        store, planned):
    with store.session("Chair") as s:
        update_id, before = plan_rows.withdraw_action(s, planned["second"], "Duplicate")
    with store.session("Chair") as s:
        plan_rows.withdraw_update(s, update_id, before)
    with store.reader() as s:
        row = plan_rows.action(s, planned["second"])
    assert row.status == "agreed" and update_id not in {u.id for u in row.updates}
    with store.session("Chair") as s:
        plan_rows.restore_update(s, update_id)
    with store.reader() as s:
        assert plan_rows.action(s, planned["second"]).status == "withdrawn"


def test_a_withdrawn_action_is_not_open_work_nor_counted_in_the_figures(store, planned):
    with store.session("Chair") as s:
        plan_rows.withdraw_action(s, planned["first"], "Duplicate")
    with store.reader() as s:
        listed = plans.listing(s, open_only=True)
        works = open_work.on(s, TODAY)
        later = open_work.on(s, TODAY + dt.timedelta(days=1))
    assert planned["first"] not in {a.id.hex for a in listed}
    assert not rag.is_open("withdrawn")
    assert [w.status for w in works] == ["agreed"]  # the withdrawn one is not counted
    assert [w.status for w in later] == ["agreed"]


def test_the_withdrawal_is_in_the_change_log_by_its_author(store, planned):
    with store.session("DS Ana Kowalczyk") as s:
        update_id, _ = plan_rows.withdraw_action(s, planned["first"], "Duplicate")
    with store.reader() as s:
        logged = {(c.entity, c.row_id): (c.author, json.loads(c.fields))
                  for c in s.scalars(select(Change).order_by(Change.id))}
    assert logged[("action", planned["first"])] == ("DS Ana Kowalczyk", {"status": "withdrawn"})
    author, fields = logged[("action_update", update_id)]
    assert fields["status"] == "withdrawn" and fields["comment"] == "Duplicate"


def test_the_period_figures_leave_a_withdrawn_action_out(store, planned):
    from ocgboard.core import stats

    with store.reader() as s:
        before = stats.collect(s, TODAY - dt.timedelta(days=30), TODAY)
    with store.session("Chair") as s:
        plan_rows.withdraw_action(s, planned["first"], "Duplicate")
    with store.reader() as s:
        after = stats.collect(s, TODAY - dt.timedelta(days=30), TODAY)
    assert after.actions_raised == before.actions_raised - 1
    assert "withdrawn" not in after.actions_by_status
    assert after.open_actions == before.open_actions - 1
