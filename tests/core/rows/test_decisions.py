import datetime as dt

from ocgboard.core import lookup, plans
from ocgboard.core.rows import decisions as decision_rows
from ocgboard.store.models import Action
from tests.conftest import TODAY


def test_tracker_rows_show_the_decision_taken_and_the_rating_in_words(meeting_board):
    store, (held, _, late) = meeting_board
    with store.reader() as s:
        tracker = decision_rows.tracker_rows(s, held, TODAY)
    first = tracker[0]
    assert first.id == late and first.status == "in progress"
    assert first.rag == "red" and first.rag_label.startswith("Overdue by")
    assert first.decision == "Escalate to the SRO"
    assert (first.number, first.label) == (1, "DUE · 1")  # raised first in its threat
    assert first.next_statuses == ("completed", "not pursued")
    assert tracker[1].decision is None


def test_decision_rows_list_items_then_actions(meeting_board):
    store, (held, _, _) = meeting_board
    with store.reader() as s:
        found = decision_rows.decision_rows(s, held)
    assert [(d.on, d.decision) for d in found] == [("item", "Plan approved"),
                                                   ("action", "Escalate to the SRO")]
    assert found[1].subject.startswith("DUE · 1: ") and found[1].author == "Chair"


def test_a_decision_on_an_action_returns_what_undo_needs(meeting_board):
    store, (held, _, _) = meeting_board
    with store.reader() as s:
        second = decision_rows.tracker_rows(s, held, TODAY)[1]
    with store.session("Chair") as s:
        update, was = decision_rows.decide_on_action(s, held, second.id, "Agreed", "agreed",
                                                     today=TODAY)
    assert was == second.status and len(update) == 32
    with store.reader() as s:
        action = lookup.by_id(s, Action, second.id, "action")
        entry = plans.trail(s, action)[-1]
    assert (entry.comment, entry.dated_on, entry.status) == ("Agreed", dt.date(2026, 11, 2),
                                                             "agreed")
