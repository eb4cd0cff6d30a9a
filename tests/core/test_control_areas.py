"""A threat's areas come from the control strategy: taken in its spelling, an area
it lacks refused until the board adds it, an old area a threat holds kept; and
the strategy changed on a board laptop only."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ocgboard.core import board, control, control_adopt, control_areas, register
from ocgboard.errors import InputError
from ocgboard.store.models import Threat
from tests.helpers import make_threat

SEED_002 = ["SOC Consistency", "Prison-related SOC", "County Lines", "Drug Supply",
            "CSAE (organised / online)", "MSHT", "OIC", "Cyber Crime", "Fraud"]


def test_a_threat_names_the_strategys_areas_in_the_strategys_words(store):
    with store.session("Chair") as s:
        assert control_areas.names(s) == SEED_002
        threat = make_threat(s, threat_areas="county lines, csae,  DRUG   supply, CSAE")
        assert threat.threat_areas == ["County Lines", "CSAE (organised / online)",
                                       "Drug Supply"]


def test_an_area_the_strategy_lacks_is_refused_until_the_board_adds_it(store):
    with store.session("Chair") as s:
        with pytest.raises(InputError, match="'Firearms' is not a threat area of the control"
                                             " strategy \\(it has: SOC Consistency;"):
            make_threat(s, threat_areas="County Lines, Firearms")
        assert not s.scalars(select(Threat)).all()  # nothing half-made
        row = control_areas.add_area(s, " Firearms ", "commodity", "Force-led",
                                     theme="Domination of communities")
        assert (row.name, row.management_model, row.position) == ("Firearms", "force-led", 10)
        assert make_threat(s, threat_areas="firearms").threat_areas == ["Firearms"]
        assert control_areas.names(s)[-1] == "Firearms"


@pytest.mark.parametrize("name, group, model, message", [
    ("csae", "vulnerability", "force-led", "already has the threat area 'csae'"),
    ("County lines (rural)", "commodity", "force-led", "already has the threat area"),
    ("Guns, ammunition", "commodity", "force-led", "cannot hold a comma"),
    ("", "commodity", "force-led", "the threat area"),
    ("Firearms", "", "force-led", "the area's group"),
    ("Firearms", "commodity", "whoever", "management model"),
    ("F" * 201, "commodity", "force-led", "200"),
])
def test_a_bad_area_is_refused_in_one_line(store, name, group, model, message):
    with store.session("Chair") as s, pytest.raises(InputError) as refused:
        control_areas.add_area(s, name, group, model)
    assert message in str(refused.value) and "\n" not in str(refused.value)
    with store.reader() as s:
        assert control_areas.names(s) == SEED_002


def test_an_area_a_threat_already_names_is_kept_until_unticked(store):
    with store.session("Chair") as s:
        threat = make_threat(s, threat_areas="County Lines")
        threat.threat_areas = ["firearms", "County Lines"]  # an old board's, before seed 002
        s.flush()
        register.edit(s, threat, band="1A")
        assert threat.threat_areas == ["firearms", "County Lines"]
        register.edit(s, threat, threat_areas="Firearms, county lines, fraud")
        assert threat.threat_areas == ["firearms", "County Lines", "Fraud"]
        register.edit(s, threat, threat_areas="County Lines")
        with pytest.raises(InputError, match="'firearms' is not a threat area"):
            register.edit(s, threat, threat_areas="firearms")


def test_the_areas_offered_are_the_newest_strategys(store):
    with store.session("Chair") as s:
        control_adopt.adopt(s, "Control Strategy 2027", "2027-04-01")
        control_areas.add_area(s, "Firearms", "commodity", "force-led")
        old = control.strategies(s)[0]
        assert "Firearms" not in [a.name for a in control.areas(s, old)]
        assert control_areas.names(s) == [*SEED_002, "Firearms"]


def test_a_superseded_strategys_battle_cannot_be_withdrawn(store):
    with store.session("Chair") as s:
        old = control.battle(s, "OIC", 1)
        control_adopt.adopt(s, "Control Strategy 2027", "2027-04-01")
        with pytest.raises(InputError, match="superseded is kept for the record"):
            control.withdraw_battle(s, old)
        assert not old.deleted


def test_an_agency_laptop_changes_nothing_of_the_strategy(store):
    with store.session("Chair") as s:
        battle = control.battle(s, "OIC", 1)
        board.set_local(s, "replica", "partial")
        for attempt in (lambda: control_areas.add_area(s, "Firearms", "commodity", "force-led"),
                        lambda: control.add_battle(s, "OIC", "Close the car washes"),
                        lambda: control.edit_battle(s, battle, "Something else"),
                        lambda: control.withdraw_battle(s, battle),
                        lambda: control_adopt.adopt(s, "Ours", "2027-04-01")):
            with pytest.raises(InputError, match="the control strategy is the board's"):
                attempt()
        assert len(control.strategies(s)) == 1 and not battle.deleted
        assert battle.text == "Significantly improve intelligence picture"
