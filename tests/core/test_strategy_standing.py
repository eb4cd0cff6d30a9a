"""Where each strategic action stands at a date: its status then, overdue or not, and
its latest update."""

from __future__ import annotations

import datetime as dt

import pytest

from ocgboard.core import strategy
from tests.conftest import TODAY

D = dt.date.fromisoformat


@pytest.fixture
def plan(store):
    """1: due Aug 2024, being progressed since Jan 2025; 2: due 2027, being progressed;
    3: due Jan 2025, completed in Feb 2025; 4: no target date; 5: due Mar 2025, no update."""
    with store.session("Chair") as s:
        first = strategy.add(s, "Publish a Modern Slavery strategy", target_on="2024-08-31")
        strategy.update(s, first, status="being progressed",
                        comment="Draft with the minister", on="2025-01-10", today=TODAY)
        second = strategy.add(s, "Deliver training", target_on="2027-03-31")
        strategy.update(s, second, status="being progressed", comment="Course booked",
                        on="2026-10-01", today=TODAY)
        third = strategy.add(s, "Agree the approach", target_on="2025-01-31")
        strategy.update(s, third, status="complete", comment="Agreed at the board",
                        on="2025-02-15", today=TODAY)
        fourth = strategy.add(s, "Facilitate collaboration")
        strategy.update(s, fourth, status="being progressed", comment="Ongoing",
                        on="2026-06-01", today=TODAY)
        strategy.add(s, "Consider barriers", target_on="2025-03-31")
    return store


def standing(store, day: str):
    with store.reader() as s:
        return strategy.standing(s, D(day))


def test_a_passed_target_not_complete_is_overdue(plan):
    found = standing(plan, TODAY.isoformat())
    assert [(f.number, f.status, f.overdue) for f in found] == [
        (1, "being progressed", True), (2, "being progressed", False),
        (3, "complete", False), (4, "being progressed", False),
        (5, "awaiting review", True)]


def test_the_latest_update_is_given_with_its_date(plan):
    first, *_, fifth = standing(plan, TODAY.isoformat())
    assert (first.latest_on, first.latest_status, first.latest_comment) == (
        D("2025-01-10"), "being progressed", "Draft with the minister")
    assert (fifth.latest_on, fifth.latest_comment) == (None, None)


def test_standing_follows_the_trail_as_it_stood_that_day(plan):
    found = {f.number: f for f in standing(plan, "2025-02-01")}
    # The third was due on 31 Jan and completed only on 15 Feb.
    assert (found[3].status, found[3].overdue) == ("awaiting review", True)
    assert found[3].latest_on is None
    assert (found[1].status, found[1].latest_on) == ("being progressed", D("2025-01-10"))
    # Before its target date an action is not overdue, whatever its status.
    assert not standing(plan, "2024-06-01")[0].overdue
