import datetime as dt

import pytest

from ocgboard.core import agencies, history, lookup, members
from ocgboard.core import register_rows as rows
from ocgboard.errors import InputError, NotFound
from tests.helpers import make_action, make_threat

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def board(store):
    with store.session("Chair") as s:
        agencies.add_person(s, "DI Đorđe Đorđević", "Police")
        make_threat(s, reference="OCG 05/00283", name="Hartley Road network", band="2B",
                    threat_areas="county lines", area="Millbrook", lro_id="DI Đorđe Đorđević",
                    next_review_on="2026-11-11")
        make_threat(s, reference="OCG 05/00300", name="Kovačević family", band="3A",
                    area="Ashton", next_review_on="2026-12-01")
        make_threat(s, reference="PI 12/00001", name="Ștefan Drăgulescu",
                    kind="Priority Individual", status="dismantled", area="Ashton",
                    next_review_on="2026-01-01")
    return store


def refs(found):
    return [row.reference for row in found]


def test_register_rows_are_plain_tuples_with_lro_names_and_a_folded_key(board):
    with board.reader() as s:
        found = rows.register_rows(s)
    assert refs(found) == ["OCG 05/00283", "OCG 05/00300", "PI 12/00001"]
    first = found[0]
    assert isinstance(first, tuple) and first.lro == "DI Đorđe Đorđević"
    assert first.threat_areas == ("county lines",)
    assert "dordevic" in first.key and "hartley" in first.key


def test_filter_is_accent_blind_and_hides_closed_threats_unless_asked(board):
    with board.reader() as s:
        found = rows.register_rows(s)

    def shown(**kw):
        return refs(rows.filter_rows(found, rows.RegisterFilter(**kw), TODAY))

    assert shown(text="dordevic") == ["OCG 05/00283"]  # the LRO's name
    assert shown(text="KOVACEVIC") == ["OCG 05/00300"]
    assert shown(text="stefan") == []  # dismantled: closed threats are hidden
    assert shown(text="stefan", status=rows.ALL_STATUSES) == ["PI 12/00001"]
    assert shown(text="ocg road") == ["OCG 05/00283"]  # every word must match
    assert shown(band="3A") == ["OCG 05/00300"]
    assert shown(area="Ashton", status=rows.ALL_STATUSES) == ["OCG 05/00300", "PI 12/00001"]
    assert shown(threat_area="county lines") == ["OCG 05/00283"]
    assert shown(lro="DI Đorđe Đorđević") == ["OCG 05/00283"]
    assert shown(overdue_review=True) == ["OCG 05/00283"]
    assert shown(review_due_within=7) == ["OCG 05/00283"]
    assert shown(review_due_within=8) == ["OCG 05/00283", "OCG 05/00300"]
    assert shown(kind="Priority Individual", status="dismantled") == ["PI 12/00001"]


def test_review_words_say_what_the_colour_means():
    assert rows.review_words(dt.date(2026, 11, 11), "active", TODAY) == "Overdue by 12 days"
    assert rows.review_words(dt.date(2026, 11, 22), "active", TODAY) == "Overdue by 1 day"
    assert rows.review_words(TODAY, "active", TODAY) == "Due today"
    assert rows.review_words(dt.date(2026, 11, 28), "dormant", TODAY) == "Due in 5 days"
    assert rows.review_words(dt.date(2026, 1, 1), "archived", TODAY) == ""
    assert rows.review_words(None, "active", TODAY) == ""


def test_profile_values_go_back_through_the_same_parsers(board):
    with board.reader() as s:
        tid = rows.threat_id(s, "ocg 05/00283")
        before = rows.profile(s, tid)
    assert before["lro_id"] and before["next_review_on"] == "2026-11-11"
    with board.session("Chair") as s:
        rows.edit_threat(s, tid, lro_id="", band="1A", today=TODAY)
    with board.session("Chair") as s:
        rows.edit_threat(s, tid, lro_id=before["lro_id"], band=before["band"], today=TODAY)
    with board.reader() as s:
        assert rows.profile(s, tid) == before
        entries = history.for_threat(s, lookup.threat(s, "OCG 05/00283"))
    assert sorted(e.field for e in entries[:2]) == ["band", "lro_id"]


def test_reference_edits_keep_the_id_and_refuse_duplicates(board):
    with board.reader() as s:
        tid = rows.threat_id(s, "OCG 05/00283")
    with board.session("Chair") as s:
        assert rows.edit_threat(s, tid, reference="OCG 05/09999") == "OCG 05/09999"
    with pytest.raises(InputError, match="already exists"), board.session("Chair") as s:
        rows.edit_threat(s, tid, reference="OCG 05/00300")
    with pytest.raises(NotFound), board.reader() as s:
        rows.profile(s, "not-an-id")


def test_members_add_edit_remove_and_restore(board):
    with board.reader() as s:
        tid = rows.threat_id(s, "OCG 05/00283")
    with board.session("Chair") as s:
        mid = rows.add_member(s, tid, "Milan Đorđević", aliases="Mile, Đoka",
                              standing="principal subject", today=TODAY)
        rows.edit_member(s, mid, roles="courier", today=TODAY)
    with board.reader() as s:
        (member,) = rows.member_rows(s, tid)
        assert rows.member_threat(s, mid) == (tid, "OCG 05/00283")
    assert member.aliases == ("Mile", "Đoka") and member.roles == "courier"
    assert member.fields()["standing"] == "Principal Subject"
    with board.session("Chair") as s:
        rows.remove_member(s, mid)
    with board.reader() as s:
        assert rows.member_rows(s, tid) == []
    with board.session("Chair") as s:
        rows.set_deleted(s, "member", mid, False)
    with board.reader() as s:
        assert [m.name for m in members.listing(s)] == ["Milan Đorđević"]


def test_disruptions_and_history_rows(board):
    with board.session("Chair") as s:
        threat = lookup.threat(s, "OCG 05/00283")
        action = make_action(s, threat, "PUR-03")
        tid, aid = threat.id.hex, action.id.hex
    with board.session("DS Ó Súilleabháin") as s:
        rows.record_disruption(s, tid, agency="Police", strand="pursue", level="major",
                               justification="Warrant executed", on="2026-11-01",
                               action_id=aid, today=TODAY)
    with pytest.raises(InputError, match="future"), board.session("Chair") as s:
        rows.record_disruption(s, tid, agency="Police", strand="Pursue", level="minor",
                               justification="x", on="2027-01-01", today=TODAY)
    with board.reader() as s:
        (logged,) = rows.disruption_rows(s, tid)
        assert rows.threat_actions(s, tid)[0][0] == aid
        entries = rows.history_rows(s, tid)
    assert (logged.dated_on, logged.strand, logged.level) == ("2026-11-01", "Pursue", "major")
    assert logged.action.startswith("Pursue · ")
    newest = entries[0]
    assert newest.author == "DS Ó Súilleabháin"
    assert newest.record == "disruption of 2026-11-01"
    lro = next(e for e in entries if e.field == "LRO")
    assert lro.now == "DI Đorđe Đorđević"  # ids read as names
    linked = next(e for e in entries if e.field == "action" and e.record.startswith("disr"))
    assert linked.now.startswith("action ")
    assert any(e.record.startswith("update of action ") for e in entries)
