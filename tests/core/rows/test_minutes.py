"""The desktop's rows for approving minutes: which item, in what words, or why not."""

from __future__ import annotations

import pytest

from ocgboard.core import agenda, meetings, minutes
from ocgboard.core.rows import minutes as minutes_rows
from ocgboard.errors import InputError
from tests.conftest import TODAY


@pytest.fixture
def two_meetings(store):
    with store.session("Chair") as s:
        held = meetings.add(s, "Board", "2026-10-01", with_due_reviews=False)
        held.status = "held"
        later = meetings.add(s, "Board", "2026-11-20", with_due_reviews=False)
        return held.id.hex, later.id.hex


def test_the_minutes_item_and_the_words_that_approve(store, two_meetings):
    _held, later = two_meetings
    with store.reader() as s:
        approving = minutes_rows.to_approve(s, later, TODAY)
    assert approving.item.kind == minutes.ITEM_KIND and approving.item.position == 3
    assert approving.text == "Minutes of the meeting of 1 October 2026 approved as a true record"
    assert approving.minutes_of.isoformat() == "2026-10-01" and not approving.done
    with store.session("Chair") as s:
        agenda.decide(s, minutes.item(s, meetings.get(s, "2026-11-20")), "Minutes approved.")
    with store.reader() as s:
        again = minutes_rows.to_approve(s, later, TODAY)
    assert again.text == "Minutes approved." and again.done


def test_why_not_is_one_line(store, two_meetings):
    held, _later = two_meetings
    with store.reader() as s, pytest.raises(InputError, match="no meeting was held before"):
        minutes_rows.to_approve(s, held, TODAY)
