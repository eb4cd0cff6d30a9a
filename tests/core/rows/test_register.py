import datetime as dt

import pytest

from ocgboard.core import history, lookup
from ocgboard.core.rows import register as rows
from ocgboard.errors import InputError, NotFound
from tests.conftest import TODAY


def refs(found):
    return [row.reference for row in found]


def test_register_rows_are_plain_tuples_with_lro_names_and_a_folded_key(register_board):
    with register_board.reader() as s:
        found = rows.register_rows(s)
    assert refs(found) == ["OCG 05/00283", "OCG 05/00300", "PI 12/00001"]
    first = found[0]
    assert isinstance(first, tuple) and first.lro == "DI Đorđe Đorđević"
    assert first.threat_areas == ("County Lines",)
    assert "dordevic" in first.key and "hartley" in first.key


def test_filter_is_accent_blind_and_hides_closed_threats_unless_asked(register_board):
    with register_board.reader() as s:
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
    # as the control strategy's coverage maps them: case aside, qualifier dropped
    assert shown(threat_area="County Lines (urban / rural)") == ["OCG 05/00283"]
    assert shown(threat_area="County") == []
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


def test_profile_values_go_back_through_the_same_parsers(register_board):
    with register_board.reader() as s:
        tid = rows.threat_id(s, "ocg 05/00283")
        before = rows.profile(s, tid)
    assert before["lro_id"] and before["next_review_on"] == "2026-11-11"
    with register_board.session("Chair") as s:
        rows.edit_threat(s, tid, lro_id="", band="1A", today=TODAY)
    with register_board.session("Chair") as s:
        rows.edit_threat(s, tid, lro_id=before["lro_id"], band=before["band"], today=TODAY)
    with register_board.reader() as s:
        assert rows.profile(s, tid) == before
        entries = history.for_threat(s, lookup.threat(s, "OCG 05/00283"))
    assert sorted(e.field for e in entries[:2]) == ["band", "lro_id"]


def test_reference_edits_keep_the_id_and_refuse_duplicates(register_board):
    with register_board.reader() as s:
        tid = rows.threat_id(s, "OCG 05/00283")
    with register_board.session("Chair") as s:
        assert rows.edit_threat(s, tid, reference="OCG 05/09999") == "OCG 05/09999"
    with pytest.raises(InputError, match="already exists"), register_board.session("Chair") as s:
        rows.edit_threat(s, tid, reference="OCG 05/00300")
    with pytest.raises(NotFound), register_board.reader() as s:
        rows.profile(s, "not-an-id")
