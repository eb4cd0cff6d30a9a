import datetime as dt

import pytest
from sqlalchemy import select

from ocgboard.core import agencies, agenda, distribution, lookup, meetings, plans
from ocgboard.errors import InputError, NotFound
from ocgboard.store.models import ActionUpdate
from tests.conftest import TODAY
from tests.helpers import make_action, make_threat


@pytest.fixture
def planned(store):
    with store.session("Chair") as s:
        agencies.add_person(s, "Supt Gary Marsh", "Police")
        agencies.add_person(s, "Jo Bloggs", "DWP")
        due = make_threat(s, reference="DUE", next_review_on="2026-11-30")
        make_threat(s, reference="LATER", next_review_on="2027-03-01")
        picked = make_threat(s, reference="PICKED")
        make_action(s, due, "PUR-03", due_on="2026-11-01")
        make_action(s, picked, "PUR-02", due_on="2027-02-01")
        make_action(s, lookup.threat(s, "LATER"), "PUR-08", due_on="2026-10-01")
        m = meetings.add(s, "Board", "2026-12-03", at="14:30", venue="Civic Centre",
                         chair="Supt Gary Marsh", next_meeting_on="2027-01-14",
                         threats=["PICKED"])
    return m


def test_new_meeting_gets_the_standard_agenda_and_due_reviews(store, planned):
    with store.reader() as s:
        items = agenda.items(s, planned)
        kinds = [i.kind for i in items]
        threats = [t.reference for t in meetings.agenda_threats(s, planned)]
    assert kinds[:4] == ["apologies", "declarations of interest", "minutes of the last meeting",
                         "action tracker review"]
    assert kinds[-3:] == ["strategic plan", "any other business", "date of next meeting"]
    assert threats == ["PICKED", "DUE"]
    assert [i.position for i in items] == list(range(1, len(items) + 1))
    assert planned.starts_at == dt.datetime(2026, 12, 3, 14, 30)


def test_tracker_carries_open_actions_overdue_first(store, planned):
    with store.reader() as s:
        tracker = meetings.tracker(s, planned)
        refs = [s.get(type(planned), planned.id) and a.due_on for a in tracker]
    assert refs == [dt.date(2026, 11, 1), dt.date(2027, 2, 1)]  # LATER's action is not in scope


def test_agenda_add_move_remove(store, planned):
    with store.session("Chair") as s:
        m = meetings.get(s, "2026-12-03")
        agenda.add_item(s, m, "threat review", threat="LATER", position=5)
        assert agenda.item_at(s, m, 5).title.startswith("Threat review: LATER")
        agenda.move(s, m, 5, 1)
        assert agenda.item_at(s, m, 1).title.startswith("Threat review: LATER")
        agenda.remove(s, m, 1)
        assert [i.position for i in agenda.items(s, m)] == list(range(1, 10))
    with pytest.raises(InputError, match="already on this agenda"), store.session("C") as s:
        agenda.add_item(s, meetings.get(s, "2026-12-03"), "threat review", threat="DUE")
    with pytest.raises(InputError, match="outside the agenda"), store.session("C") as s:
        agenda.move(s, meetings.get(s, "2026-12-03"), 1, 99)
    with pytest.raises(InputError, match="agenda item kind"), store.session("C") as s:
        agenda.add_item(s, meetings.get(s, "2026-12-03"), "tea break")


def test_attendance_and_figures_over_time(store, planned):
    with store.session("Chair") as s:
        m = meetings.get(s, "2026-12-03")
        meetings.attend(s, m, "Supt Gary Marsh", "present")
        meetings.attend(s, m, "Jo Bloggs", "Apologies", note="Court")
        meetings.attend(s, m, "Jo Bloggs", "present")  # corrected, not duplicated
        meetings.edit(s, m, status="held")
        second = meetings.add(s, "Board", "2027-01-14", with_due_reviews=False)
        meetings.attend(s, second, "Jo Bloggs", "absent")
        meetings.edit(s, second, status="held")
    with store.reader() as s:
        assert len(meetings.attendance(s, meetings.get(s, "2026-12-03"))) == 2
        figures = {f["person"]: f for f in meetings.attendance_figures(s)}
    assert figures["Jo Bloggs"] == {"person": "Jo Bloggs", "present": 1, "apologies": 0,
                                    "absent": 1, "meetings": 2, "attendance_rate": 0.5}


