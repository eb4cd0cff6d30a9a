"""Red / amber / green from an action's due date and status, always with words.

Colour is never the only signal: every rating comes with a label that says
what it means, for print in black and white and for colour-blind readers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

OPEN = ("proposed", "agreed", "in progress")
AMBER_WINDOW = dt.timedelta(days=14)

COLOURS = {
    "red": "#c62828",
    "amber": "#ef8f00",
    "green": "#2e7d32",
    "complete": "#1565c0",
    "closed": "#757575",
}


@dataclass(frozen=True)
class Rating:
    rag: str
    label: str
    overdue_days: int = 0

    @property
    def colour(self) -> str:
        return COLOURS[self.rag]


def due_words(due_on: dt.date, today: dt.date) -> str:
    """'Overdue by 12 days', 'Due today', 'Due in 1 day': calendar days, leap days counted."""
    days = (due_on - today).days
    plural = "" if abs(days) == 1 else "s"
    if days < 0:
        return f"Overdue by {-days} day{plural}"
    return "Due today" if days == 0 else f"Due in {days} day{plural}"


def rate(status: str, due_on: dt.date | None, today: dt.date,
         override: str | None = None) -> Rating:
    if status == "completed":
        return Rating("complete", "Completed")
    if status == "not pursued":
        return Rating("closed", "Not pursued")
    if status == "withdrawn":
        return Rating("closed", "Withdrawn")
    overdue = (today - due_on).days if due_on and due_on < today else 0
    if override:
        return Rating(override, f"{override.capitalize()} (set by the board)", overdue)
    if due_on is None:
        return Rating("amber", "No due date")
    if overdue:
        return Rating("red", due_words(due_on, today), overdue)
    if due_on - today <= AMBER_WINDOW:
        return Rating("amber", due_words(due_on, today))
    return Rating("green", "On track")


def is_open(status: str) -> bool:
    return status in OPEN
