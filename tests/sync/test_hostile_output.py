"""A partner's text never reaches the terminal as control characters.

DWP's laptop here runs hostile code: it writes a progress update whose comment
holds terminal escape sequences (clear the screen, paint in red, move the
cursor up over the previous line) and a right-to-left override, past the
app's own checks, and returns it to the chair. Every way the chair reads it
on the command line shows the characters escaped.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from ocgboard import clock
from ocgboard.core import setup
from ocgboard.printable import escaped
from ocgboard.store.models import Action, ActionUpdate, Threat

HOSTILE = "\x1b[2J\x1b[31mALL CLEAR\x1b[0m\x1b[1A\r\u202egpj.exe \x9b31m"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def raw_controls(text: str) -> list[str]:
    return RAW.findall(text)


@pytest.fixture
def hostile_return(chair_and_dwp, tmp_path):
    chair, dwp = chair_and_dwp
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(extract))
    dwp.ok("import", str(extract), "--yes")
    with dwp.on():
        store = setup.open_board(dwp.url)
        try:
            with store.session("Jo Bloggs (DWP)") as s:
                action = s.scalars(select(Action).where(~Action.deleted)).first()
                s.add(ActionUpdate(action_id=action.id, dated_on=action.raised_on,
                                   status=action.status, comment=HOSTILE,
                                   author="Jo Bloggs (DWP)", recorded_at=clock.of(s).stamp()))
                short = action.id.hex[:8]
                reference = s.get(Threat, action.threat_id).reference
        finally:
            store.close()
    back = tmp_path / "return.ocgx"
    dwp.ok("export", "--full", "--to", "Chair", "-o", str(back))
    return chair, back, short, reference


def test_every_command_that_shows_it_shows_it_escaped(hostile_return):
    chair, back, short, reference = hostile_return
    outputs = []
    for argv in (("import", str(back), "--preview"), ("import", str(back), "--yes"),
                 ("action", "show", short), ("history", reference)):
        code, out, err = chair(*argv)
        outputs.append(out + err)
        assert raw_controls(out + err) == [], argv
    shown = "\n".join(outputs)
    if "ALL CLEAR" in shown:  # the file was taken: the comment is there, escaped
        assert "\\x1b[2J" in shown and "\\u202e" in shown


def test_json_output_escapes_what_json_leaves_raw(hostile_return):
    chair, back, short, _reference = hostile_return
    chair("import", str(back), "--yes")
    code, out, _err = chair("action", "show", short, "--json")
    assert raw_controls(out) == []


def test_escaping_is_visible_and_keeps_what_is_harmless():
    assert escaped("a\x1b[31mb") == "a\\x1b[31mb"
    assert escaped("\u202egpj.exe") == "\\u202egpj.exe"
    assert escaped("Łukasz\tline\nnext \u200f") == "Łukasz\tline\nnext \u200f"
    assert escaped("\x9b\x7f\r") == "\\x9b\\x7f\\x0d"