def test_decision_on_an_action_becomes_a_dated_update(store):
    with store.session("Chair") as s:
        threat = make_threat(s)
        action = make_action(s, threat, "PUR-03", today=dt.date(2026, 11, 1))
        m = meetings.add(s, "Board", "2026-11-20", with_due_reviews=False)
        meetings.decide_on_action(s, m, action, "Agreed: DVPN to be sought", "agreed",
                                  today=TODAY)
    with store.reader() as s:
        update = s.scalars(select(ActionUpdate).where(ActionUpdate.meeting_id == m.id)).one()
        assert (update.dated_on, update.status, update.comment) == (
            dt.date(2026, 11, 20), "agreed", "Agreed: DVPN to be sought")
        assert plans.trail(s, action)[-1].id == update.id
    with pytest.raises(InputError, match="not before it"), store.session("Chair") as s:
        future = meetings.add(s, "Board", "2027-01-01", with_due_reviews=False)
        meetings.decide_on_action(s, future, s.get(type(action), action.id), "x", today=TODAY)


def test_distribution_register(store, planned):
    with store.session("Chair") as s:
        m = meetings.get(s, "2026-12-03")
        first = distribution.issue(s, m, "Jo Bloggs", "partner", today=TODAY)
        second = distribution.issue(s, m, "Supt Gary Marsh", today=TODAY)
        distribution.close(s, m, 1, "returned", "2026-12-04", today=TODAY)
        distribution.close(s, m, 2, "destroyed", today=TODAY)
    assert (first.copy_number, second.copy_number) == (1, 2)
    with store.reader() as s:
        rows = distribution.register(s, meetings.get(s, "2026-12-03"))
    assert [(d.copy_number, p.name, d.variant, d.returned_on, d.destroyed_on)
            for d, p in rows] == [(1, "Jo Bloggs", "partner", dt.date(2026, 12, 4), None),
                                  (2, "Supt Gary Marsh", "chair", None, TODAY)]
    with pytest.raises(InputError, match="never issued"), store.session("Chair") as s:
        distribution.close(s, meetings.get(s, "2026-12-03"), 9, "returned", today=TODAY)


def test_each_copy_issued_is_the_packs_next_version_with_its_variant_and_agency(store,
                                                                               planned):
    with store.session("Chair") as s:
        m = meetings.get(s, "2026-12-03")
        assert distribution.latest_version(s, m) is None  # nothing issued: drafts only
        distribution.issue(s, m, "Supt Gary Marsh", today=TODAY)
        distribution.issue(s, m, "Jo Bloggs", "partner", today=TODAY)
        distribution.issue(s, m, "Jo Bloggs", "agency", agency="DWP", today=TODAY)
        assert m.pack_version == distribution.latest_version(s, m) == 3
    with store.reader() as s:
        rows = distribution.register(s, meetings.get(s, "2026-12-03"))
        agencies = distribution.agency_names(s, [d for d, _p in rows])
        assert [(d.copy_number, d.version, d.variant, agencies.get(d.agency_id))
                for d, _p in rows] == [(1, 1, "chair", None), (2, 2, "partner", None),
                                       (3, 3, "agency", "Department for Work and Pensions")]


@pytest.mark.parametrize("variant, agency, message", [
    ("agency", None, "needs the agency"),
    ("partner", "DWP", "only an agency copy"),
])
def test_an_agency_copy_names_its_agency_and_no_other_copy_does(store, planned, variant,
                                                                 agency, message):
    with pytest.raises(InputError, match=message), store.session("Chair") as s:
        distribution.issue(s, meetings.get(s, "2026-12-03"), "Jo Bloggs", variant,
                           agency=agency, today=TODAY)


@pytest.mark.parametrize("key, error", [("2030-01-01", NotFound), ("zzzz", NotFound),
                                        ("2026-02-31", InputError)])
def test_unknown_meetings(store, planned, key, error):
    with pytest.raises(error), store.reader() as s:
        meetings.get(s, key)


def test_bad_meeting_input(store):
    with pytest.raises(InputError, match="not a time of day"), store.session("Chair") as s:
        meetings.add(s, "Board", "2026-12-03", at="25:00")
    with pytest.raises(InputError, match="before the meeting date"), store.session("C") as s:
        meetings.add(s, "Board", "2026-12-03", next_meeting_on="2026-11-01")
    with pytest.raises(NotFound), store.session("C") as s:
        meetings.add(s, "Board", "2026-12-03", chair="Nobody")


def test_the_previous_meeting_is_the_last_one_held(store):
    with store.session("Chair") as s:
        held = meetings.add(s, "Board", "2026-09-01", with_due_reviews=False)
        meetings.edit(s, held, status="held")
        meetings.add(s, "Board", "2026-10-15", with_due_reviews=False)  # planned, never held
        now = meetings.add(s, "Board", "2026-12-03", with_due_reviews=False)
        assert meetings.previous(s, now).id == held.id
