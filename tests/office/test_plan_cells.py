"""A plan's cells as the board's export writes them, read back; a hand-typed cell
reads as it always did."""

from __future__ import annotations

import datetime as dt

from ocgboard.office import plan_cells


def test_the_exports_timebound_lines_give_the_date_the_words_and_the_status():
    read = plan_cells.timebound("Due 31 Jan 2027\nBy the March board\nAgreed: On track")
    assert read == plan_cells.Timebound(dt.date(2027, 1, 31), "By the March board", "Agreed")
    done = plan_cells.timebound("No due date\nCompleted 12 Jun 2024")
    assert done == plan_cells.Timebound(None, "", "Completed")


def test_a_hand_typed_timebound_is_left_to_the_usual_reading():
    for typed in ("31/01/2027", "By the March 2027 board", "Quarterly\nreview at the board",
                  ""):
        assert plan_cells.timebound(typed) is None, typed


def test_the_exports_number_is_not_part_of_the_specific():
    assert plan_cells.unnumbered("3. Consider powers under S24") == "Consider powers under S24"
    assert plan_cells.unnumbered("S24 powers, 3. stage") == "S24 powers, 3. stage"
    assert plan_cells.unnumbered("2026. ") == "2026. "
