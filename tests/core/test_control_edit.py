"""The rest of the control strategy edited through its services: a threat area's model,
group and theme; the local priorities; the strategy's title, aim and themes. Each
on the newest strategy only, on a board laptop only, a bad one refused in a line."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ocgboard.core import board, control, control_adopt, control_edit
from ocgboard.errors import InputError, NotFound
from ocgboard.store.models import Change, ControlPriority

SEEDED = "Interim Strategic Assessment; Control Strategy May 2024"
PRIORITIES = ["MSHT (facilitated by OIC)", "County Lines & Drugs Supply", "CSAE",
              "Cyber Dependent Crime", "Fraud"]


def texts(s) -> list[str]:
    return [p.text for p in control.priorities(s, control.newest(s))]


def test_an_areas_model_group_and_theme_are_changed_and_logged(store):
    with store.session("Chair") as s:
        row = control_edit.edit_area(s, control.area(s, "OIC"), management_model="FORCE-LED",
                                     group="Prosperity", theme="exploitation of the vulnerable")
    with store.reader() as s:
        oic = control.area(s, "OIC")
        assert (oic.management_model, oic.group_name, oic.theme) == (
            "force-led", "Prosperity", "Exploitation of the Vulnerable")
        logged = s.scalars(select(Change).where(Change.row_id == row.id.hex)).all()
        assert logged[-1].author == "Chair"
        assert all(f in logged[-1].fields for f in ("management_model", "group_name", "theme"))
    with store.session("Chair") as s:  # None leaves it; "" clears the theme
        control_edit.edit_area(s, control.area(s, "OIC"), theme="")
    with store.reader() as s:
        oic = control.area(s, "OIC")
        assert (oic.management_model, oic.theme) == ("force-led", None)


@pytest.mark.parametrize("change, problem", [
    ({"management_model": "county-led"}, "'county-led' is not one of: force-led"),
    ({"group": ""}, "the area's group must not be empty"),
    ({"group": "two\nlines"}, "single line"),
    ({"group": "x" * 201}, "the limit is 200"),
    ({"theme": "Cyber"}, "'Cyber' is not a theme of the control strategy \\(it has: "
                         "Exploitation of the Vulnerable;"),
])
def test_a_bad_area_edit_is_refused_in_a_line_and_changes_nothing(store, change, problem):
    with store.session("Chair") as s:
        oic = control.area(s, "OIC")
        with pytest.raises(InputError, match=problem) as refused:
            control_edit.edit_area(s, oic, **{"management_model": "force-led", **change})
        assert "\n" not in str(refused.value)
        assert (oic.management_model, oic.group_name, oic.theme) == (
            "regionally-led", "Vulnerability", None)


def test_priorities_are_added_last_reworded_and_withdrawn(store):
    with store.session("Chair") as s:
        added = control_edit.add_priority(s, "  Firearms supply ")
        control_edit.reword_priority(s, control_edit.priority(s, "cyber dependent CRIME"),
                                     "Cyber crime")
        gone = control_edit.withdraw_priority(s, control_edit.priority(s, "1"))
    with store.reader() as s:
        assert texts(s) == ["County Lines & Drugs Supply", "CSAE", "Cyber crime", "Fraud",
                            "Firearms supply"]
        assert s.get(ControlPriority, gone.id).deleted  # a tombstone: its history stays
        assert control_edit.priority(s, 5).id == added.id


@pytest.mark.parametrize("text, problem", [
    ("", "the local priority must not be empty"),
    ("  ", "the local priority must not be empty"),
    ("two\nlines", "the local priority must be a single line"),
    ("x" * 301, "the limit is 300"),
    ("csae", "the control strategy already has the local priority 'CSAE'"),
])
def test_a_bad_priority_is_refused_in_a_line_and_changes_nothing(store, text, problem):
    with store.session("Chair") as s:
        with pytest.raises(InputError, match=problem):
            control_edit.add_priority(s, text)
        with pytest.raises(InputError, match=problem):
            control_edit.reword_priority(s, control_edit.priority(s, "Fraud"), text)
        assert texts(s) == PRIORITIES


def test_a_priority_not_there_is_refused(store):
    with store.reader() as s:
        with pytest.raises(NotFound, match="no local priority 6 \\(it has 5\\)"):
            control_edit.priority(s, 6)
        with pytest.raises(NotFound, match="no local priority 'Firearms'"):
            control_edit.priority(s, "Firearms")


def test_the_strategys_title_aim_and_themes_are_changed(store):
    with store.session("Chair") as s:
        control_edit.edit_strategy(s, title=" Control Strategy 2026 ", aim="",
                                   themes=["Exploitation of the Vulnerable", "Harm"])
    with store.reader() as s:
        row = control.newest(s)
        assert (row.title, row.aim, row.themes) == (
            "Control Strategy 2026", None, "Exploitation of the Vulnerable\nHarm")
        assert control.themes(row) == ["Exploitation of the Vulnerable", "Harm"]
    with store.session("Chair") as s:  # None leaves each as it is
        control_edit.edit_strategy(s, aim="Reduce the harm", themes=[])
    with store.reader() as s:
        row = control.newest(s)
        assert (row.title, row.aim, row.themes) == ("Control Strategy 2026",
                                                    "Reduce the harm", None)


@pytest.mark.parametrize("change, problem", [
    ({"title": ""}, "the strategy's title must not be empty"),
    ({"title": "a\nb"}, "the strategy's title must be a single line"),
    ({"title": "x" * 301}, "the limit is 300"),
    ({"aim": "x" * 1001}, "the limit is 1,000"),
    ({"aim": "one\ntwo"}, "the strategy's aim must be a single line"),
    ({"themes": ["Harm", ""]}, "theme 2 must not be empty"),
    ({"themes": ["Harm", "a\nb"]}, "theme 2 must be a single line"),
    ({"themes": ["Harm", "HARM"]}, "the theme 'HARM' is listed twice"),
    ({"themes": ["Harm; greed"]}, "theme 1 cannot hold a ';'"),
])
def test_a_bad_strategy_edit_is_refused_in_a_line_and_changes_nothing(store, change,
                                                                      problem):
    with store.session("Chair") as s:
        with pytest.raises(InputError, match=problem):
            control_edit.edit_strategy(s, **{"title": "New title", "aim": "New aim",
                                             "themes": ["New"], **change})
        row = control.newest(s)
        assert row.title == SEEDED and row.aim.startswith("Effectively")
        assert len(control.themes(row)) == 3


def _each_edit(s):
    """Every new edit, of the strategy newest when the list is made."""
    area = control.area(s, "OIC")
    first = control_edit.priority(s, 1)
    return [lambda: control_edit.edit_area(s, area, management_model="force-led"),
            lambda: control_edit.edit_area(s, area, group="Prosperity"),
            lambda: control_edit.edit_area(s, area, theme=""),
            lambda: control_edit.reword_priority(s, first, "Something else"),
            lambda: control_edit.withdraw_priority(s, first),
            lambda: control_edit.set_priority_deleted(s, first, True)]


def test_an_agency_laptop_refuses_every_edit(store):
    with store.session("Chair") as s:
        attempts = _each_edit(s)
        board.set_local(s, "replica", "partial")
        attempts += [lambda: control_edit.add_priority(s, "Firearms"),
                     lambda: control_edit.edit_strategy(s, title="Ours"),
                     lambda: control_edit.edit_strategy(s, aim=""),
                     lambda: control_edit.edit_strategy(s, themes=["Ours"])]
        for attempt in attempts:
            with pytest.raises(InputError, match="the control strategy is the board's"):
                attempt()
        row = control.newest(s)
        assert (row.title, len(control.themes(row)), texts(s)) == (SEEDED, 3, PRIORITIES)
        assert control.area(s, "OIC").management_model == "regionally-led"


def test_a_superseded_strategy_refuses_every_edit(store):
    with store.session("Chair") as s:
        attempts = _each_edit(s)
        old = control.newest(s)
        control_adopt.adopt(s, "Control Strategy 2027", "2027-04-01")
        for attempt in attempts:
            with pytest.raises(InputError, match="superseded is kept for the record"):
                attempt()
        assert control.priorities(s, old)[0].text == PRIORITIES[0]
        oic = control.area(s, "OIC", old)
        assert (oic.management_model, oic.group_name) == ("regionally-led", "Vulnerability")
