"""The Control strategy page's rows: a strategy whole, the live work of the newest's
battles by number, and the undo of its battles' edits refused once it is superseded."""

import pytest

from ocgboard.core import control_tasking, strategy
from ocgboard.core.rows import control as control_rows
from ocgboard.errors import InputError


def test_the_strategy_in_force_with_the_work_serving_each_battle(store):
    with store.session("Chair") as s:
        item = strategy.add(s, "Train financial investigators")
        control_tasking.serve(s, item, "4.2")
    with store.reader() as s:
        shown = control_rows.shown(s)
    assert shown is not None and shown.in_force and shown.superseded_on is None
    drugs = shown.areas[3]
    assert (drugs.number, drugs.name, drugs.management_model) == (
        4, "Drug Supply", "force-led, ROCU-assisted")
    first, second = drugs.battles
    assert (second.number, second.text) == ("4.2", "Disrupt the middle market")
    assert [w.label for w in second.items] == [f"Strategic action {item.number}"]
    assert not second.no_live_action and first.no_live_action


def test_undoing_an_edit_of_a_superseded_strategy_is_refused(store, today):
    with store.session("Chair") as s:
        area = control_rows.shown(s).areas[3].id
        added = control_rows.add_battle(s, area, "Close cuckooed addresses")
        control_rows.adopt(s, "Control Strategy 2026", today)
    with store.session("Chair") as s, pytest.raises(InputError, match="superseded"):
        control_rows.set_battle_deleted(s, added, True)
    with store.session("Chair") as s, pytest.raises(InputError, match="superseded"):
        control_rows.withdraw_battle(s, added)
    with store.reader() as s:
        old, new = control_rows.choices(s)[::-1]
        assert new.in_force and old.superseded_on == today
        assert control_rows.shown(s, old.id).areas[3].battles[-1].text == \
            "Close cuckooed addresses"
