"""A Word 4P plan in the seed 003 template, read into rows.

The title names the threat ("... DISRUPTION OF OCG NUMBER 05/00283", or the
template's "**" left as it was). Under each strand's heading ("Pursue:") a
table has SPECIFIC, MEASURABLE, ACHIEVABLE, RELEVANT, TIMEBOUND and OWNER
columns. Boards' copies are messy, and each mess is read as a person would:

- a row split across a page (the table goes on after the break with no header,
  the rest of the row in a row with no owner) is joined into one;
- a cell merged across columns is read once, in its first column; a cell merged
  down rows gives each row its value (a shared OWNER), and a SPECIFIC merged down
  makes one action of those rows;
- empty rows and rows of dashes are skipped; a row naming a strand is a heading.

Call only after `guard.check_office_file`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.oxml.simpletypes import ST_Merge
from docx.table import Table, _Cell

from ocgboard.errors import InputError
from ocgboard.office import bounds, plan_cells
from ocgboard.office.paper import Paper, Row, clean, folded, reference_in, strand_named, when

COLUMNS = {
    "specific": "specific", "measurable": "measurable", "achievable": "achievable",
    "relevant": "relevant", "timebound": "timebound", "time bound": "timebound",
    "owner": "owner", "owners": "owner", "owner s": "owner",
}
IGNORED = {"", "no", "ref", "number"}
HEADINGS = "SPECIFIC, MEASURABLE, ACHIEVABLE, RELEVANT, TIMEBOUND, OWNER"


@dataclass
class _Reading:
    paper: Paper
    strand: str | None = None
    columns: dict[int, str] | None = None  # grid column -> field, from the last header
    width: int = 0
    last: Row | None = None
    last_cells: list = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    tables: int = 0


def read(path: Path) -> Paper:
    document = docx.Document(str(path))
    reading = _Reading(Paper(path.name, "4P plan"))
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            reading.tables += 1
            _table(reading, block)
        else:
            _paragraph(reading, block.text)
    if not reading.paper.rows and not reading.paper.unread:
        raise InputError(f"{path.name} has no 4P table ({HEADINGS}): is it a 4P plan?")
    return reading.paper


def _paragraph(reading: _Reading, text: str) -> None:
    text = clean(text)
    if not text:
        return
    if not reading.paper.title:
        reading.paper.title = text
        reading.paper.reference = reference_in(text)
    strand = strand_named(text)
    if strand:
        reading.strand = strand
        reading.last = None


def _grids(table: Table) -> list[list]:
    """Each row's cells by grid column, None where the row has no cell; a cell merged
    down rows (w:vMerge) is the cell it continues, a cell spanning columns is there
    once a column. Built in one pass: python-docx's `row.cells` walks up a merged
    column from every cell of it, which takes minutes on a long merge."""
    rows: list[list] = []
    above: dict[int, _Cell] = {}  # grid column -> the cell showing there in the row above
    for tr in table._tbl.tr_lst:
        cells: list = [None] * _columns(tr.grid_before)
        for tc in tr.tc_lst:
            column = len(cells)
            if tc.vMerge == ST_Merge.CONTINUE and column in above:
                cell = above[column]
            else:
                cell = _Cell(tc, table)
            cells += [cell] * _columns(tc.grid_span)
        cells += [None] * _columns(tr.grid_after)
        above = {i: c for i, c in enumerate(cells) if c is not None}
        rows.append(cells)
    return rows


def _columns(count: int) -> int:
    """A span or skip of grid columns, as Word allows it (the guard refused more)."""
    if not 0 <= count <= bounds.MAX_SPAN:
        raise InputError(f"a table cell spans {count:,} columns; Word allows at most "
                         f"{bounds.MAX_SPAN}")
    return count


def _table(reading: _Reading, table: Table) -> None:
    rows = _grids(table)
    first = True  # the table's first row after a page break may finish the last row
    for cells in rows:
        texts = [clean(c.text) if c is not None else "" for c in cells]
        header = _header(texts, reading.tables)
        if header is not None:
            reading.columns, reading.width, reading.last = header, len(cells), None
            first = False
            continue
        if reading.columns is None or len(cells) != reading.width:
            reading.paper.unread.append(f"table {reading.tables}: it has no {HEADINGS} "
                                        "header, so it was not read")
            return
        _row(reading, cells, texts, first)
        first = False


def _header(texts: list[str], number: int) -> dict[int, str] | None:
    keys = [folded(t) for t in texts]
    if "specific" not in keys or sum(k in COLUMNS for k in keys) < 3:
        return None
    unexpected = [t for t, k in zip(texts, keys, strict=True)
                  if k not in COLUMNS and k not in IGNORED]
    if unexpected:
        raise InputError(f"table {number} has a column '{unexpected[0]}' that the 4P template "
                         f"does not have ({HEADINGS}): nothing was read")
    columns = {i: COLUMNS[k] for i, k in enumerate(keys) if k in COLUMNS}
    if "owner" not in columns.values():
        raise InputError(f"table {number} has no OWNER column: nothing was read")
    return columns


def _fields(reading: _Reading, cells: list, texts: list[str]) -> dict[str, str]:
    """Each field's text, a cell merged across columns read once (its first column)."""
    found: dict[str, str] = {}
    assert reading.columns is not None
    for i, name in reading.columns.items():
        merged_left = i > 0 and cells[i] is not None and _same(cells[i], cells[i - 1])
        found[name] = "" if merged_left else texts[i]
    return found


