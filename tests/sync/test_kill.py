"""An import killed with SIGKILL at any moment leaves the store either as it was
or fully imported, and always intact (PRAGMA integrity_check).

The replica is big enough (over sync.plan.BIG_IMPORT records) to take the
new-laptop path: the log staged by a second process, and the store out of WAL
mode, with a rollback journal, for the load (store/journal.py)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from tests.sync.conftest import read_store, syncable_state

KILLS = int(os.environ.get("OCGBOARD_KILLS", "24"))
# The same command with a page cache of half a megabyte: the load spills into
# the store file long before it commits, so a kill leaves pages to roll back.
SPILLING = ("import sys; from ocgboard.sync import importer; importer.IMPORT_CACHE = -512; "
            "from ocgboard.cli import main; sys.exit(main())")


@pytest.fixture(scope="module")
def replica(tmp_path_factory):
    """A 'force'-sized replica file and the deputy's empty store, made once."""
    root = tmp_path_factory.mktemp("kill")
    env = dict(os.environ, OCGBOARD_HOME=str(root / "chair"))
    run = lambda home, *argv: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "ocgboard", *argv], check=True, capture_output=True,
        env=dict(os.environ, OCGBOARD_HOME=str(root / home)))
    run("chair", "demo", "--scale", "force")
    run("chair", "keys", "show", "-o", str(root / "chair.card"))
    run("deputy", "keys", "show", "-o", str(root / "deputy.card"))
    run("chair", "keys", "import", str(root / "deputy.card"), "--board", "--name", "Deputy")
    run("deputy", "keys", "import", str(root / "chair.card"), "--board", "--name", "Chair")
    run("chair", "export", "--full", "--to", "Deputy", "-o", str(root / "replica.ocgx"))
    del env
    pristine = root / "pristine.sqlite"
    _copy(root / "deputy" / "board.sqlite", pristine)
    return root, pristine


def _copy(src, dst):
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    target = sqlite3.connect(dst)
    source.backup(target)
    target.close()
    source.close()


class _Db:
    def __init__(self, path):
        self.db = path

    def query(self, sql: str) -> list[tuple]:
        return read_store(self.db, sql)


def _reset(root, pristine):
    live = root / "deputy" / "board.sqlite"
    for suffix in ("", "-wal", "-shm", "-journal"):
        (root / "deputy" / f"board.sqlite{suffix}").unlink(missing_ok=True)
    shutil.copy(pristine, live)
    os.chmod(live, 0o600)
    return live


def _start_import(root, *, spilling=False):
    command = ["-c", SPILLING] if spilling else ["-m", "ocgboard"]
    return subprocess.Popen(
        [sys.executable, *command, "import", str(root / "replica.ocgx"), "--yes"],
        env=dict(os.environ, OCGBOARD_HOME=str(root / "deputy")),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.mark.sqlite_only("kills an import mid-write and reads the file SQLite left; a "
                         "server's transaction is the server's to keep whole")
@pytest.mark.parametrize("spilling", [False, True], ids=["default-cache", "spilling"])
def test_sigkill_during_import_never_leaves_half_a_board(replica, spilling):
    root, pristine = replica
    before = syncable_state(_Db(_reset(root, pristine)))
    started = time.monotonic()
    assert _start_import(root, spilling=spilling).wait() == 0
    duration = time.monotonic() - started
    live = root / "deputy" / "board.sqlite"
    after = syncable_state(_Db(live))
    assert after != before
    _assert_wal_mode(live)  # the load's rollback journal was only for the load
    leftovers = set(Path(tempfile.gettempdir()).glob("ocgboard-*"))  # older versions' own
    rng = random.Random(1234)
    outcomes = {"untouched": 0, "imported": 0, "rolled back from the journal": 0}
    for _ in range(KILLS):
        live = _reset(root, pristine)
        process = _start_import(root, spilling=spilling)
        if spilling:
            _wait_for_the_load_to_reach(live, pristine.stat().st_size, process)
            time.sleep(rng.uniform(0, 0.3))
        else:
            time.sleep(rng.uniform(0.05, duration * 1.05))
        process.send_signal(signal.SIGKILL)
        process.wait()
        journal = live.with_name(live.name + "-journal")
        if journal.exists() and journal.stat().st_size:
            assert journal.stat().st_mode & 0o777 == 0o600  # it holds board rows
            grown = live.stat().st_size > pristine.stat().st_size
            outcomes["rolled back from the journal"] += grown
        conn = sqlite3.connect(live)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
        state = syncable_state(_Db(live))
        assert state in (before, after), "a killed import left part of the file behind"
        outcomes["untouched" if state == before else "imported"] += 1
    print(f"\n{KILLS} kills over an import of {duration:.1f} s: {outcomes}")
    _assert_the_next_start_sweeps_what_the_kills_left(root, leftovers)
    assert outcomes["untouched"] and outcomes["untouched"] + outcomes["imported"] == KILLS
    if spilling:  # kills came after the load had written into the store file
        assert outcomes["rolled back from the journal"] >= KILLS // 4


def _assert_the_next_start_sweeps_what_the_kills_left(root, leftovers: set) -> None:
    """A killed import's decrypted file is in the deputy's 0700 data folder, never the
    temp folder, and the next command that opens the store removes it."""
    assert set(Path(tempfile.gettempdir()).glob("ocgboard-*")) <= leftovers
    subprocess.run([sys.executable, "-m", "ocgboard", "verify"], check=True,
                   capture_output=True, env=dict(os.environ, OCGBOARD_HOME=str(root / "deputy")))
    assert list((root / "deputy" / "scratch").iterdir()) == []


def _wait_for_the_load_to_reach(live, size: int, process) -> None:
    """Until the store file grows: the load has begun to write into it."""
    while live.stat().st_size <= size and process.poll() is None:
        time.sleep(0.002)


def _assert_wal_mode(live):
    conn = sqlite3.connect(live)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        conn.close()
