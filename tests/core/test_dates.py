"""Reading and showing dates, and the range each kind of date may fall in."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ocgboard.core import dates
from ocgboard.errors import InputError

D = dt.date
TODAY = D(2026, 11, 23)
ANY_DAY = st.dates(min_value=D(1000, 1, 1), max_value=D(9999, 12, 31))


@pytest.mark.parametrize("typed", [
    "31/01/2027", "31-01-2027", "31.01.2027", "2027-01-31", "31 Jan 2027", "31 January 2027",
    "31 jan 2027", "31 JANUARY 2027", " 31/01/2027 ", "31/1/2027", "31 / 01 / 2027",
    "Sun 31 Jan 2027", "Sunday, 31 January 2027", "31st January 2027", "31 Jan, 2027",
])
def test_every_form_a_person_types_is_read_day_first(typed):
    assert dates.parse(typed) == D(2027, 1, 31)


def test_a_day_under_13_is_still_the_day():
    assert dates.parse("03/04/2027") == D(2027, 4, 3)
    assert dates.parse("3 Sept 2027") == D(2027, 9, 3)


@pytest.mark.parametrize("typed, reason", [
    ("31/01/20", "give the year in full (dd/mm/yyyy)"),
    ("31/01/202", "give the year in full (dd/mm/yyyy)"),
    ("31/01", "give the day, month and year (dd/mm/yyyy)"),
    ("31/01/", "give the day, month and year (dd/mm/yyyy)"),
    ("31", "give the day, month and year (dd/mm/yyyy)"),
    ("31/13/2027", "there is no month 13"),
    ("30/02/2027", "February 2027 has 28 days"),
    ("29/02/2028x", "type it as dd/mm/yyyy, e.g. 31/01/2027"),
    ("31 Jnu 2027", "'jnu' is not a month"),
    ("Mon 31 Jan 2027", "31 Jan 2027 is a Sunday"),
    ("yesterday", "type it as dd/mm/yyyy, e.g. 31/01/2027"),
    ("01/31/2027", "there is no month 31"),
    ("2027-02-30", "February 2027 has 28 days"),
])
def test_what_is_not_a_date_is_refused_with_its_reason(typed, reason):
    with pytest.raises(dates.DateRefused) as refused:
        dates.parse(typed, "due date")
    assert refused.value.reason == reason
    assert refused.value.message == f"due date '{typed.strip()}' is not a valid date: {reason}"
    assert isinstance(refused.value, InputError)


def test_empty_is_none_unless_required():
    assert dates.parse("  ") is None and dates.parse(None) is None
    with pytest.raises(dates.DateRefused, match=r"^meeting date is required \(dd/mm/yyyy\)$"):
        dates.parse("", "meeting date", required=True)


def test_shown_one_way_whatever_the_locale():
    assert dates.day(D(2027, 1, 31)) == "31 Jan 2027"
    assert dates.day(D(2026, 12, 1)) == "1 Dec 2026"
    assert dates.day(None) == "" and dates.day(None, "—") == "—"
    assert dates.long_day(D(2026, 12, 1)) == "Tuesday 1 Dec 2026"
    assert dates.typed(D(2026, 12, 1)) == "01/12/2026"


@given(ANY_DAY)
def test_every_date_shown_reads_back_as_itself(day):
    assert dates.parse(dates.day(day)) == day
    assert dates.parse(dates.typed(day)) == day
    assert dates.parse(day.isoformat()) == day
    assert dates.parse(dates.long_day(day)) == day


@given(ANY_DAY, st.sampled_from("/-."))
def test_any_separator_reads_the_same(day, separator):
    typed = dates.typed(day).replace("/", separator)
    assert dates.parse(typed) == day


@pytest.mark.parametrize("rule, value, says", [
    (dates.PLANNED, D(3202, 2, 15), "due date 15 Feb 3202 is more than ten years from today"),
    (dates.PLANNED, D(2016, 11, 22), "due date 22 Nov 2016 is more than ten years ago"),
    (dates.EVENT, D(2026, 11, 24), "due date 24 Nov 2026 is in the future"),
    (dates.EVENT, D(1999, 12, 31), "due date 31 Dec 1999 is before 2000"),
    (dates.BIRTH, D(2026, 11, 23), "due date 23 Nov 2026 is not in the past"),
    (dates.BIRTH, D(1899, 12, 31), "due date 31 Dec 1899 is before 1900"),
    (dates.MEETING, D(2028, 11, 24), "due date 24 Nov 2028 is more than two years from today"),
    (dates.MEETING, D(2016, 11, 22), "due date 22 Nov 2016 is more than ten years ago"),
])
def test_a_date_out_of_its_range_is_refused_with_a_reason(rule, value, says):
    with pytest.raises(dates.DateRefused) as refused:
        dates.take(dates.typed(value), "due date", rule, TODAY)
    assert refused.value.message.startswith(says)
    assert refused.value.reason == refused.value.message.removeprefix("due date ")


@pytest.mark.parametrize("rule, value", [
    (dates.PLANNED, D(2036, 11, 23)), (dates.PLANNED, D(2016, 11, 23)),
    (dates.EVENT, TODAY), (dates.EVENT, D(2000, 1, 1)),
    (dates.BIRTH, D(2026, 11, 22)), (dates.BIRTH, D(1900, 1, 1)),
    (dates.MEETING, D(2028, 11, 23)), (dates.MEETING, D(2016, 11, 23)),
])
def test_the_edges_of_each_range_are_inside_it(rule, value):
    assert dates.take(value, "date", rule, TODAY) == value


def test_ten_years_from_a_leap_day():
    assert dates.years_from(D(2028, 2, 29), 10) == D(2038, 2, 28)
