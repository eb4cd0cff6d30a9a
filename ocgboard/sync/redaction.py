"""An extract's records with every withheld name blanked, old values included.

An agency's extract carries the board's records of the rows it may see, so
a note written last year travels as much as today's. Every text value of
every record (and every text in a list, such as a member's aliases) goes
through the board's redactor (core.withheld) on its way out, except the
values that are codes from a vocabulary, which name nobody and which the
agency's laptop checks against that vocabulary.
"""

from __future__ import annotations

import json
import sqlite3

from ocgboard.core.withheld import Redactor
from ocgboard.store.engine import to_json

# Columns holding a code or a word from a vocabulary, never free text.
CODED = frozenset({
    "strand", "status", "rag_override", "kind", "band", "threat_areas", "management_model",
    "extent_corruption", "extent_awareness", "extent_violence", "standing", "marking",
    "code", "lifestyle_area", "default_owner", "owner_role", "reference", "variant",
    "purpose", "level",
})
FUNCTION = "ocgboard_redacted"


def install(raw: sqlite3.Connection, redact: Redactor) -> str:
    """Make SQL's ocgboard_redacted(fields) blank withheld names in a record's fields;
    the function's name."""
    raw.create_function(FUNCTION, 1, lambda fields: redacted(redact, fields),
                        deterministic=True)
    return FUNCTION


def redacted(redact: Redactor, fields: str | None) -> str | None:
    """A record's JSON object of fields, its free text redacted; unchanged when
    nothing in it names a withheld subject."""
    if not fields or redact.empty:
        return fields
    try:
        values = json.loads(fields)
    except ValueError:
        return fields  # never written by ocgboard; the receiving laptop refuses it
    if not isinstance(values, dict):
        return fields
    changed = False
    for name, value in values.items():
        if name in CODED:
            continue
        new = _text(redact, value)
        if new != value:
            values[name], changed = new, True
    return to_json(values) if changed else fields


def _text(redact: Redactor, value):
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [redact(v) if isinstance(v, str) else v for v in value]
    return value
