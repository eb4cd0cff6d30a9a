"""The staged import as the desktop bundle runs it: sys.executable is the bundle's
program, which runs the helper when given its internal first argument. A stand-in
for the bundle runs the bundle's own entry script (packaging/pyinstaller/) with
this Python; `make bundle-smoke` does the same with the real bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ocgboard import child
from tests.sync.conftest import syncable_state
from tests.sync.test_staged_import import chair_and_deputies, staged_runs  # noqa: F401

pytestmark = pytest.mark.sqlite_only(
    "the staged log is copied into a laptop's SQLite file page by page")

ENTRY = Path(__file__).resolve().parents[2] / "packaging" / "pyinstaller" / "cli_main.py"


def test_a_bundle_stores_a_big_import_s_log_with_its_own_program(
        chair_and_deputies, staged_runs, monkeypatch, tmp_path):  # noqa: F811
    chair, _plain, staged, replica = chair_and_deputies
    started = tmp_path / "started.txt"
    bundle = tmp_path / "ocgboard"
    bundle.write_text(f'#!/bin/sh\necho "$@" >> "{started}"\n'
                      f'exec "{sys.executable}" "{ENTRY}" "$@"\n')
    bundle.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle))
    # A bundle carries its own modules: nothing may depend on a path set for the child.
    monkeypatch.delenv("PYTHONPATH", raising=False)
    assert "changes new to this laptop" in staged.ok("import", str(replica), "--yes")
    assert len(staged_runs) == 1
    assert started.read_text().split() == [child.HELPER_ARG, "ocgboard.sync.staged_log"]
    assert syncable_state(staged) == syncable_state(chair)
