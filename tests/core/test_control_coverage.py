"""Coverage per threat area of the control strategy in force."""

from __future__ import annotations

import datetime as dt

from ocgboard.core import control_adopt, control_coverage, plans
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
