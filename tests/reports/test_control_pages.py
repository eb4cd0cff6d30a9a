"""The control strategy's coverage in the pack's statistics and in the period report.

A board on the seeded strategy (adopted 1 May 2024) with one live threat in
County Lines (area 3): two open actions, one due before the meeting of 3 Dec
2026; a major disruption on 1 Nov, one of level none on 1 Oct and a minor one
before the period. Fraud (area 9) gets a battle naming a withheld member.
"""

from __future__ import annotations

import re

import pytest

from ocgboard.core import (
    control,
    control_adopt,
    control_areas,
    control_tasking,
    disruptions,
    lookup,
    meetings,
    members,
    register,
)
from ocgboard.reports import pack, period
from tests.conftest import TODAY
from tests.helpers import make_action, make_threat
from tests.reports.conftest import read
from tests.reports.test_pack import flat

SEED = "Interim Strategic Assessment; Control Strategy May 2024"
SECRET = "Quillon Vantablack"
SECRET_BATTLE = f"Take the cash couriers of {SECRET} out of the county"


@pytest.fixture
def board(store):
    with store.session("Chair") as s:
        threat = make_threat(s, threat_areas="county lines", disseminable=True)
        members.add(s, threat, SECRET, standing="Principal Subject", disseminable=False,
                    today=TODAY)
        make_action(s, threat, "PUR-03", due_on="2026-11-30")  # overdue on 3 Dec
        make_action(s, threat, "PRO-01", due_on="2027-02-01")
        for on, level in (("2026-11-01", "major"), ("2026-10-01", "none"),
                          ("2026-01-01", "minor")):  # the last before the period
            disruptions.add(s, threat, agency="Police", strand="Pursue", level=level,
                            justification=f"{level} on {on}", on=on, today=TODAY)
        control.add_battle(s, "Fraud", SECRET_BATTLE)
        # An old board's area, named before its strategy lacked it: in no row of the table.
        for made in (make_threat(s, "OCG 05/00300", "Canal Street crew"),
                     make_threat(s, "OCG 05/00301", "Gone crew", status="dismantled")):
            made.threat_areas = ["firearms"]
        meetings.add(s, "December board", "2026-12-03", threats=[threat])
    return store


def print_pack(store, path, **options):
    with store.session("Chair") as s:
        pack.build(s, meetings.get(s, "2026-12-03"), path, today=TODAY, **options)
    return read(path)


def print_report(store, path, start="2026-06-01", end="2026-11-23"):
    with store.session("Chair") as s:
        period.build(s, path, start, end, today=TODAY)
    return read(path)


def coverage_text(printed) -> str:
    text = flat(printed.text)
    assert "Control strategy coverage" in text
    return text[text.index("Control strategy coverage"):text.index("The register at a glance")]


def battle_row(text: str, number: str) -> str:
    """A battle's row: from its number to the next battle's (or the table's end)."""
    found = re.search(rf"(?<![\d.]){re.escape(number)} (.*?)(?= \d+\.\d+ [A-Z]|$)", text)
    assert found, number
    return found.group(0)


def test_the_pack_gives_each_threat_areas_figures(board, tmp_path):
    text = coverage_text(print_pack(board, tmp_path / "pack.pdf"))
    assert f"Control strategy in force over the period: {SEED} (adopted 1 May 2024)." in text
    assert f"Counted against {SEED}, the strategy in force on 3 Dec 2026" in text
    # area, model, threats, open, overdue, disruptions with an effect, no effect, strands
    assert "3 County Lines force-led, ROCU-assisted 1 2 1 1 1 Pursue, Protect" in text
    assert "4 Drug Supply force-led, ROCU-assisted 0 0 0 0 0 None" in text
    assert "Hartley Road" not in text and "OCG 05/00283" not in text  # counts only
    assert "1 live threat names no threat area of this strategy" in text


