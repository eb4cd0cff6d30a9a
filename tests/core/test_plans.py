import datetime as dt

import pytest
from sqlalchemy import select

from ocgboard.core import agencies, library, lookup, plans, rag
from ocgboard.errors import InputError, NotFound
from ocgboard.store.models import ActionUpdate
from tests.conftest import TODAY
from tests.helpers import make_action, make_threat


def test_library_is_seeded_from_the_4p_template(store):
    with store.reader() as s:
        everything = library.search(s)
        counts = {st: len(library.search(s, strand=st))
                  for st in ("Pursue", "Protect", "Prepare", "Prevent")}
    assert counts == {"Pursue": 15, "Protect": 4, "Prepare": 4, "Prevent": 4}
    assert len(everything) == 27
    by_code = {t.code: t for t in everything}
    assert by_code["PUR-03"].default_owner == "Police"
    assert "Crime and Security Act 2010" in by_code["PUR-03"].legislation
    assert by_code["PUR-02"].default_owner == "Department for Work and Pensions"
    assert all(t.guidance_what and t.measurable for t in everything)
    assert sum(library.PLACEHOLDER in t.specific for t in everything) >= 10


def test_library_search_by_lifestyle_agency_and_text(store):
    with store.reader() as s:
        assert [t.code for t in library.search(s, text="165A")] == ["PUR-08"]
        assert {t.default_owner for t in library.search(s, agency="DWP")} == \
            {"Department for Work and Pensions"}
        assert all(t.lifestyle_area == "vehicles"
                   for t in library.search(s, lifestyle_area="Vehicles"))
        assert library.search(s, lifestyle_area="vehicles")


def test_adding_a_tactic_fills_the_reference_and_default_owner(store):
    with store.session("Chair") as s:
        threat = make_threat(s)
        action = make_action(s, threat, "PUR-03", due_on="2027-01-31")
    assert "OCG 05/00283" in action.specific and "**" not in action.specific
    assert action.status == "proposed" and action.strand == "Pursue"
    with store.reader() as s:
        assert lookup.agency(s, "Police").id == action.owner_agency_id
        trail = plans.trail(s, action)
    assert [(u.status, u.author) for u in trail] == [("proposed", "Chair")]


def test_owner_can_be_overridden_and_free_text_actions(store):
    with store.session("Chair") as s:
        threat = make_threat(s)
        a = make_action(s, threat, "PUR-03", owner="HMRC", measurable="Arrests")
        b = plans.add_free(s, threat, "Visit car washes", "protect", owner="LA",
                           due_on="2027-02-01", today=TODAY)
    assert a.measurable == "Arrests"
    assert (b.strand, b.tactic_id, b.specific) == ("Protect", None, "Visit car washes")


@pytest.mark.parametrize("kwargs, error", [
    ({"owner": "MI7"}, NotFound),
    ({"due_on": "2023-12-31"}, InputError),  # before the threat was mapped
    ({"due_on": "31/02/2027"}, InputError),
    ({"person": "Nobody Here"}, NotFound),
])
def test_bad_plan_input(store, kwargs, error):
    with pytest.raises(error), store.session("Chair") as s:
        make_action(s, make_threat(s), **kwargs)


def test_named_owner_must_work_for_the_owner_agency(store):
    with store.session("Chair") as s:
        agencies.add_person(s, "Jo DWP", "DWP")
        threat = make_threat(s)
    with pytest.raises(InputError, match="does not work for Police"), \
            store.session("Chair") as s:
        make_action(s, lookup.threat(s, threat.reference), "PUR-03", person="Jo DWP")


