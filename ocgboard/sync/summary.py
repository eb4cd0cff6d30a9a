"""What an import changes, counted and described for the preview."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ocgboard.store import heads, rowcodec

MAX_LINES = 200


@dataclass
class Summary:
    records_new: int = 0
    records_known: int = 0
    new_rows: Counter = field(default_factory=Counter)
    changed_rows: Counter = field(default_factory=Counter)
    deleted_rows: Counter = field(default_factory=Counter)
    lines: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    def _say(self, line: str) -> None:
        if len(self.lines) < MAX_LINES:
            self.lines.append(line)

    def row(self, entity: str, row_id: str, existed, values: dict, columns: list) -> None:
        if existed is None:
            self.new_rows[entity] += 1
            if len(self.lines) < MAX_LINES:
                self.lines.append(f"new {_label(entity, row_id, values)}")
            return
        label = _label(entity, row_id, values)
        before = dict(zip(columns, existed, strict=True))
        changed = [c for c in columns if c != "deleted" and before[c] != values[c]]
        if values["deleted"] and not before["deleted"]:
            self.deleted_rows[entity] += 1
            self._say(f"deleted {label}")
        elif changed:
            self.changed_rows[entity] += 1
            self._say(f"changed {label}: {', '.join(changed)}")

    def conflict(self, entity: str, row_id: str, fld: str, top: list[heads.Rec]) -> None:
        values = " / ".join(repr(rowcodec.decode(rec.new)) for rec in
                            sorted(top, key=lambda r: (r.hlc, r.device)))
        self.conflicts.append(f"{entity} {row_id[:8]}.{fld}: {values}")

    @property
    def changes_anything(self) -> bool:
        return bool(self.records_new)

    def as_dict(self) -> dict:
        return {"records_new": self.records_new, "records_known": self.records_known,
                "new": dict(self.new_rows), "changed": dict(self.changed_rows),
                "deleted": dict(self.deleted_rows), "conflicts": self.conflicts,
                "changes": self.lines, "refused": self.refused}

    def headline(self) -> str:
        def counts(counter: Counter) -> str:
            return ", ".join(f"{n} {entity}" for entity, n in sorted(counter.items())) or "none"

        return (f"{self.records_new:,} new change records ({self.records_known:,} already "
                f"held); new: {counts(self.new_rows)}; changed: {counts(self.changed_rows)}; "
                f"deleted: {counts(self.deleted_rows)}; conflicts: {len(self.conflicts)}")


WORDS = {
    "action_update": "progress update", "strategy_item": "strategic plan item",
    "strategy_update": "strategic plan update", "agenda_item": "agenda item",
    "tactic": "library tactic",
}


def _label(entity: str, row_id: str, values: dict) -> str:
    name = values.get("reference") or values.get("name") or values.get("title")
    word = WORDS.get(entity, entity)
    return f"{word} {row_id[:8]}" + (f" ({name})" if isinstance(name, str) and name else "")
