"""Coverage per threat area of the control strategy in force."""

from __future__ import annotations

import datetime as dt

from ocgboard.core import control, control_adopt, control_coverage, plans, strategy
from ocgboard.core.rows import disruptions as disruption_rows
from tests.conftest import TODAY
from tests.helpers import make_action, make_threat

START = dt.date(2026, 6, 1)


def test_key_drops_case_and_the_bracketed_qualifier():
    assert control_coverage.key("CSAE (organised / online)") == "csae"
    assert control_coverage.key("  County   Lines ") == "county lines"


def test_each_area_counts_its_threats_actions_disruptions_and_strands(store):
    with store.session("Chair") as s:
        lines = make_threat(s, threat_areas="county lines, drug supply")
        csae = make_threat(s, "OCG 05/00300", "Canal Street crew", threat_areas="CSAE")
        make_threat(s, "OCG 05/00301", "Closed crew", threat_areas="CSAE",
                    status="dismantled")
        make_action(s, lines, "PUR-03", due_on="2026-11-01")  # overdue on TODAY
        make_action(s, lines, "PRO-01", due_on="2026-12-01")
        done = make_action(s, lines, "PUR-02", due_on="2026-10-01")
        plans.change_status(s, done, "completed", "Claims reviewed", today=TODAY)
        tid = lines.id.hex
        make_action(s, csae, "PUR-08", due_on="2027-03-01", owner="DWP")
    with store.session("Chair") as s:
        for level, on in (("major", "2026-11-01"), ("none", "2026-10-01"),
                          ("minor", "2026-01-01")):  # the last before the period
            disruption_rows.record_disruption(s, tid, agency="Police", strand="pursue",
                                              level=level, justification="Warrant",
                                              on=on, today=TODAY)
    with store.reader() as s:
        found = {c.name: c for c in control_coverage.by_area(s, START, TODAY)}
    assert list(found)[:4] == ["SOC Consistency", "Prison-related SOC", "County Lines",
                               "Drug Supply"]
    county = found["County Lines"]
    assert (county.threats, county.open_actions, county.overdue) == (1, 2, 1)
    assert (county.disruptions, county.no_effect) == (1, 1)
    assert county.strands == ("Pursue", "Protect")
    assert found["Drug Supply"].threats == 1 and found["Drug Supply"].battles == 2
    assert (found["CSAE (organised / online)"].threats,
            found["CSAE (organised / online)"].open_actions) == (1, 1)
    soc = found["SOC Consistency"]
    assert (soc.threats, soc.open_actions, soc.strands, soc.battles) == (0, 0, (), 3)


def test_the_areas_are_the_strategy_in_force_on_the_last_day(store):
    with store.session("Chair") as s:
        control_adopt.adopt(s, "Control Strategy 2027", "2027-01-01")
    with store.reader() as s:
        assert len(control_coverage.by_area(s, START, TODAY)) == 9
        assert control_coverage.by_area(s, START, dt.date(2024, 1, 1)) == []


def test_each_battle_of_the_newest_strategy_with_the_live_work_serving_it(store):
    with store.session("Chair") as s:
        threat = make_threat(s)
        make_action(s, threat, "PUR-03", battle="4.2")
        done = make_action(s, threat, "PUR-02", battle="4.1")
        plans.change_status(s, done, "completed", "Claims reviewed", today=TODAY)
        strategy.add(s, "County lines awareness in schools", battle="4.1")
        leaflets = strategy.add(s, "Leaflets", battle="3.1")
        strategy.update(s, leaflets, status="complete", comment="All out")
        make_action(s, threat, "PRO-01", battle="7.1")
        control.withdraw_battle(s, control.battle(s, "OIC", 1))
    with store.reader() as s:
        found = control_coverage.by_battle(s)
    assert found.title == "Interim Strategic Assessment; Control Strategy May 2024"
    by_number = {b.number: b for b in found.battles}
    assert len(by_number) == 13 and "7.2" not in by_number  # OIC's first is withdrawn
    middle = by_number["4.2"]
    assert (middle.area, middle.text) == ("Drug Supply", "Disrupt the middle market")
    assert [(a.label, a.status, a.owner) for a in middle.actions] == [
        ("OCG 05/00283 · 1", "proposed", "Police")]
    assert middle.items == () and not middle.no_live_action
    intel = by_number["4.1"]  # its action is completed; a strategic action serves it
    assert intel.actions == () and [i.label for i in intel.items] == ["Strategic action 1"]
    assert not intel.no_live_action
    assert by_number["3.1"].no_live_action  # only complete work served it
    assert sum(b.no_live_action for b in found.battles) == 11
    assert [(a.label, a.battle) for a in found.adrift] == [
        ("OCG 05/00283 · 3", "OIC: Significantly improve intelligence picture (withdrawn)")]


def test_after_an_adoption_the_new_strategys_battles_carry_the_live_work(store):
    with store.session("Chair") as s:
        make_action(s, make_threat(s), "PUR-03", battle="4.2")
        control_adopt.adopt(s, "Control Strategy 2027", "2027-01-01")  # not yet in force
    with store.reader() as s:
        found = control_coverage.by_battle(s)
    assert found.title == "Control Strategy 2027"
    assert [b.number for b in found.battles if not b.no_live_action] == ["4.2"]
    assert found.adrift == ()
