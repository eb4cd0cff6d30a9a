"""An import killed with SIGKILL at any moment leaves the store either as it was
or fully imported, and always intact (PRAGMA integrity_check)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.sync.conftest import syncable_state

KILLS = int(os.environ.get("OCGBOARD_KILLS", "24"))


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


def _reset(root, pristine):
    live = root / "deputy" / "board.sqlite"
    for suffix in ("", "-wal", "-shm"):
        (root / "deputy" / f"board.sqlite{suffix}").unlink(missing_ok=True)
    shutil.copy(pristine, live)
    os.chmod(live, 0o600)
    return live


def _start_import(root):
    return subprocess.Popen(
        [sys.executable, "-m", "ocgboard", "import", str(root / "replica.ocgx"), "--yes"],
        env=dict(os.environ, OCGBOARD_HOME=str(root / "deputy")),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_sigkill_during_import_never_leaves_half_a_board(replica):
    root, pristine = replica
    before = syncable_state(_Db(_reset(root, pristine)))
    started = time.monotonic()
    assert _start_import(root).wait() == 0
    duration = time.monotonic() - started
    after = syncable_state(_Db(root / "deputy" / "board.sqlite"))
    assert after != before
    rng = random.Random(1234)
    outcomes = {"untouched": 0, "imported": 0}
    for _ in range(KILLS):
        live = _reset(root, pristine)
        process = _start_import(root)
        time.sleep(rng.uniform(0.05, duration * 1.05))
        process.send_signal(signal.SIGKILL)
        process.wait()
        conn = sqlite3.connect(live)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
        state = syncable_state(_Db(live))
        assert state in (before, after), "a killed import left part of the file behind"
        outcomes["untouched" if state == before else "imported"] += 1
    print(f"\n{KILLS} kills over an import of {duration:.1f} s: {outcomes}")
    assert outcomes["untouched"] and sum(outcomes.values()) == KILLS
