"""Board text in a spreadsheet cell, never run as a formula.

A partner's Excel treats a cell that starts with = + - or @ as a formula when
someone edits it (and a CSV saved from it, at once): "=HYPERLINK(...)" sends
a click to an address, "=cmd|' /C calc'!A0" runs a program. Every board text
goes in as a string cell, and one that starts with such a character is also
marked "quote prefix", Excel's own way of saying "this is text": the words are
shown as the board wrote them, and no edit turns them into a formula.
"""

from __future__ import annotations

import datetime as dt
import re

from openpyxl.cell.cell import Cell

# Tab and carriage return lead a formula in a CSV as well (OWASP's list).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# What an XML 1.0 file may not hold: a cell with one of these would not open.
_UNWRITABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_MAX_CELL = 32_767  # Excel's limit on the characters in one cell


def looks_like_formula(text: str) -> bool:
    return text.lstrip(" ").startswith(FORMULA_START)


def clean(text: str | None) -> str:
    """The text as a cell may hold it: characters XML cannot carry shown as '?', and
    no longer than Excel shows."""
    if not text:
        return ""
    said = _UNWRITABLE.sub("?", str(text))
    return said if len(said) <= _MAX_CELL else said[: _MAX_CELL - 1] + "…"


def put_text(cell: Cell, text: str | None) -> Cell:
    """Board text in `cell`: a string, quote-prefixed where it could be read as a
    formula."""
    said = clean(text)
    cell.value = said
    cell.data_type = "s"  # openpyxl would take a leading '=' for a formula
    if looks_like_formula(said):
        cell.quotePrefix = True
    return cell


def put_date(cell: Cell, value: dt.date | None) -> Cell:
    """A date as a date (sortable in Excel), shown day first as the board writes it."""
    if value is None:
        return put_text(cell, "")
    cell.value = value
    cell.number_format = "dd/mm/yyyy"
    return cell
