"""The command line in its own process reads the suite's clock, not the machine's."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def run(db_path, *argv) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ocgboard", "--db", str(db_path), *argv],
                          capture_output=True, text=True, env=dict(os.environ), check=False)


@pytest.mark.pinned("2028-02-29T09:00")
def test_a_subprocess_is_on_the_pinned_day(db_path):
    assert run(db_path, "init", "--board", "Leap Board").returncode == 0
    figures = json.loads(run(db_path, "stats", "--json").stdout)
    assert (figures["start"], figures["end"]) == ("2027-09-01", "2028-02-29")


def test_a_bad_test_clock_is_refused_in_one_line(db_path, monkeypatch):
    monkeypatch.setenv("OCGBOARD_TEST_CLOCK", "next tuesday")
    result = run(db_path, "init", "--board", "Board")
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0 and "OCGBOARD_TEST_CLOCK" in result.stderr
    assert not db_path.exists()
