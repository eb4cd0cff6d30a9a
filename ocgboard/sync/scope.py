"""What an export holds, and what an agency's returned file may touch.

A full replica holds every change record. An agency extract holds what that
agency may see now (projection.py): its live actions on threats still open
and their updates, with the context it may see: of a disseminable threat its
reference, name, kind, band, areas and summary; of any other its reference,
kind and status only; its disseminable members, the tactics used, the people
named as owners, the agency and the board. Non-disseminable members, threats'
profiles and narratives, and the progress updates marked board only, never
leave. Nor does the control strategy (its threat areas, must-win battles and
local priorities): it is the board's paper, which board laptops exchange in
full; an agency's task already names its threat's areas, which is all the
agency acts on. So an action travels without the must-win battle it serves
(`battle_id`), which would name a row of the strategy the agency never holds.

What an agency's return may change is roles.py's.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from ocgboard.core import sharing
from ocgboard.core.register import CLOSED
from ocgboard.store.base import logged_columns
from ocgboard.store.models import (
    Action,
    ActionUpdate,
    Agency,
    Board,
    Member,
    Person,
    Tactic,
    Threat,
)

THREAT_CONTEXT = ("reference", "name", "kind", "status", "band", "threat_areas", "area",
                  "mapped_on", "next_review_on", "disseminable", "deleted")
PERSON_CONTEXT = ("name", "agency_id", "role", "deleted")
BOARD_CONTEXT = ("name", "area", "marking", "deleted")
# A threat the agency may not see: enough to know which threat a task concerns.
THREAT_WITHHELD = ("reference", "kind", "status", "disseminable", "deleted")
# An action's fields that are the board's paper: the must-win battle it serves.
BOARD_ONLY_ACTION = ("battle_id",)
MEMBER_CONTEXT = ("threat_id", "name", "aliases", "date_of_birth", "standing", "roles",
                  "disseminable", "deleted")


def _all(model) -> tuple[str, ...]:
    return tuple(logged_columns(model))


def extract_fields() -> dict[str, tuple[str, ...]]:
    """Which fields of each kind of row an extract carries."""
    return {
        "board": BOARD_CONTEXT, "agency": _all(Agency), "person": PERSON_CONTEXT,
        "threat+summary": (*THREAT_CONTEXT, "summary"),
        "threat-withheld": THREAT_WITHHELD,
        "member": MEMBER_CONTEXT, "tactic": _all(Tactic),
        "action": tuple(f for f in _all(Action) if f not in BOARD_ONLY_ACTION),
        # Which meeting took a decision stays with the board: meetings never travel.
        "action_update": tuple(f for f in _all(ActionUpdate) if f != "meeting_id"),
    }


def table_of(kind: str) -> str:
    """The table of a kind of extract row: a threat is shown in three ways."""
    return "threat" if kind.startswith("threat") else kind


def extract_rows(conn: Connection, agency_id) -> list[tuple[str, str]]:
    """(row id, kind) for every row of an agency's extract."""
    open_threats = select(Threat.id).where(~Threat.deleted, Threat.status.not_in(CLOSED))
    actions = conn.execute(select(Action.id, Action.threat_id, Action.tactic_id,
                                  Action.owner_person_id)
                           .where(Action.owner_agency_id == agency_id, ~Action.deleted,
                                  Action.threat_id.in_(open_threats))).all()
    action_ids = [a.id for a in actions]
    threat_ids = {a.threat_id for a in actions}
    rows = [(agency_id.hex, "agency")]
    rows += [(b.hex, "board") for b in conn.scalars(select(Board.id))]
    rows += [(i.hex, "action") for i in action_ids]
    shared_updates = select(ActionUpdate.id).where(~ActionUpdate.board_only,
                                                   ~ActionUpdate.deleted)
    rows += [(i.hex, "action_update") for (i,) in _in_chunks_rows(
        conn, shared_updates, ActionUpdate.action_id, action_ids)]
    for threat in _in_chunks_rows(conn, select(Threat.id, Threat.kind, Threat.disseminable),
                                  Threat.id, list(threat_ids)):
        rows.append((threat.id.hex, _threat_kind(threat)))
    members = select(Member.id).where(Member.disseminable, ~Member.deleted)
    rows += [(i.hex, "member") for (i,) in _in_chunks_rows(conn, members, Member.threat_id,
                                                           list(threat_ids))]
    rows += [(i.hex, "tactic") for i in {a.tactic_id for a in actions if a.tactic_id}]
    people = {a.owner_person_id for a in actions if a.owner_person_id}
    people |= set(conn.scalars(select(Person.id).where(Person.agency_id == agency_id)))
    rows += [(i.hex, "person") for i in people]
    return rows


def _threat_kind(threat) -> str:
    return "threat+summary" if sharing.shareable(threat) else "threat-withheld"


def _in_chunks_rows(conn: Connection, query, key, values: list) -> list:
    found: list = []
    for start in range(0, len(values), 500):
        found += conn.execute(query.where(key.in_(values[start:start + 500]))).all()
    return found
