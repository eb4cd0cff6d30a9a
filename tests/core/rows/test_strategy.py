import datetime as dt

import pytest

from ocgboard.core.rows import strategy as strategy_rows
from ocgboard.errors import InputError
from tests.conftest import TODAY


def test_items_and_their_trail_as_plain_rows(store):
    with store.session("Chair") as s:
        strategy_rows.add_item(s, "Publish a modern slavery strategy", lead_partners="DoJ",
                               target="Summer 2027", target_on="2027-08-31",
                               deliverables="Strategy published")
        strategy_rows.add_item(s, "Train financial investigators")
        strategy_rows.record_progress(s, 1, status="being progressed", comment="Draft out",
                                      on="2026-11-02", today=TODAY)
    with store.reader() as s:
        items = strategy_rows.item_rows(s)
        trail = strategy_rows.trail_rows(s, 1)
    assert [(i.number, i.status) for i in items] == [(1, "being progressed"),
                                                      (2, "awaiting review")]
    assert items[0].target_on == dt.date(2027, 8, 31)
    assert items[0].updated_on == dt.date(2026, 11, 2) and items[1].updated_on is None
    assert [(t.dated_on, t.status, t.comment, t.author) for t in trail] == [
        (dt.date(2026, 11, 2), "being progressed", "Draft out", "Chair")]


def test_progress_is_undone_and_redone(store):
    with store.session("Chair") as s:
        strategy_rows.add_item(s, "Map vulnerable communities")
        done = strategy_rows.record_progress(s, 1, status="complete", comment="Mapped",
                                             today=TODAY)
    assert (done.previous_status, done.status) == ("awaiting review", "complete")
    with store.session("Chair") as s:
        strategy_rows.withdraw_progress(s, done)
    with store.reader() as s:
        assert strategy_rows.item_rows(s)[0].status == "awaiting review"
        assert strategy_rows.trail_rows(s, 1) == []
    with store.session("Chair") as s:
        strategy_rows.restore_progress(s, done)
    with store.reader() as s:
        assert strategy_rows.item_rows(s)[0].status == "complete"
        assert len(strategy_rows.trail_rows(s, 1)) == 1


def test_an_item_is_withdrawn_and_restored(store):
    with store.session("Chair") as s:
        item = strategy_rows.add_item(s, "Agree the way forward")
    with store.session("Chair") as s:
        strategy_rows.set_item_deleted(s, item, True)
    with store.reader() as s:
        assert strategy_rows.item_rows(s) == []
    with store.session("Chair") as s:
        strategy_rows.set_item_deleted(s, item, False)
    with store.reader() as s:
        assert [i.id for i in strategy_rows.item_rows(s)] == [item]


def test_progress_needs_a_comment_when_the_status_stays(store):
    with store.session("Chair") as s:
        strategy_rows.add_item(s, "Agree the way forward")
    with pytest.raises(InputError, match="comment"), store.session("Chair") as s:
        strategy_rows.record_progress(s, 1, status=None, comment="", today=TODAY)
