"""What an import changes, counted and described for the preview."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from ocgboard.errors import BoardError
from ocgboard.store import heads
from ocgboard.store.raw import Raw
from ocgboard.sync.describe import Describer, counted

MAX_LINES = 200
MAX_REFUSED = 1000
MAX_LINE = 300  # characters: a preview line is read, not scrolled
MAX_VALUE = 80


def cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


@dataclass
class Summary:
    describer: Describer
    records_new: int = 0
    records_known: int = 0
    new_rows: Counter = field(default_factory=Counter)
    changed_rows: Counter = field(default_factory=Counter)
    deleted_rows: Counter = field(default_factory=Counter)
    lines: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    held: list[str] = field(default_factory=list)  # why records wait, one line a device
    records_held: int = 0
    withdrawn: int = 0  # rows an agency's laptop gave up: the board's extract no longer holds them
    renumbered: int = 0  # actions given another number: two laptops gave one at once
    barrier: Callable[[], None] = lambda: None  # before the describer asks the store

    def row(self, entity: str, row_id: str, existed, values: dict, columns: list) -> None:
        self.describer.note(entity, row_id, values)
        room = len(self.lines) < MAX_LINES
        if room:
            self.barrier()
        if existed is None:
            self.new_rows[entity] += 1
            if room:
                self.lines.append(self._line("new", entity, row_id, values))
            return
        before = dict(zip(columns, existed, strict=True))
        changed = [c for c in columns if c != "deleted" and before[c] != values[c]]
        if values["deleted"] and not before["deleted"]:
            self.deleted_rows[entity] += 1
            if room:
                self.lines.append(self._line("deleted", entity, row_id, values))
        elif changed:
            self.changed_rows[entity] += 1
            if room:
                self.lines.append(self._line("changed", entity, row_id, values,
                                             self._changes(changed, before, values)))

    def _line(self, verb: str, entity: str, row_id: str, values: dict, moved: str = "") -> str:
        """'changed action · OCG 05/00110 · Pursue · DWP: status proposed → in progress —
        “Department of Work and…”': what moved first, the long words last."""
        line = f"{verb} {self.describer.label(entity, row_id, values)}"
        text = self.describer.text(entity, row_id)
        if moved:
            line += f": {moved}"
        if text:
            line += f"{' —' if moved else ':'} “{text}”"
        return cut(line, MAX_LINE)

    def _changes(self, changed: list[str], before: dict, values: dict) -> str:
        return "; ".join(self.describer.change(c, before[c], values[c]) for c in changed)

    def refuse(self, problem: str) -> None:
        """A record the sender may not send. Past MAX_REFUSED the file is refused at
        once: a hostile file is not read to its end to list everything wrong in it."""
        self.refused.append(problem)
        if len(self.refused) >= MAX_REFUSED:
            raise BoardError(f"refused: the file makes at least {MAX_REFUSED} changes its "
                             f"sender may not make, the first: {self.refused[0]}; nothing was "
                             "imported")

    def conflict(self, entity: str, row_id: str, fld: str, top: list[heads.Rec]) -> None:
        values = " / ".join(cut(repr(rec.new), MAX_VALUE) for rec in
                            sorted(top, key=lambda r: (r.hlc, r.device)))
        self.conflicts.append(cut(f"{entity} {row_id[:8]}.{fld}: {values}", MAX_LINE))

    def numbered_again(self, row_id: str, threat_id: str, old: int | None, new: int) -> None:
        """An action's number settled (sync/numbers.py): said first, since a paper that
        cites the old number now points elsewhere."""
        self.renumbered += 1
        ref = self.describer.threat(threat_id)
        where, text = self.describer.action(row_id)
        why = (f"renumbered {ref} · {old} → {ref} · {new}: another laptop gave {ref} · "
               f"{old} to another action first" if old is not None else
               f"numbered {ref} · {new}: the laptop that raised it gave it none")
        self.lines.insert(self.renumbered - 1,
                          cut(f"{why} ({where}{': “' + text + '”' if text else ''})", MAX_LINE))

    @classmethod
    def of(cls, raw: Raw) -> Summary:
        return cls(Describer(raw))

    @property
    def changes_anything(self) -> bool:
        return bool(self.records_new or self.records_held)

    def as_dict(self) -> dict:
        return {"records_new": self.records_new, "records_known": self.records_known,
                "new": dict(self.new_rows), "changed": dict(self.changed_rows),
                "deleted": dict(self.deleted_rows), "conflicts": self.conflicts,
                "changes": self.lines, "refused": self.refused,
                "records_held": self.records_held, "held": self.held,
                "withdrawn": self.withdrawn, "renumbered": self.renumbered}

    def headline(self) -> str:
        def counts(counter: Counter) -> str:
            return ", ".join(counted(n, entity) for entity, n in sorted(counter.items())) \
                or "none"

        plural = "" if self.records_new == 1 else "s"
        return (f"{self.records_new:,} change{plural} new to this laptop ({self.records_known:,}"
                f" it had already); new: {counts(self.new_rows)}; changed: "
                f"{counts(self.changed_rows)}; deleted: {counts(self.deleted_rows)}; "
                f"conflicts: {len(self.conflicts)}"
                + (f"; held back: {self.records_held:,} changes, waiting for what they "
                   "follow" if self.records_held else "")
                + (f"; withdrawn by the board: {self.withdrawn:,}" if self.withdrawn else "")
                + (f"; actions numbered again: {self.renumbered:,}" if self.renumbered else ""))
