"""ocgboard history: the board's (or a threat's) history in words, --raw, --json."""

from __future__ import annotations

import re

import pytest


@pytest.fixture
def worked(cli, clock):
    """A board where three people did a few things, minutes apart."""
    def run(*argv, author="Chair"):
        clock.advance(minutes=3)
        code, _out, err = cli(*argv, author=author)
        assert code == 0, err

    run("init", "--board", "Northshire Board", "--area", "Northshire")
    run("person", "add", "DI Ayesha Khan", "--agency", "Police")
    run("ocg", "add", "OCG 05/00283", "--name", "Hartley Road network", "--band", "2B")
    run("member", "add", "OCG 05/00283", "--name", "Ștefan Rădulescu", "--standing",
        "Principal Subject", author="DS Đorđević")
    run("plan", "add", "OCG 05/00283", "--tactic", "PUR-03", "--due", "31/01/2027")
    action = cli.json("action", "list")[0]["id"][:8]
    run("action", "update", action, "--status", "agreed", "--comment",
        "Agreed at the December board", author="Supt Gary Marsh")
    run("ocg", "add", "OCG 05/00300", "--name", "Kovačević family")
    return cli


def test_history_speaks_in_lines_under_day_headings(worked):
    code, out, _err = worked("history")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Monday 23 Nov 2026"
    assert re.fullmatch(r"  \d\d:\d\d  Chair added OCG 05/00300 'Kovačević family' to the "
                        r"register, withheld from partners", lines[1])
    assert ("Supt Gary Marsh moved 'Consider DVPN powers under S24 – 33 of…' (OCG 05/00283 · 1)"
            " from proposed to agreed: 'Agreed at the December board' (board only)") in out
    assert "DS Đorđević added member 'Ștefan Rădulescu' to OCG 05/00283 as a Principal Subject" \
        in out
    assert "Built into ocgboard" in out and "added 27 tactics to the library" in out
    assert not re.search(r"\b[0-9a-f]{8,}\b", out)


def test_a_threats_history_and_filters(worked):
    _code, out, _err = worked("history", "ocg 05/00283")
    assert "Kovačević" not in out and "OCG 05/00283" in out
    told = [line for line in out.splitlines() if line.startswith("  ")]
    assert len(told) == 4  # added; its member; its action; the status change
    _code, out, _err = worked("history", "--author", "Supt Gary Marsh")
    assert len([line for line in out.splitlines() if line.startswith("  ")]) == 1
    _code, out, _err = worked("history", "--kind", "member", "--text", "stefan")
    assert "Ștefan Rădulescu" in out
    code, out, _err = worked("history", "--since", "24/11/2026")
    assert (code, out.strip()) == (0, "(no changes)")
    code, _out, err = worked("history", "--since", "31/02/2026")
    assert code != 0 and "--since '31/02/2026' is not a valid date" in err


def test_raw_lists_the_field_records_of_the_lines(worked):
    code, out, _err = worked("history", "OCG 05/00283", "--raw", "--limit", "1")
    assert code == 0
    header, *rows = out.splitlines()
    assert header.split()[:4] == ["When", "(UTC)", "Author", "Laptop"]
    assert len(rows) >= 7  # a status change: the action's status and the new update
    assert any(" status " in row and "proposed" in row and "agreed" in row for row in rows)
    raw = worked.json("history", "--raw", "--author", "Supt Gary Marsh")
    assert {r["field"] for r in raw} >= {"status", "comment", "action_id", "recorded_at"}
    assert {r["line"] for r in raw} == {
        worked.json("history", "--author", "Supt Gary Marsh")[0]["line"]}


def test_json_gives_the_lines_as_data(worked):
    found = worked.json("history", "OCG 05/00283")
    newest = found[0]
    assert (newest["author"], newest["kind"], newest["threat"]) == (
        "Supt Gary Marsh", "update", "OCG 05/00283")
    assert newest["line"].startswith("Supt Gary Marsh moved ")
    assert newest["when"].startswith("2026-11-23T")
