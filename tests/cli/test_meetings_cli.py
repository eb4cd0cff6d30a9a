import datetime as dt

from tests.conftest import dump


def test_meeting_commands(board_cli, clock):
    cli = board_cli
    assert cli("person", "add", "Jo Bloggs", "--agency", "DWP")[0] == 0
    code, out, _ = cli("meeting", "add", "--title", "December board", "--on", "2026-12-03",
                       "--venue", "Civic Centre", "--chair", "DI Ayesha Khan", "--threat",
                       "OCG 05/00283", "--next", "2027-01-14")
    assert code == 0 and "planned" in out
    listed = cli.json("meeting", "list")
    assert listed[0]["title"] == "December board" and listed[0]["chair"] == "DI Ayesha Khan"
    rows = cli.json("meeting", "agenda", "2026-12-03", "--add", "any other business", "--title",
                    "Summer campaign", "--to", "2")
    assert rows[1]["title"] == "Summer campaign"
    rows = cli.json("meeting", "agenda", "2026-12-03", "--move", "2", "--to", "8")
    assert rows[7]["title"] == "Summer campaign"
    assert cli.json("meeting", "agenda", "2026-12-03", "--remove", "8")[-1]["kind"] == \
        "date of next meeting"
    assert cli("meeting", "attend", "2026-12-03", "--person", "Jo Bloggs", "--status",
               "apologies")[0] == 0
    code, _out, err = cli("meeting", "decide", "2026-12-03", "--item", "5", "--text", "Noted")
    assert code != 0 and err.strip().endswith("decisions are recorded at or after the meeting, "
                                              "not before it (this one is on 3 Dec 2026)")
    clock.set(dt.datetime(2026, 12, 3, 11, 0))  # the meeting is under way
    assert cli("meeting", "decide", "2026-12-03", "--item", "5", "--text", "Plan approved")[0] == 0
    shown = cli.json("meeting", "show", "2026-12-03")
    assert shown["agenda"][4]["decision"] == "Plan approved"
    assert shown["attendance"] == [{"person": "Jo Bloggs", "status": "apologies", "note": None}]
    assert len(shown["tracker"]) == 1
    assert cli("meeting", "edit", "2026-12-03", "--status", "held")[0] == 0
    assert cli.json("meeting", "attendance")[0]["apologies"] == 1


def test_meeting_decision_on_action(board_cli):
    cli = board_cli
    action = cli.json("action", "list")[0]["id"][:8]
    cli("meeting", "add", "--title", "Board", "--on", "2020-01-01", "--no-due-reviews")
    code, _out, err = cli("meeting", "decide", "2020-01-01", "--action", action, "--text", "x")
    assert code != 0 and "before the date the action was raised" in err


def test_meeting_bad_input_writes_nothing(board_cli, db_path):
    cli = board_cli
    cli("meeting", "add", "--title", "Board", "--on", "2026-12-03")
    before = dump(db_path)
    for argv, says in ((["meeting", "show", "2031-01-01"], "no meeting on 2031-01-01"),
                       (["meeting", "attend", "2026-12-03", "--person", "Nobody", "--status",
                         "present"], "no person"),
                       (["meeting", "attend", "2026-12-03", "--person", "DI Ayesha Khan",
                         "--status", "late"], "attendance 'late'"),
                       (["meeting", "agenda", "2026-12-03", "--move", "1"], "--move needs --to"),
                       (["meeting", "decide", "2026-12-03", "--item", "99", "--text", "x"],
                        "no item 99"),
                       (["meeting", "add", "--title", "X", "--on", "2026-13-01"],
                        "not a valid date")):
        code, _out, err = cli(*argv)
        assert code != 0 and says in err and err.count("\n") == 1, (argv, err)
    assert dump(db_path) == before
