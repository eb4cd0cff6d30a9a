"""What partners may see of a threat: one rule for printed packs and for extracts.

A threat's reference and kind always go to partners, so they know what a task
concerns. The rest of it (its name, band, areas, officers, dates, summary)
goes only when the threat is marked disseminable: a threat that is not is
named to partners by its reference alone. A progress update, a disruption or
an agenda item marked board only by its author never goes to a partner. A
Priority Individual's name is a person's, so where it is withheld its every
form is (core/withheld).
"""

from __future__ import annotations

from collections.abc import Callable

from ocgboard.store.models import Threat

PERSONAL_KIND = "Priority Individual"
WITHHELD_NAME = "name withheld"
WITHHELD_FIELD = "withheld"  # what a partner's pack prints for a field it may not see


def shareable(threat: Threat) -> bool:
    """Whether partners may see the threat's profile: its name, band, summary and all."""
    return bool(threat.disseminable)


def board_only_by_default(threat: Threat | None) -> bool:
    """Whether a note on this threat is the board's alone unless its author shares it:
    what is written about a threat partners may not see is not for them either."""
    return threat is not None and not shareable(threat)


def marked(text: str | None, board_only: bool) -> str:
    """A note as the chair reads it: which notes no partner's copy holds."""
    return f"(Board only) {text or ''}" if board_only else text or ""


def partner_name(threat: Threat, redact: Callable[[str, str], str] | None = None) -> str:
    """The threat's name as partners see it: none unless it is shareable, and none
    if it holds a withheld name (`redact`, the board's redactor, says)."""
    name = threat.name if shareable(threat) else ""
    if name and redact is not None and redact(name, f"{threat.reference} · the threat's "
                                                    "name") != name:
        name = ""
    return held_name(name, threat.kind)


def personal(threat: Threat) -> bool:
    """The threat's name is a person's (a Priority Individual)."""
    return threat.kind == PERSONAL_KIND


def held_name(name: str, kind: str) -> str:
    """A threat's name as this laptop shows it: an agency's laptop holds none for a
    threat the board withholds from it."""
    return name or f"{kind} ({WITHHELD_NAME})"
