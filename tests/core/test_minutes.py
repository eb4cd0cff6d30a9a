"""A meeting's minutes from its record, approved by a decision of the next meeting."""

from __future__ import annotations

import datetime as dt

import pytest

from ocgboard.core import agencies, agenda, demo, meetings, minutes
from ocgboard.errors import InputError
from tests.conftest import TODAY
from tests.helpers import make_action, make_threat


@pytest.fixture
def two_meetings(store):
    """A held meeting (1 Oct) with a decision on an action, and the next one (20 Nov)."""
    with store.session("Chair") as s:
        agencies.add_person(s, "Supt Gary Marsh", "Police")
        threat = make_threat(s)
        action = make_action(s, threat, "PUR-03", due_on="2027-02-01", today=dt.date(2026, 9, 1))
        first = meetings.add(s, "Board", "2026-10-01", chair="Supt Gary Marsh",
                             threats=[threat.reference], with_due_reviews=False)
        first.status = "held"
        meetings.decide_on_action(s, first, action, "Agreed at the board", "agreed",
                                  today=TODAY)
        meetings.add(s, "Board", "2026-11-20", with_due_reviews=False)
    return store


def test_minutes_stay_a_draft_until_the_next_meeting_approves_them(two_meetings):
    with two_meetings.session("Chair") as s:
        first, second = meetings.get(s, "2026-10-01"), meetings.get(s, "2026-11-20")
        assert minutes.approval(s, first) is None
        assert minutes.approve(s, second, today=TODAY).id == first.id
        item = minutes.item(s, second)
        assert item.decision == "Minutes of the meeting of 1 October 2026 approved as a true record"
        assert not item.board_only
    with two_meetings.reader() as s:
        found = minutes.approval(s, meetings.get(s, "2026-10-01"))
    assert found == minutes.Approval("Board", dt.date(2026, 11, 20), item.decision)


def test_approving_twice_changes_nothing_and_other_wording_counts(two_meetings):
    with two_meetings.session("Chair") as s:
        second = meetings.get(s, "2026-11-20")
        agenda.decide(s, minutes.item(s, second), "Minutes approved, with one correction.")
        minutes.approve(s, second, today=TODAY)
        assert minutes.item(s, second).decision == "Minutes approved, with one correction."
        assert minutes.approval(s, meetings.get(s, "2026-10-01")) is not None


@pytest.mark.parametrize("decision", ["Minutes not approved: item 5 to be reworded",
                                      "Minutes not yet approved", "Deferred"])
def test_a_decision_that_does_not_approve_leaves_a_draft_and_is_not_overwritten(
        two_meetings, decision):
    with two_meetings.session("Chair") as s:
        second = meetings.get(s, "2026-11-20")
        agenda.decide(s, minutes.item(s, second), decision)
        assert minutes.approval(s, meetings.get(s, "2026-10-01")) is None
        with pytest.raises(InputError, match="already records another decision"):
            minutes.approve(s, second, today=TODAY)


def test_approval_is_refused_where_it_cannot_be_given(two_meetings):
    with two_meetings.session("Chair") as s:
        with pytest.raises(InputError, match="no meeting was held before"):
            minutes.approve(s, meetings.get(s, "2026-10-01"), today=TODAY)
        later = meetings.add(s, "Board", "2026-12-10", with_due_reviews=False)
        meetings.get(s, "2026-11-20").status = "cancelled"
        with pytest.raises(InputError, match="not before it"):
            minutes.approve(s, later, today=TODAY)
        second = meetings.add(s, "Extra", "2026-11-21", with_due_reviews=False)
        agenda.remove(s, second, minutes.item(s, second).position)
        with pytest.raises(InputError, match="no 'minutes of the last meeting' item"):
            minutes.approve(s, second, today=TODAY)


def test_only_the_meetings_up_to_the_next_held_one_can_approve(two_meetings):
    with two_meetings.session("Chair") as s:
        first, second = meetings.get(s, "2026-10-01"), meetings.get(s, "2026-11-20")
        second.status = "held"
        later = meetings.add(s, "Board", "2026-11-22", with_due_reviews=False)
        agenda.decide(s, minutes.item(s, later), minutes.approval_text(first))
        assert [m.id for m in minutes.following(s, first)] == [second.id]
        assert minutes.approval(s, first) is None  # 22 Nov approves 20 Nov's minutes
        assert minutes.approval(s, second) is not None


def test_what_the_minutes_record(two_meetings):
    with two_meetings.reader() as s:
        first = meetings.get(s, "2026-10-01")
        agreed = minutes.agreed(s, first)
        assert [(u.comment, u.status) for _a, u in agreed] == [("Agreed at the board", "agreed")]
        assert minutes.next_meeting_on(s, first) == dt.date(2026, 11, 20)  # none was set


def test_each_held_demo_meeting_approves_the_minutes_of_the_one_before(store):
    with store.session("Chair") as s:
        demo.generate(s, "small", today=TODAY)
        held = [m for m in reversed(meetings.listing(s)) if m.status == "held"]
        approved = [minutes.approval(s, m) for m in held]
    assert [a is not None for a in approved] == [True, True, True, False]  # the last: draft
    assert approved[0].decision == minutes.approval_text(held[0])
