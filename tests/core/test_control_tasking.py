"""Tasking tied to the control strategy: the must-win battle an action or a strategic
plan item serves, named, checked, carried over to a new strategy."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ocgboard.core import (
    board,
    control,
    control_adopt,
    control_tasking,
    lookup,
    plans,
    register,
    strategy,
)
from ocgboard.errors import InputError, NotFound
from ocgboard.store import record
from ocgboard.store.models import Action, Change, StrategyItem
from tests.conftest import TODAY
from tests.helpers import make_action, make_threat


def served(s, row) -> str | None:
    """The words of the battle a row serves, None if none."""
    battle = control_tasking.battle_of(s, row)
    return battle.text if battle else None


@pytest.mark.parametrize("words, text", [
    ("4.2", "Disrupt the middle market"),  # its area's number and its number there
    (" 9.2. ", "Develop courier fraud trigger plan"),
    ("disrupt the MIDDLE   market", "Disrupt the middle market"),  # its words
    ("courier", "Develop courier fraud trigger plan"),  # a part found in one battle only
    ("(CIPRA)", "Set minimum standard (CIPRA) & build case for change"),
])
def test_a_battle_is_named_by_its_numbers_or_its_words(store, words, text):
    with store.reader() as s:
        assert control_tasking.find(s, words).text == text


@pytest.mark.parametrize("words, error, problem", [
    ("4.3", NotFound, "Drug Supply has no must-win battle 3 \\(it has 2\\)"),
    ("12.1", NotFound, "no threat area '12'"),
    ("improve", InputError, "'improve' is in 6 must-win battles \\(1.1, 1.3, 5.1, 6.1, "
                          "7.1, 9.1\\): give its number"),
    ("stop the boats", NotFound, "no must-win battle of 'Interim Strategic .*' says "
                                 "'stop the boats'"),
    ("", InputError, "name the must-win battle"),
])
def test_a_battle_that_is_not_there_or_not_one_is_refused(store, words, error, problem):
    with store.reader() as s, pytest.raises(error, match=problem):
        control_tasking.find(s, words)


def test_an_action_serves_a_battle_set_when_raised_changed_and_cleared(store):
    with store.session("Chair") as s:
        threat = make_threat(s)
        action = make_action(s, threat, "PUR-03", battle="4.2")
        assert served(s, action) == "Disrupt the middle market"
        free = plans.add_free(s, threat, "Close the trap house", "Pursue", owner="Police",
                              battle="courier", today=TODAY)
        assert served(s, free) == "Develop courier fraud trigger plan"
        aid = action.id.hex
    with store.session("Chair") as s:
        action = lookup.row(s, Action, aid, "action")
        plans.edit(s, action, battle="4.1")
        assert served(s, action) == "Develop mid-market supply intelligence"
        plans.edit(s, action, due_on="2027-01-31")  # battle not given: left as it is
        assert served(s, action) == "Develop mid-market supply intelligence"
    with store.session("Chair") as s:
        action = lookup.row(s, Action, aid, "action")
        plans.edit(s, action, battle="none")
        assert action.battle_id is None
    with store.reader() as s:
        said = [record.values(c.fields).get("battle_id", "-")
                for c in s.scalars(select(Change).where(Change.row_id == aid)
                                   .order_by(Change.seq))]
        battles = [v for v in said if v != "-"]
        assert len(battles) == 3 and battles[-1] is None  # set, changed, cleared: logged


def test_a_strategic_plan_item_serves_a_battle(store):
    with store.session("Chair") as s:
        item = strategy.add(s, "County lines awareness in schools", battle="3.1")
        assert served(s, item) == "Common minimum standards to responding to Exploitation risk"
        strategy.edit(s, item, battle="Disrupt the middle market")
        assert served(s, item) == "Disrupt the middle market"
        strategy.edit(s, item, battle="")
        assert item.battle_id is None


def test_a_withdrawn_battle_or_one_of_a_superseded_strategy_is_refused(store):
    with store.session("Chair") as s:
        threat = make_threat(s)
        action = make_action(s, threat)
        gone = control.withdraw_battle(s, control.battle(s, "OIC", 1))
        with pytest.raises(InputError, match="'Significantly improve intelligence picture' "
                                             "has been withdrawn"):
            control_tasking.serve(s, action, gone)
        old = control.battle(s, "MSHT", 1)
        control_adopt.adopt(s, "Control Strategy 2026", "2026-06-01")
        with pytest.raises(InputError, match="of a superseded strategy"):
            control_tasking.serve(s, action, old)
        with pytest.raises(InputError, match="not a must-win battle"):
            control_tasking.serve(s, action, 42)  # type: ignore[arg-type]
        assert action.battle_id is None


def test_a_battle_withdrawn_keeps_what_served_it_for_the_record(store):
    with store.session("Chair") as s:
        action = make_action(s, make_threat(s), battle="7.1")
        control.withdraw_battle(s, control.battle(s, "OIC", 1))
        battle = control_tasking.battle_of(s, action)
        assert battle is not None and battle.deleted
        assert control_tasking.label(s, battle) == \
            "OIC: Significantly improve intelligence picture (withdrawn)"


def test_adopting_moves_live_tasking_to_the_copy_and_leaves_closed_work_on_the_old(store):
    with store.session("Chair") as s:
        threat = make_threat(s)
        live = make_action(s, threat, "PUR-03", battle="4.2")
        done = make_action(s, threat, "PUR-02", battle="4.2")
        plans.change_status(s, done, "completed", "Claims reviewed", today=TODAY)
        struck = make_action(s, threat, "PRO-01", battle="4.2")
        plans.withdraw(s, struck, "Raised twice", today=TODAY)
        untasked = make_action(s, threat, "PUR-08", owner="DWP")
        closed_plan = make_threat(s, "OCG 05/00300", "Canal Street crew")
        on_closed = make_action(s, closed_plan, "PUR-03", battle="4.2")
        register.edit(s, closed_plan, status="dismantled", today=TODAY)
        on_withdrawn = make_action(s, threat, "PUR-03", battle="7.1")
        control.withdraw_battle(s, control.battle(s, "OIC", 1))
        going = strategy.add(s, "Schools", battle="4.2")
        finished = strategy.add(s, "Leaflets", battle="4.2")
        strategy.update(s, finished, status="complete", comment="All out")
        old = control.battle(s, "Drug Supply", 2)
        ids = {n: r.id for n, r in locals().items() if isinstance(r, (Action, StrategyItem))}
        new = control_adopt.adopt(s, "Control Strategy 2026", "2026-06-01")
        copy = control.battle(s, "Drug Supply", 2)
        assert copy.id != old.id and control.area(s, "Drug Supply", new).id == copy.area_id
    with store.reader() as s:
        def battle(name):
            row = s.get(Action, ids[name]) or s.get(StrategyItem, ids[name])
            return row.battle_id
        assert battle("live") == copy.id and battle("going") == copy.id
        assert {battle(n) for n in ("done", "struck", "on_closed", "finished")} == {old.id}
        assert battle("untasked") is None
        assert control_tasking.battle_of(s, s.get(Action, ids["on_withdrawn"])).text == \
            "Significantly improve intelligence picture"  # no copy: it keeps the old


def test_a_deleted_action_is_not_moved_on(store):
    with store.session("Chair") as s:
        action = make_action(s, make_threat(s), battle="4.2")
        action.deleted = True
        old = action.battle_id
        control_adopt.adopt(s, "Control Strategy 2026", "2026-06-01")
        assert action.battle_id == old


def test_an_agencys_laptop_may_not_say_which_battle_a_task_serves(store):
    with store.session("Chair") as s:
        action = make_action(s, make_threat(s))
        board.set_local(s, "replica", "partial")
        with pytest.raises(InputError, match="the board's to say: this laptop holds an "
                                             "agency's extract"):
            plans.edit(s, action, battle="4.2")
        plans.edit(s, action, battle="none")  # nothing to change: nothing refused
        assert action.battle_id is None
