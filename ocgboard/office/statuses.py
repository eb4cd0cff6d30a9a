"""Statuses in a board's own words, mapped to the board's vocabulary.

Trackers say "Complete", "Not started", "Overdue", "On track"; the board says
proposed, agreed, in progress, completed, not pursued (and, for its strategic
plan, awaiting review, being progressed, complete). "Overdue" and "On track" are
how an action stands against its due date, which the board's RAG works out for
itself, so they mean the work is under way. The preview shows each mapping.
"""

from __future__ import annotations

from ocgboard.core import vocab
from ocgboard.errors import InputError
from ocgboard.office.paper import folded

ACTION_WORDS = {
    "": "proposed",
    "not started": "proposed",
    "new": "proposed",
    "open": "proposed",
    "to do": "proposed",
    "pending": "proposed",
    "awaiting review": "proposed",
    "agreed": "agreed",
    "approved": "agreed",
    "accepted": "agreed",
    "started": "in progress",
    "ongoing": "in progress",
    "on going": "in progress",
    "on track": "in progress",
    "underway": "in progress",
    "under way": "in progress",
    "being progressed": "in progress",
    "overdue": "in progress",
    "delayed": "in progress",
    "behind": "in progress",
    "at risk": "in progress",
    "complete": "completed",
    "done": "completed",
    "closed": "completed",
    "achieved": "completed",
    "finished": "completed",
    "cancelled": "not pursued",
    "canceled": "not pursued",
    "declined": "not pursued",
    "not progressed": "not pursued",
    "no further action": "not pursued",
    "nfa": "not pursued",
    "rejected": "not pursued",
}
STRATEGY_WORDS = {
    "": "awaiting review",
    "not started": "awaiting review",
    "in progress": "being progressed",
    "ongoing": "being progressed",
    "on track": "being progressed",
    "overdue": "being progressed",
    "completed": "complete",
    "done": "complete",
    "closed": "complete",
}


def action_status(words: str) -> str | None:
    """The board's status for a tracker's words; None when they say none of them."""
    return _mapped(words, "action_statuses", ACTION_WORDS)


def strategy_status(words: str) -> str | None:
    return _mapped(words, "strategy_statuses", STRATEGY_WORDS)


def _mapped(words: str, name: str, table: dict[str, str]) -> str | None:
    key = folded(words)
    if key in table:
        return table[key]
    try:
        found = vocab.canonical(name, key)
    except InputError:
        return None
    return None if found == "withdrawn" else found
