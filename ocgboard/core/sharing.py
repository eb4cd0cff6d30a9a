"""What partners may see of a threat: one rule for printed packs and for extracts.

A threat's reference, kind and band always go to partners, so they know what
a task concerns. Its summary goes only when the threat is disseminable. Its
name goes too, except for a Priority Individual that is not disseminable:
there the threat's name is a person's name.
"""

from __future__ import annotations

from ocgboard.store.models import Threat

PERSONAL_KIND = "Priority Individual"
WITHHELD_NAME = "name withheld"


def name_shareable(threat: Threat) -> bool:
    return threat.kind != PERSONAL_KIND or bool(threat.disseminable)


def partner_name(threat: Threat) -> str:
    return threat.name if name_shareable(threat) else f"{PERSONAL_KIND} ({WITHHELD_NAME})"


def summary_shareable(threat: Threat) -> bool:
    return bool(threat.disseminable)
