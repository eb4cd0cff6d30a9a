"""A decision is recorded at or after its meeting, on an agenda item as on an action,
refused before it with the same one line."""

import datetime as dt

import pytest

from ocgboard.core import agenda, lookup, meetings
from ocgboard.core.rows import meetings as meeting_rows
from ocgboard.errors import InputError
from ocgboard.store.models import Action
from tests.helpers import make_action, make_threat

REASON = "decisions are recorded at or after the meeting, not before it (this one is on " \
         "3 Dec 2026)"


@pytest.fixture
def future(store):
    with store.session("Chair") as s:
        threat = make_threat(s)
        action = make_action(s, threat, "PUR-03", today=dt.date(2026, 11, 1))
        m = meetings.add(s, "Board", "2026-12-03", with_due_reviews=False, threats=[threat])
        item = agenda.items(s, m)[0]
        return m.id.hex, item.id.hex, action.id.hex


def test_a_decision_on_an_item_is_refused_before_the_meeting_as_one_on_an_action(store, future):
    meeting_id, item_id, action_id = future
    with store.session("Chair") as s, pytest.raises(InputError) as on_item:
        meeting_rows.decide_item(s, meeting_id, item_id, "Noted")
    with store.session("Chair") as s, pytest.raises(InputError) as on_action:
        meetings.decide_on_action(s, meetings.get(s, meeting_id), _action(s, action_id),
                                  "Agreed", "agreed")
    assert on_item.value.message == on_action.value.message == REASON


def test_on_the_day_of_the_meeting_both_are_recorded(store, future, clock):
    meeting_id, item_id, action_id = future
    clock.set(dt.datetime(2026, 12, 3, 9, 0))  # before it starts at ten: the same day
    with store.session("Chair") as s:
        meeting_rows.decide_item(s, meeting_id, item_id, "Noted")
        meetings.decide_on_action(s, meetings.get(s, meeting_id), _action(s, action_id),
                                  "Agreed", "agreed")
    with store.reader() as s:
        assert agenda.items(s, meetings.get(s, meeting_id))[0].decision == "Noted"


def _action(session, action_id):
    return lookup.row(session, Action, action_id, "action")
