"""A small file into a big store keeps an undo file, not a whole copy: restoring it
puts the board back exactly as it was before the import, and only onto the store
as that import left it. The undo file is read as hostile as any backup."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from ocgboard.store import undo
from ocgboard.sync import held
from tests.sync.conftest import syncable_state

pytestmark = pytest.mark.sqlite_only(
    "an undo file journals a laptop's SQLite store (temporary triggers on "
    "its rowids); a server is put back from its own backups")


@pytest.fixture
def big(monkeypatch):
    """Every store counts as big, so each small import keeps an undo file."""
    monkeypatch.setattr(held, "SMALL_STORE", 0)


@pytest.fixture
def meeting(meeting, big):
    """The chair's meeting (conftest), imported into a store counted as big."""
    chair, deputy, changes, _action_id = meeting
    return chair, deputy, changes


def kept(laptop, pattern: str) -> list:
    return sorted((laptop.home / "backups").glob(pattern))


def imported(laptop, path):
    """The import's undo file, the only new file in the backups folder."""
    before = kept(laptop, "*")
    out = laptop.ok("import", str(path), "--yes")
    made = [p for p in kept(laptop, "*") if p not in before]
    assert [p.suffix for p in made] == [".undo"], made
    assert "can be undone with `ocgboard restore" in out
    assert made[0].stat().st_mode & 0o077 == 0
    return made[0]


def refused(laptop, source, says: str) -> None:
    before = laptop.dump()
    code, _out, err = laptop("restore", str(source), "--yes")
    assert code != 0, "the undo file was restored"
    assert says in err and err.count("\n") == 1, err
    assert laptop.dump() == before


def test_the_undo_file_puts_the_board_back_as_it_was(meeting):
    _chair, deputy, changes = meeting
    before = deputy.dump()
    undo_file = imported(deputy, changes)
    assert deputy.dump() != before
    out = deputy.ok("restore", str(undo_file), "--yes")
    assert "before-restore" in out
    assert deputy.dump() == before
    assert not kept(deputy, "*.part")


def test_after_undoing_the_same_file_imports_again(meeting):
    _chair, deputy, changes = meeting
    undo_file = imported(deputy, changes)
    after = syncable_state(deputy)
    deputy.ok("restore", str(undo_file), "--yes")
    imported(deputy, changes)
    assert syncable_state(deputy) == after


def test_imports_are_undone_newest_first(meeting, tmp_path):
    chair, deputy, changes = meeting
    before = deputy.dump()
    first = imported(deputy, changes)
    middle = deputy.dump()
    target = next(a for a in chair.json("action", "list") if a["status"] == "agreed")
    chair.ok("action", "update", target["id"][:8], "--status", "completed", "--comment", "Done")
    later = tmp_path / "later.ocgx"
    chair.ok("export", "--full", "--since-last", "--to", "Deputy", "-o", str(later))
    second = imported(deputy, later)
    refused(deputy, first, says="the board has changed since the import")
    deputy.ok("restore", str(second), "--yes")
    assert deputy.dump() == middle
    deputy.ok("restore", str(first), "--yes")
    assert deputy.dump() == before


def test_an_edit_since_the_import_refuses_the_undo(meeting):
    _chair, deputy, changes = meeting
    undo_file = imported(deputy, changes)
    action = deputy.json("action", "list")[0]
    deputy.ok("action", "update", action["id"][:8], "--comment", "Seen at the deputy's desk")
    refused(deputy, undo_file, says="the board has changed since the import")


def test_an_undo_file_restored_twice_is_refused_the_second_time(meeting):
    _chair, deputy, changes = meeting
    undo_file = imported(deputy, changes)
    deputy.ok("restore", str(undo_file), "--yes")
    refused(deputy, undo_file, says="the board has changed since the import")