def test_status_changes_write_dated_updates_and_follow_the_rules(store):
    with store.session("Chair") as s:
        action = make_action(s, make_threat(s))
    with store.session("DS Kowalczyk") as s:
        a = s.get(type(action), action.id)
        plans.change_status(s, a, "Agreed", "Agreed at board", on="2026-11-23", today=TODAY)
        plans.change_status(s, a, "in progress", "Started", today=TODAY)
        plans.change_status(s, a, None, "Progress note: visit booked", today=TODAY)
        plans.change_status(s, a, "completed", "Done", today=TODAY)
    with store.reader() as s:
        trail = plans.trail(s, action)
    assert [u.status for u in trail] == ["proposed", "agreed", "in progress", "in progress",
                                         "completed"]
    assert trail[1].dated_on == TODAY and trail[1].author == "DS Kowalczyk"
    with pytest.raises(InputError, match="before the date the action was raised"), \
            store.session("x") as s:
        plans.change_status(s, s.get(type(action), action.id), None, "late note",
                            on="2026-11-01", today=TODAY)
    with pytest.raises(InputError, match="cannot become proposed"), store.session("x") as s:
        plans.change_status(s, s.get(type(action), action.id), "proposed", "no", today=TODAY)
    with pytest.raises(InputError, match="action status 'done'"), store.session("x") as s:
        plans.change_status(s, s.get(type(action), action.id), "done", "no", today=TODAY)
    with pytest.raises(InputError, match="comment must not be empty"), store.session("x") as s:
        plans.change_status(s, s.get(type(action), action.id), "in progress", " ", today=TODAY)
    with pytest.raises(InputError, match="in the future"), store.session("x") as s:
        plans.change_status(s, s.get(type(action), action.id), "in progress", "later",
                            on="2027-01-01", today=TODAY)


def test_rag_from_due_date_and_status_with_words():
    due = dt.date(2026, 12, 1)
    assert rag.rate("agreed", due, TODAY) == rag.Rating("amber", "Due in 8 days")
    assert rag.rate("agreed", dt.date(2027, 3, 1), TODAY).rag == "green"
    late = rag.rate("in progress", dt.date(2026, 11, 20), TODAY)
    assert (late.rag, late.label, late.overdue_days) == ("red", "Overdue by 3 days", 3)
    assert rag.rate("completed", dt.date(2020, 1, 1), TODAY).label == "Completed"
    assert rag.rate("not pursued", None, TODAY).rag == "closed"
    assert rag.rate("proposed", None, TODAY).label == "No due date"
    assert rag.rate("agreed", dt.date(2027, 3, 1), TODAY, override="red").rag == "red"


def test_chase_list_filters(store):
    with store.session("Chair") as s:
        threat = make_threat(s)
        late = make_action(s, threat, "PUR-03", due_on="2026-11-01")
        make_action(s, threat, "PUR-02", due_on="2027-03-01")
        make_action(s, threat, "PRO-01", due_on="2026-10-01")
        done = make_action(s, threat, "PUR-08", due_on="2026-10-01")
        plans.change_status(s, done, "completed", "Done", today=TODAY)
    with store.reader() as s:
        overdue = plans.listing(s, overdue=True, today=TODAY)
        assert {a.id for a in overdue} == {late.id, overdue[0].id} and len(overdue) == 2
        assert len(plans.listing(s, agency="Police")) == 2
        assert len(plans.listing(s, strand="protect")) == 1
        assert len(plans.listing(s, status="completed")) == 1
        assert len(plans.listing(s, due_before="2026-12-31")) == 3


def test_edit_smart_fields_and_rag_override(store):
    with store.session("Chair") as s:
        action = make_action(s, make_threat(s))
    with store.session("Chair") as s:
        a = s.get(type(action), action.id)
        plans.edit(s, a, measurable="Two visits", timebound="By March", rag_override="green",
                   owner="DWP")
    with store.reader() as s:
        a = s.get(type(action), action.id)
        assert (a.measurable, a.timebound, a.rag_override) == ("Two visits", "By March", "green")
        assert s.scalars(select(ActionUpdate)).all()
    with pytest.raises(InputError, match="red, amber or green"), store.session("Chair") as s:
        plans.edit(s, s.get(type(action), action.id), rag_override="complete")
