import dataclasses
import datetime as dt

import pytest

from ocgboard.core import lookup, plans
from ocgboard.core.rows import attendance as attendance_rows
from ocgboard.core.rows import decisions as decision_rows
from ocgboard.core.rows import meetings as rows
from ocgboard.core.rows import plans as plan_rows
from ocgboard.errors import InputError, NotFound
from ocgboard.store.models import Action


def test_meetings_are_listed_newest_first_with_their_agenda_size(meeting_board):
    store, (held, planned, _) = meeting_board
    with store.reader() as s:
        found = rows.meeting_list(s)
    assert [m.id for m in found] == [planned, held]
    assert found[1].chair == "Supt Gary Marsh" and found[1].status == "held"
    assert found[1].items == 8  # the standard seven and the one threat review
    assert found[0].items == 8  # DUE's review falls due by 3 December
    assert all(dataclasses.is_dataclass(m) for m in found)


def test_agenda_rows_carry_the_threat_reference_and_decision(meeting_board):
    store, (held, _, _) = meeting_board
    with store.reader() as s:
        items = rows.agenda_rows(s, held)
    assert [i.position for i in items] == list(range(1, 9))
    review = items[4]
    assert (review.kind, review.threat, review.decision) == ("threat review", "DUE",
                                                            "Plan approved")


def test_choices_leave_closed_threats_out(meeting_board):
    store, _ = meeting_board
    with store.reader() as s:
        threats = rows.threat_choices(s)
        people = attendance_rows.people(s)
    assert [t.reference for t in threats] == ["DUE", "LATER"]
    assert threats[0].next_review_on == dt.date(2026, 11, 30)
    assert [p.label for p in people][0] == "Jo Bloggs"
    assert "Supt Gary Marsh (Police)" in [p.label for p in people]


def test_undo_writes_clear_a_decision_forget_attendance_and_withdraw_a_decision(meeting_board):
    store, (held, _, late) = meeting_board
    with store.reader() as s:
        item = rows.agenda_rows(s, held)[4].id
        person = next(r.id for r in attendance_rows.attendance_rows(s, held)
                      if r.status == "present")
        update = next(d.id for d in decision_rows.decision_rows(s, held) if d.on == "action")
    with store.session("Chair") as s:
        rows.decide_item(s, held, item, None)
        attendance_rows.attend(s, held, [(person, None, None)])
        plan_rows.withdraw_update(s, update, "agreed")
    with store.reader() as s:
        assert rows.agenda_rows(s, held)[4].decision is None
        assert "present" not in {r.status for r in attendance_rows.attendance_rows(s, held)}
        assert decision_rows.decision_rows(s, held) == []
        action = lookup.by_id(s, Action, late, "action")
        assert action.status == "agreed"
        assert plans.trail(s, action)[-1].comment != "Escalate to the SRO"


def test_items_move_and_come_back_where_they_were_with_their_decision(meeting_board):
    store, (held, _, _) = meeting_board
    with store.reader() as s:
        review = rows.agenda_rows(s, held)[4]
    with store.session("Chair") as s:
        assert rows.move_item(s, held, review.id, 1) == 5
    with store.reader() as s:
        assert rows.agenda_rows(s, held)[0].id == review.id
    with store.session("Chair") as s:
        rows.move_item(s, held, review.id, 5)
        rows.remove_item(s, held, review.id)
    with store.reader() as s:
        assert review.id not in [i.id for i in rows.agenda_rows(s, held)]
    with store.session("Chair") as s:
        rows.restore_item(s, held, review)
    with store.reader() as s:
        back = rows.agenda_rows(s, held)
    assert back[4] == review  # the same item, id and decision included
    assert [i.position for i in back] == list(range(1, 9))
    with store.session("Chair") as s, pytest.raises(InputError, match="already on"):
        rows.remove_item(s, held, review.id)
        rows.add_item(s, held, "threat review", threat="DUE")
        rows.restore_item(s, held, review)


def test_a_meeting_that_is_gone_is_refused_in_words(meeting_board):
    store, _ = meeting_board
    with store.reader() as s, pytest.raises(NotFound, match="no longer on the board"):
        rows.agenda_rows(s, "0" * 32)
