"""The one clock: pinned moments, local dates in any time zone, the test variable."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from ocgboard import clock as clocks
from ocgboard.errors import BoardError


@pytest.fixture
def zone(monkeypatch):
    """Run in another time zone, as a laptop set to it would."""
    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()
    yield set_zone
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("name", ["UTC", "Europe/London", "Pacific/Kiritimati",
                                  "Pacific/Pago_Pago", "Asia/Kolkata"])
def test_a_pinned_local_time_is_that_day_in_any_zone(zone, name):
    zone(name)
    pinned = clocks.PinnedClock(clocks.parse("2026-11-23T12:00"))
    assert pinned.today() == dt.date(2026, 11, 23)
    assert pinned.local_now().strftime("%H:%M") == "12:00"
    assert clocks.PinnedClock(dt.date(2028, 2, 29)).today() == dt.date(2028, 2, 29)


def test_a_moment_with_an_offset_is_that_moment_in_the_laptops_zone(zone):
    zone("Pacific/Kiritimati")  # UTC+14
    pinned = clocks.PinnedClock(clocks.parse("2026-12-31T12:00:00+00:00"))
    assert pinned.today() == dt.date(2027, 1, 1)
    assert pinned.now().utcoffset() == dt.timedelta(0)


def test_a_pinned_clock_runs_on_and_can_be_moved():
    pinned = clocks.PinnedClock(clocks.parse("2026-12-31T23:59:59"))
    first = pinned.now()
    assert pinned.now() >= first
    pinned.advance(seconds=1)
    assert pinned.today() == dt.date(2027, 1, 1)
    pinned.set(dt.date(2028, 2, 29))
    assert pinned.today() == dt.date(2028, 2, 29)
    assert pinned.stamp().tzinfo is None  # as the store keeps times


def test_wall_milliseconds_are_the_epochs():
    pinned = clocks.PinnedClock(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    assert pinned.wall_ms() // 1000 == 1_767_225_600


@pytest.mark.parametrize("text", ["", "tomorrow", "2026-13-01", "23/11/2026", "2026-11-23 noon"])
def test_the_test_variable_refuses_what_is_not_a_date_in_one_line(text):
    with pytest.raises(BoardError) as refused:
        clocks.parse(text)
    assert clocks.TEST_CLOCK in str(refused.value) and "\n" not in str(refused.value)


def test_the_process_clock_follows_the_test_variable(monkeypatch):
    monkeypatch.setenv(clocks.TEST_CLOCK, "2027-06-15")
    assert clocks.from_environment().today() == dt.date(2027, 6, 15)
    monkeypatch.delenv(clocks.TEST_CLOCK)
    assert type(clocks.from_environment()) is clocks.Clock


def test_the_suite_runs_on_the_pinned_day_whatever_the_machines(clock, today):
    assert clocks.current() is clock and today == dt.date(2026, 11, 23)


@pytest.mark.pinned("2028-02-29T08:30")
def test_a_test_may_ask_for_another_day(clock):
    assert clocks.current().today() == dt.date(2028, 2, 29)
