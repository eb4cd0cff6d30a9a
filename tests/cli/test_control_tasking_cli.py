"""`--battle`: the must-win battle an action or a strategic plan item serves, and
`control coverage` showing each battle with the live work serving it."""

from __future__ import annotations

MIDDLE = "4.2 Drug Supply: Disrupt the middle market"


def action_id(cli) -> str:
    return cli.json("action", "list")[0]["id"]


def test_an_action_is_raised_serving_a_battle_then_moved_and_cleared(board_cli):
    cli = board_cli
    code, out, err = cli("plan", "add", "OCG 05/00283", "--text", "Close the trap house",
                         "--strand", "Pursue", "--owner", "Police", "--battle", "4.2")
    assert code == 0, err
    added = next(a for a in cli.json("action", "list") if a["number"] == 2)
    assert added["battle"] == MIDDLE
    first = next(a for a in cli.json("action", "list") if a["number"] == 1)
    assert first["battle"] is None
    code, out, err = cli("action", "edit", first["id"][:8], "--battle", "courier fraud")
    assert (code, out) == (0, f"action {first['id'][:8]} updated\n"), err
    shown = cli.json("action", "show", first["id"][:8])
    assert shown["battle"] == "9.2 Fraud: Develop courier fraud trigger plan"
    code, out, _ = cli("action", "show", first["id"][:8])
    assert "      battle: 9.2 Fraud: Develop courier fraud trigger plan" in out.splitlines()
    cli("action", "edit", first["id"][:8], "--battle", "none")
    assert cli.json("action", "show", first["id"][:8])["battle"] is None


def test_a_strategic_plan_item_serves_a_battle(board_cli):
    cli = board_cli
    code, out, err = cli("strategy", "add", "--action", "Schools awareness", "--battle",
                         "disrupt the middle market")
    assert (code, out) == (0, "strategy item 1 added\n"), err
    assert cli.json("strategy", "list")[0]["battle"] == MIDDLE
    code, out, err = cli("strategy", "edit", "1", "--battle", "3.1")
    assert (code, out) == (0, "strategy item 1 serves 3.1 County Lines: Common minimum "
                              "standards to responding to Exploitation risk\n"), err
    code, out, err = cli("strategy", "edit", "1", "--battle", "")
    assert (code, out) == (0, "strategy item 1 serves no must-win battle\n"), err
    code, out, _ = cli("strategy", "list")
    assert out.splitlines()[0].split() == ["No.", "Action", "Lead", "Target", "Status",
                                           "Battle"]


def test_a_battle_that_cannot_be_served_is_one_line_and_changes_nothing(board_cli):
    cli = board_cli
    before = cli.json("action", "list")
    aid = before[0]["id"][:8]
    for words, said in (
            ("improve", "'improve' is in 6 must-win battles (1.1, 1.3, 5.1, 6.1, 7.1, 9.1): "
                        "give its number"),
            ("4.9", "Drug Supply has no must-win battle 9 (it has 2)"),
            ("stop the boats", "no must-win battle of 'Interim Strategic Assessment; Control "
                               "Strategy May 2024' says 'stop the boats' (control show lists "
                               "them)")):
        code, out, err = cli("action", "edit", aid, "--battle", words, "--due", "2027-02-28")
        assert code != 0 and (out, err) == ("", f"ocgboard: error: {said}\n")
    assert cli.json("action", "list") == before
    code, out, err = cli("plan", "add", "OCG 05/00283", "--tactic", "PUR-02", "--battle",
                         "4.9")
    assert code != 0 and err.count("\n") == 1
    assert cli.json("action", "list") == before


def test_coverage_shows_the_battles_no_live_action_serves(board_cli):
    cli = board_cli
    cli("action", "edit", action_id(cli)[:8], "--battle", "4.2")
    cli("strategy", "add", "--action", "Schools awareness", "--battle", "3.1")
    data = cli.json("control", "coverage")
    battles = data["battles"]
    assert battles["title"] == "Interim Strategic Assessment; Control Strategy May 2024"
    assert [b["number"] for b in battles["battles"] if not b["no_live_action"]] == [
        "3.1", "4.2"]
    middle = next(b for b in battles["battles"] if b["number"] == "4.2")
    assert [(a["label"], a["owner"]) for a in middle["actions"]] == [
        ("OCG 05/00283 · 1", "Police")]
    assert battles["adrift"] == []
    code, out, err = cli("control", "coverage")
    assert code == 0, err
    lines = out.splitlines()
    at = lines.index("Must-win battles of 'Interim Strategic Assessment; Control Strategy "
                     "May 2024', with the live work serving them today")
    assert lines[at + 1].split() == ["No.", "Threat", "area", "Must-win", "battle",
                                     "Actions", "Strategic", "Live", "work"]
    middle_line = next(line for line in lines[at:] if line.startswith("4.2 "))
    assert "OCG 05/00283 · 1" in middle_line
    assert "NO LIVE ACTION" in next(line for line in lines[at:] if line.startswith("1.1 "))
    assert lines[-1] == "12 of 14 must-win battles have no live action"


def test_coverage_lists_live_work_left_on_a_withdrawn_battle(board_cli):
    cli = board_cli
    cli("action", "edit", action_id(cli)[:8], "--battle", "7.1")
    cli("control", "battle", "withdraw", "OIC", "1")
    data = cli.json("control", "coverage")["battles"]
    assert [(a["label"], a["battle"]) for a in data["adrift"]] == [
        ("OCG 05/00283 · 1", "OIC: Significantly improve intelligence picture (withdrawn)")]
    code, out, _ = cli("control", "coverage")
    assert ("Live work serving a battle no longer in the strategy: OCG 05/00283 · 1 (OIC: "
            "Significantly improve intelligence picture (withdrawn))") in out.splitlines()


def test_adopting_moves_the_live_tasking_on(board_cli):
    cli = board_cli
    aid = action_id(cli)[:8]
    cli("action", "edit", aid, "--battle", "4.2")
    before = cli.json("control", "show")["areas"][3]["battles"][1]["id"]
    assert cli("control", "adopt", "--title", "Control Strategy 2026", "--date",
               "2026-06-01")[0] == 0
    after = cli.json("control", "show")["areas"][3]["battles"][1]["id"]
    assert after != before
    assert cli.json("action", "show", aid)["battle"] == MIDDLE
    assert cli.json("control", "coverage")["battles"]["title"] == "Control Strategy 2026"
