"""The period's figures on small boards where every number is known.

Figures of the period count what is dated in it, on every plan; figures as
at its end count the plans still live then, each action as its dated status
trail stood that day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ocgboard.core import agencies, disruptions, plans, register, stats
from tests.conftest import TODAY
from tests.helpers import make_action, make_threat

D = dt.date.fromisoformat
JANUARY, OCTOBER = "2026-01-05", "2026-10-01"


def moved(s, action, status: str, on: str) -> None:
    plans.change_status(s, action, status, f"{status} on {on}", on=on, today=TODAY)


@pytest.fixture
def trail_board(store):
    """Five Police actions on one live threat, each with a dated trail.

    A: due 1 Mar, in progress from 1 Feb, completed 10 Sep.
    B: due 1 Aug, still proposed.
    C: raised 1 Oct, due 20 Oct, still proposed.
    D: due 1 Apr, not pursued from 1 May.
    E: due 1 Mar, completed 1 Apr, reopened 1 Oct.
    """
    with store.session("Chair") as s:
        threat = make_threat(s, reference="OCG 05/00001")
        a = make_action(s, threat, "PUR-03", due_on="2026-03-01", today=D(JANUARY))
        moved(s, a, "in progress", "2026-02-01")
        moved(s, a, "completed", "2026-09-10")
        make_action(s, threat, "PUR-06", due_on="2026-08-01", today=D(JANUARY))
        make_action(s, threat, "PUR-08", due_on="2026-10-20", today=D(OCTOBER))
        d = make_action(s, threat, "PUR-09", due_on="2026-04-01", today=D(JANUARY))
        moved(s, d, "not pursued", "2026-05-01")
        e = make_action(s, threat, "PUR-10", due_on="2026-03-01", today=D(JANUARY))
        moved(s, e, "completed", "2026-04-01")
        moved(s, e, "in progress", "2026-10-01")
    return store


def figures(store, start: str, end: str):
    with store.reader() as s:
        return stats.collect(s, start, end, today=TODAY)


def test_overdue_is_as_at_the_period_end_by_each_actions_trail(trail_board):
    june = figures(trail_board, "2026-01-01", "2026-06-30")
    # At 30 June: A open and past due; B not yet due; C not raised; D not pursued; E done.
    assert (june.open_actions, june.actions_overdue) == (2, 1)
    now = figures(trail_board, "2026-05-24", "2026-11-23")
    # At 23 November: A done; B, C and the reopened E open and past due.
    assert (now.open_actions, now.actions_overdue) == (3, 3)


def test_period_figures_count_what_is_dated_in_the_period(trail_board):
    june = figures(trail_board, "2026-01-01", "2026-06-30")
    assert (june.actions_raised, june.actions_completed) == (4, 1)  # E on 1 April
    now = figures(trail_board, "2026-05-24", "2026-11-23")
    assert (now.actions_raised, now.actions_completed) == (1, 1)  # C; A on 10 September


@pytest.fixture
def closing_board(store):
    """A live threat, one archived on 1 Oct and one dismantled on 1 Nov, each with open
    work raised in June: Police due 1 Nov and DWP due 10 Jan on the first two, and Police
    due 1 Sep on the dismantled one."""
    with store.session("Chair") as s:
        live = make_threat(s, reference="OCG 05/00001")
        gone = make_threat(s, reference="OCG 05/00002", name="Gone crew")
        done = make_threat(s, reference="OCG 05/00003", name="Done crew")
        for threat in (live, gone):
            make_action(s, threat, "PUR-03", due_on="2026-11-01", today=D("2026-06-01"))
            make_action(s, threat, "PUR-02", due_on="2027-01-10", today=D("2026-06-01"))
        make_action(s, done, "PUR-06", due_on="2026-09-01", today=D("2026-06-01"))
        register.edit(s, gone, status="archived", today=D("2026-10-01"))
        register.edit(s, done, status="dismantled", today=D("2026-11-01"))
    return store


def test_figures_as_at_the_end_count_only_plans_live_then(closing_board):
    now = figures(closing_board, "2026-05-24", "2026-11-23")
    assert (now.open_actions, now.actions_overdue, now.multi_agency_threats) == (2, 1, 1)
    assert now.coverage == {"DWP": {"Pursue": 1}, "Police": {"Pursue": 1}}
    # What was raised in the period counts on every plan, closed ones included.
    assert now.actions_raised == 5
    # On 30 September the archived and the dismantled threats were still live.
    september = figures(closing_board, "2026-04-01", "2026-09-30")
    assert (september.open_actions, september.actions_overdue,
            september.multi_agency_threats) == (5, 1, 2)


def test_disruption_levels_none_and_negative_are_counted_apart(store):
    with store.session("Chair") as s:
        threat = make_threat(s)
        for on, level, agency, strand in (
                ("2026-01-01", "major", "Police", "Pursue"),  # before the period
                ("2026-06-01", "major", "Police", "Pursue"),
                ("2026-07-01", "moderate", "DWP", "Pursue"),
                ("2026-08-01", "minor", "Police", "Protect"),
                ("2026-09-01", "minor", "Police", "Pursue"),
                ("2026-10-01", "none", "Police", "Pursue"),
                ("2026-10-02", "none", "DWP", "Pursue"),
                ("2026-11-01", "negative", "Police", "Pursue")):
            disruptions.add(s, threat, agency=agency, strand=strand, level=level,
                            justification=f"{level} on {on}", on=on, today=TODAY)
    found = figures(store, "2026-05-24", "2026-11-23")
    assert (found.disruptions, found.disruptions_none, found.disruptions_negative) == (4, 2, 1)
    assert found.disruptions_by_level == {"minor": 2, "none": 2, "major": 1, "moderate": 1,
                                          "negative": 1}
    assert found.disruptions_by_agency == {"Police": 3, "DWP": 1}
    assert found.disruptions_by_strand == {"Pursue": 3, "Protect": 1}


def test_a_threat_whose_only_records_are_none_or_negative_is_not_frustrated(store):
    with store.session("Chair") as s:
        threat = make_threat(s)
        for level in ("none", "negative"):
            disruptions.add(s, threat, agency="Police", strand="Pursue", level=level,
                            justification=level, on="2026-10-01", today=TODAY)
    found = figures(store, "2026-05-24", "2026-11-23")
    assert (found.threats_disrupted, found.threats_frustrated, found.disruptions) == (0, 0, 0)


def test_reviews_overdue_are_counted_as_at_the_period_end(store):
    with store.session("Chair") as s:
        make_threat(s, reference="OCG 05/00001", next_review_on="2026-05-01")
        make_threat(s, reference="OCG 05/00002", name="Soon crew", next_review_on="2026-08-01")
        gone = make_threat(s, reference="OCG 05/00003", name="Gone crew",
                           next_review_on="2026-01-01")
        register.edit(s, gone, status="archived", today=D("2026-03-01"))
    assert figures(store, "2025-09-01", "2026-02-01").reviews_overdue == 1  # the archived one
    assert figures(store, "2026-01-01", "2026-06-30").reviews_overdue == 1
    assert figures(store, "2026-05-24", "2026-11-23").reviews_overdue == 2


def test_coverage_flags_are_measured_against_what_the_library_offers(store):
    with store.session("Chair") as s:
        agencies.add_agency(s, "Border Force", "BF")
        threat = make_threat(s)
        make_action(s, threat, "PUR-03")  # Police: the library offers it Pursue alone
        make_action(s, threat, "PUR-11")  # Local Authority: it offers Protect, Prepare too
        make_action(s, threat, "PRO-01")  # Youth Offending Team
        plans.add_free(s, threat, "Search cargo", "Pursue", owner="Border Force", today=TODAY)
    found = figures(store, "2026-05-24", "2026-11-23")
    assert set(found.coverage) == {"BF", "LA", "Police", "YOT"}
    assert set(found.coverage_flags) == {"LA"}
    assert "Protect" in found.coverage_flags["LA"] and "Prepare" in found.coverage_flags["LA"]


def test_the_dashboard_still_counts_every_record_as_at_today(closing_board):
    from ocgboard.core import dashboard

    with closing_board.reader() as s:
        board = dashboard.collect(s, today=TODAY)
    # The chase list the overdue figure opens holds every open action past its date.
    assert (board.open_actions, board.overdue_actions) == (5, 3)