def test_a_battle_nothing_serves_says_so_in_words_until_work_serves_it(board, tmp_path):
    before = coverage_text(print_pack(board, tmp_path / "before.pdf"))
    assert battle_row(before, "4.2") == "4.2 Drug Supply Disrupt the middle market 0 0 " \
                                        "No live action"
    with board.session("Chair") as s:
        threat = meetings.agenda_threats(s, meetings.get(s, "2026-12-03"))[0]
        control_tasking.serve(s, make_action(s, threat, "PUR-08", due_on="2027-01-10"), "4.2")
    after = coverage_text(print_pack(board, tmp_path / "after.pdf"))
    assert battle_row(after, "4.2") == "4.2 Drug Supply Disrupt the middle market 1 0 Served"
    assert "No live action" in battle_row(after, "4.1")


def test_the_period_report_names_the_strategy_in_force(board, tmp_path):
    text = coverage_text(print_report(board, tmp_path / "report.pdf"))
    assert f"Control strategy in force over the period: {SEED} (adopted 1 May 2024)." in text
    assert "until" not in text.split("By threat area")[0]
    assert "3 County Lines force-led, ROCU-assisted 1 2 0 1 1 Pursue, Protect" in text


def test_a_strategy_adopted_in_the_period_is_named_with_the_one_it_followed(board, tmp_path):
    with board.session("Chair") as s:
        control_adopt.adopt(s, "Control Strategy 2026/27", "2026-09-01")
        control.area(s, "County Lines").management_model = "regionally-led"
    printed = print_report(board, tmp_path / "report.pdf")
    text = coverage_text(printed)
    assert (f"{SEED} (adopted 1 May 2024) until 31 Aug 2026; Control Strategy 2026/27 "
            "(adopted 1 Sep 2026) from 1 Sep 2026.") in text
    assert ("Counted against Control Strategy 2026/27, the strategy in force on 23 Nov 2026"
            in text)
    assert "3 County Lines regionally-led 1 2 0 1 1" in text  # the new strategy's model
    assert "Control Strategy 2026/27 (adopted 1 Sep 2026) from 1 Sep 2026" in flat(
        printed.pages[0])  # in the document control too


def test_a_period_before_any_strategy_says_none_was_in_force(board, tmp_path):
    text = coverage_text(print_report(board, tmp_path / "report.pdf", "2023-01-01",
                                      "2023-06-30"))
    assert "No control strategy was in force between 1 Jan 2023 and 30 Jun 2023." in text
    assert "By threat area" not in text


def test_a_withheld_name_in_a_battle_is_not_in_a_partners_pack(board, tmp_path):
    chair = coverage_text(print_pack(board, tmp_path / "chair.pdf"))
    assert SECRET_BATTLE in chair  # the chair's pack prints every word
    partner = print_pack(board, tmp_path / "partner.pdf", variant="partner")
    text = coverage_text(partner)
    assert "Vantablack" not in flat(partner.text) and "Quillon" not in flat(partner.text)
    assert "Take the cash couriers of" in battle_row(text, "9.3")
    assert "3 County Lines force-led, ROCU-assisted 1 2 1 1 1" in text  # the same figures
    report = print_report(board, tmp_path / "report.pdf")
    assert "Vantablack" not in flat(report.text)


def test_an_agency_pack_carries_no_strategy(board, tmp_path):
    printed = print_pack(board, tmp_path / "agency.pdf", variant="agency", agency="Police")
    text = flat(printed.text)
    assert "Control strateg" not in text and "must-win" not in text.casefold()


def test_a_withheld_name_in_a_threat_area_is_in_no_partners_page(board, tmp_path):
    # A threat's areas are the board's own words: a chair may name one after a subject.
    with board.session("Chair") as s:
        control_areas.add_area(s, "Vantablack network", "Commodity", "force-led")
        register.edit(s, lookup.threat(s, "OCG 05/00283"),
                      threat_areas="county lines, vantablack network")
    chair = print_pack(board, tmp_path / "chair.pdf")
    assert "Vantablack network" in flat(chair.text)  # the chair's pack prints every word
    for variant, options in (("partner", {}), ("agency", {"agency": "Police"})):
        printed = print_pack(board, tmp_path / f"{variant}.pdf", variant=variant, **options)
        assert "Vantablack" not in flat(printed.text), variant
        assert "County Lines" in flat(printed.text), variant
    assert "Vantablack" not in flat(print_report(board, tmp_path / "report.pdf").text)
