"""The history view's rows: lines filtered as the view's controls hold them."""

import pytest

from ocgboard.core.dates import DateRefused
from ocgboard.core.rows import history as history_rows


def test_a_threats_lines_name_records_and_people_in_words(disrupted):
    store, tid, _ = disrupted
    with store.reader() as s:
        found = history_rows.lines(s, history_rows.Filters(threat=tid)).lines
    newest = found[0]
    assert newest.author == "DS Ó Súilleabháin"
    assert newest.words == ("recorded a major disruption by Police on 1 Nov 2026 against "
                            "OCG 05/00283: 'Warrant executed' (board only)")
    added = found[-1]
    assert added.words.startswith("added OCG 05/00283 'Hartley Road network' to the register")
    with store.reader() as s:
        records = history_rows.field_records(s, added)
    lro = next(r for r in records if r.field == "lro_id")
    assert (lro.label, lro.now) == ("LRO", "DI Đorđe Đorđević")  # ids read as names


def test_filters_take_dates_as_people_type_them(disrupted):
    store, tid, _ = disrupted
    with store.reader() as s:
        assert history_rows.lines(s, history_rows.Filters(since="24/11/2026")).lines == ()
        assert history_rows.lines(s, history_rows.Filters(until="23 Nov 2026")).lines
        with pytest.raises(DateRefused, match="from date"):
            history_rows.lines(s, history_rows.Filters(since="31/02/2026"))


def test_choices_list_authors_kinds_and_threats(disrupted):
    store, _tid, _ = disrupted
    with store.reader() as s:
        offered = history_rows.choices(s)
    assert "DS Ó Súilleabháin" in offered.authors and "Chair" in offered.authors
    assert ("withholding", "Withheld from or shared with partners") in offered.kinds
    assert [label for _id, label in offered.threats][0] == "OCG 05/00283 Hartley Road network"
