"""`ocgboard office export`: the plan as Word, the tracker and a tasking sheet as Excel,
each read back, redacted as the pack of the same variant is."""

from __future__ import annotations

import pytest
from docx import Document
from openpyxl import load_workbook

from ocgboard.office import tasking_sheet
from tests.cli.conftest import Runner
from tests.conftest import dump

HOSTILE = '=HYPERLINK("http://evil.example/x","Click") and check the lock-up'
WITHHELD = "Jan Zieliński"


def make_board(cli: Runner) -> dict[str, str]:
    """A board with a withheld subject, one Police and two DWP actions (one overdue, one
    whose text starts as a formula), and ids by action number."""
    assert cli("init", "--board", "Northshire Board", "--area", "Northshire")[0] == 0
    assert cli("person", "add", "DI Ayesha Khan", "--agency", "Police")[0] == 0
    assert cli("ocg", "add", "OCG 05/00283", "--name", "Hartley Road network",
               "--mapped", "2024-01-10", "--band", "2B", "--lro", "DI Ayesha Khan")[0] == 0
    assert cli("member", "add", "OCG 05/00283", "--name", WITHHELD,
               "--standing", "Principal Subject")[0] == 0
    assert cli("plan", "add", "OCG 05/00283", "--tactic", "PUR-03", "--due", "2027-01-31",
               "--owner", "Police")[0] == 0
    assert cli("plan", "add", "OCG 05/00283", "--text",
               "Review Zieliński's benefit claims and his partner's", "--strand", "Pursue",
               "--owner", "DWP", "--due", "2026-11-01")[0] == 0
    assert cli("plan", "add", "OCG 05/00283", "--text", HOSTILE, "--strand", "Protect",
               "--owner", "DWP", "--due", "2026-12-31")[0] == 0
    return {str(a["number"]): a["id"] for a in cli.json("action", "list")}


@pytest.fixture
def cli(capsys, db_path) -> Runner:
    return Runner(capsys, db_path)


@pytest.fixture
def board(cli) -> dict[str, str]:
    return make_board(cli)


def test_tasking_sheet_holds_the_agencys_open_actions_redacted(cli, board, tmp_path):
    out = tmp_path / "dwp.xlsx"
    code, said, err = cli("office", "export", "tasking", "DWP", "-o", str(out))
    assert code == 2 and not out.exists()  # a withheld name: the review stops it
    assert "Zieliński" in err and "--yes" in err
    code, said, err = cli("office", "export", "tasking", "DWP", "-o", str(out), "--yes")
    assert code == 0, err
    assert "2 open actions" in said
    book = load_workbook(out)
    ws = book[tasking_sheet.TAB]
    assert ws["A1"].value == "OFFICIAL-SENSITIVE"
    heads = [c.value for c in ws[5]]
    assert heads == [h for h, _ in tasking_sheet.COLUMNS]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=6, max_row=7)]
    assert [r[0] for r in rows] == ["OCG 05/00283 · 2", "OCG 05/00283 · 3"]  # overdue first
    text = " ".join(str(v) for r in rows for v in r if v)
    assert "Zieliński" not in text and "[withheld]" in text
    assert "Hartley Road" not in text  # not disseminable: the threat by its reference
    assert all(r[7] == "proposed" for r in rows)
    assert rows[0][9].endswith(board["2"])  # the hidden marker: board id / action id
    assert ws.column_dimensions["J"].hidden
    assert book[tasking_sheet.ISSUE_TAB].sheet_state == "veryHidden"
    assert ws.protection.sheet and not ws["H6"].protection.locked
    assert not ws["I6"].protection.locked and ws["D6"].protection.locked
    listed = ws.data_validations.dataValidation
    assert len(listed) == 1 and "H6:H7" in str(listed[0].sqref)
    assert "withdrawn" not in listed[0].formula1
    assert listed[0].formula1 == '"proposed,agreed,in progress,completed,not pursued"'
    assert ws.oddHeader.center.text == "OFFICIAL-SENSITIVE"
    assert ws.oddFooter.center.text == "OFFICIAL-SENSITIVE"


def test_board_text_is_never_written_as_a_formula(cli, board, tmp_path):
    out = tmp_path / "tracker.xlsx"
    assert cli("office", "export", "tracker", "-o", str(out))[0] == 0
    ws = load_workbook(out).active
    found = [c for row in ws.iter_rows() for c in row if c.value == HOSTILE]
    assert len(found) == 1
    assert found[0].data_type == "s" and found[0].quotePrefix
    assert not [c for row in ws.iter_rows() for c in row if c.data_type == "f"]
    with_at = tmp_path / "at.xlsx"
    evil = "@SUM(1+1) -2 +cmd|' /C calc'!A0"
    assert cli("action", "edit", board["3"], "--specific", evil)[0] == 0
    assert cli("office", "export", "tracker", "-o", str(with_at))[0] == 0
    cell = next(c for row in load_workbook(with_at).active.iter_rows() for c in row
                if str(c.value).startswith("@SUM"))
    assert cell.data_type == "s" and cell.quotePrefix