def _same(a, b) -> bool:
    return a is not None and b is not None and a._tc is b._tc


def _row(reading: _Reading, cells: list, texts: list[str], first: bool) -> None:
    fields = _fields(reading, cells, texts)
    distinct = {t for t in fields.values() if t and set(t) - set("-–— ")}
    if not distinct:
        return
    if len(distinct) == 1 and strand_named(next(iter(distinct))):
        reading.strand, reading.last = strand_named(next(iter(distinct))), None
        return
    if reading.last is not None and _continues(reading, cells, fields, first):
        _join(reading, cells, fields)
        return
    _new_row(reading, cells, fields)


def _continues(reading: _Reading, cells: list, fields: dict[str, str], first: bool) -> bool:
    """The rest of the last row: SPECIFIC merged down into this row, or no owner and
    either the first row after a page break or text that runs on in lower case."""
    assert reading.columns is not None
    specific = next(i for i, n in reading.columns.items() if n == "specific")
    if _same(cells[specific], reading.last_cells[specific]):
        return True
    runs_on = fields["specific"][:1].islower() if fields["specific"] else True
    return not fields.get("owner") and (first or runs_on)


def _join(reading: _Reading, cells: list, fields: dict[str, str]) -> None:
    last = reading.last
    assert last is not None and reading.columns is not None
    for i, name in reading.columns.items():
        text = fields[name]
        if not text or _same(cells[i], reading.last_cells[i]):
            continue
        if name == "timebound":
            last.timebound = " ".join(filter(None, [last.timebound, text]))
        else:
            setattr(last, name, " ".join(filter(None, [getattr(last, name), text])))
    _settle_timebound(last)
    reading.last_cells = cells


def _new_row(reading: _Reading, cells: list, fields: dict[str, str]) -> None:
    strand = reading.strand
    count = reading.counts[strand or ""] = reading.counts.get(strand or "", 0) + 1
    where = f"{strand or 'table ' + str(reading.tables)}, row {count}"
    if strand is None:
        reading.paper.unread.append(f"{where}: it is under no strand heading (Pursue, "
                                    "Protect, Prepare or Prevent), so it was not read")
        return
    if not fields.get("specific"):
        reading.paper.unread.append(f"{where}: its SPECIFIC cell is empty, so it was not read")
        return
    if _across(reading, cells):
        reading.paper.unread.append(f"{where}: '{fields['specific']}' runs across the whole "
                                    "table, a note rather than an action")
        return
    row = Row(where=where, strand=strand, specific=plan_cells.unnumbered(fields["specific"]),
              measurable=fields.get("measurable", ""), achievable=fields.get("achievable", ""),
              relevant=fields.get("relevant", ""), timebound=fields.get("timebound", ""),
              owner=fields.get("owner", ""))
    exported = plan_cells.timebound(_raw(reading, cells, "timebound"))
    if exported is not None:
        row.due_on, row.timebound, row.status = exported.due_on, exported.words, exported.status
    _settle_timebound(row)
    reading.paper.rows.append(row)
    reading.last, reading.last_cells = row, cells


def _across(reading: _Reading, cells: list) -> bool:
    """One cell merged across every column: a line such as 'No Prepare actions'."""
    assert reading.columns is not None
    shown = [cells[i] for i in reading.columns]
    return len(shown) > 1 and all(_same(cell, shown[0]) for cell in shown[1:])


def _raw(reading: _Reading, cells: list, name: str) -> str:
    """A field's text with its lines, as clean() would lose them."""
    assert reading.columns is not None
    column = next((i for i, n in reading.columns.items() if n == name), None)
    cell = cells[column] if column is not None else None
    return cell.text if cell is not None else ""


def _settle_timebound(row: Row) -> None:
    """A TIMEBOUND that is a date becomes the due date; other words stay as written."""
    if row.timebound and row.due_on is None:
        due, words = when(row.timebound)
        row.due_on, row.timebound = due, words
