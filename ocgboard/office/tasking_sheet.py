"""An agency's tasking sheet as an Excel workbook it fills in and sends back.

One row per open action the agency owns, as the pack's tasking sheet lists
them; the agency chooses a status from a drop-down of the vocabulary and
writes its update beside it. Only those two columns are open to typing (the
sheet is protected without a password: it guides, the return checks). Each
row carries a hidden marker (the board's id and the action's), and a very
hidden sheet the record of the issue and its seal (`issue.py`), so the
return maps every row back to its action and knows whom it was issued to.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Protection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ocgboard.core import dates, plans, vocab
from ocgboard.office import issue, xlsx_out
from ocgboard.office.cells import put_date, put_text
from ocgboard.office.gather import Paper
from ocgboard.office.xlsx_out import HEADER_ROW, WRAP

TAB = "Tasking"
ISSUE_TAB = "Issue"
COLUMNS = (("Threat · no.", 16), ("Threat", 24), ("Strand", 10), ("Action", 60),
           ("Officer", 18), ("Due", 12), ("RAG", 30), ("Status", 14),
           ("Update for the board", 60), ("Sheet marker", 10))
STATUS, UPDATE, MARKER = 8, 9, 10  # their columns
OPEN_CELL = Protection(locked=False)
ISSUE_FIELDS = ("format", "board", "agency", "agency name", "issued on", "seal")
ISSUE_ROWS_AT = 8  # the row of the issued actions' heads on the issue sheet


def statuses() -> list[str]:
    """What an agency may choose: the vocabulary, but never a withdrawal (the board's)."""
    return [s for s in vocab.values("action_statuses") if s != plans.WITHDRAWN]


def marker(paper: Paper, action_id) -> str:
    return f"{paper.board_id.hex}/{action_id.hex}"


def write(paper: Paper, secret: bytes, path: str | Path) -> Path:
    meeting = f" for {paper.meeting}" if paper.meeting else ""
    lines = (f"{paper.board}. Open actions owned by {paper.agency}{meeting}, as at "
             f"{dates.day(paper.as_at)}: {xlsx_out.counted(paper.tasks)}. For each, choose "
             "its status from the list and write your update for the board; then send "
             "this file back to the chair. Please change nothing else: the sheet is "
             "checked when it comes back.")
    book, ws = xlsx_out.sheet(paper, f"Tasking sheet: {paper.agency}", lines, COLUMNS, TAB)
    for row, task in enumerate(paper.tasks, start=HEADER_ROW + 1):
        xlsx_out.threat_cells(ws, row, task)
        action = task.specific + (f"\n{task.timebound}" if task.timebound else "")
        put_text(ws.cell(row, 4), action).alignment = WRAP
        put_text(ws.cell(row, 5), task.officer or "")
        put_date(ws.cell(row, 6), task.due_on)
        xlsx_out.rag_cell(ws, row, 7, task)
        put_text(ws.cell(row, STATUS), task.status).protection = OPEN_CELL
        update = ws.cell(row, UPDATE)
        update.protection, update.alignment = OPEN_CELL, WRAP
        put_text(ws.cell(row, MARKER), marker(paper, task.id))
        ws.row_dimensions[row].height = 60
    _choices(ws, len(paper.tasks))
    ws.column_dimensions["J"].hidden = True
    ws.protection.sheet = True
    ws.protection.formatColumns = ws.protection.formatRows = False
    xlsx_out.end_marking(ws, paper.marking)
    _issue_sheet(book, issue.sealed(issued(paper), secret))
    return xlsx_out.save(book, path)


def issued(paper: Paper) -> issue.Issue:
    assert paper.agency_id is not None and paper.agency is not None
    return issue.Issue(paper.board_id, paper.agency_id, paper.agency, paper.produced_on, [
        issue.IssuedRow(t.id, t.number, t.label, t.status) for t in paper.tasks])


def _choices(ws: Worksheet, count: int) -> None:
    if not count:
        return
    listed = DataValidation(type="list", formula1='"' + ",".join(statuses()) + '"',
                            allow_blank=False, showErrorMessage=True,
                            errorTitle="Status", error="Choose a status from the list.",
                            promptTitle="Status", prompt="Choose the action's status.",
                            showInputMessage=True)
    ws.add_data_validation(listed)
    listed.add(f"H{HEADER_ROW + 1}:H{HEADER_ROW + count}")


def _issue_sheet(book, record: issue.Issue) -> None:
    ws = book.create_sheet(ISSUE_TAB)
    ws.sheet_state = "veryHidden"
    values = (issue.FORMAT, record.board_id.hex, record.agency_id.hex, record.agency,
              record.issued_on.isoformat(), record.seal)
    for n, (name, value) in enumerate(zip(ISSUE_FIELDS, values, strict=True), start=1):
        put_text(ws.cell(n, 1), name)
        put_text(ws.cell(n, 2), value)
    for n, head in enumerate(("action", "number", "label", "status"), start=1):
        put_text(ws.cell(ISSUE_ROWS_AT, n), head)
    for row, issued_row in enumerate(record.rows, start=ISSUE_ROWS_AT + 1):
        put_text(ws.cell(row, 1), issued_row.action_id.hex)
        put_text(ws.cell(row, 2), "" if issued_row.number is None else str(issued_row.number))
        put_text(ws.cell(row, 3), issued_row.label)
        put_text(ws.cell(row, 4), issued_row.status)
    ws.protection.sheet = True
