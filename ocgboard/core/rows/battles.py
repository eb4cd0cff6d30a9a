"""The must-win battles an editor offers, and a battle as an editor gives it back.

Editors keep a battle by its id (hex), as they keep every row, so an undo
puts back the very battle; "" is no battle. The choices are the live battles
of the newest strategy, the only ones work may be tasked against
(control_tasking.checked); a row serving one no longer there keeps it, shown
as control_tasking.label says it (withdrawn, or of a superseded strategy).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from ocgboard.core import board, control, control_tasking, lookup
from ocgboard.errors import NotFound
from ocgboard.store.models import ControlBattle


def choices(session: Session) -> list[tuple[str, str]]:
    """(id, '4.2 Drug Supply: Disrupt the middle market') for each live battle of the
    newest strategy; none on an agency's laptop, which may not say (roles)."""
    if board.is_agency_laptop(session):
        return []
    try:
        strategy = control.newest(session)
    except NotFound:
        return []
    areas = {area.id: area.name for area in control.areas(session, strategy)}
    return [(battle.id.hex, f"{number} {areas[battle.area_id]}: {battle.text}")
            for number, battle in control_tasking.numbered_battles(session, strategy)]


def served(session: Session, battle_id) -> tuple[str, str] | None:
    """(id, label) of the battle a row serves, or None."""
    if not battle_id:
        return None
    found = session.get(ControlBattle, battle_id)
    return (found.id.hex, control_tasking.label(session, found)) if found else None


def given(session: Session, key: str | None) -> ControlBattle | str:
    """An editor's choice as control_tasking.serve takes it: the battle, or 'none'."""
    if not key:
        return "none"
    return lookup.by_id(session, ControlBattle, key, "must-win battle")
