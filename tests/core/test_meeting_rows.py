import dataclasses
import datetime as dt

import pytest

from ocgboard.core import agencies, agenda, distribution, lookup, meetings, plans
from ocgboard.core import meeting_rows as rows
from ocgboard.errors import InputError, NotFound
from ocgboard.store.models import Action
from tests.helpers import make_action, make_threat

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def board(store):
    """A held meeting (2 Nov) with a decision on one action, and a planned one."""
    with store.session("Chair") as s:
        agencies.add_person(s, "Supt Gary Marsh", "Police")
        agencies.add_person(s, "Siobhán Ó Súilleabháin", "DWP")
        agencies.add_person(s, "Jo Bloggs")
        due = make_threat(s, reference="DUE", next_review_on="2026-11-30")
        make_threat(s, reference="LATER", next_review_on="2027-03-01")
        make_threat(s, reference="GONE", status="dismantled")
        late = make_action(s, due, "PUR-03", due_on="2026-11-01", today=dt.date(2026, 10, 1))
        make_action(s, due, "PUR-02", due_on="2027-02-01", today=dt.date(2026, 10, 1))
        held = meetings.add(s, "October board", "2026-11-02", venue="Civic Centre",
                            chair="Supt Gary Marsh", threats=["DUE"], with_due_reviews=False)
        held.status = "held"
        meetings.attend(s, held, "Supt Gary Marsh", "present")
        meetings.attend(s, held, "Siobhán Ó Súilleabháin", "apologies")
        agenda.decide(s, agenda.item_at(s, held, 5), "Plan approved")
        meetings.decide_on_action(s, held, late, "Escalate to the SRO", "in progress",
                                  today=TODAY)
        planned = meetings.add(s, "December board", "2026-12-03", chair="Supt Gary Marsh")
        ids = held.id.hex, planned.id.hex, late.id.hex
    return store, ids


def test_meetings_are_listed_newest_first_with_their_agenda_size(board):
    store, (held, planned, _) = board
    with store.reader() as s:
        found = rows.meeting_list(s)
    assert [m.id for m in found] == [planned, held]
    assert found[1].chair == "Supt Gary Marsh" and found[1].status == "held"
    assert found[1].items == 8  # the standard seven and the one threat review
    assert found[0].items == 8  # DUE's review falls due by 3 December
    assert all(dataclasses.is_dataclass(m) for m in found)


def test_agenda_rows_carry_the_threat_reference_and_decision(board):
    store, (held, _, _) = board
    with store.reader() as s:
        items = rows.agenda_rows(s, held)
    assert [i.position for i in items] == list(range(1, 9))
    review = items[4]
    assert (review.kind, review.threat, review.decision) == ("threat review", "DUE",
                                                            "Plan approved")


def test_attendance_lists_everyone_and_says_who_was_not_recorded(board):
    store, (held, planned, _) = board
    with store.reader() as s:
        at_held = {r.person: r.status for r in rows.attendance_rows(s, held)}
        at_planned = {r.person: r.status for r in rows.attendance_rows(s, planned)}
        over_time = rows.turnout(s)
    assert at_held == {"Jo Bloggs": None, "Siobhán Ó Súilleabháin": "apologies",
                       "Supt Gary Marsh": "present"}
    assert set(at_planned.values()) == {None}
    assert [(t.id, t.present, t.apologies, t.absent) for t in over_time] == [(held, 1, 1, 0)]


def test_tracker_rows_show_the_decision_taken_and_the_rating_in_words(board):
    store, (held, _, late) = board
    with store.reader() as s:
        tracker = rows.tracker_rows(s, held, TODAY)
    first = tracker[0]
    assert first.id == late and first.status == "in progress"
    assert first.rag == "red" and first.rag_label.startswith("Overdue by")
    assert first.decision == "Escalate to the SRO"
    assert first.next_statuses == ("completed", "not pursued")
    assert tracker[1].decision is None


def test_decision_rows_list_items_then_actions(board):
    store, (held, _, _) = board
    with store.reader() as s:
        found = rows.decision_rows(s, held)
    assert [(d.on, d.decision) for d in found] == [("item", "Plan approved"),
                                                   ("action", "Escalate to the SRO")]
    assert found[1].subject.startswith("DUE: ") and found[1].author == "Chair"


def test_choices_leave_closed_threats_out(board):
    store, _ = board
    with store.reader() as s:
        threats = rows.threat_choices(s)
        people = rows.people(s)
    assert [t.reference for t in threats] == ["DUE", "LATER"]
    assert threats[0].next_review_on == dt.date(2026, 11, 30)
    assert [p.label for p in people][0] == "Jo Bloggs"
    assert "Supt Gary Marsh (Police)" in [p.label for p in people]


def test_copies_follow_the_register(board):
    store, (held, _, _) = board
    with store.session("Chair") as s:
        distribution.issue(s, rows.meeting(s, held), "Jo Bloggs", "partner", today=TODAY)
    with store.reader() as s:
        found = rows.copies(s, held)
    assert [(c.copy_number, c.person, c.variant, c.returned_on) for c in found] == [
        (1, "Jo Bloggs", "partner", None)]


def test_undo_writes_clear_a_decision_forget_attendance_and_withdraw_a_decision(board):
    store, (held, _, late) = board
    with store.reader() as s:
        item = rows.agenda_rows(s, held)[4].id
        person = next(r.id for r in rows.attendance_rows(s, held) if r.status == "present")
        update = next(d.id for d in rows.decision_rows(s, held) if d.on == "action")
    with store.session("Chair") as s:
        rows.decide_item(s, held, item, None)
        rows.attend(s, held, [(person, None, None)])
        rows.withdraw_decision(s, update, "agreed")
    with store.reader() as s:
        assert rows.agenda_rows(s, held)[4].decision is None
        assert "present" not in {r.status for r in rows.attendance_rows(s, held)}
        assert rows.decision_rows(s, held) == []
        action = lookup.by_id(s, Action, late, "action")
        assert action.status == "agreed"
        assert plans.trail(s, action)[-1].comment != "Escalate to the SRO"


def test_items_move_and_come_back_where_they_were_with_their_decision(board):
    store, (held, _, _) = board
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


def test_a_decision_on_an_action_returns_what_undo_needs(board):
    store, (held, _, _) = board
    with store.reader() as s:
        second = rows.tracker_rows(s, held, TODAY)[1]
    with store.session("Chair") as s:
        update, was = rows.decide_on_action(s, held, second.id, "Agreed", "agreed",
                                            today=TODAY)
    assert was == second.status and len(update) == 32
    with store.reader() as s:
        action = lookup.by_id(s, Action, second.id, "action")
        entry = plans.trail(s, action)[-1]
    assert (entry.comment, entry.dated_on, entry.status) == ("Agreed", dt.date(2026, 11, 2),
                                                             "agreed")


def test_a_meeting_that_is_gone_is_refused_in_words(board):
    store, _ = board
    with store.reader() as s, pytest.raises(NotFound, match="no longer on the board"):
        rows.agenda_rows(s, "0" * 32)


def test_filter_keys_are_folded_so_accents_are_optional(board):
    store, (held, _, _) = board
    with store.reader() as s:
        person = next(r for r in rows.attendance_rows(s, held) if r.agency == "DWP")
    assert rows.folded("O SUILLEABHAIN") in person.key
    assert rows.folded("Ó Súilleabháin") == "o suilleabhain"
