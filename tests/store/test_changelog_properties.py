"""Property: whatever edits a person makes, the log records each field change
exactly once, and the rows always equal the replay of their log."""

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from ocgboard.core import register, setup, vocab
from ocgboard.store import record
from ocgboard.store.models import Change
from ocgboard.store.verify import verify

names = st.text(alphabet="abcŁłșĐđó XYZ", min_size=1, max_size=12).filter(str.strip)
edits = st.lists(st.tuples(
    st.sampled_from(["name", "band", "status", "area", "summary"]),
    st.one_of(names, st.sampled_from(vocab.values("bands"))),
), min_size=1, max_size=12)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=edits)
def test_every_change_logged_once_and_rows_equal_their_replay(tmp_path_factory, steps):
    store = setup.open_board(str(tmp_path_factory.mktemp("p") / "b.sqlite"))
    expected_changes = Counter()
    with store.session("Chair") as s:
        threat = register.add(s, "OCG 1", "First")
        current = {"name": "First", "band": "unscored", "status": "active", "area": None,
                   "summary": None}
    with store.reader() as s:
        after_insert = s.scalar(select(func.max(Change.id)))
    for field, raw in steps:
        value = raw
        if field == "band" and raw not in vocab.values("bands"):
            value = "2B"
        if field == "status":
            value = "dormant" if current["status"] == "active" else "active"
        with store.session("Chair") as s:
            register.edit(s, s.get(type(threat), threat.id), **{field: value})
        stored = value.strip() if isinstance(value, str) else value
        if current[field] != stored:
            expected_changes[field] += 1
            current[field] = stored
    with store.reader() as s:
        logged = Counter(
            fld for r in s.scalars(select(Change).where(
                Change.row_id == threat.id.hex, Change.id > after_insert))
            for fld in record.values(r.fields))
    logged.pop("closed_on", None)
    assert logged == expected_changes
    with store.engine.connect() as conn:
        assert verify(conn).ok
    store.close()
