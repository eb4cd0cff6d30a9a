"""Attacks on a returned tasking sheet beyond those test_tasking_return covers: the same
return taken twice, and text from outside that reaches the chair's screen."""

from __future__ import annotations

from tests.conftest import dump
from tests.office.test_tasking_return import (  # noqa: F401
    board,
    cli,
    filled,
    refused,
    sheet,
    trail,
)


def test_the_same_return_taken_twice_adds_nothing_the_second_time(cli, board, sheet,  # noqa: F811
                                                                   tmp_path, db_path):
    back = filled(sheet, tmp_path / "back.xlsx", H6="agreed", I6="Benefit review opened",
                  I7="Lock-up visited")
    assert cli("office", "return", str(back), "--yes")[0] == 0
    first = (len(trail(cli, board["2"])), len(trail(cli, board["3"])))
    before = dump(db_path)
    code, out, err = cli("office", "return", str(back), "--yes")
    assert code == 0, err
    assert (len(trail(cli, board["2"])), len(trail(cli, board["3"]))) == first
    assert "already taken" in out
    assert dump(db_path) == before


def test_a_later_return_of_the_same_sheet_takes_only_what_is_new(cli, board, sheet,  # noqa: F811
                                                                 tmp_path):
    once = filled(sheet, tmp_path / "once.xlsx", H6="agreed", I6="Benefit review opened")
    assert cli("office", "return", str(once), "--yes")[0] == 0
    again = filled(once, tmp_path / "again.xlsx", I7="Lock-up visited")
    code, out, err = cli("office", "return", str(again), "--yes")
    assert code == 0, err
    assert [u["comment"] for u in trail(cli, board["2"])].count("Benefit review opened") == 1
    assert trail(cli, board["3"])[-1]["comment"] == "Lock-up visited"


def test_an_update_with_a_right_to_left_override_is_refused(cli, board, sheet,  # noqa: F811
                                                            tmp_path, db_path):
    """U+202E makes 'Visit done, nothing found' display reversed in Excel, the pack and
    the desktop: text from outside that reorders itself is not taken."""
    back = filled(sheet, tmp_path / "back.xlsx", I6="Visit done \u202ednuof gnihton")
    refused(cli, db_path, back, "reverse the text's direction")
