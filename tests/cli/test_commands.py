"""Every command, as a user types it."""

from ocgboard.cli import build_parser


def test_help_lists_every_command(capsys):
    parser = build_parser()
    parser.print_help()
    text = capsys.readouterr().out
    for command in ("init", "demo", "agency", "person", "ocg", "member", "tactic", "plan",
                    "action", "disruption", "strategy", "control", "stats", "history", "verify",
                    "backup", "restore", "search"):
        assert command in text


def test_register_commands(board_cli):
    cli = board_cli
    assert cli("agency", "add", "Border Force", "--short", "BF")[0] == 0
    assert any(a["short_name"] == "BF" for a in cli.json("agency", "list"))
    assert cli.json("person", "list", "--agency", "Police")[0]["name"] == "DI Ayesha Khan"
    assert cli("ocg", "add", "PI 05/00001", "--name", "Łukasz Wiśniewski", "--kind",
               "priority individual", "--mapped", "2025-02-01")[0] == 0
    assert cli("ocg", "edit", "OCG 05/00283", "--band", "1C", "--areas", "county lines")[0] == 0
    listed = cli.json("ocg", "list")
    assert [t["reference"] for t in listed] == ["OCG 05/00283", "PI 05/00001"]
    assert listed[0]["band"] == "1C" and listed[0]["lro"] == "DI Ayesha Khan"
    assert [t["kind"] for t in cli.json("ocg", "list", "--kind", "priority individual")] == [
        "Priority Individual"]
    assert cli("member", "add", "OCG 05/00283", "--name", "Ștefan Rădulescu", "--aliases",
               "Fane,Stevie", "--standing", "Principal Subject", "--dob", "1988-04-02")[0] == 0
    assert cli.json("member", "list", "OCG 05/00283")[0]["aliases"] == ["Fane", "Stevie"]
    shown = cli.json("ocg", "show", "OCG 05/00283")
    assert shown["members"][0]["name"] == "Ștefan Rădulescu"
    assert shown["actions"][0]["owner"] == "Police"
    code, out, _ = cli("ocg", "show", "OCG 05/00283")
    assert code == 0 and "Hartley Road network" in out and "Ștefan Rădulescu" in out
    assert cli("ocg", "archive", "PI 05/00001")[0] == 0
    assert len(cli.json("ocg", "list", "--all")) == 2 and len(cli.json("ocg", "list")) == 1
    found = cli.json("search", "stevie")
    assert found["members"][0]["threat"] == "OCG 05/00283"


def test_plan_action_disruption_strategy_commands(board_cli):
    cli = board_cli
    assert len(cli.json("tactic", "list", "--strand", "prevent")) == 4
    assert cli.json("tactic", "show", "PUR-08")["guidance"]["what"]
    assert cli("plan", "add", "OCG 05/00283", "--text", "Joint visit to car washes",
               "--strand", "Protect", "--owner", "Trading Standards", "--due",
               "2027-02-01")[0] == 0
    actions = cli.json("action", "list", "--threat", "OCG 05/00283")
    assert {a["strand"] for a in actions} == {"Pursue", "Protect"}
    target = next(a for a in actions if a["strand"] == "Pursue")
    assert "OCG 05/00283" in target["specific"]
    code, out, _ = cli("action", "update", target["id"][:8], "--status", "agreed", "--comment",
                       "Agreed at the November board")
    assert code == 0 and "agreed" in out
    shown = cli.json("action", "show", target["id"][:6])
    assert [u["status"] for u in shown["updates"]] == ["proposed", "agreed"]
    assert cli("action", "edit", target["id"][:8], "--measurable", "Two DVPNs")[0] == 0
    assert cli.json("action", "list", "--agency", "TS")[0]["strand"] == "Protect"
    assert cli("disruption", "add", "OCG 05/00283", "--agency", "Police", "--strand", "Pursue",
               "--level", "moderate", "--justification", "DVPO granted", "--action",
               target["id"][:8])[0] == 0
    assert cli.json("disruption", "list", "OCG 05/00283")[0]["level"] == "moderate"
    assert cli("strategy", "add", "--action", "Publish an MSHT strategy", "--lead", "DoJ",
               "--target", "Summer 2027")[0] == 0
    assert cli("strategy", "update", "1", "--status", "being progressed", "--comment",
               "Drafting")[0] == 0
    assert cli.json("strategy", "list")[0]["status"] == "being progressed"
    figures = cli.json("stats")
    assert figures["actions_by_status"] == {"agreed": 1, "proposed": 1}
    assert figures["disruptions_by_level"] == {"moderate": 1}
    history = cli.json("history", "OCG 05/00283", "--raw")
    assert history[0]["author"] == "Chair"
    assert any(h["field"] == "status" and h["new"] == "agreed" for h in history)


def test_listings_print_tables(board_cli):
    code, out, _ = board_cli("action", "list")
    assert code == 0 and out.splitlines()[0].split()[:3] == ["Id", "Threat", "No."]


def test_demo_then_stats(cli):
    code, out, _ = cli("demo", "--scale", "small")
    assert code == 0 and "12 threats" in out
    figures = cli.json("stats")
    assert sum(figures["threats_by_status"].values()) == 12
    assert len(cli.json("ocg", "list", "--all")) == 12


def test_verify_backup_and_restore_round_trip(board_cli, home, tmp_path):
    cli = board_cli
    code, out, _ = cli("verify")
    assert code == 0 and "verify: OK" in out
    saved = tmp_path / "copy.sqlite"
    assert cli("backup", "-o", str(saved))[0] == 0
    assert (saved.stat().st_mode & 0o777) == 0o600
    assert cli("ocg", "add", "OCG 9", "--name", "After the backup")[0] == 0
    code, out, _ = cli("restore", str(saved), "--yes")
    assert code == 0 and "restored" in out
    assert [t["reference"] for t in cli.json("ocg", "list")] == ["OCG 05/00283"]
    assert cli.json("verify")["ok"] is True
    kept = list((home / "backups").glob("*before-restore*"))
    assert len(kept) == 1
    code, out, _ = cli("backup")
    assert code == 0 and "backups" in out


def test_author_is_recorded(board_cli):
    board_cli("ocg", "edit", "OCG 05/00283", "--band", "3A", author="DS Đorđević")
    assert board_cli.json("history", "OCG 05/00283")[0]["author"] == "DS Đorđević"
