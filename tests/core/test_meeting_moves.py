"""Moving a meeting's date moves its 'next meeting' with it, keeping the interval."""

import datetime as dt

import pytest

from ocgboard.core import meetings
from ocgboard.errors import InputError


@pytest.fixture
def planned(store):
    with store.session("Chair") as s:
        return meetings.add(s, "Board", "2026-12-03", next_meeting_on="2027-01-14",
                            with_due_reviews=False).id.hex


def moved(store, key, **fields):
    with store.session("Chair") as s:
        found = meetings.get(s, key)
        meetings.edit(s, found, **fields)
        return found.starts_at.date(), found.next_meeting_on


def test_the_next_meeting_keeps_its_interval_when_the_date_moves(store, planned):
    assert moved(store, planned, on="2026-12-10") == (dt.date(2026, 12, 10),
                                                       dt.date(2027, 1, 21))


def test_a_next_date_given_with_the_move_is_taken_as_given(store, planned):
    assert moved(store, planned, on="2026-12-10", next_meeting_on="2027-02-04") == (
        dt.date(2026, 12, 10), dt.date(2027, 2, 4))


def test_a_new_time_alone_leaves_the_next_meeting_where_it_was(store, planned):
    assert moved(store, planned, at="14:00") == (dt.date(2026, 12, 3), dt.date(2027, 1, 14))


def test_a_meeting_with_no_next_date_gets_none(store):
    with store.session("Chair") as s:
        key = meetings.add(s, "Board", "2026-12-03", with_due_reviews=False).id.hex
    assert moved(store, key, on="2026-12-10") == (dt.date(2026, 12, 10), None)


def test_a_next_date_before_the_meeting_is_refused(store, planned):
    with pytest.raises(InputError, match="next meeting date"):
        moved(store, planned, on="2026-12-10", next_meeting_on="2026-12-05")
