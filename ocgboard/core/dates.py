"""Dates as people type and read them, and how far from today each kind may fall.

One reading and one writing for the whole app, so that the command line, the
desktop and the packs agree. A date is typed day first (31/01/2027, with /,
- or . between the numbers), in words (31 Jan 2027, 31 January 2027) or as
ISO (2027-01-31); it is shown as "31 Jan 2027". Month names are English and
fixed here: a laptop's locale must not turn "Jan" into "janv." in a pack or
make a typed "Jan" unreadable.

Each kind of date has a Rule: the range a board could mean, checked against
the board's clock (the caller's `today`), with a one-line reason when it is
not. A refusal carries that reason on its own as well, for a form to show
beside the field.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, overload

from ocgboard.errors import InputError

FORMAT = "dd/mm/yyyy"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NUMBERS = {**{name.casefold(): n for n, name in enumerate(MONTHS, 1)},
                  **{name[:3].casefold(): n for n, name in enumerate(MONTHS, 1)},
                  "sept": 9}
_DAY_NAMES = {**{name.casefold(): n for n, name in enumerate(DAYS)},
              **{name[:3].casefold(): n for n, name in enumerate(DAYS)}}

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMBERS = re.compile(r"(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d+)")
_WORDS = re.compile(r"(?:([a-z]+),?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d+)")
_PARTIAL = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}(\s*[/.-]\s*)?|\d{1,2}(\s*[/.-])?")


class DateRefused(InputError):
    """A date that cannot be taken: `message` is the whole line, `reason` the part a
    form shows beside its field (the field's name and the text typed left out)."""

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason


# -- showing -------------------------------------------------------------------------


def day(value: dt.date | None, empty: str = "") -> str:
    """'31 Jan 2027', as every table, label and pack shows a date."""
    if value is None:
        return empty
    return f"{value.day} {MONTHS[value.month - 1][:3]} {value.year}"


def long_day(value: dt.date | None, empty: str = "") -> str:
    """'Sunday 31 Jan 2027', for a meeting's title lines: the day of the week before
    the date as everything else shows it."""
    if value is None:
        return empty
    return f"{DAYS[value.weekday()]} {day(value)}"


def typed(value: dt.date | None) -> str:
    """'31/01/2027': a date as a form's field holds it."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}" if value else ""


# -- reading -------------------------------------------------------------------------


@overload
def parse(value: str | dt.date | None, label: str = "date", *,
          required: Literal[True]) -> dt.date: ...


@overload
def parse(value: str | dt.date | None, label: str = "date", *,
          required: bool = False) -> dt.date | None: ...


def parse(value: str | dt.date | None, label: str = "date", *,
          required: bool = False) -> dt.date | None:
    """The date typed, None when empty (refused instead when `required`)."""
    if isinstance(value, dt.date):
        return value
    raw = " ".join(str(value or "").split())
    if not raw:
        if required:
            raise DateRefused(f"{label} is required ({FORMAT})", f"required: type {FORMAT}")
        return None
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError:
        raise DateRefused(f"{label} is not valid UTF-8 text", "not valid text") from None
    reason = _read(raw)
    if isinstance(reason, dt.date):
        return reason
    raise DateRefused(f"{label} '{raw}' is not a valid date: {reason}", reason)


def _read(raw: str) -> dt.date | str:
    """The date, or why the text is not one."""
    text = raw.casefold()
    if found := _ISO.fullmatch(text):
        return _made(int(found[1]), int(found[2]), int(found[3]))
    if found := _NUMBERS.fullmatch(text):
        if len(found[4]) != 4:
            return f"give the year in full ({FORMAT})"
        return _made(int(found[4]), int(found[3]), int(found[1]))
    if found := _WORDS.fullmatch(text):
        return _in_words(*found.groups())
    if _PARTIAL.fullmatch(text):
        return f"give the day, month and year ({FORMAT})"
    return f"type it as {FORMAT}, e.g. 31/01/2027"


def _in_words(weekday: str | None, number: str, month_name: str, year: str) -> dt.date | str:
    month = _MONTH_NUMBERS.get(month_name)
    if month is None:
        return f"'{month_name}' is not a month"
    if len(year) != 4:
        return "give the year in full, e.g. 31 Jan 2027"
    made = _made(int(year), month, int(number))
    if weekday is None or isinstance(made, str):
        return made
    if weekday not in _DAY_NAMES:
        return f"'{weekday}' is not a day of the week"
    if _DAY_NAMES[weekday] != made.weekday():
        return f"{day(made)} is a {DAYS[made.weekday()]}"
    return made


def _made(year: int, month: int, number: int) -> dt.date | str:
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    if year < 1:
        return "there is no year 0"
    try:
        return dt.date(year, month, number)
    except ValueError:
        last = _last_day(year, month)
        return f"{MONTHS[month - 1]} {year} has {last} days"


def _last_day(year: int, month: int) -> int:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day


# -- how far from today ----------------------------------------------------------------


def years_from(today: dt.date, years: int) -> dt.date:
    """The same day `years` on (or back); 29 February becomes the 28th."""
    try:
        return today.replace(year=today.year + years)
    except ValueError:
        return today.replace(year=today.year + years, day=28)


@dataclass(frozen=True)
class Rule:
    """Where a kind of date may fall, seen from today, and the words that say why not.

    `too_early` and `too_late` finish the sentence "<label> <date> ..."."""

    earliest: Callable[[dt.date], dt.date]
    latest: Callable[[dt.date], dt.date]
    too_early: str
    too_late: str

    def bounds(self, today: dt.date) -> tuple[dt.date, dt.date]:
        return self.earliest(today), self.latest(today)

    def check(self, value: dt.date | None, label: str, today: dt.date) -> dt.date | None:
        if value is None:
            return None
        first, last = self.bounds(today)
        words = self.too_early if value < first else self.too_late if value > last else None
        if words:
            raise DateRefused(f"{label} {day(value)} {words}", f"{day(value)} {words}")
        return value


RECORDS_BEGIN = dt.date(2000, 1, 1)  # no board kept records before; sync's roles agree
BORN_AFTER = dt.date(1900, 1, 1)

# Something that happened: a disruption, an update, a threat mapped or assessed.
EVENT = Rule(lambda today: RECORDS_BEGIN, lambda today: today,
             "is before 2000, before any board kept records", "is in the future")
# Something planned: a due date, a review, a strategic target.
PLANNED = Rule(lambda today: years_from(today, -10), lambda today: years_from(today, 10),
               "is more than ten years ago", "is more than ten years from today")
BIRTH = Rule(lambda today: BORN_AFTER, lambda today: today - dt.timedelta(days=1),
             "is before 1900", "is not in the past")
# A board's meetings: its history may be typed in, its plans run a year or two ahead.
MEETING = Rule(lambda today: years_from(today, -10), lambda today: years_from(today, 2),
               "is more than ten years ago", "is more than two years from today")
# A date to filter or count by: anything a board could mean.
ANY = Rule(lambda today: BORN_AFTER, lambda today: dt.date(2199, 12, 31),
           "is before 1900", "is after 2199")


def take(value: str | dt.date | None, label: str, rule: Rule, today: dt.date, *,
         required: bool = False) -> dt.date | None:
    """The date typed, read and checked against its rule: what services call."""
    return rule.check(parse(value, label, required=required), label, today)
