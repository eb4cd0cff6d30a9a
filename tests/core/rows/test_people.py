import pytest

from ocgboard.core import lookup
from ocgboard.core.rows import common
from ocgboard.core.rows import people as people_rows
from ocgboard.errors import InputError, NotFound
from ocgboard.store.models import Person


def test_agencies_count_their_people(store):
    with store.session("Chair") as s:
        agency = people_rows.add_agency(s, "North Water Authority", "NWA")
        people_rows.add_person(s, "Ana Łukasz", "NWA", role="Analyst", email="ana@nwa.example")
        people_rows.add_person(s, "Ben Hall", "North Water Authority")
    with store.reader() as s:
        row = next(r for r in people_rows.agency_rows(s) if r.id == agency)
        people = people_rows.people_rows(s, agency)
        everyone = people_rows.people_rows(s)
    assert (row.name, row.short_name, row.people) == ("North Water Authority", "NWA", 2)
    assert [p.name for p in people] == ["Ana Łukasz", "Ben Hall"]
    assert people[0].agency == "North Water Authority" and people[0].role == "Analyst"
    assert len(everyone) >= 2


def test_editing_a_person_checks_every_field_first(store):
    with store.session("Chair") as s:
        pid = people_rows.add_person(s, "Cara Doyle", "Police", phone="0100")
    with store.session("Chair") as s:
        people_rows.edit_person(s, pid, agency="TS", role="Officer", email="cara@ts.example")
    with store.reader() as s:
        assert people_rows.person_fields(s, pid) == {
            "name": "Cara Doyle", "agency": "Trading Standards", "role": "Officer",
            "email": "cara@ts.example", "phone": "0100"}
    with pytest.raises(InputError, match="not an email"), store.session("Chair") as s:
        people_rows.edit_person(s, pid, role="Changed", email="no at sign")
    with store.reader() as s:
        assert people_rows.person_fields(s, pid)["role"] == "Officer"


def test_undo_and_redo_of_adding_keep_the_record(store):
    with store.session("Chair") as s:
        agency = people_rows.add_agency(s, "Harbour Police")
        pid = people_rows.add_person(s, "Dev Patel", "Harbour Police")
    with store.session("Chair") as s:
        common.set_deleted(s, "person", pid, True)
    with store.reader() as s:
        assert people_rows.people_rows(s, agency) == []
        with pytest.raises(NotFound):
            people_rows.person_fields(s, pid)
    with store.session("Chair") as s:
        common.set_deleted(s, "person", pid, False)
    with store.reader() as s:
        assert [p.id for p in people_rows.people_rows(s, agency)] == [pid]


def test_people_of_no_agency_have_a_row_of_their_own(store):
    with store.session("Chair") as s:
        people_rows.add_person(s, "Eve Free")
    with store.reader() as s:
        last = people_rows.agency_rows(s)[-1]
        assert (last.id, last.name, last.people) == (people_rows.NO_AGENCY, "(no agency)", 1)
        assert [p.name for p in people_rows.people_rows(s, people_rows.NO_AGENCY)] == [
            "Eve Free"]


def test_a_row_by_id_is_refused_once_gone_or_malformed(store):
    with store.session("Chair") as s:
        pid = people_rows.add_person(s, "Eve Ng", "Police")
        common.set_deleted(s, "person", pid, True)
    with store.reader() as s:
        for key in (pid, "not-hex", "0" * 32):
            with pytest.raises(NotFound, match="that person no longer exists"):
                lookup.row(s, Person, key, "person")
        assert lookup.row(s, Person, pid, "person", with_deleted=True).name == "Eve Ng"
