"""Dates a person reads, at a year end and a leap day, by the one clock.

These tests call the services without a `today`: what they show comes from
the clock the fixture pins, moved across midnight where that is the point.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ocgboard.core import dashboard, disruptions, lookup, meetings, plans, rag, register, stats
from ocgboard.core.rows import plans as plan_rows
from ocgboard.core.rows import register as register_rows
from ocgboard.reports.gather import gather

D = dt.date.fromisoformat


def threat(s, reference: str, review: str | None = None):
    return register.add(s, reference, f"{reference} network", mapped_on="2024-01-10",
                        next_review_on=review)


def action(s, owner_threat, due: str, code: str = "PUR-03"):
    return plans.add_from_tactic(s, owner_threat, lookup.tactic(s, code), due_on=due)


@pytest.mark.parametrize(("due", "today", "words"), [
    ("2027-01-01", "2026-12-31", "Due in 1 day"),
    ("2027-01-01", "2027-01-01", "Due today"),
    ("2026-12-31", "2027-01-01", "Overdue by 1 day"),
    ("2027-01-14", "2026-12-20", "Due in 25 days"),
    ("2026-12-01", "2027-01-05", "Overdue by 35 days"),
    ("2028-03-01", "2028-02-28", "Due in 2 days"),  # 29 February counts
    ("2028-02-29", "2028-03-01", "Overdue by 1 day"),
    ("2029-02-28", "2028-02-29", "Due in 365 days"),
    ("2028-12-31", "2028-01-01", "Due in 365 days"),  # a leap year has 366 days
])
def test_due_and_overdue_count_calendar_days(due, today, words):
    assert rag.due_words(D(due), D(today)) == words


@pytest.mark.parametrize(("due", "today", "colour"), [
    ("2027-01-14", "2026-12-31", "amber"),  # fourteen days on, over the year end
    ("2027-01-15", "2026-12-31", "green"),
    ("2028-03-13", "2028-02-28", "amber"),  # fourteen days, 29 February among them
    ("2028-03-14", "2028-02-28", "green"),
])
def test_the_amber_window_is_fourteen_calendar_days(due, today, colour):
    assert rag.rate("agreed", D(due), D(today)).rag == colour


@pytest.mark.pinned("2026-12-31T23:59:30")
def test_an_actions_words_move_on_at_midnight(store, clock):
    with store.session("Chair") as s:
        found = threat(s, "OCG 05/00283")
        aid = action(s, found, "2027-01-01").id.hex
    with store.reader() as s:
        assert plan_rows.action(s, aid).rating.label == "Due in 1 day"
    clock.advance(minutes=1)  # 00:00:30 on New Year's Day
    with store.reader() as s:
        assert plan_rows.action(s, aid).rating.label == "Due today"
    clock.advance(days=1)
    with store.reader() as s:
        row = plan_rows.action(s, aid)
    assert (row.rating.rag, row.rating.label) == ("red", "Overdue by 1 day")


@pytest.mark.pinned("2028-02-28T23:59:50")
def test_a_review_due_on_the_leap_day_is_due_today_on_it(store, clock):
    with store.session("Chair") as s:
        threat(s, "LEAP", review="2028-02-29")
    with store.reader() as s:
        assert register_rows.review_words(D("2028-02-29"), "active", clock.today()) == \
            "Due in 1 day"
    clock.advance(seconds=20)
    with store.reader() as s:
        assert [t.reference for t in register.reviews_overdue(s)] == []
        assert clock.today() == D("2028-02-29")
    clock.advance(days=1)
    with store.reader() as s:
        assert [t.reference for t in register.reviews_overdue(s)] == ["LEAP"]


def _reviews_due_everywhere(s, today: dt.date) -> tuple[int, list[str], list[str]]:
    """The dashboard's figure, the service's list and the register's filter it opens."""
    figure = dashboard.collect(s).reviews_due
    listed = [t.reference for t in register.reviews_due(s, within_days=28)]
    flt = register_rows.RegisterFilter(review_due_within=dashboard.REVIEW_WINDOW_DAYS)
    shown = [r.reference for r in register_rows.filter_rows(register_rows.register_rows(s),
                                                            flt, today)]
    return figure, listed, shown


