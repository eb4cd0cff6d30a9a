"""Putting a disruption right: its fields edited, or the record deleted, each undoable."""

import pytest

from ocgboard.core import lookup
from ocgboard.core.rows import common
from ocgboard.core.rows import disruptions as disruption_rows
from ocgboard.errors import InputError, NotFound
from tests.conftest import TODAY
from tests.helpers import make_action


def the_one(store, tid):
    with store.reader() as s:
        (row,) = disruption_rows.disruption_rows(s, tid)
    return row


def test_a_disruption_shows_its_fields_as_recorded(disrupted):
    store, tid, aid = disrupted
    did = the_one(store, tid).id
    with store.reader() as s:
        fields = disruption_rows.disruption_fields(s, did)
    assert fields == {"on": "2026-11-01", "agency": "Police", "strand": "Pursue",
                      "level": "major", "action_id": aid,
                      "justification": "Warrant executed", "board_only": True}


def test_editing_changes_what_is_given_and_keeps_the_rest(disrupted):
    store, tid, aid = disrupted
    did = the_one(store, tid).id
    with store.session("Chair") as s:
        disruption_rows.edit_disruption(s, did, level="moderate", agency="HM Revenue & Customs",
                                        justification="Warrant executed; cash seized",
                                        today=TODAY)
    row = the_one(store, tid)
    assert (row.level, row.agency, row.justification, row.dated_on) == (
        "moderate", "HMRC", "Warrant executed; cash seized", "2026-11-01")
    assert row.action.startswith("1 · Pursue · ")  # still linked


def test_editing_can_unlink_or_relink_the_action(disrupted):
    store, tid, aid = disrupted
    did = the_one(store, tid).id
    with store.session("Chair") as s:
        disruption_rows.edit_disruption(s, did, action_id=None)
    assert the_one(store, tid).action == ""
    with store.session("Chair") as s:
        other = make_action(s, lookup.threat(s, "OCG 05/00283"), "PRO-01").id.hex
    with store.session("Chair") as s:
        disruption_rows.edit_disruption(s, did, action_id=other)
    with store.reader() as s:
        assert disruption_rows.disruption_fields(s, did)["action_id"] == other


@pytest.mark.parametrize("fields, says", [
    ({"on": "2027-01-01"}, "future"),
    ({"level": "huge"}, "disruption level 'huge'"),
    ({"justification": "  "}, "justification must not be empty"),
    ({"agency": "Nobody"}, "Nobody"),
])
def test_an_edit_is_checked_as_a_new_record_is(disrupted, fields, says):
    store, tid, _aid = disrupted
    before = the_one(store, tid)
    with pytest.raises((InputError, NotFound), match=says), store.session("Chair") as s:
        disruption_rows.edit_disruption(s, before.id, today=TODAY, **fields)
    assert the_one(store, tid) == before


def test_an_action_of_another_threat_cannot_be_linked(disrupted):
    store, tid, _aid = disrupted
    did = the_one(store, tid).id
    with store.session("Chair") as s:
        other = make_action(s, lookup.threat(s, "OCG 05/00300"), "PRO-01").id.hex
    with pytest.raises(InputError, match="another threat"), store.session("Chair") as s:
        disruption_rows.edit_disruption(s, did, action_id=other)


def test_deleting_tombstones_it_and_undo_brings_it_back(disrupted):
    store, tid, _aid = disrupted
    did = the_one(store, tid).id
    with store.session("Chair") as s:
        disruption_rows.remove_disruption(s, did)
    with store.reader() as s:
        assert disruption_rows.disruption_rows(s, tid) == []
    with pytest.raises(NotFound), store.session("Chair") as s:
        disruption_rows.remove_disruption(s, did)  # gone already
    with store.session("Chair") as s:
        common.set_deleted(s, "disruption", did, False)
    assert the_one(store, tid).id == did
