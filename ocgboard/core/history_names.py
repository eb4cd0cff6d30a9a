"""What a person calls each row the history mentions, and each value in words.

A threat by its reference and name, an action by its threat's reference, its
number and the start of its Specific text, a member, person or agency by
name, a meeting by its title and date, a tactic by its library code and the
start of its text. Rows are read in a few queries for a whole page of lines,
with the rows they name in turn (an update's action, that action's threat),
deleted ones too: a history names what was deleted. Nothing here is an id:
a row this laptop does not hold is called what it is ("an action not held
here"). Names are what this laptop holds: an agency's laptop holds the
board's text as its extract carried it, withheld names already taken out.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core import dates, sharing
from ocgboard.core.history_feed import ROWS_AT_ONCE, as_uuid
from ocgboard.store.base import syncable_tables

SHORT = 40  # how much of a long text names its row
QUOTED = 80  # how much of a text a line quotes
# Fields whose values are words from the board's vocabularies, said as they are.
CODES = frozenset({"status", "band", "kind", "standing", "strand", "level", "marking",
                   "purpose", "variant", "lifestyle_area", "management_model", "code",
                   "extent_corruption", "extent_awareness", "extent_violence", "rag_override",
                   "reference"})

COLUMNS = {
    "threat": ("reference", "name", "kind"),
    "action": ("threat_id", "number", "specific", "strand"),
    "action_update": ("action_id", "dated_on", "status"),
    "member": ("threat_id", "name"),
    "disruption": ("threat_id", "dated_on", "level", "agency_id"),
    "meeting": ("title", "starts_at"),
    "agenda_item": ("meeting_id", "position", "title", "threat_id"),
    "attendance": ("meeting_id", "person_id"),
    "distribution": ("meeting_id", "person_id", "copy_number"),
    "agency": ("name", "short_name"),
    "person": ("name",),
    "tactic": ("code", "specific"),
    "strategy_item": ("number", "action"),
    "strategy_update": ("item_id", "dated_on"),
    "board": ("name",),
    "control_strategy": ("title", "adopted_on"),
    "control_area": ("strategy_id", "name"),
    "control_battle": ("area_id", "text"),
    "control_priority": ("strategy_id", "text"),
}
NOT_HELD = {"action_update": "an update", "agenda_item": "an agenda item",
            "strategy_item": "a strategic action", "strategy_update": "a strategic update",
            "attendance": "an attendance", "agency": "an agency", "action": "an action",
            "control_strategy": "a control strategy", "control_area": "a threat area",
            "control_battle": "a must-win battle", "control_priority": "a local priority"}


@cache
def references() -> dict[tuple[str, str], str]:
    """(kind of row, field) -> the kind of row that field names, from the models."""
    found = {}
    for entity, model in syncable_tables().items():
        for column in model.__table__.columns:
            for fk in column.foreign_keys:
                found[(entity, column.key)] = fk.column.table.name
    return found


def day(value: object) -> str:
    """'3 Nov 2026' from a date or its ISO text; the text itself if it is none."""
    try:
        on = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
    return dates.day(on)


def moment(value: object) -> str:
    """'3 Dec 2026 at 10:00' from a stored time (naive, as the store keeps it)."""
    try:
        at = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return f"{day(at.date())} at {at:%H:%M}"


def clipped(text: object, width: int = QUOTED) -> str:
    flat = " ".join(str(text or "").split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def quoted(text: object, width: int = QUOTED) -> str:
    return f"'{clipped(text, width)}'"


class Names:
    """The rows a page of history mentions, read at once, and their names."""

    def __init__(self, session: Session, agency_laptop: bool = False):
        self.session = session
        # An agency's laptop holds what its extract carried: whether the board shares
        # a record with partners is the board's business, not said there.
        self.agency_laptop = agency_laptop
        self.rows: dict[str, dict[str, dict]] = defaultdict(dict)
        self.looked: set[str] = set()
        self.pending: dict[str, set[str]] = defaultdict(set)  # asked for, not read yet

    # -- reading --------------------------------------------------------------

    def load(self, wanted: dict[str, set[str]]) -> None:
        """Read these rows (kind -> ids), then the rows they name, twice over."""
        for _depth in range(3):
            fresh = {e: {i for i in ids if i not in self.looked} for e, ids in wanted.items()}
            fresh = {e: ids for e, ids in fresh.items() if ids and e in COLUMNS}
            if not fresh:
                return
            wanted = defaultdict(set)
            for entity, ids in fresh.items():
                self.looked.update(ids)
                for row_id, row in self._read(entity, ids):
                    self.rows[entity][row_id] = row
                    for fld, value in row.items():
                        kind = references().get((entity, fld))
                        if kind and value:
                            wanted[kind].add(value)

    def _read(self, entity: str, ids: Iterable[str]):
        table = syncable_tables()[entity].__table__
        columns = COLUMNS[entity]
        keys = [k for k in map(as_uuid, ids) if k is not None]
        for start in range(0, len(keys), ROWS_AT_ONCE):
            query = select(table.c.id, *(table.c[c] for c in columns)).where(
                table.c.id.in_(keys[start:start + ROWS_AT_ONCE]))
            for found in self.session.execute(query):
                yield found[0].hex, {c: _plain(v) for c, v in zip(columns, found[1:],
                                                                  strict=True)}

    def row(self, entity: str, row_id: object) -> dict | None:
        """The row's columns (COLUMNS), if read; asking for one not read yet notes it
        for `read_pending`."""
        if not row_id:
            return None
        key = str(row_id)
        found = self.rows.get(entity, {}).get(key)
        if found is None and key not in self.looked:
            self.pending[entity].add(key)
        return found

    def read_pending(self) -> bool:
        """Read the rows asked for since the last read; False if there were none."""
        wanted, self.pending = self.pending, defaultdict(set)
        if not wanted:
            return False
        self.load(wanted)
        return True

    # -- naming ---------------------------------------------------------------

    def called(self, entity: str, row_id: object) -> str:
        """What a person calls this row, whatever its kind."""
        namer = NAMERS.get(entity)
        if namer is not None:
            return namer(self, row_id)
        return NOT_HELD.get(entity, f"a {entity.replace('_', ' ')}")

    def ref(self, threat_id: object) -> str:
        row = self.row("threat", threat_id)
        return row["reference"] if row else "a threat not held here"

    def threat(self, threat_id: object) -> str:
        row = self.row("threat", threat_id)
        if row is None:
            return "a threat not held here"
        if not row["name"]:  # an agency's laptop holds none for a threat withheld from it
            return f"{row['reference']} ({sharing.WITHHELD_NAME})"
        return f"{row['reference']} {quoted(row['name'], SHORT)}"

    def action(self, action_id: object) -> str:
        row = self.row("action", action_id)
        if row is None:
            return "an action not held here"
        number = f" · {row['number']}" if row["number"] else ""
        return f"{quoted(row['specific'], SHORT)} ({self.ref(row['threat_id'])}{number})"

    def member(self, member_id: object) -> str:
        row = self.row("member", member_id)
        return quoted(row["name"], SHORT) if row else "a member not held here"

    def meeting(self, meeting_id: object) -> str:
        row = self.row("meeting", meeting_id)
        if row is None:
            return "a meeting not held here"
        return f"{quoted(row['title'], SHORT)} ({day(row['starts_at'])})"

    def agency(self, agency_id: object) -> str:
        row = self.row("agency", agency_id)
        return row["name"] if row else "an agency not held here"

    def person(self, person_id: object) -> str:
        row = self.row("person", person_id)
        return row["name"] if row else "someone not held here"

    def tactic(self, tactic_id: object) -> str:
        row = self.row("tactic", tactic_id)
        return f"{row['code']} {quoted(row['specific'], SHORT)}" if row else "a tactic"

    def control_strategy(self, strategy_id: object) -> str:
        row = self.row("control_strategy", strategy_id)
        return f"the control strategy {quoted(row['title'])}" if row else \
            "a control strategy"

    def control_area(self, area_id: object) -> str:
        row = self.row("control_area", area_id)
        return f"the threat area {quoted(row['name'], SHORT)}" if row else "a threat area"

    def control_battle(self, battle_id: object) -> str:
        row = self.row("control_battle", battle_id)
        return f"the must-win battle {quoted(row['text'])}" if row else \
            "a must-win battle"

    def control_priority(self, priority_id: object) -> str:
        row = self.row("control_priority", priority_id)
        return f"the local priority {quoted(row['text'])}" if row else "a local priority"

    def strategy_item(self, item_id: object) -> str:
        row = self.row("strategy_item", item_id)
        if row is None:
            return "a strategic action not held here"
        return f"strategic action {row['number']} {quoted(row['action'], SHORT)}"

    def agenda_item(self, item_id: object) -> str:
        row = self.row("agenda_item", item_id)
        return f"item {row['position']} {quoted(row['title'], SHORT)}" if row else \
            "an agenda item"

    def update(self, update_id: object) -> str:
        row = self.row("action_update", update_id)
        if row is None:
            return "an update not held here"
        return f"the update of {day(row['dated_on'])} on {self.action(row['action_id'])}"

    def disruption(self, disruption_id: object) -> str:
        row = self.row("disruption", disruption_id)
        if row is None:
            return "a disruption not held here"
        return (f"the {row['level']} disruption by {self.agency(row['agency_id'])} on "
                f"{day(row['dated_on'])} against {self.ref(row['threat_id'])}")

    def board(self, _board_id: object) -> str:
        return "the board"

    # -- values ---------------------------------------------------------------

    def value(self, entity: str, fld: str, value: object) -> str:
        """A field's value in words: names for rows, days for dates, quotes for text."""
        if value is None or value == "" or value == []:
            return "nothing"
        kind = references().get((entity, fld))
        if kind:
            return self.called(kind, value)
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        if fld.endswith("_on"):
            return day(value)
        if fld.endswith("_at"):
            return moment(value)
        if isinstance(value, int) or fld in CODES:
            return str(value)
        return quoted(value)


NAMERS = {
    "threat": Names.threat, "action": Names.action, "member": Names.member,
    "meeting": Names.meeting, "agency": Names.agency, "person": Names.person,
    "tactic": Names.tactic, "strategy_item": Names.strategy_item,
    "agenda_item": Names.agenda_item, "action_update": Names.update,
    "disruption": Names.disruption, "board": Names.board,
    "control_strategy": Names.control_strategy, "control_area": Names.control_area,
    "control_battle": Names.control_battle, "control_priority": Names.control_priority,
}


def _plain(value: object) -> object:
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value
