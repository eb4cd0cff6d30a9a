"""Reading a tasking sheet an agency sent back: what each row says, nothing applied.

The file is checked first (`sheet_checks.py`), then opened with openpyxl as
data only: a formula is never evaluated, and a cell holding one is refused,
as is a cell in error, a column the sheet was not issued with, a row without
its marker or with a marker twice, and a record of the issue that is not
whole. What is read is what the agency asks for; whether the board takes it
is `tasking_return.py`'s to decide.
"""

from __future__ import annotations

import datetime as dt
import uuid
import warnings
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

from ocgboard import printable
from ocgboard.errors import InputError
from ocgboard.office import guard, issue, sheet_checks
from ocgboard.office import tasking_sheet as layout
from ocgboard.office.xlsx_out import HEADER_ROW

MAX_ROWS = 2_000  # rows read after the heads, blank ones included
MAX_COLUMNS = 40


@dataclass(frozen=True)
class SheetRow:
    row: int  # as Excel numbers it
    action_id: uuid.UUID
    status: str | None  # as typed; None where the cell is empty
    update: str | None


@dataclass
class Sheet:
    name: str  # the file's
    issue: issue.Issue
    rows: list[SheetRow]


def read(path: str | Path) -> Sheet:
    source = sheet_checks.check_workbook(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns of what it leaves out
            book = load_workbook(source, data_only=False, keep_vba=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds on a damaged part
        said = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{source.name} cannot be read as a workbook: "
                         f"{printable.escaped(said)}") from None
    if layout.TAB not in book.sheetnames or layout.ISSUE_TAB not in book.sheetnames:
        raise InputError(f"{source.name} is not a tasking sheet the board issued (it has "
                         f"no '{layout.TAB}' sheet with its hidden record of issue)")
    record = _issue(book[layout.ISSUE_TAB], source.name)
    return Sheet(source.name, record, _rows(book[layout.TAB], record, source.name))


def _issue(ws: Worksheet, name: str) -> issue.Issue:
    broken = InputError(f"{name}: its hidden record of issue is not whole: the sheet was "
                        "changed after it was issued")
    fields = {}
    for n, key in enumerate(layout.ISSUE_FIELDS, start=1):
        if _plain(ws.cell(n, 1)) != key:
            raise broken
        fields[key] = _plain(ws.cell(n, 2)) or ""
    if fields["format"] != issue.FORMAT:
        raise broken
    try:
        record = issue.Issue(uuid.UUID(hex=fields["board"]), uuid.UUID(hex=fields["agency"]),
                             fields["agency name"], dt.date.fromisoformat(fields["issued on"]),
                             seal=fields["seal"])
        for row in range(layout.ISSUE_ROWS_AT + 1, layout.ISSUE_ROWS_AT + MAX_ROWS + 2):
            action = _plain(ws.cell(row, 1))
            if not action:
                break
            number = _plain(ws.cell(row, 2))
            record.rows.append(issue.IssuedRow(
                uuid.UUID(hex=action), int(number) if number else None,
                _plain(ws.cell(row, 3)) or "", _plain(ws.cell(row, 4)) or ""))
    except (ValueError, TypeError):
        raise broken from None
    return record


def _plain(cell: Cell) -> str | None:
    """A cell of the board's own writing: text, or nothing."""
    return cell.value if isinstance(cell.value, str) and cell.data_type == "s" else None


def _rows(ws: Worksheet, record: issue.Issue, name: str) -> list[SheetRow]:
    if ws.max_row > HEADER_ROW + MAX_ROWS + 4 or ws.max_column > MAX_COLUMNS:
        raise InputError(f"{name}: the sheet runs to row {ws.max_row:,}, column "
                         f"{ws.max_column}: far more than a tasking sheet holds")
    _heads(ws, name)
    rows, seen = [], set()
    for row in range(HEADER_ROW + 1, ws.max_row + 1):
        for cell in ws[row]:
            _no_formula(cell, name)
        found = _row(ws, row, record, name)
        if found is None:
            continue
        if found.action_id in seen:
            raise InputError(f"{name}: row {row} repeats the marker of an earlier row: "
                             "rows were copied")
        seen.add(found.action_id)
        rows.append(found)
    return rows


def _heads(ws: Worksheet, name: str) -> None:
    for n, (head, _) in enumerate(layout.COLUMNS, start=1):
        found = ws.cell(HEADER_ROW, n).value
        if found != head:
            raise InputError(f"{name}: column {n} is headed {_shown(found)} where the "
                             f"tasking sheet has '{head}': its columns were changed")
    for cell in ws[HEADER_ROW][len(layout.COLUMNS):]:
        if cell.value not in (None, ""):
            raise InputError(f"{name}: an unexpected column {_shown(cell.value)} "
                             f"({cell.column_letter}): the tasking sheet has no such column")


def _no_formula(cell: Cell, name: str) -> None:
    if cell.data_type == "f" or not isinstance(cell.value, str | int | float | dt.date
                                               | type(None)):
        raise InputError(f"{name}: cell {cell.coordinate} holds a formula "
                         f"({_shown(str(getattr(cell.value, 'text', cell.value)))}); the "
                         "board takes text only and never runs a formula")
    if cell.data_type == "e":
        raise InputError(f"{name}: cell {cell.coordinate} holds an error value")


def _row(ws: Worksheet, row: int, record: issue.Issue, name: str) -> SheetRow | None:
    mark = ws.cell(row, layout.MARKER).value
    status = _text(ws.cell(row, layout.STATUS), name)
    update = _text(ws.cell(row, layout.UPDATE), name)
    if not mark:
        if status or update:
            raise InputError(f"{name}: row {row} has no marker: rows cannot be added to a "
                             "tasking sheet (the board raises actions)")
        return None
    board_hex, _, action_hex = str(mark).partition("/")
    try:
        board_id, action_id = uuid.UUID(hex=board_hex), uuid.UUID(hex=action_hex)
    except ValueError:
        raise InputError(f"{name}: row {row}'s marker {_shown(mark)} is not one the board "
                         "wrote") from None
    if board_id != record.board_id:
        raise InputError(f"{name}: row {row}'s marker names another board")
    return SheetRow(row, action_id, status, update)


def _text(cell: Cell, name: str) -> str | None:
    value = cell.value
    if value is None or value == "":
        return None
    if isinstance(value, bool | dt.date):
        raise InputError(f"{name}: cell {cell.coordinate} holds {_shown(str(value))} where "
                         "text was expected")
    said = str(value)
    if said.lstrip().startswith("="):
        raise InputError(f"{name}: cell {cell.coordinate} starts with '=' as a formula "
                         "does; write the update as words")
    return said


def _shown(value) -> str:
    if value is None or value == "":
        return "nothing"
    said = str(value)
    return printable.escaped(repr(said if len(said) <= 40 else said[:37] + "..."))


def is_tasking_sheet(path: Path) -> bool:
    """Whether an .xlsx that passed the guard holds the sheets of a tasking sheet this
    board issues; only the workbook's list of sheets is read."""
    if guard.kind_of(path) != "xlsx":
        return False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = load_workbook(path, read_only=True, keep_vba=False, keep_links=False)
            names = set(book.sheetnames)
            book.close()
    except Exception:  # noqa: BLE001 - the tracker's reader says why, in its words
        return False
    return {layout.TAB, layout.ISSUE_TAB} <= names
