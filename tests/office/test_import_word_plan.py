"""A Word 4P plan in the seed 003 shape, read as a chair would read it."""

from __future__ import annotations

import datetime as dt

import pytest

from ocgboard.errors import InputError
from ocgboard.office import docx_plan, reading
from ocgboard.office.owners import Owners
from tests.office import papers


@pytest.fixture
def plan(tmp_path):
    return docx_plan.read(papers.word_plan(tmp_path / "plan.docx"))


def _by_strand(paper) -> dict[str, int]:
    found: dict[str, int] = {}
    for row in paper.rows:
        found[row.strand] = found.get(row.strand, 0) + 1
    return found


def test_the_title_names_the_threat(plan):
    assert plan.reference == "OCG 05/00283"
    assert plan.kind == "4P plan"


def test_the_forgotten_placeholder_names_no_threat(tmp_path):
    paper = docx_plan.read(papers.word_plan(tmp_path / "p.docx", reference=None))
    assert paper.reference is None


def test_each_row_is_an_action_under_its_strand(plan):
    assert _by_strand(plan) == {"Pursue": 5, "Protect": 2, "Prepare": 1, "Prevent": 3}
    assert not plan.unread


def test_a_row_split_by_a_page_break_is_joined(plan):
    dwp = plan.rows[1]
    assert dwp.specific.endswith("linked to OCG number ** with a view to identifying "
                                 "disruption / prosecution opportunities")
    assert dwp.owner == "DWP"
    assert all(r.specific[:1].isupper() for r in plan.rows)


def test_an_owner_merged_down_two_rows_owns_both(plan):
    assert [r.owner for r in plan.rows[3:5]] == ["Police", "Police"]


def test_a_cell_merged_across_columns_is_read_once(plan):
    merged = plan.rows[5]
    assert merged.measurable == papers.MEASURED
    assert merged.achievable == ""


def test_timebound_dates_are_dates_and_other_words_stay_words(plan):
    assert plan.rows[0].due_on == dt.date(2027, 1, 31) and plan.rows[0].timebound == ""
    assert plan.rows[1].due_on == dt.date(2027, 2, 28)
    assert plan.rows[2].due_on is None and plan.rows[2].timebound == "By the March 2027 board"


def test_owners_in_the_template_spellings_match_the_board(plan):
    owners = Owners([("Police", "Police"), ("Local Authority", "LA"),
                     ("Department for Work and Pensions", "DWP"),
                     ("Health and Safety Executive", "HSE"),
                     ("Complex Dependency team", "CDT"), ("Probation Service", "Probation"),
                     ("Children's Services", "CS")])
    matched = {r.owner: owners.match(r.owner).agency for r in plan.rows}
    assert matched == {
        "Local Authority ASB Co-ordinator": "Local Authority",
        "DWP": "Department for Work and Pensions",
        "HSE": "Health and Safety Executive",
        "Police": "Police",
        "Complex Dependency team.": "Complex Dependency team",
        "Local Authority": "Local Authority",
        "NOM's.": "Probation Service",
        "Children's Services": "Children's Services",
        "Northshire Street Pastors": None,
    }


def test_the_chairs_map_wins(plan):
    owners = Owners([("Police", "Police")], {"northshire street pastors": "Police"})
    assert owners.match("Northshire Street Pastors").agency == "Police"
    assert owners.match("Northshire Street Pastors").how == "your map"


def test_an_unexpected_column_refuses_the_file(tmp_path):
    path = papers.word_plan(tmp_path / "p.docx", header=(*papers.SMART[:5], "BUDGET"))
    with pytest.raises(InputError, match="column 'BUDGET'"):
        reading.read(path)


def test_a_document_with_no_4p_table_is_refused(tmp_path):
    import docx
    document = docx.Document()
    document.add_paragraph("Minutes of the board")
    document.save(tmp_path / "minutes.docx")
    with pytest.raises(InputError, match="no 4P table"):
        reading.read(tmp_path / "minutes.docx")


def test_rows_with_no_strand_heading_are_said_and_skipped(tmp_path):
    import docx
    document = docx.Document()
    document.add_paragraph("ACTION PLAN FOR OCG 05/00283")
    table = document.add_table(rows=2, cols=6)
    for cell, text in zip(table.rows[0].cells, papers.SMART, strict=True):
        cell.text = text
    table.rows[1].cells[0].text = "Visit the car wash"
    table.rows[1].cells[5].text = "Police"
    document.save(tmp_path / "p.docx")
    paper = reading.read(tmp_path / "p.docx")
    assert not paper.rows
    assert "under no strand heading" in paper.unread[0]
