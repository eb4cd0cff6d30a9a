
from ocgboard.core import distribution
from ocgboard.core.rows import attendance as attendance_rows
from ocgboard.core.rows import meetings as meeting_rows
from tests.conftest import TODAY


def test_attendance_lists_everyone_and_says_who_was_not_recorded(meeting_board):
    store, (held, planned, _) = meeting_board
    with store.reader() as s:
        at_held = {r.person: r.status for r in attendance_rows.attendance_rows(s, held)}
        at_planned = {r.person: r.status for r in attendance_rows.attendance_rows(s, planned)}
        over_time = attendance_rows.turnout(s)
    assert at_held == {"Jo Bloggs": None, "Siobhán Ó Súilleabháin": "apologies",
                       "Supt Gary Marsh": "present"}
    assert set(at_planned.values()) == {None}
    assert [(t.id, t.present, t.apologies, t.absent) for t in over_time] == [(held, 1, 1, 0)]


def test_copies_follow_the_register(meeting_board):
    store, (held, _, _) = meeting_board
    with store.session("Chair") as s:
        distribution.issue(s, meeting_rows.meeting(s, held), "Jo Bloggs", "partner",
                           today=TODAY)
    with store.reader() as s:
        found = attendance_rows.copies(s, held)
    assert [(c.copy_number, c.person, c.variant, c.returned_on) for c in found] == [
        (1, "Jo Bloggs", "partner", None)]


def test_filter_keys_are_folded_so_accents_are_optional(meeting_board):
    store, (held, _, _) = meeting_board
    with store.reader() as s:
        person = next(r for r in attendance_rows.attendance_rows(s, held) if r.agency == "DWP")
    assert meeting_rows.folded("O SUILLEABHAIN") in person.key
    assert meeting_rows.folded("Ó Súilleabháin") == "o suilleabhain"
