"""An extract's records with every withheld name blanked.

Every text value of every record an agency's extract carries (projection.py)
goes through the board's redactor (core.withheld) on its way out, except
the values that are codes from a vocabulary, which name nobody and which the
agency's laptop checks against that vocabulary, and the names the sharing
rules let the agency see.
"""

from __future__ import annotations

import json

from ocgboard.core.withheld import Review
from ocgboard.store.engine import to_json
from ocgboard.sync.describe import WORDS

# Columns holding a code or a word from a vocabulary, never free text. A threat's
# areas are not among them: they are the board's own control strategy's words.
CODED = frozenset({
    "strand", "status", "rag_override", "kind", "band", "management_model",
    "extent_corruption", "extent_awareness", "extent_violence", "standing", "marking",
    "code", "lifestyle_area", "default_owner", "owner_role", "reference", "variant",
    "purpose", "level",
})
# Names that partners see by the sharing rules (scope.py): a disseminable member's
# own name, a threat's, the board's people and agencies. Two people may share a
# name, one withheld: the rule for this row decides, not the other's.
NAMES_SHOWN = {
    "member": frozenset({"name", "aliases"}), "person": frozenset({"name"}),
    "agency": frozenset({"name", "short_name"}), "board": frozenset({"name"}),
}
# Names withheld whole when they hold a withheld name: a threat named after a withheld
# subject reaches the agency with no name, as one partners may not see (core/sharing).
WHOLE = {"threat": frozenset({"name"})}


def redacted(redact: Review, entity: str, fields: str | None) -> str | None:
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
    kind = WORDS.get(entity, entity).replace("_", " ")
    shown = NAMES_SHOWN.get(entity, frozenset())
    whole = WHOLE.get(entity, frozenset())
    for name, value in values.items():
        if name in CODED or name in shown:
            continue
        new = _text(redact, value, f"{kind} · {name.replace('_', ' ')}")
        if new != value:
            values[name], changed = "" if name in whole else new, True
    return to_json(values) if changed else fields


def _text(redact: Review, value, where: str):
    if isinstance(value, str):
        return redact(value, where)
    if isinstance(value, list):
        return [redact(v, where) if isinstance(v, str) else v for v in value]
    return value
