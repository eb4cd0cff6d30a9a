"""Checks on values typed by a person, each failing with a one-line message."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal, overload

from ocgboard.core import dates
from ocgboard.errors import InputError

MAX_TEXT = 10_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # C0 and C1, not tab or EOL
# Bidirectional embeddings, overrides and isolates reorder the text around them, so
# that a note can read one way in the app and another in a pack or a spreadsheet;
# the plain marks (U+200E, U+200F) that right-to-left names need are kept.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def utf8(value: str, label: str) -> str:
    """Refuse text that arrived as undecodable bytes (argv uses surrogateescape)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(f"{label} is not valid UTF-8 text") from None
    return value


@overload
def text(value: str | None, label: str, *, required: Literal[True],
         max_len: int = MAX_TEXT, multiline: bool = True) -> str: ...


@overload
def text(value: str | None, label: str, *, required: bool = False,
         max_len: int = MAX_TEXT, multiline: bool = True) -> str | None: ...


def text(value: str | None, label: str, *, required: bool = False,
         max_len: int = MAX_TEXT, multiline: bool = True) -> str | None:
    """The text trimmed, None when empty; `required` refuses an empty one instead."""
    if value is None or not value.strip():
        if required:
            raise InputError(f"{label} must not be empty")
        return None
    utf8(value, label)
    if len(value) > max_len:
        raise InputError(f"{label} is {len(value):,} characters long; the limit is {max_len:,}")
    stripped = value.strip()
    if not multiline and ("\n" in stripped or "\r" in stripped):
        raise InputError(f"{label} must be a single line")
    if _CONTROL.search(stripped):
        raise InputError(f"{label} contains control characters")
    if _BIDI.search(stripped):
        raise InputError(f"{label} contains characters that reverse the text's direction")
    return stripped


def name(value: str | None, label: str = "name", max_len: int = 200) -> str:
    return text(value, label, required=True, max_len=max_len, multiline=False)


@overload
def date(value: str | dt.date | None, label: str = "date", *,
         required: Literal[True]) -> dt.date: ...


@overload
def date(value: str | dt.date | None, label: str = "date", *,
         required: bool = False) -> dt.date | None: ...


def date(value: str | dt.date | None, label: str = "date", *,
         required: bool = False) -> dt.date | None:
    """A date as people type it (core/dates.py says which forms); anything else is refused."""
    return dates.parse(value, label, required=required)


def not_before(later: dt.date | None, earlier: dt.date | None, later_label: str,
               earlier_label: str) -> None:
    if later and earlier and later < earlier:
        raise InputError(
            f"{later_label} {dates.day(later)} is before {earlier_label} {dates.day(earlier)}"
        )


def date_range(start: dt.date | None, end: dt.date | None) -> None:
    not_before(end, start, "end date", "start date")
