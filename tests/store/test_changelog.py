import pytest
from sqlalchemy import select, text

from ocgboard.core import lookup, register
from ocgboard.errors import StoreError
from ocgboard.store import record
from ocgboard.store.changelog import encode
from ocgboard.store.models import Change, Device, Threat
from ocgboard.store.verify import verify
from tests.helpers import make_threat


def records_for(store, row_id):
    with store.reader() as s:
        return list(s.scalars(select(Change).where(Change.row_id == row_id.hex)
                              .order_by(Change.seq)))


def test_a_new_row_is_one_record_of_every_field_set_with_its_author(store):
    with store.session("DS Wiśniewski") as s:
        threat = make_threat(s, band="2B", threat_areas="county lines, drug supply")
    [rec] = records_for(store, threat.id)
    fields = record.values(rec.fields)
    assert {"reference", "name", "band", "threat_areas", "mapped_on", "kind"} <= set(fields)
    assert "deleted" not in fields  # a live row's tombstone flag starts false: not logged
    assert rec.author == "DS Wiśniewski" and rec.supersedes is None
    assert '"threat_areas":["County Lines","Drug Supply"]' in rec.fields
    assert fields["mapped_on"] == "2024-01-10"


def test_an_edit_is_one_record_of_the_changed_fields_naming_what_it_supersedes(store):
    with store.session("Chair") as s:
        threat = make_threat(s)
    with store.session("Deputy") as s:
        t = lookup.threat(s, "OCG 05/00283")
        register.edit(s, t, name="Hartley Road crew", band="unscored", summary="New words")
    first, edit = records_for(store, threat.id)
    assert edit.author == "Deputy"
    assert record.values(edit.fields) == {"name": "Hartley Road crew", "summary": "New words"}
    # The record names, per field, the one it replaces, so a later merge can tell a
    # concurrent edit from a sequential one; a field set for the first time replaces none.
    with store.reader() as s:
        device = s.scalar(select(Device.uuid).where(Device.is_local))
    assert "summary" not in record.values(first.fields)
    assert record.replaced(edit.supersedes) == {"name": f"{device}:{first.seq}"}


def test_tombstone_is_a_field_change_and_hard_delete_is_refused(store):
    with store.session("Chair") as s:
        threat = make_threat(s)
    with store.session("Chair") as s:
        s.get(Threat, threat.id).deleted = True
    last = records_for(store, threat.id)[-1]
    assert record.values(last.fields) == {"deleted": True}
    with pytest.raises(StoreError, match="never deleted"), store.session("Chair") as s:
        s.delete(s.get(Threat, threat.id))


def test_no_author_no_write(store):
    with pytest.raises(StoreError, match="author"), store.session("Chair") as s:
        s.info["author"] = ""
        make_threat(s)


def test_failed_unit_of_work_leaves_no_records(store):
    with store.reader() as s:
        before = s.query(Change).count()
    with pytest.raises(RuntimeError), store.session("Chair") as s:
        make_threat(s)
        raise RuntimeError("boom")
    with store.reader() as s:
        assert s.query(Change).count() == before


def test_sequence_and_clock_only_move_forward(store):
    for n in range(3):
        with store.session("Chair") as s:
            make_threat(s, reference=f"OCG 05/0{n}")
    with store.reader() as s:
        local = s.scalar(select(Device.id).where(Device.is_local))
        recs = list(s.scalars(select(Change).where(Change.device_id == local)
                              .order_by(Change.seq)))
    assert [r.seq for r in recs] == list(range(1, len(recs) + 1))
    assert all(a.hlc < b.hlc for a, b in zip(recs, recs[1:], strict=False))


def test_verify_passes_on_an_honest_store(store):
    with store.session("Chair") as s:
        make_threat(s)
    with store.engine.connect() as conn:
        report = verify(conn)
    assert report.ok, report.problems


LOCAL = "device_id = (SELECT id FROM device WHERE is_local)"


def test_verify_detects_a_missing_seed_record(store):
    _tamper(store, "DELETE FROM change WHERE seq = 5 AND device_id = "
                     "(SELECT id FROM device WHERE NOT is_local)")
    assert any("missing" in p for p in _problems(store))


def _tamper(store, sql, **params):
    """Write behind the store's back: plain SQL, no session, so no record is made."""
    with store.engine.begin() as conn:
        conn.execute(text(sql), params)


def _problems(store):
    with store.engine.connect() as conn:
        return verify(conn).problems


def three_threats(store):
    for n in range(3):
        with store.session("Chair") as s:
            make_threat(s, reference=f"OCG 05/0{n}")


@pytest.mark.parametrize("column, value", [("author", "'Someone else'"),
                                           ("fields", "'{\"band\":\"1A\"}'"),
                                           ("supersedes", "'{\"band\":\"x:1\"}'")])
def test_verify_detects_an_edited_record(store, column, value):
    three_threats(store)
    _tamper(store, f"UPDATE change SET {column} = {value} WHERE seq = "
                     f"(SELECT max(seq) - 1 FROM change WHERE {LOCAL}) AND {LOCAL}")
    assert any("was altered" in p for p in _problems(store))


def test_verify_detects_a_missing_record(store):
    three_threats(store)
    _tamper(store, f"DELETE FROM change WHERE seq = (SELECT max(seq) - 1 FROM change "
                     f"WHERE {LOCAL}) AND {LOCAL}")
    assert any("missing" in p for p in _problems(store))


def test_verify_detects_a_truncated_log(store):
    with store.session("Chair") as s:
        make_threat(s)
    _tamper(store, f"DELETE FROM change WHERE seq = (SELECT max(seq) FROM change "
                     f"WHERE {LOCAL}) AND {LOCAL}")
    assert _problems(store)


def test_verify_detects_an_edit_that_bypassed_the_log(store):
    with store.session("Chair") as s:
        threat = make_threat(s)
    _tamper(store, "UPDATE threat SET band = '1A' WHERE id = :id", id=threat.id.hex)
    assert any("band holds" in p for p in _problems(store))


def test_verify_detects_a_row_written_outside_the_log(store):
    _tamper(store, "INSERT INTO agency (id, name, deleted) VALUES (:id, 'Ghost', false)",
            id="ab" * 16)
    assert any("outside the change log" in p for p in _problems(store))


def test_encode_is_canonical_json():
    import datetime as dt
    import uuid

    assert encode("Ó Súilleabháin") == '"Ó Súilleabháin"'
    assert encode(True) == "true"
    assert encode(dt.date(2026, 1, 2)) == '"2026-01-02"'
    assert encode(uuid.UUID(int=1)) == '"' + "0" * 31 + '1"'
    assert encode(["a", "b"]) == '["a","b"]'
    assert encode(None) is None


def test_seeded_library_records_are_identical_on_every_laptop(tmp_path):
    from ocgboard.core import setup

    def seed_records(name):
        store = setup.open_board(str(tmp_path / name))
        with store.reader() as s:
            rows = s.execute(select(Device.uuid, Change.seq, Change.hlc, Change.row_id,
                                    Change.fields, Change.hash)
                             .join(Device, Device.id == Change.device_id)
                             .order_by(Change.seq)).all()
        store.close()
        return rows

    first, second = seed_records("a.sqlite"), seed_records("b.sqlite")
    assert first and first == second
