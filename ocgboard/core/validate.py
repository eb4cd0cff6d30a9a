"""Checks on values typed by a person, each failing with a one-line message."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal, overload

from ocgboard.errors import InputError

MAX_TEXT = 10_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # C0 and C1, not tab or EOL
_UK_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


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
    """ISO (2026-11-23) or UK (23/11/2026) dates; anything else is refused."""
    if isinstance(value, dt.date):
        return value
    if value is None or not str(value).strip():
        if required:
            raise InputError(f"{label} is required (YYYY-MM-DD)")
        return None
    raw = utf8(str(value), label).strip()
    try:
        uk = _UK_DATE.match(raw)
        if uk:
            day, month, year = (int(g) for g in uk.groups())
            return dt.date(year, month, day)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            raise ValueError
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise InputError(f"{label} '{raw}' is not a valid date (use YYYY-MM-DD)") from None


def not_before(later: dt.date | None, earlier: dt.date | None, later_label: str,
               earlier_label: str) -> None:
    if later and earlier and later < earlier:
        raise InputError(
            f"{later_label} {later.isoformat()} is before {earlier_label} {earlier.isoformat()}"
        )


def date_range(start: dt.date | None, end: dt.date | None) -> None:
    not_before(end, start, "end date", "start date")
