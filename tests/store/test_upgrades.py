"""Stores written by every released schema open, upgraded, in today's ocgboard.

Each fixture in tests/store/fixtures is the SQL text of a small board that an
old version made with its own command line (the folder's README says which
and how). A new fixture is picked up by its name alone.
"""

from __future__ import annotations

import importlib
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from ocgboard.core import history, lookup, plans, setup
from ocgboard.errors import StoreError
from ocgboard.store import identity, record, schema
from ocgboard.store.base import syncable_tables
from ocgboard.store.models import (
    ActionUpdate,
    Agency,
    AgendaItem,
    Change,
    Device,
    Disruption,
    Distribution,
    Threat,
)
from ocgboard.store.verify import verify
from tests import old_boards
from tests.conftest import dump

pytestmark = pytest.mark.sqlite_only("stores written by released versions are SQLite files")

FIXTURES = Path(__file__).parent / "fixtures"
SQL = sorted(FIXTURES.glob("board-schema-*.sql"))

# Fixtures that today's code upgrades but then cannot read, and why.
CANNOT_READ: dict[str, tuple[type[Exception], str]] = {}


def fixtures(*, readable: bool = False) -> list:
    """Every fixture; with `readable`, those today's code cannot read are strict xfails."""
    found = []
    for path in SQL:
        marks = ()
        if readable and path.name in CANNOT_READ:
            raises, reason = CANNOT_READ[path.name]
            marks = pytest.mark.xfail(strict=True, raises=raises, reason=reason)
        found.append(pytest.param(path, id=path.stem.removeprefix("board-schema-"),
                                  marks=marks))
    return found


def test_there_is_a_fixture_for_every_revision():
    """A new migration needs a fixture made by the last version before it (README)."""
    assert {fixture_revision(p) for p in SQL} == schema.known_revisions()


def load(sql: Path, db: Path, *, wal: bool = False) -> Path:
    db.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db)
    try:
        conn.executescript(sql.read_text(encoding="utf-8"))
        if wal:  # as ocgboard leaves its stores
            conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()
    return db


def has_meetings(sql: Path) -> bool:
    return 'CREATE TABLE meeting (' in sql.read_text(encoding="utf-8")


def raw_rows(db: Path) -> dict[str, dict[tuple, dict]]:
    """Every table's rows by primary key, each as column -> value."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        found = {}
        for table in tables:
            keys = [row["name"] for row in conn.execute(f"PRAGMA table_info({table})")
                    if row["pk"]]
            found[table] = {}
            for row in conn.execute(f"SELECT * FROM {table}"):
                key = tuple(row[k] for k in keys) if keys else tuple(row)
                found[table][key] = dict(row)
        return found
    finally:
        conn.close()


@pytest.fixture
def upgraded(request, db_path):
    """The fixture loaded into a new file and opened by today's open_board."""
    sql = request.param
    load(sql, db_path)
    before = dump(db_path)
    store = setup.open_board(str(db_path))
    yield sql, store, before
    store.close()


