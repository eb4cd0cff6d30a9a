"""Accent- and case-insensitive matching, so 'stefan' finds 'Ștefan'."""

from __future__ import annotations

from sqlalchemy import JSON, Text, cast, func

from ocgboard.core import validate
from ocgboard.errors import InputError
from ocgboard.store.engine import fold


def pattern(text: str) -> str:
    """A LIKE pattern for fold(column); wildcards typed by the user are literal."""
    cleaned = validate.utf8(text or "", "search text").strip()
    if not cleaned:
        raise InputError("search text must not be empty")
    folded = fold(cleaned)
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def like(column, text: str):
    """fold(column) LIKE %text%, escaping the user's own wildcards. A JSON column
    (a member's aliases) is searched as its text."""
    if isinstance(column.type, JSON):
        column = cast(column, Text)
    return func.fold(column).like(pattern(text), escape="\\")