def test_another_laptops_undo_file_is_refused(meeting, laptops, tmp_path):
    chair, deputy, changes = meeting
    twin = laptops("twin")
    shutil.copytree(deputy.home, twin.home)
    undo_file = imported(deputy, changes)
    with twin.on():
        conn = twin.connect()
        with conn:
            conn.execute("UPDATE device SET uuid = ? WHERE is_local", ("ab" * 16,))
        conn.close()
    twin.ok("import", str(changes), "--yes")
    refused(twin, undo_file, says="undoes an import on another laptop")


def crafted(undo_file, tmp_path, sql: str, *params):
    copy = tmp_path / f"crafted-{len(list(tmp_path.glob('crafted-*')))}.undo"
    shutil.copy(undo_file, copy)
    conn = sqlite3.connect(copy)
    with conn:
        conn.execute(sql, params)
    conn.close()
    return copy


CRAFTED = [
    ("UPDATE step SET tbl = 'sqlite_master' WHERE seq = (SELECT min(seq) FROM step)",
     "holds a step this store cannot take"),
    ("UPDATE step SET tbl = 'threat\"; DROP TABLE threat; --'",
     "holds a step this store cannot take"),
    ("UPDATE meta SET value = 'x' WHERE key = 'written'", "the board has changed since the import"),
    ("UPDATE meta SET value = '{' WHERE key = 'shape'", "the board has changed since the import"),
    ("ALTER TABLE old_action ADD COLUMN extra TEXT", "does not match this board's tables"),
]


@pytest.mark.parametrize(("sql", "says"), CRAFTED)
def test_a_crafted_undo_file_is_refused(meeting, tmp_path, sql, says):
    _chair, deputy, changes = meeting
    refused(deputy, crafted(imported(deputy, changes), tmp_path, sql), says=says)


def test_a_tampered_old_row_is_refused_by_the_checks(meeting, tmp_path):
    """An old row changed to name a threat the board does not hold: the rewound store
    would fail verify, so nothing changes."""
    _chair, deputy, changes = meeting
    undo_file = imported(deputy, changes)
    conn = sqlite3.connect(undo_file)
    olds = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name = 'old_action'")]
    conn.close()
    assert olds, "the meeting's status move changed an action"
    bad = crafted(undo_file, tmp_path, "UPDATE old_action SET threat_id = ?", "0f" * 16)
    refused(deputy, bad, says="is damaged")
    conn = sqlite3.connect(bad)  # the digest is no secret: a hostile hand redoes it
    with conn:
        steps = conn.execute("SELECT * FROM step ORDER BY seq").fetchall()
        conn.execute("UPDATE meta SET value = ? WHERE key = 'content'",
                     (undo.content_digest(conn, steps),))
    conn.close()
    refused(deputy, bad, says="fails its checks")


def test_a_damaged_undo_file_is_refused(meeting, tmp_path):
    """An old row changed where SQLite's checks do not look, to a value the board's
    checks accept, is caught by the file's own digest; a cut file by SQLite."""
    _chair, deputy, changes = meeting
    undo_file = imported(deputy, changes)
    bad = crafted(undo_file, tmp_path, "UPDATE old_action SET status = 'completed'")
    refused(deputy, bad, says="is damaged")
    cut = tmp_path / "cut.undo"
    cut.write_bytes(undo_file.read_bytes()[:4096])
    before = deputy.dump()
    code, _out, err = deputy("restore", str(cut), "--yes")
    assert code != 0 and err.count("\n") == 1, err
    assert deputy.dump() == before


def test_a_preview_or_a_file_already_held_keeps_no_undo_file(meeting):
    _chair, deputy, changes = meeting
    deputy.ok("import", str(changes), "--preview")
    assert not kept(deputy, "*.undo")
    imported(deputy, changes)
    deputy.ok("import", str(changes), "--yes")
    assert len(kept(deputy, "*.undo")) == 1 and not kept(deputy, "*.part")


def test_an_agency_return_into_a_big_store_is_undone(agency_return, big):
    chair, _dwp, good = agency_return
    before = chair.dump()
    undo_file = imported(chair, good)
    chair.ok("restore", str(undo_file), "--yes")
    assert chair.dump() == before
