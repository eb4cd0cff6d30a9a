"""What the wording of history lines shares: a row's change, and phrasing.

An operation's records (history_groups.py) become row changes: per row, what
the operation set and what each field held before. Bookkeeping (when an
update was typed, its author field, tombstones as such) is never a change of
its own: a tombstone reads "deleted" or "withdrew".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from ocgboard.core.history_names import Names

BOOKKEEPING = frozenset({"recorded_at", "deleted", "author", "pack_version"})
SHARING = frozenset({"disseminable", "board_only"})
FIELD_WORDS = {
    "due_on": "due date", "owner_agency_id": "owner", "owner_person_id": "officer",
    "rag_override": "RAG", "next_review_on": "next review", "last_assessed_on": "last assessed",
    "lro_id": "LRO", "sro_id": "SRO", "lead_agency_id": "lead agency", "dated_on": "date",
    "mapped_on": "date mapped", "closed_on": "date closed", "raised_on": "date raised",
    "issued_on": "date issued", "threat_areas": "threat areas",
    "extent_corruption": "infiltration/corruption", "extent_awareness": "tactical awareness",
    "extent_violence": "violent capability", "date_of_birth": "date of birth",
    "starts_at": "start", "next_meeting_on": "next meeting", "target_on": "target date",
    "marking": "protective marking", "short_name": "short name", "specific": "Specific",
    "measurable": "Measurable", "achievable": "Achievable", "relevant": "Relevant",
    "timebound": "Timebound", "guidance_what": "guidance (what it is)",
    "guidance_procedure": "guidance (procedure)", "guidance_help": "guidance (who can help)",
    "guidance_watch": "guidance (watch out for)", "returned_on": "returned",
    "destroyed_on": "destroyed", "copy_number": "copy number",
    "disseminable": "shared with partners", "board_only": "board only",
    "battle_id": "the must-win battle it serves",
}


def label(fld: str) -> str:
    return FIELD_WORDS.get(fld) or fld.removesuffix("_id").replace("_", " ")


@dataclass
class RowChange:
    """What one operation did to one row."""

    entity: str
    row: str
    created: bool
    on: dt.date  # the local day it was done
    owners: tuple[str, ...] = ()
    values: dict = field(default_factory=dict)  # field -> what the operation left
    old: dict = field(default_factory=dict)  # field -> what it held before, where known

    @property
    def parent(self) -> str | None:
        return self.owners[0] if self.owners else None

    @property
    def deleted(self) -> bool:
        return self.values.get("deleted") is True and not self.created

    @property
    def restored(self) -> bool:
        return self.values.get("deleted") is False and not self.created

    def shown(self, leave: frozenset[str] = frozenset()) -> list[str]:
        """The fields a person would call changed, in the order they were set."""
        return [f for f in self.values if f not in BOOKKEEPING and f not in leave
                and not (f in self.old and self.old[f] == self.values[f])]


@dataclass(frozen=True)
class Said:
    kind: str
    words: str


Phrase = Callable[[RowChange, Names], list[Said]]
Combiner = Callable[[list[RowChange], Names], list[Said]]


# -- shared phrasing -----------------------------------------------------------


def listed(items: list[str], most: int = 5) -> str:
    """'A, B and C'; past `most`, 'A, B, C, D, E and 4 more'."""
    if len(items) > most:
        return ", ".join(items[:most]) + f" and {len(items) - most} more"
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def counted(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def moves(change: RowChange, names: Names, fields: list[str]) -> str:
    """'band from 2B to 1A; area to 'Ashby Wharf''."""
    parts = []
    for fld in fields:
        now = names.value(change.entity, fld, change.values[fld])
        if fld in change.old:
            was = names.value(change.entity, fld, change.old[fld])
            parts.append(f"{label(fld)} from {was} to {now}")
        else:
            parts.append(f"{label(fld)} to {now}")
    return "; ".join(parts)


def edited(change: RowChange, names: Names, kind: str | None = None,
           name: str | None = None) -> list[Said]:
    """The generic line: deleted, restored, shared or withheld, or fields changed."""
    kind = kind or change.entity.replace("_", " ")
    name = name or names.called(change.entity, change.row)
    if change.deleted:
        return [Said(kind, f"deleted {name}")]
    said = sharing(change, name)
    if change.restored:
        said.insert(0, Said(kind, f"restored {name}"))
    fields = change.shown(SHARING)
    if fields:
        said.append(Said(kind, f"changed {name}: {moves(change, names, fields)}"))
    return said


def sharing(change: RowChange, name: str) -> list[Said]:
    """Withholding a row from partners, or sharing it with them."""
    if change.created:
        return []
    if "disseminable" in change.shown():
        verb = "shared {} with partners" if change.values["disseminable"] else \
            "withheld {} from partners"
        return [Said("withholding", verb.format(name))]
    if "board_only" in change.shown():
        verb = "kept {} for the board only" if change.values["board_only"] else \
            "shared {} with partners"
        return [Said("withholding", verb.format(name))]
    return []


def take(left: list[RowChange], keep: Callable[..., bool], *args: object) -> list[RowChange]:
    """Remove and return the changes `keep(change, *args)` picks."""
    found = [c for c in left if keep(c, *args)]
    for change in found:
        left.remove(change)
    return found


def is_new(change: RowChange, entity: str, parent: object = None) -> bool:
    """A new row of this kind (under this parent, if one is given)."""
    return change.entity == entity and change.created and (parent is None
                                                           or change.parent == parent)


def flagged(change: RowChange, entity: str, flag: str, parents: object = None) -> bool:
    """A row of this kind deleted (or restored: `flag`), under one of `parents` if given."""
    return change.entity == entity and getattr(change, flag) and (
        parents is None or change.parent in parents)  # type: ignore[operator]


def status_of(change: RowChange, entity: str, row: object) -> bool:
    """This row's status moved, and nothing else of it changed."""
    return change.entity == entity and change.row == row and change.shown() == ["status"]


def serving(values: dict, names: Names) -> str:
    """', serving the must-win battle '...'' for a new row that names the battle it serves."""
    if not values.get("battle_id"):
        return ""
    return f", serving {names.control_battle(values['battle_id'])}"


def shared_words(values: dict, names: Names) -> str:
    """', withheld from partners' for a new record partners may not see."""
    if names.agency_laptop:
        return ""
    if values.get("disseminable") is True:
        return ", shared with partners"
    return ", withheld from partners" if "disseminable" in values else ""


