"""The control strategy through its services: which is in force, the battles' edits,
a new strategy adopted with the old kept for the record."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from ocgboard.core import control, control_adopt, control_view
from ocgboard.errors import InputError, NotFound
from ocgboard.store.models import Change, ControlBattle

SEEDED = "Interim Strategic Assessment; Control Strategy May 2024"


def texts(s, area: str) -> list[str]:
    return [b.text for b in control.battles(s, control.area(s, area))]


def test_a_battle_is_added_last_of_its_area_and_logged(store):
    with store.session("Chair") as s:
        row = control.add_battle(s, "drug supply", "  Close cuckooed addresses ")
        assert control.place(s, row) == control.Placed("Drug Supply", 3)
    with store.reader() as s:
        assert texts(s, "Drug Supply")[-1] == "Close cuckooed addresses"
        logged = s.scalars(select(Change).where(Change.row_id == row.id.hex)).all()
        assert [c.author for c in logged] == ["Chair"]


def test_an_area_is_found_by_its_number_or_name_and_an_unknown_one_refused(store):
    with store.reader() as s:
        assert control.area(s, "4").name == "Drug Supply"
        assert control.area(s, "csae (ORGANISED / online)").name == "CSAE (organised / online)"
        with pytest.raises(NotFound, match="no threat area 'Firearms'.*SOC Consistency"):
            control.area(s, "Firearms")


def test_a_battle_is_reworded_and_withdrawn(store):
    with store.session("Chair") as s:
        control.edit_battle(s, control.battle(s, "Fraud", 2), "Run the courier fraud plan")
        gone = control.withdraw_battle(s, control.battle(s, "SOC Consistency", "2."))
    with store.reader() as s:
        assert texts(s, "Fraud") == ["Improve ML awareness & intel processes",
                                     "Run the courier fraud plan"]
        assert texts(s, "SOC Consistency") == [
            "Diagnose issues/Plan/start to improve SOC Master List (OCGs)",
            "Improve SOC system tasking & roll-out APMIS"]
        assert s.get(ControlBattle, gone.id).deleted  # a tombstone: its history stays


@pytest.mark.parametrize("text, problem", [
    ("", "must not be empty"),
    ("two\nlines", "single line"),
    ("x" * 501, "the limit is 500"),
    ("disrupt THE middle market", "already has the must-win battle"),
])
def test_a_battle_is_refused_in_the_apps_words(store, text, problem):
    with store.session("Chair") as s, pytest.raises(InputError, match=problem):
        control.add_battle(s, "Drug Supply", text)


def test_a_battle_number_that_is_not_there_is_refused(store):
    with store.reader() as s:
        with pytest.raises(NotFound, match="OIC has no must-win battle 3 \\(it has 2\\)"):
            control.battle(s, "OIC", 3)
        with pytest.raises(InputError, match="'two' is not a must-win battle's number"):
            control.battle(s, "OIC", "two")


def test_adopting_copies_the_newest_and_keeps_the_old_for_the_record(store, today):
    with store.session("Chair") as s:
        control.withdraw_battle(s, control.battle(s, "OIC", 1))
        new = control_adopt.adopt(s, "Control Strategy 2026", "01/06/2026")
        old = control.strategies(s)[0]
    with store.reader() as s:
        assert [x.title for x in control.strategies(s)] == [SEEDED, "Control Strategy 2026"]
        assert control.in_force(s).id == new.id
        assert control.in_force(s, dt.date(2026, 5, 31)).id == old.id
        assert control.in_force(s, dt.date(2024, 4, 30)) is None
        assert control.superseded_on(s, old) == dt.date(2026, 6, 1)
        before, after = control_view.strategy(s, old), control_view.strategy(s, new)
        assert not before["in_force"] and after["in_force"]
        strip = lambda data: [(a["group"], a["name"], a["management_model"],  # noqa: E731
                               [b["text"] for b in a["battles"]]) for a in data["areas"]]
        assert strip(before) == strip(after)
        assert after["priorities"] == before["priorities"] and after["themes"] == before["themes"]
        assert {a["id"] for a in after["areas"]}.isdisjoint(a["id"] for a in before["areas"])
        assert after["areas"][6]["battles"] == [
            {"id": after["areas"][6]["battles"][0]["id"], "number": 1,
             "text": "Target harden infrastructure vulnerabilities"}]


def test_edits_go_to_the_newest_and_a_superseded_strategy_is_never_edited(store):
    with store.session("Chair") as s:
        old_battle = control.battle(s, "MSHT", 1)
        control_adopt.adopt(s, "Control Strategy 2026", "2026-06-01")
        control.add_battle(s, "MSHT", "Map the car washes")
        with pytest.raises(InputError, match="superseded is kept for the record"):
            control.edit_battle(s, old_battle, "Rewritten history")
    with store.reader() as s:
        old, new = control.strategies(s)
        assert len(control.battles(s, control.area(s, "MSHT", old))) == 1
        assert len(control.battles(s, control.area(s, "MSHT", new))) == 2


@pytest.mark.parametrize("title, on, problem", [
    ("Earlier", "2024-05-01", "must be after 1 May 2024"),
    ("", "2026-06-01", "title must not be empty"),
    ("Far off", "2031-01-01", "more than two years from today"),
    ("No date", None, "must not be empty|required|no adoption date"),
])
def test_an_adoption_is_refused_in_the_apps_words(store, title, on, problem):
    with store.session("Chair") as s, pytest.raises(InputError, match=problem):
        control_adopt.adopt(s, title, on)


def test_a_board_with_no_strategy_adopts_an_empty_one(store):
    with store.session("Chair") as s:
        for row in control.strategies(s):
            row.deleted = True
        s.flush()
        with pytest.raises(NotFound, match="no control strategy"):
            control.newest(s)
        new = control_adopt.adopt(s, "Our first strategy", "2026-01-01")
        assert control.areas(s, new) == [] and control.newest(s).id == new.id
