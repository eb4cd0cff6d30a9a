"""The command line gives each action's number as papers cite it, and the distribution
register which version of the pack each copy was, its variant and its agency."""

from __future__ import annotations


def ok(cli, *argv) -> str:
    code, out, err = cli(*argv)
    assert code == 0, err
    return out


def test_actions_carry_the_number_they_were_raised_with(board_cli):
    said = ok(board_cli, "plan", "add", "OCG 05/00283", "--text", "Seize the Audi",
              "--strand", "Pursue", "--owner", "Police")
    assert "added to OCG 05/00283's plan as OCG 05/00283 · 2 (Pursue)" in said
    listed = {a["specific"]: (a["number"], a["label"]) for a in
              board_cli.json("action", "list")}
    assert listed["Seize the Audi"] == (2, "OCG 05/00283 · 2")
    assert sorted(n for n, _label in listed.values()) == [1, 2]
    key = next(a["id"] for a in board_cli.json("action", "list") if a["number"] == 2)
    assert board_cli.json("action", "show", key[:8])["label"] == "OCG 05/00283 · 2"
    assert "OCG 05/00283 · 2" in ok(board_cli, "action", "show", key[:8])
    table = ok(board_cli, "action", "list").splitlines()
    assert "No." in table[0].split()


def test_the_register_gives_each_copys_version_variant_and_agency(board_cli, tmp_path):
    ok(board_cli, "meeting", "add", "--title", "December board", "--on", "2026-12-03",
       "--threat", "OCG 05/00283")
    ok(board_cli, "pack", "2026-12-03", "-o", str(tmp_path / "draft.pdf"))
    ok(board_cli, "pack", "2026-12-03", "-o", str(tmp_path / "one.pdf"),
       "--copy-for", "DI Ayesha Khan")
    ok(board_cli, "pack", "2026-12-03", "-o", str(tmp_path / "two.pdf"), "--variant", "agency",
       "--agency", "Police", "--copy-for", "DI Ayesha Khan", "--yes")
    rows = board_cli.json("meeting", "distribution", "2026-12-03")
    assert [(r["copy_number"], r["version"], r["variant"], r["agency"]) for r in rows] == \
        [(1, 1, "chair", None), (2, 2, "agency", "Police")]
    shown = ok(board_cli, "meeting", "distribution", "2026-12-03").splitlines()
    assert shown[0].split()[:5] == ["Copy", "Version", "To", "Variant", "For"]
    assert shown[2].split()[:2] == ["2", "2"] and "Police" in shown[2]
    assert board_cli.json("meeting", "show", "2026-12-03")["distribution"] == rows
