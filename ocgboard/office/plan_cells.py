"""The cells of a 4P plan as the board's own Word export writes them, read back.

An exported plan numbers each Specific ("3. Consider…") and writes its
TIMEBOUND cell as lines: "Due 31 Jan 2027" or "No due date", the timebound
words, and where the action stands ("Agreed: On track", "Completed 12 Jun
2024"). A chair who keeps that paper, edits it and brings it back (or takes it
to a new board) gets the same actions: the number is not part of the text,
the due date is a date, and the status is the status. A board's hand-typed
plan, one date or some words in the cell, reads as it always did.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ocgboard.core import dates
from ocgboard.errors import InputError
from ocgboard.office import statuses
from ocgboard.office.paper import clean

_NUMBERED = re.compile(r"^\d{1,4}\.\s+(?=\S)")
_DUE = re.compile(r"^due\s+(?:by\s+|on\s+)?(.+)$", re.IGNORECASE)
_NO_DUE = re.compile(r"^no due date$", re.IGNORECASE)
_DATED = re.compile(r"^(.*?)\s+(\d{1,2} [A-Za-z]{3,9} \d{4})$")


@dataclass
class Timebound:
    due_on: dt.date | None
    words: str
    status: str  # as written ("Agreed"), "" when the cell says none


def unnumbered(specific: str) -> str:
    """'3. Consider powers…' as 'Consider powers…'."""
    return _NUMBERED.sub("", specific, count=1)


def timebound(raw: str) -> Timebound | None:
    """The cell's lines read as the export writes them; None when it is not in that
    shape (it is then read as a hand-typed cell)."""
    lines = [clean(line) for line in raw.splitlines() if clean(line)]
    if len(lines) < 2:
        return None
    due, status, words, known = None, "", [], False
    for line in lines:
        if _NO_DUE.match(line):
            known = True
        elif (found := _DUE.match(line)) and (day := _date(found[1])) is not None:
            due, known = day, True
        elif not status and (said := _status(line)):
            status = said
        else:
            words.append(line)
    return Timebound(due, " ".join(words), status) if known else None


def _date(text: str) -> dt.date | None:
    try:
        return dates.parse(text)
    except InputError:
        return None


def _status(line: str) -> str:
    """'Agreed: On track' or 'Completed 12 Jun 2024': the status named; '' for none."""
    head = line.split(":", 1)[0] if ":" in line else line
    if (dated := _DATED.match(head)) and _date(dated[2]) is not None:
        head = dated[1]
    return head if head and statuses.action_status(head) is not None else ""