def test_tracker_shows_what_the_pack_variant_shows(cli, board, tmp_path):
    chair, partner, police = (tmp_path / f"{n}.xlsx" for n in ("chair", "partner", "police"))
    assert cli("office", "export", "tracker", "-o", str(chair))[0] == 0
    assert cli("office", "export", "tracker", "-o", str(partner), "--partner", "--yes")[0] == 0
    assert cli("office", "export", "tracker", "-o", str(police), "--for", "Police",
               "--yes")[0] == 0

    def cells(path):
        return " ".join(str(c.value) for row in load_workbook(path).active.iter_rows()
                        for c in row if c.value is not None)

    assert "Zieliński" in cells(chair) and "Hartley Road network" in cells(chair)
    assert "Zieliński" not in cells(partner) and "Hartley Road" not in cells(partner)
    assert "Chair's copy" in cells(chair) and "Partner copy" in cells(partner)
    assert "OCG 05/00283 · 1" in cells(police) and "OCG 05/00283 · 2" not in cells(police)


def test_plan_in_the_templates_table(cli, board, tmp_path):
    out = tmp_path / "plan.docx"
    code, said, err = cli("office", "export", "plan", "OCG 05/00283", "-o", str(out))
    assert code == 0, err
    doc = Document(str(out))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "ACTION PLAN FOR PARTNERSHIP DISRUPTION OF OCG 05/00283 HARTLEY ROAD " \
                       "NETWORK"
    strands = [t for t in texts if t in ("Pursue:", "Protect:", "Prepare:", "Prevent:")]
    assert strands == ["Pursue:", "Protect:", "Prepare:", "Prevent:"]
    assert len(doc.tables) == 4
    for table in doc.tables:
        assert [c.text for c in table.rows[0].cells] == [
            "SPECIFIC", "MEASURABLE", "ACHIEVABLE", "RELEVANT", "TIMEBOUND", "OWNER"]
    pursue = doc.tables[0]
    assert len(pursue.rows) == 3
    assert pursue.rows[1].cells[0].text.startswith("1. Consider DVPN")
    assert "Due 31 Jan 2027" in pursue.rows[1].cells[4].text
    assert pursue.rows[1].cells[5].text == "Police"
    assert "No Prepare actions" in doc.tables[2].rows[1].cells[0].text
    section = doc.sections[0]
    assert section.page_width > section.page_height  # landscape, as the template
    assert section.header.paragraphs[0].text == "OFFICIAL-SENSITIVE"
    assert section.footer.paragraphs[0].text == "OFFICIAL-SENSITIVE"
    assert doc.core_properties.author == "ocgboard"


def test_agency_plan_holds_its_actions_redacted(cli, board, tmp_path):
    out = tmp_path / "plan-dwp.docx"
    assert cli("office", "export", "plan", "OCG 05/00283", "-o", str(out), "--for", "DWP",
               "--yes")[0] == 0
    doc = Document(str(out))
    every = "\n".join([p.text for p in doc.paragraphs] + [
        c.text for t in doc.tables for r in t.rows for c in r.cells])
    assert "Zieliński" not in every and "[withheld]" in every
    assert "Hartley Road" not in every and "OCG 05/00283" in every
    assert "Consider DVPN" not in every  # Police's action
    assert "For Department for Work and Pensions" in every


def test_export_refuses_a_wrong_name_and_writes_nothing(cli, board, tmp_path, db_path):
    before = dump(db_path)
    code, _, err = cli("office", "export", "plan", "OCG 05/00283", "-o", str(tmp_path / "p.xlsx"))
    assert code == 2 and "must end in .docx" in err and len(err.strip().splitlines()) == 1
    code, _, err = cli("office", "export", "tracker", "-o", str(tmp_path / "t.xlsx"),
                       "--for", "Nobody Agency")
    assert code != 0 and not (tmp_path / "t.xlsx").exists()
    assert dump(db_path) == before


def test_tasking_sheet_for_a_meeting_lists_what_its_pack_lists(cli, board, tmp_path):
    from pypdf import PdfReader

    assert cli("meeting", "add", "--title", "December board", "--on", "2026-12-01",
               "--threat", "OCG 05/00283")[0] == 0
    pdf, out = tmp_path / "dwp.pdf", tmp_path / "dwp.xlsx"
    assert cli("pack", "2026-12-01", "--variant", "agency", "--agency", "DWP", "-o", str(pdf),
               "--yes")[0] == 0
    assert cli("office", "export", "tasking", "DWP", "-o", str(out), "--meeting",
               "2026-12-01", "--yes")[0] == 0
    printed = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    sheet = printed[printed.index("Tasking sheet: "):]
    book = load_workbook(out)
    ws = book[tasking_sheet.TAB]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=6, max_row=7)]
    assert [r[0] for r in rows] == ["OCG 05/00283 · 2", "OCG 05/00283 · 3"]
    for row in rows:
        assert row[0] in sheet and row[1] in sheet and row[6] in sheet  # the RAG in words
        assert " ".join(row[3].split())[:60] in sheet
    assert "for December board, 1 Dec 2026, as at 1 Dec 2026" in ws["A3"].value
    assert book[tasking_sheet.ISSUE_TAB]["B5"].value == "2026-11-23"  # issued today
