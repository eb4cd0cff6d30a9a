"""The command line takes dates as the desktop does, and refuses them in the same words."""

from __future__ import annotations

import pytest

from tests.conftest import dump


def test_every_form_of_a_date_is_taken(board_cli):
    cli = board_cli
    assert cli("plan", "add", "OCG 05/00283", "--tactic", "PRE-01", "--due",
               "31 Jan 2027")[0] == 0
    assert cli("ocg", "edit", "OCG 05/00283", "--review", "31.01.2027", "--assessed",
               "1 March 2025")[0] == 0
    assert cli("member", "add", "OCG 05/00283", "--name", "Jo Fane", "--dob", "02-04-1988")[0] == 0
    assert cli("disruption", "add", "OCG 05/00283", "--agency", "Police", "--strand",
               "Pursue", "--level", "minor", "--justification", "Cash seized",
               "--on", "16/11/2026")[0] == 0
    assert cli("meeting", "add", "--title", "Board", "--on", "3 December 2026",
               "--no-due-reviews")[0] == 0
    shown = cli.json("ocg", "show", "OCG 05/00283")
    assert (shown["next_review_on"], shown["last_assessed_on"]) == ("2027-01-31", "2025-03-01")
    assert "2027-01-31" in [a["due_on"] for a in shown["actions"]]
    assert cli.json("member", "list", "OCG 05/00283")[0]["date_of_birth"] == "1988-04-02"
    assert cli.json("disruption", "list")[0]["dated_on"] == "2026-11-16"
    assert cli("meeting", "show", "03.12.2026")[0] == 0  # found by its date in any form


@pytest.mark.parametrize("argv, says", [
    (["plan", "add", "OCG 05/00283", "--tactic", "PRE-01", "--due", "15/02/3202"],
     "due date 15 Feb 3202 is more than ten years from today"),
    (["plan", "add", "OCG 05/00283", "--tactic", "PRE-01", "--due", "31/01/27"],
     "due date '31/01/27' is not a valid date: give the year in full (dd/mm/yyyy)"),
    (["member", "add", "OCG 05/00283", "--name", "Old", "--dob", "01/01/1850"],
     "date of birth 1 Jan 1850 is before 1900"),
    (["meeting", "add", "--title", "Board", "--on", "01/12/2036"],
     "meeting date 1 Dec 2036 is more than two years from today"),
    (["ocg", "edit", "OCG 05/00283", "--review", "30/02/2027"],
     "next review date '30/02/2027' is not a valid date: February 2027 has 28 days"),
])
def test_a_date_out_of_range_is_refused_in_one_line_and_nothing_is_written(
        board_cli, db_path, argv, says):
    before = dump(db_path)
    code, _out, err = board_cli(*argv)
    assert code != 0 and says in err and err.count("\n") == 1, err
    assert dump(db_path) == before
