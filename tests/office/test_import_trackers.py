"""Excel trackers: an action tracker, seed 000's strategic plan, seed 004's
recommendations with their dated status trail."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from ocgboard.errors import InputError
from ocgboard.office import reading, statuses
from ocgboard.office.paper import dated
from tests.office import papers


def test_an_action_tracker_with_a_title_row_above_its_header(tmp_path):
    paper = reading.read(papers.action_tracker(tmp_path / "t.xlsx"))
    assert paper.kind == "action tracker"
    assert paper.reference == "OCG 05/00283"
    assert [r.strand for r in paper.rows] == ["Pursue"] * 3 + ["Protect", "Prevent", "Prevent"]
    assert not paper.unread


def test_dates_as_dates_and_as_text(tmp_path):
    rows = reading.read(papers.action_tracker(tmp_path / "t.xlsx")).rows
    assert rows[0].due_on == dt.date(2027, 1, 31)  # a date cell
    assert rows[1].due_on == dt.date(2027, 2, 28)  # "28 Feb 2027" typed
    assert rows[2].due_on is None and rows[2].timebound == "By the March 2027 board"
    assert rows[3].due_on == dt.date(2027, 3, 31)


def test_statuses_in_the_boards_words():
    assert statuses.action_status("Complete") == "completed"
    assert statuses.action_status("Not started") == "proposed"
    assert statuses.action_status("Overdue") == "in progress"
    assert statuses.action_status("In Progress") == "in progress"
    assert statuses.action_status("Not pursued") == "not pursued"
    assert statuses.action_status("Parked") is None
    assert statuses.strategy_status("awaiting-review") == "awaiting review"
    assert statuses.strategy_status("Being progressed") == "being progressed"


def test_an_update_that_starts_with_a_date_is_dated():
    assert dated("12/10/2026 - Visit done") == (dt.date(2026, 10, 12), "Visit done")
    assert dated("3 Nov 2026: two referrals made") == (dt.date(2026, 11, 3),
                                                       "two referrals made")
    assert dated("12 vehicles seized") == (None, "12 vehicles seized")


def test_a_strategic_action_plan_like_seed_000(tmp_path):
    paper = reading.read(papers.strategy_plan(tmp_path / "s.xlsx"))
    assert paper.kind == "strategic action plan"
    assert [i.number for i in paper.items] == [1, 2, 3, 4]
    assert paper.items[1].target == "March 2025"
    assert paper.items[1].target_on == dt.date(2025, 3, 31)
    assert paper.items[0].target_on is None  # "Summer 2024"


def test_a_recommendation_tracker_like_seed_004(tmp_path):
    paper = reading.read(papers.recommendation_tracker(tmp_path / "r.xlsx"))
    assert paper.kind == "recommendation tracker"
    five = paper.items[0]
    assert five.number == 5
    assert [(e.dated_on, e.status) for e in five.trail] == [
        (dt.date(2017, 3, 3), "awaiting-review"), (dt.date(2018, 4, 26), "being-progressed"),
        (dt.date(2019, 6, 19), "complete")]
    assert paper.items[1].number == 6 and len(paper.items[1].trail) == 1


def test_an_unexpected_column_refuses_the_file(tmp_path):
    path = papers.action_tracker(tmp_path / "t.xlsx",
                                 header=(*papers.TRACKER_HEADER[:-1], "Budget"))
    with pytest.raises(InputError, match="column 'Budget'"):
        reading.read(path)


def test_a_workbook_with_no_tracker_is_refused(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Name", "Phone"])
    book.save(tmp_path / "contacts.xlsx")
    with pytest.raises(InputError, match="no sheet with a tracker's header"):
        reading.read(tmp_path / "contacts.xlsx")


def test_a_sheet_of_too_many_rows_is_refused(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Action", "Owner"])
    sheet.cell(row=9_000, column=1, value="x")
    book.save(tmp_path / "big.xlsx")
    with pytest.raises(InputError, match="more than a tracker"):
        reading.read(tmp_path / "big.xlsx")
