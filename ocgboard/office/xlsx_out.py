"""Excel papers: the furniture every sheet shares, and the action tracker.

Each sheet opens with the board's marking, a title and a line saying what it
holds and as at when, then one header row and a row per action; the marking
is printed again in the page header and footer, with "page N of M". Every
board text goes through `cells.put_text`, so none is ever taken for a formula.
"""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ocgboard import files
from ocgboard.core import dates, plural, rag
from ocgboard.office.cells import put_date, put_text
from ocgboard.office.gather import Paper
from ocgboard.reports.pack_data import Task
from ocgboard.reports.tables import rating_words

HEADER_ROW = 5  # the column heads; actions start on the row below
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

TRACKER_COLUMNS = (("Threat · no.", 16), ("Threat", 24), ("Strand", 10), ("Action", 60),
                   ("Owner", 18), ("Officer", 18), ("Due", 12), ("Status", 13),
                   ("RAG", 30), ("Latest update", 50))


def sheet(paper: Paper, title: str, lines: str, columns, tab: str) -> tuple[Workbook,
                                                                            Worksheet]:
    """A workbook of one sheet with the marking, `title`, `lines` and column heads."""
    book = Workbook()
    ws = book.active
    ws.title = tab
    book.properties.creator = "ocgboard"
    book.properties.title = title
    book.properties.keywords = paper.marking
    last = get_column_letter(len(columns))
    put_text(ws["A1"], paper.marking).font = Font(bold=True, color="B00020")
    put_text(ws["A2"], title).font = Font(bold=True, size=14)
    put_text(ws["A3"], lines).alignment = WRAP
    ws.merge_cells(f"A3:{last}3")
    ws.row_dimensions[3].height = 45
    put_text(ws["A4"], paper.variant_line).font = Font(italic=True)
    for n, (head, width) in enumerate(columns, start=1):
        cell = put_text(ws.cell(HEADER_ROW, n), head)
        cell.font, cell.alignment = BOLD, WRAP
        cell.fill = PatternFill("solid", fgColor="DDDDDD")
        ws.column_dimensions[get_column_letter(n)].width = width
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
    _page(ws, paper.marking)
    return book, ws


def _page(ws: Worksheet, marking: str) -> None:
    """Printed: landscape A4, a page wide, heads on every page, marking top and bottom."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    safe = marking.replace("&", "&&")  # '&' starts a header code
    ws.oddHeader.center.text = safe
    ws.oddFooter.center.text = safe
    ws.oddFooter.right.text = "Page &P of &N"


def end_marking(ws: Worksheet, marking: str) -> None:
    put_text(ws.cell(ws.max_row + 2, 1), marking).font = Font(bold=True, color="B00020")


def rag_cell(ws: Worksheet, row: int, column: int, task: Task) -> None:
    """The RAG in words, its colour behind them (colour is never the only signal)."""
    cell = put_text(ws.cell(row, column), rating_words(task.status, task.rating))
    cell.fill = PatternFill("solid", fgColor=rag.COLOURS[task.rating.rag].lstrip("#"))
    cell.font = Font(color="FFFFFF", bold=True)
    cell.alignment = WRAP


def threat_cells(ws: Worksheet, row: int, task: Task) -> None:
    """The first three columns: where the action sits."""
    put_text(ws.cell(row, 1), task.label).font = BOLD
    put_text(ws.cell(row, 2), task.threat_name)
    put_text(ws.cell(row, 3), task.strand)


def counted(tasks: list[Task]) -> str:
    overdue = sum(1 for t in tasks if t.rating.overdue_days)
    return f"{plural.count(len(tasks), 'open action')}, {overdue} overdue"


def save(book: Workbook, path: str | Path) -> Path:
    """All or nothing, private to the user (files.write_private)."""
    data = io.BytesIO()
    book.save(data)
    return files.write_private(path, data.getvalue(), "workbook")


def tracker(paper: Paper, path: str | Path) -> Path:
    """The action tracker: open actions, overdue first, as the pack's tracker."""
    scope = f"owned by {paper.agency}" if paper.agency else "on the board's plans"
    if paper.meeting:
        scope = (f"owned by {paper.agency}" if paper.agency else "on the threats on the "
                 "agenda and from the last meeting's decisions") + f", for {paper.meeting}"
    lines = (f"{paper.board}. Open actions {scope}, as at {dates.day(paper.as_at)}: "
             f"{counted(paper.tasks)}. Overdue actions come first, the most overdue at "
             "the top. Each action is numbered as in its threat's 4P plan.")
    book, ws = sheet(paper, "Action tracker", lines, TRACKER_COLUMNS, "Tracker")
    for row, task in enumerate(paper.tasks, start=HEADER_ROW + 1):
        threat_cells(ws, row, task)
        put_text(ws.cell(row, 4), task.specific).alignment = WRAP
        put_text(ws.cell(row, 5), task.owner_short or task.owner)
        put_text(ws.cell(row, 6), task.officer or "")
        put_date(ws.cell(row, 7), task.due_on)
        put_text(ws.cell(row, 8), task.status)
        rag_cell(ws, row, 9, task)
        put_text(ws.cell(row, 10), latest(task)).alignment = WRAP
    if paper.tasks:
        ws.auto_filter.ref = (f"A{HEADER_ROW}:{get_column_letter(len(TRACKER_COLUMNS))}"
                              f"{HEADER_ROW + len(paper.tasks)}")
    end_marking(ws, paper.marking)
    return save(book, path)


def latest(task: Task) -> str:
    """The latest progress update this copy may show: '1 Dec 2026: text (author)'."""
    if not task.updates:
        return ""
    last = task.updates[-1]
    by = f" ({last.author})" if last.author else ""
    return f"{dates.day(last.dated_on)}: {last.comment}{by}"
