"""Preview lines in the board's words: which threat, which action, what moved.

A chair deciding whether to apply a partner's file needs "OCG 05/00110 ·
DWP: status proposed → in progress", not a row id. Labels are looked up in
the importing store (the rows the file changes mostly exist there already)
or among the rows this import has met so far. Only the lines the preview
shows are described, so the look-ups cost nothing on a big import.
"""

from __future__ import annotations

import datetime as dt

from ocgboard.core import dates
from ocgboard.store.raw import Raw

WORDS = {
    "action_update": "progress update", "strategy_item": "strategic plan item",
    "strategy_update": "strategic plan update", "agenda_item": "agenda item",
    "tactic": "library tactic", "attendance": "attendance record",
    "distribution": "distribution record", "board": "board setting",
    "control_strategy": "control strategy", "control_area": "control strategy threat area",
    "control_battle": "must-win battle", "control_priority": "local priority",
}
PLURALS = {"person": "people", "agency": "agencies", "control strategy": "control strategies",
           "local priority": "local priorities"}
FIELD_WORDS = {
    "due_on": "due date", "owner_agency_id": "owner", "owner_person_id": "officer",
    "rag_override": "RAG", "next_review_on": "next review", "last_assessed_on": "last assessed",
    "lro_id": "LRO", "sro_id": "SRO", "lead_agency_id": "lead agency", "dated_on": "date",
    "mapped_on": "mapped on", "closed_on": "closed on", "disseminable": "sharing",
    "battle_id": "must-win battle served",
}
SHORT = 40  # values longer than this are named, not quoted
TEXT = 60


def counted(n: int, entity: str) -> str:
    """'3 progress updates', '1 action', '2 people', '9 agencies'."""
    word = WORDS.get(entity, entity).replace("_", " ")
    if n != 1:
        word = PLURALS.get(word, word + "s")
    return f"{n:,} {word}"


def _clip(text: str | None, width: int = TEXT) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def _day(value) -> str:
    try:
        return dates.day(dt.date.fromisoformat(value))
    except (TypeError, ValueError):
        return str(value)


class Describer:
    def __init__(self, raw: Raw):
        self.raw = raw
        self.threats: dict[str, str] = {}  # every threat met: cheap, and actions need them
        self.actions: dict[str, tuple[str, str]] = {}  # only those described

    def note(self, entity: str, row_id: str, values: dict) -> None:
        """Remember what later lines may need to name (called for every row)."""
        if entity == "threat" and values.get("reference"):
            self.threats[row_id] = values["reference"]

    # -- look-ups ---------------------------------------------------------------------

    def _one(self, sql: str, key) -> tuple | None:
        if key is None:
            return None
        return self.raw.execute(sql, (key,)).fetchone()

    def threat(self, threat_id) -> str:
        if threat_id in self.threats:
            return self.threats[threat_id]
        found = self._one("SELECT reference FROM threat WHERE id = ?", threat_id)
        return found[0] if found else "a threat new in this file"

    def agency(self, agency_id) -> str:
        found = self._one("SELECT coalesce(nullif(short_name, ''), name) FROM agency "
                          "WHERE id = ?", agency_id)
        return found[0] if found else "?"

    def action(self, action_id) -> tuple[str, str]:
        """(threat reference · owner, the action's opening words)."""
        if action_id in self.actions:
            return self.actions[action_id]
        found = self._one("SELECT threat_id, owner_agency_id, specific FROM action "
                          "WHERE id = ?", action_id)
        if found is None:
            return ("an action new in this file", "")
        return (f"{self.threat(found[0])} · {self.agency(found[1])}", _clip(found[2], 45))

    # -- lines ------------------------------------------------------------------------

    def label(self, entity: str, row_id: str, values: dict) -> str:
        word = WORDS.get(entity, entity)
        if entity == "action":
            threat = self.threat(values.get("threat_id"))
            owner = self.agency(values.get("owner_agency_id"))
            self.actions[row_id] = (f"{threat} · {owner}", _clip(values.get("specific"), 45))
            number = values.get("number")
            cited = f"{threat} · {number}" if isinstance(number, int) else threat
            return f"action · {cited} · {values.get('strand') or '?'} · {owner}"
        if entity == "action_update":
            where, text = self.action(values.get("action_id"))
            status = values.get("status") or ""
            return (f"{word} · {where} · {_day(values.get('dated_on'))} · {status}: "
                    f"{_clip(values.get('comment'))}" + (f" (on “{text}”)" if text else ""))
        if entity in ("member", "disruption") and values.get("threat_id"):
            what = values.get("name") or values.get("level") or ""
            return f"{word} · {self.threat(values['threat_id'])}" + (f": {what}" if what else "")
        name = values.get("reference") or values.get("name") or values.get("title")
        if isinstance(name, str) and name:
            return f"{word} {name}" + (f" ({values['name']})" if values.get("reference")
                                       and values.get("name") else "")
        return f"{word} {row_id[:8]}"

    def text(self, entity: str, row_id: str) -> str:
        """What the row is about, after what moved: the action's words."""
        if entity == "action" and row_id in self.actions:
            return self.actions[row_id][1]
        return ""

    def change(self, field: str, old, new) -> str:
        """One changed field: its words, and old → new when both are short."""
        word = FIELD_WORDS.get(field, field)
        if field.endswith("agency_id"):
            old, new = self.agency(old), self.agency(new)
        elif field.endswith("_id"):
            return word
        elif field.endswith("_on"):
            old, new = _day(old) if old else "none", _day(new) if new else "none"
        elif isinstance(new, bool):  # stored as 1 or 0, or as a boolean
            old, new = "yes" if old else "no", "yes" if new else "no"
        if all(isinstance(v, str | int | type(None)) and len(str(v)) <= SHORT
               for v in (old, new)):
            return f"{word} {old or 'none'} → {new or 'none'}"
        return word
