import datetime as dt

import pytest
from sqlalchemy import select

from ocgboard.core.rows import chase as chase_rows
from ocgboard.core.rows import plans as plan_rows
from ocgboard.core.rows import tactics as tactic_rows
from ocgboard.errors import InputError, NotFound
from ocgboard.store.models import Action, Change
from tests.conftest import TODAY


def test_plan_in_strand_order_with_dated_trails(store, plan_board):
    with store.reader() as s:
        plan = plan_rows.plan(s, "OCG 05/00283", today=TODAY)
        same = plan_rows.plan(s, plan_board["first"], today=TODAY)
    assert plan == same
    assert (plan.reference, plan.name) == ("OCG 05/00283", "Hartley Road network")
    assert [a.strand for a in plan.actions] == ["Pursue", "Pursue", "Protect"]
    done = next(a for a in plan.actions if a.id == plan_board["done"])
    assert [(u.status, u.comment, u.author) for u in done.updates] == [
        ("proposed", "Added to the plan from library tactic PUR-02", "Chair"),
        ("completed", "Claims reviewed", "Chair")]
    assert done.tactic_code == "PUR-02" and done.owner_name == "Department for Work and Pensions"
    with pytest.raises(NotFound):
        plan_rows.plan(s, "OCG 99/99999")


def test_adding_tactics_fills_the_reference_and_takes_the_chosen_owner(store, plan_board):
    drafts = [tactic_rows.TacticDraft("PUR-10", "HMRC", "2027-01-31", measurable="Order made"),
              tactic_rows.TacticDraft("PRV-01", "Youth Offending Team", None, timebound="Q1")]
    with store.session("Chair") as s:
        made = plan_rows.add_tactics(s, "OCG 05/00300", drafts, today=TODAY)
    with store.reader() as s:
        added = [plan_rows.action(s, key, today=TODAY) for key in made]
    assert [(a.owner, a.tactic_code) for a in added] == [("HMRC", "PUR-10"), ("YOT", "PRV-01")]
    assert "OCG 05/00300" in added[0].specific and "**" not in added[0].specific
    assert (added[0].measurable, added[0].due_on) == ("Order made", dt.date(2027, 1, 31))
    assert added[1].timebound == "Q1" and added[1].status == "proposed"


def test_adding_tactics_is_all_or_nothing_and_names_the_tactic_refused(store, plan_board):
    drafts = [tactic_rows.TacticDraft("PUR-10", "Police"),
              tactic_rows.TacticDraft("PUR-11", "MI7")]
    with pytest.raises(NotFound, match="^PUR-11: no agency called 'MI7'"), \
            store.session("Chair") as s:
        plan_rows.add_tactics(s, "OCG 05/00300", drafts, today=TODAY)
    with pytest.raises(InputError, match="PUR-10: choose the owner agency"), \
            store.session("Chair") as s:
        plan_rows.add_tactics(s, "OCG 05/00300", [tactic_rows.TacticDraft("PUR-10", "")])
    with pytest.raises(InputError, match="at least one tactic"), store.session("Chair") as s:
        plan_rows.add_tactics(s, "OCG 05/00300", [])
    with store.reader() as s:
        assert len(chase_rows.action_rows(s)) == 4


def test_removing_added_actions_tombstones_them_and_restoring_brings_back_only_those(
        store, plan_board):
    with store.session("Chair") as s:
        made = plan_rows.add_tactics(s, "OCG 05/00300",
                                     [tactic_rows.TacticDraft("PUR-10", "Police")])
        withdrawn, _ = plan_rows.change_status(s, made[0], "agreed", "Agreed", today=TODAY)
        plan_rows.withdraw_update(s, withdrawn, "proposed")
    with store.session("Chair") as s:
        removed = plan_rows.remove_actions(s, made)
    with store.reader() as s:
        assert len(removed) == 1  # the creation update; the withdrawn one stays withdrawn
        assert made[0] not in {r.id for r in chase_rows.action_rows(s)}
        assert s.get(Action, _uuid(made[0])).deleted
        tombstones = s.scalars(select(Change).where(
            Change.fields.contains('"deleted":true'))).all()
        assert len(tombstones) >= 2  # the change log carries the tombstones to peers
    with store.session("Chair") as s:
        plan_rows.restore_actions(s, made, removed)
    with store.reader() as s:
        back = plan_rows.action(s, made[0], today=TODAY)
        assert [u.status for u in back.updates] == ["proposed"] and back.status == "proposed"


def test_status_change_by_id_can_be_withdrawn_and_restored(store, plan_board):
    with store.session("DS Ana Kowalczyk") as s:
        update, before = plan_rows.change_status(s, plan_board["soon"], "agreed", "Agreed at board",
                                                 on="23/11/2026", today=TODAY)
    assert before == "proposed"
    with store.session("Chair") as s:
        plan_rows.withdraw_update(s, update, before)
    with store.reader() as s:
        row = plan_rows.action(s, plan_board["soon"], today=TODAY)
        assert row.status == "proposed" and len(row.updates) == 1
    with store.session("Chair") as s:
        plan_rows.restore_update(s, update)
    with store.reader() as s:
        row = plan_rows.action(s, plan_board["soon"], today=TODAY)
        last = row.updates[-1]
    assert (row.status, last.dated_on, last.author) == (
        "agreed", TODAY, "DS Ana Kowalczyk")
    with pytest.raises(InputError, match="comment must not be empty"), \
            store.session("Chair") as s:
        plan_rows.change_status(s, plan_board["soon"], "in progress", "  ", today=TODAY)


def test_edit_by_id_and_blank_clears_due_date_and_officer(store, plan_board):
    with store.session("Chair") as s:
        plan_rows.edit(s, plan_board["late"], due_on="", person="", measurable="Two arrests",
                       rag_override="green")
    with store.reader() as s:
        row = plan_rows.action(s, plan_board["late"], today=TODAY)
    assert (row.due_on, row.officer_id, row.measurable, row.rag_override) == (
        None, None, "Two arrests", "green")
    assert row.rating.label == "Green (set by the board)"


def test_free_text_action_needs_an_owner(store, plan_board):
    with store.session("Chair") as s:
        key = plan_rows.add_free(s, "OCG 05/00300", "protect", "Visit car washes", owner="LA",
                                 due_on="2027-02-01", today=TODAY, timebound="By February")
    with store.reader() as s:
        row = plan_rows.action(s, key, today=TODAY)
    assert (row.strand, row.owner, row.tactic_code, row.timebound) == (
        "Protect", "LA", None, "By February")
    with pytest.raises(InputError, match="owner agency"), store.session("Chair") as s:
        plan_rows.add_free(s, "OCG 05/00300", "Protect", "Visit", owner=None)


def _uuid(key: str):
    import uuid

    return uuid.UUID(hex=key)
