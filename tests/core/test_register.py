import datetime as dt

import pytest

from ocgboard.core import agencies, lookup, members, register, search
from ocgboard.errors import InputError, NotFound
from tests.conftest import TODAY
from tests.helpers import make_threat


def test_add_threat_with_every_register_field(store):
    with store.session("Chair") as s:
        agencies.add_person(s, "DI Ayesha Khan", "Police", role="Detective Inspector")
        agencies.add_person(s, "Supt Gary Marsh", "Police")
        t = make_threat(
            s, kind="OCG", status="active", band="2b", threat_areas="County Lines, fraud",
            management_model="force-led, ROCU-assisted", extent_corruption="low",
            extent_awareness="high", extent_violence="unknown", lro_id="DI Ayesha Khan",
            sro_id="Supt Gary Marsh", lead_agency_id="Police", area="Millbrook",
            last_assessed_on="2026-10-01", next_review_on="01/01/2027",
            summary="Supplies cocaine.", disseminable="yes")
    assert (t.band, t.threat_areas) == ("2B", ["County Lines", "Fraud"])
    assert t.next_review_on == dt.date(2027, 1, 1)
    assert t.disseminable is True and t.kind == "OCG"


def test_every_threat_kind(store):
    with store.session("Chair") as s:
        for n, kind in enumerate(["OCG", "priority individual", "Vulnerability"]):
            assert make_threat(s, reference=f"T{n}", kind=kind).kind in (
                "OCG", "Priority Individual", "Vulnerability")


@pytest.mark.parametrize("fields, message", [
    ({"band": "9Z"}, "band '9Z' is not one of"),
    ({"status": "sleeping"}, "threat status 'sleeping'"),
    ({"mapped_on": "2026-02-30"}, "not a valid date"),
    ({"mapped_on": "2030-01-01"}, "in the future"),
    ({"lro_id": "Nobody"}, "no person"),
    ({"lead_agency_id": "MI7"}, "no agency called 'MI7'"),
    ({"summary": "x" * 10_001}, "the limit is 10,000"),
    ({"threat_areas": "knitting"}, "'knitting' is not a threat area of the control strategy"),
])
def test_bad_threat_fields_are_refused(store, fields, message):
    with pytest.raises((InputError, NotFound), match=message), store.session("Chair") as s:
        make_threat(s, **fields)


def test_duplicate_and_empty_references_and_names(store):
    with store.session("Chair") as s:
        make_threat(s, reference="OCG 05/00283")
    with pytest.raises(InputError, match="already exists"), store.session("Chair") as s:
        make_threat(s, reference="ocg  05/00283")
    with pytest.raises(InputError, match="must not be empty"), store.session("Chair") as s:
        make_threat(s, reference="OCG 9", name="   ")
    with pytest.raises(InputError, match="reference must not be empty"), \
            store.session("Chair") as s:
        make_threat(s, reference="")


def test_edit_rename_and_archive(store):
    with store.session("Chair") as s:
        make_threat(s)
    with store.session("Chair") as s:
        t = lookup.threat(s, "OCG 05/00283")
        register.edit(s, t, reference="OCG 05/00999", name="Renamed", today=TODAY)
        register.archive(s, t, today=TODAY)
    with store.reader() as s:
        t = lookup.threat(s, "ocg 05/00999")
        assert (t.name, t.status, t.closed_on) == ("Renamed", "archived", TODAY)
        assert register.listing(s) == []
        assert [x.reference for x in register.listing(s, include_closed=True)] == ["OCG 05/00999"]
    with pytest.raises(InputError, match="already archived"), store.session("Chair") as s:
        register.archive(s, lookup.threat(s, "OCG 05/00999"))


def test_unknown_reference(store):
    with pytest.raises(NotFound, match="no threat with reference"), store.reader() as s:
        lookup.threat(s, "OCG 00/00000")


def test_listing_filters_and_review_queries(store):
    with store.session("Chair") as s:
        make_threat(s, reference="A", band="1A", area="Millbrook", next_review_on="2026-11-01")
        make_threat(s, reference="B", band="3C", kind="Vulnerability",
                    next_review_on="2026-12-10")
        make_threat(s, reference="C", band="3C", next_review_on="2027-06-01", status="dormant")
    with store.reader() as s:
        refs = lambda found: [t.reference for t in found]  # noqa: E731
        assert refs(register.listing(s, band="3c")) == ["B", "C"]
        assert refs(register.listing(s, kind="vulnerability")) == ["B"]
        assert refs(register.listing(s, area="millbrook")) == ["A"]
        assert refs(register.listing(s, status="dormant")) == ["C"]
        assert refs(register.reviews_overdue(s, today=TODAY)) == ["A"]
        assert refs(register.reviews_due(s, within_days=28, today=TODAY)) == ["A", "B"]


def test_members_aliases_and_accent_blind_search(store):
    with store.session("Chair") as s:
        t = make_threat(s)
        members.add(s, t, "Đorđe Đorđević", aliases="Djole, Big Đ", standing="principal subject",
                    date_of_birth="1990-05-01", disseminable="no", today=TODAY)
        members.add(s, t, "Ștefan Rădulescu", aliases=["Fane"], today=TODAY)
    with store.reader() as s:
        found = search.everything(s, "djole")
        assert [m.name for m, _ref in found.members] == ["Đorđe Đorđević"]
        assert [m.name for m, _ in search.everything(s, "stefan radulescu").members] == \
            ["Ștefan Rădulescu"]
        assert [t.reference for t in search.everything(s, "hartley").threats] == ["OCG 05/00283"]
        assert search.everything(s, "100%").members == []  # wildcards are literal


def test_member_checks(store):
    with store.session("Chair") as s:
        t = make_threat(s)
    with pytest.raises(InputError, match="is not in the past"), store.session("Chair") as s:
        members.add(s, lookup.threat(s, t.reference), "Kid", date_of_birth="2040-01-01",
                    today=TODAY)
    with pytest.raises(InputError, match="standing"), store.session("Chair") as s:
        members.add(s, lookup.threat(s, t.reference), "Kid", standing="boss")


def test_not_utf8_text_is_refused(store):
    bad = b"\xff\xfeOCG".decode("utf-8", "surrogateescape")
    with pytest.raises(InputError, match="not valid UTF-8"), store.session("Chair") as s:
        make_threat(s, name=bad)