@pytest.mark.pinned("2026-12-31")
def test_reviews_due_within_28_days_across_the_year_end(store, clock):
    with store.session("Chair") as s:
        threat(s, "LATE", review="2026-12-30")
        threat(s, "TODAY", review="2026-12-31")
        threat(s, "DAY28", review="2027-01-28")
        threat(s, "DAY29", review="2027-01-29")
    with store.reader() as s:
        figure, listed, shown = _reviews_due_everywhere(s, clock.today())
    assert listed == shown == ["DAY28", "LATE", "TODAY"]
    assert figure == len(shown)


@pytest.mark.pinned("2028-02-01")
def test_reviews_due_within_28_days_over_a_leap_day(store, clock):
    with store.session("Chair") as s:
        threat(s, "LEAPDAY", review="2028-02-29")  # 28 days on, in a leap year
        threat(s, "MARCH", review="2028-03-01")
    with store.reader() as s:
        figure, listed, shown = _reviews_due_everywhere(s, clock.today())
    assert listed == shown == ["LEAPDAY"] and figure == 1


@pytest.mark.parametrize(("end", "start"), [
    ("2026-11-23", "2026-05-24"),
    ("2026-12-31", "2026-07-01"),  # the second half of the year, 1 July included
    ("2027-06-30", "2027-01-01"),
    ("2027-06-15", "2026-12-16"),  # across the year end
    ("2028-02-29", "2027-09-01"),  # ending on the leap day
    ("2028-02-28", "2027-08-29"),
    ("2028-08-31", "2028-03-01"),  # 29 February is not in it
    ("2028-08-28", "2028-02-29"),  # ... but here it is the first day
    ("2026-08-31", "2026-03-01"),
    ("2026-08-30", "2026-03-01"),  # no 31 February: never more than six months
    ("2026-08-27", "2026-02-28"),
    ("2027-01-01", "2026-07-02"),
])
def test_the_six_month_period_is_six_calendar_months(end, start):
    assert stats.six_months_to(D(end)) == D(start)


@pytest.mark.pinned("2026-12-31")
def test_the_default_period_counts_disruptions_from_its_first_day(store):
    with store.session("Chair") as s:
        found = threat(s, "OCG 05/00283")
        for day in ("2026-06-30", "2026-07-01", "2026-12-31"):
            disruptions.add(s, found, agency="Police", strand="Pursue", level="minor",
                            justification=f"Seen on {day}", on=day)
    with store.reader() as s:
        figures = stats.collect(s)
        board = dashboard.collect(s)
    assert (figures.start, figures.end) == (D("2026-07-01"), D("2026-12-31"))
    assert sum(figures.disruptions_by_level.values()) == 2
    assert (board.as_at, board.period_start, board.disruptions) == (
        D("2026-12-31"), D("2026-07-01"), 2)


@pytest.mark.pinned("2026-12-31T16:00")
def test_a_pack_printed_before_the_year_end_is_as_at_its_meeting(store):
    with store.session("Chair") as s:
        found = threat(s, "OCG 05/00283")
        late = action(s, found, "2027-01-02")
        soon = action(s, found, "2027-01-18", code="PUR-02")
        meeting = meetings.add(s, "January board", "2027-01-04", threats=["OCG 05/00283"])
        pack = gather(s, meeting)
        ids = late.id, soon.id
    assert (pack.as_at, pack.produced_on) == (D("2027-01-04"), D("2026-12-31"))
    ratings = {t.id: t.rating.label for t in pack.tracker}
    assert ratings == {ids[0]: "Overdue by 2 days", ids[1]: "Due in 14 days"}
    assert pack.tracker[0].id == ids[0]  # overdue first
    assert pack.figures.period.start == D("2026-07-05")  # six months to the meeting


@pytest.mark.pinned("2028-02-27")
def test_a_pack_for_the_first_of_march_counts_the_leap_day(store):
    with store.session("Chair") as s:
        found = threat(s, "OCG 05/00283")
        action(s, found, "2028-02-28")
        meeting = meetings.add(s, "March board", "2028-03-01", threats=["OCG 05/00283"])
        pack = gather(s, meeting)
    assert [t.rating.label for t in pack.tracker] == ["Overdue by 2 days"]
