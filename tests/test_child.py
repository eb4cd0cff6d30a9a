"""Helper processes are started as `python -m MODULE` from a checkout and as the
desktop bundle's own executable with an internal first argument when frozen."""

from __future__ import annotations

import sys

import pytest

from ocgboard import child
from ocgboard.sync import staged_log

HELPER = "ocgboard.sync.staged_log"


def test_from_a_checkout_a_helper_is_python_running_the_module(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert child.command(HELPER) == [sys.executable, "-m", HELPER]
    assert child.environment()["PYTHONPATH"].split(":")[0] == str(
        __import__("pathlib").Path(child.__file__).resolve().parent.parent)


def test_in_a_bundle_a_helper_is_the_bundle_itself(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/ocgboard/ocgboard-gui")
    monkeypatch.delenv("PYTHONPATH", raising=False)
    assert child.command(HELPER) == ["/opt/ocgboard/ocgboard-gui", child.HELPER_ARG, HELPER]
    assert "PYTHONPATH" not in child.environment()


def test_only_the_listed_modules_can_be_started():
    with pytest.raises(ValueError):
        child.command("os")
    assert child.run_helper(["ocgboard", child.HELPER_ARG, "os"]) == 2
    assert child.run_helper(["ocgboard", child.HELPER_ARG]) == 2


def test_the_app_s_own_arguments_are_left_to_it(monkeypatch):
    ran = []
    monkeypatch.setattr(staged_log, "main", lambda: ran.append(True))
    assert child.run_helper(["ocgboard", "import", "x.ocgx"]) is None
    assert child.run_helper(["ocgboard"]) is None
    assert ran == []
    assert child.run_helper(["ocgboard", child.HELPER_ARG, HELPER]) == 0
    assert ran == [True]
