"""A big import into a new store stages its change log in a second process.

The national board is too big for a test; lowering the threshold sends a small
board's replica down the same path, so that it can be compared with the
ordinary one record for record.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from contextlib import contextmanager

import pytest

from ocgboard.core import setup
from ocgboard.store import journal
from ocgboard.sync import importer, keys, plan, staged_log
from tests.sync.conftest import syncable_state
from tests.sync.test_bad_files import refused, rewrap

pytestmark = pytest.mark.sqlite_only(
    "the staged log is copied into a laptop's SQLite file page by page; a "
    "server store takes a big import in one transaction")


@pytest.fixture
def staged_runs(monkeypatch):
    """Every import counts as big; the list records each staged child started."""
    started = []
    real = staged_log.StagedLog.__init__

    def spy(self, *args, **kwargs):
        real(self, *args, **kwargs)
        assert self.path.stat().st_mode & 0o777 == 0o600  # it holds every record
        assert self.path.parent.stat().st_mode & 0o777 == 0o700
        started.append(self.path)

    monkeypatch.setattr(staged_log.StagedLog, "__init__", spy)
    monkeypatch.setattr(plan, "BIG_IMPORT", 1)
    return started


@pytest.fixture
def journal_modes(monkeypatch):
    """For each import, whether the load left WAL mode to be written once."""
    seen = []
    real = journal.written_once

    @contextmanager
    def spy(raw, wanted=True):
        with real(raw, wanted) as left:
            seen.append(left)
            yield left

    monkeypatch.setattr(journal, "written_once", spy)
    return seen


@pytest.fixture
def chair_and_deputies(laptops, tmp_path):
    chair, plain, staged = laptops("chair"), laptops("plain"), laptops("staged")
    chair.ok("demo", "--scale", "small")
    for deputy in (plain, staged):
        chair.ok("keys", "import", str(deputy.card()), "--board", "--name", deputy.name)
        deputy.ok("keys", "import", str(chair.card()), "--board", "--name", "Chair")
    replica = tmp_path / "replica.ocgx"
    chair.ok("export", "--full", "--to", "plain", "staged", "-o", str(replica))
    return chair, plain, staged, replica


def received_log(laptop, but: str = "") -> list:
    """The records a laptop holds from other devices (`but` one), in the order it stored them."""
    conn = laptop.connect()
    try:
        return conn.execute(
            "SELECT d.uuid, c.seq, c.hlc, c.author, c.entity, c.row_id, c.fields, "
            "c.supersedes, c.hash FROM change c JOIN device d ON d.id = c.device_id "
            "WHERE NOT d.is_local AND d.uuid != ? ORDER BY c.id", (but,)).fetchall()
    finally:
        conn.close()


def test_a_staged_import_stores_what_the_ordinary_one_does(chair_and_deputies, monkeypatch,
                                                           staged_runs, journal_modes):
    chair, plain, staged, replica = chair_and_deputies
    monkeypatch.setattr(plan, "BIG_IMPORT", 10 ** 9)
    plain_said = plain.ok("import", str(replica), "--yes")
    assert staged_runs == []
    monkeypatch.setattr(plan, "BIG_IMPORT", 1)
    said = staged.ok("import", str(replica), "--yes")
    assert len(staged_runs) == 1 and not staged_runs[0].exists()  # gone with its folder
    assert journal_modes == [False, True]  # only the big load skipped the WAL
    assert said.split(str(staged.home))[0] == plain_said.split(str(plain.home))[0]
    assert "it had already" in said and "new: " in said
    assert received_log(staged) == received_log(plain) != []
    assert syncable_state(staged) == syncable_state(plain) == syncable_state(chair)
    assert staged.json("verify")["ok"]
    conn = staged.connect()
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        indexes = {name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"uq_change_device_seq", "ix_change_row", "ix_action_status"} <= indexes
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        conn.close()
    assert "0 changes new to this laptop" in staged.ok("import", str(replica), "--yes")  # twice


def test_the_app_loads_through_the_wal_so_that_it_can_read_meanwhile(
        chair_and_deputies, staged_runs, journal_modes):
    """Only the command line, which runs alone, takes the store out of WAL mode:
    the app's windows go on reading while its import runs."""
    chair, plain, _staged, replica = chair_and_deputies
    with plain.on():
        store = setup.open_board(plain.url)
        try:
            result = importer.import_file(store, replica, device_keys=keys.load())
        finally:
            store.close()
    assert result.applied and result.summary.records_new and len(staged_runs) == 1
    assert journal_modes == [False]
    assert syncable_state(plain) == syncable_state(chair)


def test_a_staged_import_skips_the_records_the_store_holds(chair_and_deputies, staged_runs,
                                                          tmp_path):
    """The chair's own records coming back with the deputy's edit: only the edit is new."""
    chair, plain, _staged, replica = chair_and_deputies
    plain.ok("import", str(replica), "--yes")
    ref = plain.json("ocg", "list")[0]["reference"]
    plain.ok("ocg", "edit", ref, "--area", "Saltmarsh")
    back = tmp_path / "back.ocgx"
    plain.ok("export", "--full", "--to", "Chair", "-o", str(back))
    said = chair.ok("import", str(back), "--yes")
    assert len(staged_runs) == 2
    held = len(received_log(plain, but=setup.SEED_DEVICE))  # the chair's (seeds never travel)
    assert f"1 change new to this laptop ({held:,} it had already)" in said
    assert chair.json("ocg", "show", ref)["area"] == "Saltmarsh"
    assert syncable_state(chair) == syncable_state(plain)
    assert chair.json("verify")["ok"]


def edit_payload(edit):
    """An inner-container edit that changes the records and keeps hash and count true."""
    def inner_edit(data: bytes) -> bytes:
        magic, manifest, payload = data.split(b"\n", 2)
        lines = zlib.decompress(payload).decode().splitlines()
        lines = edit(lines)
        body = zlib.compress(("\n".join(lines) + "\n").encode())
        meta = json.loads(manifest)
        meta["payload"]["sha256"] = hashlib.sha256(body).hexdigest()
        meta["counts"]["records"] = len(lines)
        return b"\n".join([magic, json.dumps(meta).encode(), body])
    return inner_edit


@pytest.mark.parametrize(("edit", "says"), [
    (lambda lines: lines + lines[-1:], "the same record twice"),
    (lambda lines: lines[:5] + ["\t".join(["1", "x"] + lines[5].split("\t")[2:])]
     + lines[6:], "record 6 in the file is malformed"),
], ids=["record twice", "malformed record"])
def test_a_staged_import_refuses_a_bad_file_whole(chair_and_deputies, staged_runs, tmp_path,
                                                  edit, says):
    chair, plain, _staged, replica = chair_and_deputies
    bad = rewrap(replica, tmp_path / "bad.ocgx", plain, chair, tmp_path / "work",
                 inner_edit=edit_payload(edit), resign=True)
    refused(plain, bad, says=says)
    assert len(staged_runs) == 1
