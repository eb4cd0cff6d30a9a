"""What an import leaves behind whatever happens: the store as it was before it,
kept as a backup; no row naming a row the store does not hold; and, when the
backup cannot be made, nothing imported at all."""

from __future__ import annotations

import sqlite3

import pytest

from ocgboard.errors import StoreError
from ocgboard.store import backup
from ocgboard.sync import references
from tests.sync.hostile import FIELDS, forge, refused, sets, text_of

MISSING = "0f" * 16


def status_of(db, action_id: str) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT status FROM action WHERE id = ?",
                            (action_id.replace("-", ""),)).fetchone()[0]
    finally:
        conn.close()


def backups_of(laptop) -> list:
    return sorted((laptop.home / "backups").glob("*before-import*.sqlite"))


@pytest.mark.sqlite_only("a laptop's import is backed up to a file first")
def test_the_backup_holds_the_store_as_it_was_before_the_import(meeting):
    _chair, deputy, changes, action_id = meeting
    before = backups_of(deputy)
    deputy.ok("import", str(changes), "--yes")
    made = [path for path in backups_of(deputy) if path not in before]
    assert len(made) == 1
    # Copied while the merge ran, and still the store before it.
    assert status_of(made[0], action_id) == "agreed"
    assert status_of(deputy.db, action_id) == "in progress"
    assert not list((deputy.home / "backups").glob("*.part"))


@pytest.mark.sqlite_only("a laptop's import is backed up to a file first")
def test_no_backup_no_import(meeting, monkeypatch):
    _chair, deputy, changes, action_id = meeting
    before, kept = deputy.dump(), backups_of(deputy)

    def full_disk(snapshot):
        snapshot._close()
        snapshot.failure = StoreError(f"cannot write the backup {snapshot.target}: "
                                      "No space left on device")

    monkeypatch.setattr(backup.Snapshot, "copy", full_disk)
    code, _out, err = deputy("import", str(changes), "--yes")
    assert code != 0
    assert "No space left on device" in err and len(err.strip().splitlines()) == 1
    assert deputy.dump() == before and backups_of(deputy) == kept
    assert not list((deputy.home / "backups").glob("*.part"))


def naming_a_missing_threat(records, _manifest):
    """The meeting's status move, the newest record setting a status, made to name a
    threat that does not exist."""
    for fields in reversed(records):
        if "status" in sets(fields):
            fields[FIELDS] = text_of({**sets(fields), "threat_id": MISSING})
            break
    return records


@pytest.mark.parametrize("few", [references.FEW, 0], ids=["rows written", "whole store"])
def test_a_row_naming_a_row_the_store_lacks_is_refused(meeting, tmp_path, monkeypatch, few):
    chair, deputy, _changes, _action_id = meeting
    monkeypatch.setattr(references, "FEW", few)
    replica = tmp_path / "replica.ocgx"  # from record 1: every forged hash can be made to hold
    chair.ok("export", "--full", "--to", "Deputy", "-o", str(replica))
    forged = forge(replica, deputy, chair, tmp_path / "forged", naming_a_missing_threat)
    refused(deputy, forged, says="refer to a threat it does not hold")
