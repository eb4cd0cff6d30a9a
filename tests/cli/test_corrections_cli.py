"""Putting mistakes right on the command line: withdrawing an action, editing or
deleting a disruption."""

import pytest


def the_action(cli) -> dict:
    (action,) = cli.json("action", "list", "--threat", "OCG 05/00283")
    return action


def test_action_withdraw_needs_a_reason_and_keeps_the_action_with_its_number(board_cli):
    cli = board_cli
    action = the_action(cli)
    code, _, err = cli("action", "withdraw", action["id"][:8])
    assert code != 0 and "--reason" in err
    code, out, err = cli("action", "withdraw", action["id"][:8], "--reason",
                         "Raised in error: the NCA holds this")
    assert code == 0, err
    assert "withdrawn" in out and "OCG 05/00283 · 1" in out
    shown = cli.json("action", "show", action["id"][:8])
    assert (shown["status"], shown["number"], shown["rag_label"]) == ("withdrawn", 1, "Withdrawn")
    assert shown["updates"][-1]["status"] == "withdrawn"
    assert shown["updates"][-1]["comment"] == "Raised in error: the NCA holds this"
    assert cli.json("action", "list", "--open") == []
    code, _, err = cli("action", "withdraw", action["id"][:8], "--reason", "Again")
    assert code != 0 and "withdrawn already" in err
    code, _, err = cli("action", "update", action["id"][:8], "--status", "agreed",
                       "--comment", "Back")
    assert code != 0 and "withdrawn" in err


def test_action_update_cannot_withdraw(board_cli):
    cli = board_cli
    code, _, err = cli("action", "update", the_action(cli)["id"][:8], "--status", "withdrawn",
                       "--comment", "Gone")
    assert code != 0 and "cannot become withdrawn" in err


@pytest.fixture
def disrupted_cli(board_cli):
    cli = board_cli
    assert cli("disruption", "add", "OCG 05/00283", "--agency", "Police", "--strand", "Pursue",
               "--level", "minor", "--justification", "Cash seized", "--on", "2026-11-02",
               "--action", the_action(cli)["id"][:8])[0] == 0
    (made,) = cli.json("disruption", "list", "OCG 05/00283")
    return cli, made


def test_disruption_list_shows_the_id_to_edit_by(disrupted_cli):
    cli, made = disrupted_cli
    code, out, _ = cli("disruption", "list")
    assert code == 0 and made["id"][:8] in out


def test_disruption_edit_changes_only_what_is_given(disrupted_cli):
    cli, made = disrupted_cli
    code, out, err = cli("disruption", "edit", made["id"][:8], "--level", "major",
                         "--agency", "HMRC", "--no-action")
    assert code == 0, err
    assert "disruption" in out and "OCG 05/00283" in out
    (now,) = cli.json("disruption", "list", "OCG 05/00283")
    assert (now["level"], now["agency"], now["action"]) == ("major", "HMRC", None)
    assert (now["dated_on"], now["justification"]) == ("2026-11-02", "Cash seized")
    code, _, err = cli("disruption", "edit", made["id"][:8], "--level", "huge")
    assert code != 0 and "disruption level 'huge'" in err
    code, _, err = cli("disruption", "edit", made["id"][:8])
    assert code != 0 and "nothing to change" in err


def test_disruption_delete_asks_for_yes_and_leaves_it_out_of_the_log(disrupted_cli):
    cli, made = disrupted_cli
    code, _, err = cli("disruption", "delete", made["id"][:8])
    assert code != 0 and "--yes" in err
    assert len(cli.json("disruption", "list")) == 1
    code, out, err = cli("disruption", "delete", made["id"][:8], "--yes")
    assert code == 0, err
    assert "deleted" in out
    assert cli.json("disruption", "list") == []
    code, _, err = cli("disruption", "delete", made["id"][:8], "--yes")
    assert code != 0 and "no disruption" in err


def test_moving_a_meeting_moves_its_next_meeting_and_says_so(board_cli):
    cli = board_cli
    assert cli("meeting", "add", "--title", "December board", "--on", "2026-12-03",
               "--next", "2027-01-14")[0] == 0
    code, out, err = cli("meeting", "edit", "2026-12-03", "--on", "2026-12-10")
    assert code == 0, err
    assert "next meeting moved to 21 Jan 2027" in out
    assert cli.json("meeting", "show", "2026-12-10")["next_meeting_on"] == "2027-01-21"
