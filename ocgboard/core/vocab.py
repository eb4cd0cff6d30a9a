"""The board's vocabularies, loaded once from resources/vocab.json.

Values are matched without regard to case or surrounding space and returned
in their canonical spelling, so `--status "In Progress"` stores "in progress".
"""

from __future__ import annotations

import json
from functools import cache

from ocgboard import paths
from ocgboard.errors import InputError

LABELS = {
    "threat_kinds": "threat kind",
    "threat_statuses": "threat status",
    "bands": "band",
    "extents": "extent",
    "threat_areas": "threat area",
    "management_models": "management model",
    "standings": "standing",
    "strands": "strand",
    "lifestyle_areas": "lifestyle area",
    "action_statuses": "action status",
    "rag": "RAG rating",
    "disruption_levels": "disruption level",
    "strategy_statuses": "strategy status",
    "markings": "protective marking",
    "meeting_statuses": "meeting status",
    "agenda_kinds": "agenda item kind",
    "agenda_purposes": "purpose",
    "attendance_statuses": "attendance",
    "pack_variants": "pack variant",
}


@cache
def vocabularies() -> dict:
    with open(paths.resources_dir() / "vocab.json", encoding="utf-8") as fh:
        return json.load(fh)


def values(name: str) -> list[str]:
    return list(vocabularies()[name])


def canonical(name: str, value: str | None) -> str:
    """The vocabulary's spelling of `value`, or a one-line error listing the choices."""
    wanted = " ".join((value or "").split()).casefold()
    for option in vocabularies()[name]:
        if option.casefold() == wanted:
            return option
    label = LABELS.get(name, name)
    choices = ", ".join(vocabularies()[name])
    raise InputError(f"{label} '{value}' is not one of: {choices}")


def transitions(status: str) -> list[str]:
    return list(vocabularies()["action_transitions"].get(status, []))