def stored_revision(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def fixture_revision(sql: Path) -> str:
    return sql.stem.removeprefix("board-schema-").split("-")[0]


@pytest.mark.parametrize("upgraded", fixtures(), indirect=True)
def test_migrates_to_head_after_a_backup(upgraded, db_path, home):
    sql, store, before = upgraded
    assert stored_revision(db_path) == schema.head_revision()
    assert not store.created
    taken = store.backup_taken
    if fixture_revision(sql) == schema.head_revision():
        assert taken is None  # nothing to migrate, so nothing to back up
        return
    assert taken is not None, "no backup was taken before the migration"
    assert taken.parent == home / "backups"
    assert taken.name.endswith(f"-before-{schema.head_revision()}.sqlite")
    assert dump(taken) == before  # the store as it was, before any migration


# Columns that the derivation of device ids from keys (0006) rewrites: the ids
# themselves, what names them, and the hashes over them (verify checks those).
REDERIVED = {("device", "uuid"), ("device", "last_hash"), ("contact", "device_uuid"),
             ("change", "supersedes"), ("change", "hash"), ("conflict", "heads")}


def new_ids(before: dict) -> dict[str, str]:
    """What 0006 makes of each device id: this laptop's from its keys, a contact's
    from its card's key; any other device keeps its id."""
    remap = {row["uuid"]: identity.load().device_id
             for row in before["device"].values() if row["is_local"]}
    for row in before.get("contact", {}).values():
        remap[row["device_uuid"]] = identity.device_id(
            identity.parse_public_key(row["signing_key"])[1])
    return remap


def rederived(table: str, column: str, value, remap: dict[str, str]):
    if (table, column) not in REDERIVED or value is None or column.endswith("hash"):
        return value
    for old, new in remap.items():
        value = value.replace(old, new)
    return value


@pytest.mark.parametrize("sql", fixtures())
def test_every_row_and_value_survives_the_upgrade(sql, db_path):
    load(sql, db_path)
    before = raw_rows(db_path)
    setup.open_board(str(db_path)).close()
    after = raw_rows(db_path)
    remap = new_ids(before) if fixture_revision(sql) < "0006" else {}
    one_a_field = fixture_revision(sql) < "0007"
    # 0009 numbers the actions in records of this laptop: its chain's head moves on.
    head_moves = {"last_seq", "last_hash", "last_hlc"} if fixture_revision(sql) < "0009" \
        else set()
    # The library's seed adds seed 002's control strategy to a store that holds none
    # (every fixture so far): the seed device's chain goes on.
    seed_moves = {"last_seq", "last_hash", "last_hlc"}
    for table, rows in before.items():
        if table in ("alembic_version", "held_record", "signed_head"):  # let go by 0006, 0007
            continue
        assert table in after, f"table {table} was dropped"
        for key, row in rows.items():
            assert key in after[table], f"{table} row {key} was lost"
            kept = after[table][key]
            if table == "change" and one_a_field:
                row = as_row_record(row, remap)
            changed = {c: (v, kept.get(c)) for c, v in row.items() if c in kept
                       and kept[c] != rederived(table, c, v, remap)
                       and not (table == "device" and row["is_local"] and c in head_moves)
                       and not (table == "device" and row["uuid"] == setup.SEED_DEVICE
                                and c in seed_moves)
                       and not ((remap or one_a_field) and (table, c) in REDERIVED
                                and c.endswith("hash"))}
            assert not changed, f"{table} row {key} changed: {changed}"


def as_row_record(row: dict, remap: dict[str, str]) -> dict:
    """What 0007 makes of a field record: a record setting that one field."""
    fld, sup = row["field"], rederived("change", "supersedes", row["supersedes"], remap)
    return {**{c: v for c, v in row.items() if c not in ("field", "old", "new", "supersedes")},
            "fields": "{" + json.dumps(fld) + ":" + (row["new"] or "null") + "}",
            "supersedes": json.dumps({fld: sup}, separators=(",", ":")) if sup else None}


@pytest.mark.parametrize("sql", [p for p in fixtures() if fixture_revision(p.values[0]) < "0006"])
def test_device_ids_are_derived_from_keys_and_chains_hashed_again(sql, db_path):
    load(sql, db_path)
    remap = new_ids(raw_rows(db_path))
    store = setup.open_board(str(db_path))
    with store.reader() as s:
        local = s.scalars(select(Device).where(Device.is_local)).one()
        assert local.uuid == identity.load().device_id
        uuids = set(s.scalars(select(Device.uuid)))
    assert set(remap.values()) <= uuids and not set(remap) & uuids
    with store.engine.connect() as conn:
        report = verify(conn)
    store.close()
    assert report.ok, report.problems


@pytest.mark.parametrize("upgraded", fixtures(readable=True), indirect=True)
def test_every_row_reads_through_todays_models(upgraded, db_path):
    _sql, store, _before = upgraded
    counts = {t: len(rows) for t, rows in raw_rows(db_path).items()}
    with store.reader() as s:
        for table, model in syncable_tables().items():
            assert len(s.scalars(select(model)).all()) == counts[table], table


@pytest.mark.parametrize("upgraded", fixtures(readable=True), indirect=True)
def test_the_board_reads_through_todays_services(upgraded):
    sql, store, _before = upgraded
    with store.reader() as s:
        old_boards.check_board(s, with_meetings=has_meetings(sql))


@pytest.mark.parametrize("upgraded", fixtures(readable=True), indirect=True)
def test_verify_is_ok_after_the_upgrade(upgraded):
    _sql, store, _before = upgraded
    with store.engine.connect() as conn:
        report = verify(conn)
    assert report.ok, report.problems
    assert report.records > 0


@pytest.mark.parametrize("upgraded", fixtures(readable=True), indirect=True)
def test_an_edit_after_the_upgrade_is_logged_and_chained(upgraded, today):
    _sql, store, _before = upgraded
    with store.reader() as s:
        device = s.scalars(select(Device).where(Device.is_local)).one()
        last_seq = device.last_seq
    with store.session("Siobhán Ní Bhriain") as s:
        action = old_boards.ocg_actions(s)["Pursue"]
        plans.change_status(s, action, "completed", "Claims stopped – £9,400 recovered")
        action_id = action.id.hex
    with store.reader() as s:
        device = s.get(Device, device.id)
        new = s.scalars(select(Change).where(Change.device_id == device.id,
                                             Change.seq > last_seq)
                        .order_by(Change.seq)).all()
        assert [c.seq for c in new] == list(range(last_seq + 1, device.last_seq + 1))
        assert {c.author for c in new} == {"Siobhán Ní Bhriain"}
        moved = next(c for c in new if (c.entity, c.row_id) == ("action", action_id))
        assert record.values(moved.fields) == {"status": "completed"}
        assert record.replaced(moved.supersedes)["status"]  # the status it moved from
        assert device.last_hash == new[-1].hash
        # What it moved from is what the record it supersedes says, a record of the
        # old store's made a record of one field by the upgrade.
        action = lookup.row(s, type(action), action_id, "action")
        said = [(e.old, e.new) for e in history.for_threat(s, s.get(Threat, action.threat_id))
                if (e.entity, e.field) == ("action", "status") and e.row == action_id[:8]]
        assert said[0] == ("in progress", "completed")
        latest = old_boards.trail(s, action)[-1]
        assert latest == (today, "completed", "Claims stopped – £9,400 recovered")
    with store.engine.connect() as conn:
        report = verify(conn)
    assert report.ok, report.problems


NEWER = "9999_from_a_newer_ocgboard"
REFUSAL = (f"this database was written by a newer ocgboard (schema {NEWER}); install the "
           "newer version to open it — the file was left untouched")


def make_newer(sql: Path, db: Path, *, wal: bool) -> bytes:
    load(sql, db, wal=wal)
    conn = sqlite3.connect(db)
    try:
        conn.execute("UPDATE alembic_version SET version_num = ?", (NEWER,))
        conn.commit()
    finally:
        conn.close()
    return db.read_bytes()


def refused_untouched(db: Path, home: Path, before: bytes) -> None:
    with pytest.raises(StoreError) as refused:
        setup.open_board(str(db))
    assert str(refused.value) == REFUSAL
    assert db.read_bytes() == before
    assert sorted(p.name for p in db.parent.iterdir()) == [db.name]  # no -wal, -shm
    assert not (home / "backups").exists() or not any((home / "backups").iterdir())


@pytest.mark.parametrize("sql", fixtures())
def test_a_store_from_a_newer_schema_is_refused_and_left_untouched(sql, tmp_path, home):
    db = tmp_path / "newer" / "board.sqlite"
    before = make_newer(sql, db, wal=True)
    refused_untouched(db, home, before)


@pytest.mark.parametrize("sql", [SQL[-1]], ids=[SQL[-1].stem])
def test_a_newer_store_in_rollback_journal_mode_is_left_byte_for_byte_untouched(
        sql, tmp_path, home):
    db = tmp_path / "newer" / "board.sqlite"
    before = make_newer(sql, db, wal=False)
    dumped = dump(db)
    try:
        refused_untouched(db, home, before)
    finally:
        assert dump(db) == dumped  # what it holds is unchanged either way


def test_a_contacts_records_are_renamed_with_its_key_and_still_chain(db_path, tmp_path):
    """A 0005 store holding a deputy's records that supersede this laptop's: after
    0006 the deputy's device, its contact and every reference to either carry the id
    derived from the deputy's key, and both chains verify over the new ids."""
    record_digest = importlib.import_module(
        "ocgboard.store.migrations.versions.0006_device_ids_from_keys").record_digest
    genesis = b"\x00" * 32

    sql = next(p for p in SQL if fixture_revision(p) == "0005")
    load(sql, db_path)
    deputy = identity.load(tmp_path / "deputy-keys")
    old = "d" * 32
    conn = sqlite3.connect(db_path)
    try:
        local, local_uuid = conn.execute("SELECT id, uuid FROM device WHERE is_local").fetchone()
        row, seq = conn.execute("SELECT row_id, seq FROM change WHERE device_id = ? AND "
                                "entity = 'threat' AND field = 'area' ORDER BY seq DESC",
                                (local,)).fetchone()
        pk = conn.execute("INSERT INTO device (uuid, name, is_local, last_seq, last_hash, "
                          "last_hlc) VALUES (?, 'Deputy', 0, 2, x'', 0)", (old,)).lastrowid
        prev, top = genesis, conn.execute("SELECT max(hlc) FROM change").fetchone()[0]
        supersedes = f"{local_uuid}:{seq}"
        for n, area in ((1, '"Dockside"'), (2, '"Saltmarsh"')):
            prev = record_digest(prev, old, n, top + n, "Deputy", "threat", row, "area", None,
                                 area, supersedes)
            conn.execute("INSERT INTO change (device_id, seq, hlc, author, entity, row_id, "
                         "field, old, new, supersedes, hash) VALUES (?, ?, ?, 'Deputy', "
                         "'threat', ?, 'area', NULL, ?, ?, ?)",
                         (pk, n, top + n, row, area, supersedes, prev))
            supersedes = f"{old}:{n}"
        conn.execute("INSERT INTO contact (name, role, agency_id, board_name, device_uuid, "
                     "age_recipient, signing_key, key_id, fingerprint, added_at, removed, "
                     "sent_upto) VALUES ('Deputy', 'board', NULL, 'Board', ?, ?, ?, ?, ?, "
                     "'2026-11-23 12:00:00', 0, 0)",
                     (old, deputy.recipient, deputy.signing_key, deputy.key_id.hex(),
                      deputy.fingerprint))
        conn.commit()
    finally:
        conn.close()
    setup.open_board(str(db_path)).close()
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT device_uuid FROM contact").fetchone()[0] == deputy.device_id
        assert conn.execute("SELECT uuid FROM device WHERE id = ?", (pk,)).fetchone()[0] \
            == deputy.device_id
        refs = [json.loads(r)["area"] for (r,) in conn.execute(
            "SELECT supersedes FROM change WHERE device_id = ? ORDER BY seq", (pk,))]
        mine = identity.load().device_id
        assert refs == [f"{mine}:{seq}", f"{deputy.device_id}:1"]
        assert not conn.execute("SELECT count(*) FROM change WHERE instr(supersedes, ?) "
                                "OR instr(supersedes, ?)", (old, local_uuid)).fetchone()[0]
    finally:
        conn.close()
    store = setup.open_board(str(db_path))
    with store.engine.connect() as c:
        chains = [p for p in verify(c).problems if "record" in p or "chain" in p]
    store.close()
    assert chains == []


@pytest.mark.parametrize("upgraded", fixtures(readable=True), indirect=True)
def test_notes_written_before_board_only_stay_shared_and_marked_ones_stay_marked(upgraded):
    """Before 0008 nothing was board only; a store made since keeps what its author
    marked (make-board.sh marks one update and the disruption)."""
    sql, store, _before = upgraded
    with store.reader() as s:
        marked = set(s.scalars(select(ActionUpdate.comment).where(ActionUpdate.board_only)))
        disruptions = {d.justification: d.board_only for d in s.scalars(select(Disruption))}
        items = set(s.scalars(select(AgendaItem.board_only)))
    if fixture_revision(sql) < "0008":
        assert not marked and not any(disruptions.values()) and items <= {False}
    else:
        # and the Priority Individual's plan, which partners may not see, by default
        assert marked == {"Spoke to Zoë; 7 of 12 flats", "Overtaken by the NCA's work"}
        assert all(disruptions.values())


def actions_by_strand(s, reference: str) -> dict[str, int | None]:
    threat = lookup.threat(s, reference)
    return {a.strand: a.number for a in plans.listing(s, threat=threat)}


@pytest.mark.parametrize("upgraded", fixtures(readable=True), indirect=True)
def test_actions_are_numbered_as_the_packs_printed_before_showed_them(upgraded):
    """Before 0009 a pack numbered a threat's actions by strand, then as raised: the
    upgrade stores those numbers, so a pack printed before still cites the same ones."""
    sql, store, _before = upgraded
    numbered_when_raised = fixture_revision(sql) >= "0009"
    with store.reader() as s:
        assert actions_by_strand(s, old_boards.OCG) == (
            {"Prevent": 1, "Pursue": 2} if numbered_when_raised else {"Pursue": 1, "Prevent": 2})
        assert actions_by_strand(s, old_boards.PI) == {"Pursue": 1}
        copies = [(d.version, d.variant, d.agency_id and lookup.row(
            s, Agency, d.agency_id.hex, "agency").short_name)
            for d in s.scalars(select(Distribution).order_by(Distribution.copy_number))]
    if numbered_when_raised:  # make-board.sh issues two copies, the second DWP's
        assert copies == [(1, "chair", None), (2, "agency", "DWP")]
    else:  # what every copy issued before said: "Pack version 1"
        assert {version for version, _variant, _agency in copies} <= {1}


def test_the_upgrade_numbers_same_day_actions_by_id_and_deleted_ones_last(db_path):
    """Ties as the old packs broke them (by id); a deleted action, never printed, after
    the live ones; each number one record of this laptop, chained."""
    sql = next(p for p in SQL if fixture_revision(p) == "0008")
    load(sql, db_path)
    conn = sqlite3.connect(db_path)
    try:
        ocg, police = conn.execute(
            "SELECT threat_id, owner_agency_id FROM action WHERE strand = 'Pursue' "
            "AND threat_id = (SELECT id FROM threat WHERE reference = ?)",
            (old_boards.OCG,)).fetchone()
        extra = {"0" * 31 + "f": ("Pursue", "2026-08-03", 0),  # before the old Pursue by id
                 "f" * 32: ("Pursue", "2026-08-03", 1),  # deleted
                 "e" * 32: ("Prepare", None, 0)}  # no date raised: first of its strand
        for key, (strand, raised, deleted) in extra.items():
            conn.execute("INSERT INTO action (id, threat_id, strand, specific, owner_agency_id, "
                         "raised_on, status, deleted) VALUES (?, ?, ?, 'x', ?, ?, 'proposed', ?)",
                         (key, ocg, strand, police, raised, deleted))
        conn.commit()
        last_seq = conn.execute("SELECT last_seq FROM device WHERE is_local").fetchone()[0]
    finally:
        conn.close()
    setup.open_board(str(db_path)).close()
    rows = raw_rows(db_path)
    numbers = {row["id"]: row["number"] for row in rows["action"].values()
               if row["threat_id"] == ocg}
    old_pursue = next(k for k, row in rows["action"].items()
                      if row["threat_id"] == ocg and row["strand"] == "Pursue"
                      and k[0] not in extra)[0]
    old_prevent = next(k for k, row in rows["action"].items()
                       if row["threat_id"] == ocg and row["strand"] == "Prevent")[0]
    assert numbers == {"0" * 31 + "f": 1, old_pursue: 2, "e" * 32: 3, old_prevent: 4,
                       "f" * 32: 5}
    local = next(row for row in rows["device"].values() if row["is_local"])
    said = {row["row_id"]: json.loads(row["fields"]) for row in rows["change"].values()
            if row["device_id"] == local["id"] and row["seq"] > last_seq
            and row["entity"] == "action"}
    assert {k: v["number"] for k, v in said.items() if k in numbers} == numbers


def test_an_agency_laptop_numbers_nothing_itself(db_path):
    """Its actions' numbers are the board's to give: its next extract carries them."""
    sql = next(p for p in SQL if fixture_revision(p) == "0008")
    load(sql, db_path)
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("INSERT OR REPLACE INTO local_setting (key, value) "
                     "VALUES ('replica', 'partial')")
        conn.commit()
    finally:
        conn.close()
    before = raw_rows(db_path)["change"]
    setup.open_board(str(db_path)).close()
    after = raw_rows(db_path)
    assert {row["number"] for row in after["action"].values()} == {None}
    seed = next(k for (k,), row in after["device"].items() if row["uuid"] == setup.SEED_DEVICE)
    # Its own chain is untouched; only the library's seed (the control strategy) goes on.
    assert {k: r for k, r in after["change"].items() if r["device_id"] != seed} == {
        k: r for k, r in before.items() if r["device_id"] != seed}
    assert all(r["entity"].startswith("control_") for k, r in after["change"].items()
               if k not in before)


@pytest.mark.parametrize("upgraded", fixtures(), indirect=True)
def test_an_upgraded_store_holds_seed_002s_control_strategy(upgraded):
    from ocgboard.core import control

    _sql, store, _before = upgraded
    with store.reader() as s:
        strategy = control.in_force(s)
        assert strategy is not None
        assert strategy.title == "Interim Strategic Assessment; Control Strategy May 2024"
        assert len(control.areas(s, strategy)) == 9
    with store.engine.connect() as conn:
        report = verify(conn)
    assert report.ok, report.problems
