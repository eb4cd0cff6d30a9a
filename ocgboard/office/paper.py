"""What a board's paper says, as read from Word or Excel, before anything is matched
to the board: the rows of a 4P plan or an action tracker, the items of a strategic
action plan or a recommendation tracker, and what could not be read and why.

The readers (docx_plan, xlsx_tracker) fill these; the preview matches them to the
board; nothing here knows Word, Excel or the store.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ocgboard.core import dates, vocab
from ocgboard.errors import InputError

STRANDS = tuple(vocab.values("strands"))
PLACEHOLDER = re.compile(r"\*\*")
_REFERENCE = re.compile(r"\b(OCG|PI|VUL)\s*(?:number|no\.?|num\.?|ref\.?|reference)?\s*[:#]?\s*"
                        r"(\S+)", re.IGNORECASE)
_LEADING_DATE = re.compile(
    r"^\s*(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{4}-\d{1,2}-\d{1,2}|"
    r"(?:[A-Za-z]+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?,?\s+\d{4})"
    r"(?:\s*(?:[-–—:,;]|\s)\s*(.*))?$", re.DOTALL)
_MONTH_YEAR = re.compile(r"^(?:end of\s+)?([A-Za-z]+)\.?\s+(\d{4})$", re.IGNORECASE)


@dataclass
class Row:
    """One action as the paper words it: a row of a 4P table or of a tracker."""

    where: str  # "Pursue, row 3" / "sheet Tracker, row 7": for the chair to find it
    strand: str | None
    specific: str
    measurable: str = ""
    achievable: str = ""
    relevant: str = ""
    timebound: str = ""  # as written, when it is not a date
    due_on: dt.date | None = None
    owner: str = ""
    status: str = ""  # in the board's own words ("Complete", "Not started")
    update: str = ""  # the latest update, as written
    threat: str | None = None  # a tracker's threat column


@dataclass
class Entry:
    """One line of a strategic item's trail (seed 004): dated, a status, a comment."""

    dated_on: dt.date | None
    status: str
    comment: str


@dataclass
class Item:
    """A strategic action (seed 000) or a recommendation (seed 004)."""

    where: str
    number: int | None
    action: str
    lead_partners: str = ""
    target: str = ""
    target_on: dt.date | None = None
    deliverables: str = ""
    status: str = ""
    trail: list[Entry] = field(default_factory=list)


@dataclass
class Paper:
    name: str  # the file's name
    kind: str  # "4P plan", "action tracker", "strategic action plan", "recommendation tracker"
    title: str = ""
    reference: str | None = None  # the threat the title names; None: not filled in
    rows: list[Row] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)  # "where: why it was not read"


def clean(value) -> str:
    """A cell's text on one line of single spaces; '' for nothing."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return dates.day(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def when(value) -> tuple[dt.date | None, str]:
    """A TIMEBOUND or due cell: (the date, '') where it is one ('31/01/2027',
    '28 Feb 2027', a date typed as a date), else (None, the text as written)."""
    if isinstance(value, dt.datetime):
        return value.date(), ""
    if isinstance(value, dt.date):
        return value, ""
    text = clean(value)
    try:
        return dates.parse(text), ""
    except InputError:
        return None, text


def month_end(text: str) -> dt.date | None:
    """'March 2025' as a target: the last day of that month; None for 'Summer 2024'."""
    found = _MONTH_YEAR.match(text.strip())
    if not found:
        return None
    try:
        first = dates.parse(f"1 {found[1]} {found[2]}", required=True)
    except InputError:
        return None
    return _last_of(first)


def _last_of(first: dt.date) -> dt.date:
    following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def dated(text: str) -> tuple[dt.date | None, str]:
    """An update that starts with a date ('12/10/2026 - Visit done', '3 Nov 2026: two
    referrals') as (that date, the rest); otherwise (None, the text)."""
    found = _LEADING_DATE.match(text or "")
    if found:
        try:
            return dates.parse(found[1]), (found[2] or "").strip()
        except InputError:
            pass
    return None, (text or "").strip()


def reference_in(title: str) -> str | None:
    """The threat a title names ('... DISRUPTION OF OCG NUMBER 05/00283' gives
    'OCG 05/00283'); None when it names none or keeps the template's '**'."""
    found = _REFERENCE.search(title or "")
    if not found or PLACEHOLDER.search(found[2]):
        return None
    number = found[2].strip(".,;:()")
    if not any(ch.isdigit() for ch in number):
        return None
    return f"{found[1].upper()} {number}"


def strand_named(text: str) -> str | None:
    """'Pursue:' or 'PURSUE' as a heading: the strand; None for any other text."""
    word = text.strip().rstrip(":.").strip()
    for strand in STRANDS:
        if word.casefold() == strand.casefold():
            return strand
    return None


def folded(text: str) -> str:
    """A header or an owner as compared: lower case, letters, digits and single spaces."""
    text = (text or "").casefold().replace("&", " and ").replace("’", "").replace("'", "")
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())
