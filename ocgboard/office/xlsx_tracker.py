"""Excel trackers read into rows or items: an action tracker, a strategic action plan
(seed 000) and a recommendation tracker with a dated status trail (seed 004).

Each sheet's header is found among its first rows (a title row may sit above it,
merged across); the header's words say which of the three the sheet is. A cell
merged across columns is read once (its first column); one merged down rows
gives each row its value (a strand, a recommendation's number and text); a strand
or threat left blank under a filled one carries on. Dates come as dates or as
text; text that is not a date is kept as written. A column the shape does not
know refuses the file: nothing is guessed.

Call only after `guard.check_office_file`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl

from ocgboard.errors import InputError
from ocgboard.office.paper import (
    Entry,
    Item,
    Paper,
    Row,
    clean,
    folded,
    month_end,
    reference_in,
    strand_named,
    when,
)

HEADER_WITHIN = 10  # rows a header may sit below the top of its sheet
MAX_ROWS = 5_000
MAX_COLUMNS = 40

ACTIONS = {
    "no": None, "ref": None, "number": None, "action no": None, "rag": None,
    "date raised": None, "raised": None,
    "threat": "threat", "ocg": "threat", "reference": "threat", "ocg reference": "threat",
    "strand": "strand", "4p": "strand", "4p strand": "strand",
    "action": "specific", "specific": "specific", "tactic": "specific", "task": "specific",
    "measurable": "measurable", "achievable": "achievable", "relevant": "relevant",
    "owner": "owner", "lead": "owner", "lead agency": "owner", "agency": "owner",
    "due": "due", "due date": "due", "timebound": "due", "target date": "due",
    "deadline": "due",
    "status": "status",
    "latest update": "update", "update": "update", "progress": "update",
    "comments": "update", "comment": "update", "notes": "update",
}
STRATEGY = {
    "action no": "number", "no": "number", "number": "number", "action": "action",
    "strategic action": "action", "octf strategic action": "action",
    "lead partner": "lead", "lead partners": "lead", "lead": "lead",
    "target date": "target", "target": "target", "deliverables": "deliverables",
    "status": "status",
}
RECOMMENDATIONS = {
    "recommendation": "number", "no": "number", "text": "action",
    "recommendation text": "action", "date": "date", "status": "status",
    "comment": "comment", "comments": "comment", "update": "comment",
}
SHAPES = (("recommendation tracker", RECOMMENDATIONS), ("strategic action plan", STRATEGY),
          ("action tracker", ACTIONS))


def read(path: Path) -> Paper:
    book = openpyxl.load_workbook(str(path), data_only=True, keep_links=False)
    paper = Paper(path.name, "")
    for sheet in book.worksheets:
        _sheet(paper, sheet)
    if not paper.kind:
        raise InputError(f"{path.name} has no sheet with a tracker's header (an action "
                         "tracker's Action and Owner, a strategic plan's Strategic Action, "
                         "or a recommendation tracker's Recommendation)")
    return paper


def _grid(sheet) -> list[list]:
    """The sheet's values, a merged cell's value in its first column, down every row it
    covers. Bounded: a tracker is a few hundred rows."""
    if sheet.max_row > MAX_ROWS or sheet.max_column > MAX_COLUMNS:
        raise InputError(f"sheet '{sheet.title}' is {sheet.max_row:,} rows by "
                         f"{sheet.max_column} columns: more than a tracker")
    grid = [list(r) for r in sheet.iter_rows(values_only=True)]
    for merged in sheet.merged_cells.ranges:
        top = grid[merged.min_row - 1][merged.min_col - 1]
        for r in range(merged.min_row, min(merged.max_row, len(grid)) + 1):
            grid[r - 1][merged.min_col - 1] = top
    return grid


def _sheet(paper: Paper, sheet) -> None:
    grid = _grid(sheet)
    for at, values in enumerate(grid[:HEADER_WITHIN]):
        keys = [folded(clean(v)) for v in values]
        found = _shape(keys)
        if found is None:
            continue
        kind, table = found
        _known(sheet.title, [clean(v) for v in values], keys, table, kind)
        columns = {i: table[k] for i, k in enumerate(keys) if table.get(k)}
        title = next((clean(v) for row in grid[:at] for v in row if clean(v)), "")
        if paper.kind and paper.kind != kind:
            paper.unread.append(f"sheet '{sheet.title}': a {kind}, in a workbook read as a "
                                f"{paper.kind}: not read")
            return
        paper.kind = paper.kind or kind
        paper.title = paper.title or title
        paper.reference = paper.reference or reference_in(title)
        body = list(enumerate(grid[at + 1:], start=at + 2))
        READERS[kind](paper, sheet.title, columns, body)
        return
    if any(clean(v) for row in grid for v in row):
        paper.unread.append(f"sheet '{sheet.title}': no tracker header in its first "
                            f"{HEADER_WITHIN} rows, so it was not read")


def _shape(keys: list[str]) -> tuple[str, dict] | None:
    if "recommendation" in keys:
        return SHAPES[0]
    if "deliverables" in keys or any(k in ("strategic action", "octf strategic action")
                                     for k in keys):
        return SHAPES[1]
    fields = {ACTIONS.get(k) for k in keys}
    if "specific" in fields and "owner" in fields:
        return SHAPES[2]
    return None


def _known(title: str, texts: list[str], keys: list[str], table: dict, kind: str) -> None:
    for text, key in zip(texts, keys, strict=True):
        if key and key not in table:
            known = ", ".join(sorted({k.capitalize() for k in table}))
            raise InputError(f"sheet '{title}' has a column '{text}' that a {kind} does not "
                             f"have ({known}): nothing was read")


def _cells(values: list, columns: dict[int, str]) -> dict:
    return {name: values[i] if i < len(values) else None for i, name in columns.items()}


def _filled(title: str, columns: dict[int, str], body) -> Iterator[tuple[str, dict]]:
    """Each row with something in it: where it is, for the chair, and its cells."""
    for number, values in body:
        cells = _cells(values, columns)
        if any(clean(v) for v in cells.values()):
            yield f"sheet '{title}', row {number}", cells


def _actions(paper: Paper, title: str, columns: dict[int, str], body) -> None:
    strand = threat = None
    for where, cells in _filled(title, columns, body):
        strand_text = clean(cells.get("strand"))
        if strand_text:
            strand = strand_named(strand_text) or strand_text
        threat = clean(cells.get("threat")) or threat
        specific = clean(cells.get("specific"))
        if not specific:
            paper.unread.append(f"{where}: no action written, so it was not read")
            continue
        if strand is None or strand_named(strand) is None:
            said = f"its strand '{strand}' is not" if strand else "it names no strand:"
            paper.unread.append(f"{where}: {said} Pursue, Protect, Prepare or Prevent, so "
                                "it was not read")
            continue
        due_on, timebound = when(cells.get("due"))
        paper.rows.append(Row(
            where=where, strand=strand, specific=specific,
            measurable=clean(cells.get("measurable")), achievable=clean(cells.get("achievable")),
            relevant=clean(cells.get("relevant")), timebound=timebound, due_on=due_on,
            owner=clean(cells.get("owner")), status=clean(cells.get("status")),
            update=_text(cells.get("update")), threat=threat))


def _text(value) -> str:
    """A long cell (an update) keeps its lines, each cleaned."""
    if value is None:
        return ""
    return "\n".join(filter(None, (clean(line) for line in str(value).splitlines())))


def _number(value) -> int | None:
    digits = "".join(ch for ch in clean(value) if ch.isdigit())
    return int(digits) if digits and len(digits) < 6 else None


def _strategy(paper: Paper, title: str, columns: dict[int, str], body) -> None:
    for number, values in body:
        cells = _cells(values, columns)
        action = clean(cells.get("action"))
        if not action:
            if any(clean(v) for v in cells.values()):
                paper.unread.append(f"sheet '{title}', row {number}: no strategic action "
                                    "written, so it was not read")
            continue
        target_on, target = when(cells.get("target"))
        paper.items.append(Item(
            where=f"sheet '{title}', row {number}", number=_number(cells.get("number")),
            action=action, lead_partners=clean(cells.get("lead")),
            target=target or clean(cells.get("target")),
            target_on=target_on or month_end(target), deliverables=_text(cells.get("deliverables")),
            status=clean(cells.get("status"))))


def _recommendations(paper: Paper, title: str, columns: dict[int, str], body) -> None:
    current: Item | None = None
    for where, cells in _filled(title, columns, body):
        action = clean(cells.get("action"))
        if current is None or (action and action != current.action):
            if not action:
                paper.unread.append(f"{where}: no recommendation text, so it was not read")
                continue
            current = Item(where=where, number=_number(cells.get("number")), action=action)
            paper.items.append(current)
        on, words = when(cells.get("date"))
        if words:
            paper.unread.append(f"{where}: '{words}' is not a date: that line of the trail "
                                "was not read")
            continue
        current.trail.append(Entry(on, clean(cells.get("status")),
                                   _text(cells.get("comment"))))


READERS = {"action tracker": _actions, "strategic action plan": _strategy,
           "recommendation tracker": _recommendations}
