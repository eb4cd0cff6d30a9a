"""The ids behind each figure of the control strategy's coverage."""

from __future__ import annotations

import datetime as dt

from ocgboard.core import control_coverage, control_lists, plans
from ocgboard.core.rows import disruptions as disruption_rows
from tests.conftest import TODAY
from tests.helpers import make_action, make_threat

START = dt.date(2026, 6, 1)


def test_each_areas_lists_are_exactly_what_its_figures_count(store):
    with store.session("Chair") as s:
        lines = make_threat(s, threat_areas="county lines, drug supply")
        csae = make_threat(s, "OCG 05/00300", "Canal Street crew",
                           threat_areas="CSAE")
        make_threat(s, "OCG 05/00301", "Closed crew", threat_areas="County Lines",
                    status="dismantled")
        late = make_action(s, lines, "PUR-03", due_on="2026-11-01")  # overdue on TODAY
        soon = make_action(s, lines, "PRO-01", due_on="2026-12-01")
        done = make_action(s, lines, "PUR-02", due_on="2026-10-01")
        plans.change_status(s, done, "completed", "Claims reviewed", today=TODAY)
        make_action(s, csae, "PUR-08", due_on="2027-03-01", owner="DWP")
        ids = {"lines": lines.id.hex, "late": late.id.hex, "soon": soon.id.hex}
    with store.session("Chair") as s:
        for level, on in (("major", "2026-11-01"), ("none", "2026-10-01"),
                          ("minor", "2026-01-01")):  # the last before the period
            disruption_rows.record_disruption(s, ids["lines"], agency="Police",
                                              strand="pursue", level=level,
                                              justification="Warrant", on=on, today=TODAY)
    with store.reader() as s:
        seen = control_lists.glance(s, START, TODAY)
        major = [d.id for d in disruption_rows.disruption_rows(s, ids["lines"])
                 if d.level == "major"]
    assert seen.strategy and len(seen.areas) == len(seen.lists) == 9
    for area, lists in zip(seen.areas, seen.lists, strict=True):
        assert (len(lists.threats), len(lists.open_actions), len(lists.overdue),
                len(lists.disruptions)) == (area.threats, area.open_actions, area.overdue,
                                            area.disruptions), area.name
    county = dict(zip([a.name for a in seen.areas], seen.lists, strict=True))["County Lines"]
    assert county.threats == (ids["lines"],)
    assert set(county.open_actions) == {ids["late"], ids["soon"]}
    assert county.overdue == (ids["late"],)
    assert county.disruptions == tuple(major) and len(major) == 1
    assert seen.battles is not None and len(seen.battles.battles) == 14


def test_before_any_strategy_was_in_force_there_are_no_areas(store):
    with store.reader() as s:
        seen = control_lists.glance(s, dt.date(2023, 6, 1), dt.date(2024, 1, 1))
        assert control_coverage.by_area(s, dt.date(2023, 6, 1), dt.date(2024, 1, 1)) == []
    assert (seen.strategy, seen.areas, seen.lists) == (None, (), ())
    assert seen.battles is not None  # the newest strategy's battles are tasked all the same
