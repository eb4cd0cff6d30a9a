"""History lines about the threat register and the 4P plans.

A new threat, member, action or disruption; a status move with its dated
update; a member withheld from partners; what an edit changed.
"""

from __future__ import annotations

from ocgboard.core.history_change import (
    SHARING,
    Phrase,
    RowChange,
    Said,
    counted,
    edited,
    flagged,
    is_new,
    listed,
    moves,
    serving,
    shared_words,
    sharing,
    status_of,
    take,
)
from ocgboard.core.history_names import SHORT, Names, day, quoted

# -- the threat register -------------------------------------------------------


def threat(change: RowChange, names: Names) -> list[Said]:
    name = names.threat(change.row)
    values = change.values
    if change.created:
        band = values.get("band")
        banded = f" (band {band})" if band and band != "unscored" else ""
        return [Said("threat", f"added {name} to the register{banded}"
                               f"{shared_words(values, names)}")]
    if change.deleted:
        return [Said("threat", f"deleted {name} from the register")]
    if change.restored:
        return [Said("threat", f"restored {name} to the register")]
    said = sharing(change, name)
    fields = change.shown(SHARING)
    if "status" in fields:
        status = values["status"]
        was = f" from {change.old['status']}" if "status" in change.old else ""
        said.append(Said("threat", f"archived {name}" if status == "archived" else
                         f"moved {name}{was} to {status}"))
        fields = [f for f in fields if f not in ("status", "closed_on")]
    if fields:
        said.append(Said("threat", f"changed {name}: {moves(change, names, fields)}"))
    return said


def threat_made(left: list[RowChange], names: Names) -> list[Said]:
    """A new threat with what came with it (a demo's, an import's): members, plan."""
    made = take(left, is_new, "threat")
    said = []
    for change in made:
        children = take(left, _made_below, change.row)
        line = threat(change, names)[0]
        counts = [counted(sum(c.entity == e for c in children), word)
                  for e, word in (("member", "member"), ("action", "action"),
                                  ("disruption", "disruption"))
                  if any(c.entity == e for c in children)]
        said.append(Said(line.kind, line.words + (f", with {listed(counts)}" if counts else "")))
    return said


def member(change: RowChange, names: Names) -> list[Said]:
    values = change.values
    if change.created:
        standing = f" as a {values['standing']}" if values.get("standing") else ""
        return [Said("member", f"added member {quoted(values.get('name'), SHORT)} to "
                               f"{names.ref(change.parent)}{standing}"
                               f"{shared_words(values, names)}")]
    name = f"member {names.member(change.row)}"
    if change.deleted:
        return [Said("member", f"removed {name} from {names.ref(change.parent)}")]
    return edited(change, names, "member", name)


def members_made(left: list[RowChange], names: Names) -> list[Said]:
    made = take(left, is_new, "member")
    if len(made) < 2:
        left[:0] = made
        return []
    whom = listed([quoted(c.values.get("name"), SHORT) for c in made])
    return [Said("member", f"added {counted(len(made), 'member')} to "
                           f"{names.ref(made[0].parent)}: {whom}")]


# -- the 4P plans --------------------------------------------------------------


def action(change: RowChange, names: Names) -> list[Said]:
    values = change.values
    if change.created:
        number = f"{values['number']} " if values.get("number") else ""
        due = f", due {day(values['due_on'])}" if values.get("due_on") else ""
        owner = names.agency(values.get("owner_agency_id"))
        return [Said("action", f"added action {number}{quoted(values.get('specific'), SHORT)}"
                               f" to the {values.get('strand')} strand of "
                               f"{names.ref(change.parent)}, owned by {owner}{due}"
                               f"{serving(values, names)}")]
    name = names.action(change.row)
    if change.shown() == ["status"]:
        was = f" from {change.old['status']}" if "status" in change.old else ""
        return [Said("update", f"moved {name}{was} to {values['status']}")]
    return edited(change, names, "action", f"action {name}" if change.deleted else name)


def actions_made(left: list[RowChange], names: Names) -> list[Said]:
    """New actions with their first updates ('Added to the plan'), and any trail."""
    made = take(left, is_new, "action")
    if not made:
        return []
    ids = {c.row for c in made}
    trail = take(left, lambda c: c.entity == "action_update" and c.created and c.parent in ids)
    extra = len(trail) - len(made)
    more = f", with {counted(extra, 'progress update')}" if extra > 0 else ""
    if len(made) == 1:
        line = action(made[0], names)[0]
        return [Said(line.kind, line.words + more)]
    which = listed([f"{c.values.get('number') or ''} {quoted(c.values.get('specific'), SHORT)}"
                    .strip() for c in made])
    return [Said("action", f"added {counted(len(made), 'action')} to the plan of "
                           f"{names.ref(made[0].parent)}: {which}{more}")]


def actions_gone(left: list[RowChange], names: Names) -> list[Said]:
    """Actions deleted (or brought back), their updates with them."""
    said = []
    for verb, picked in (("deleted", "deleted"), ("restored", "restored")):
        gone = take(left, flagged, "action", picked)
        if not gone:
            continue
        ids = {c.row for c in gone}
        take(left, flagged, "action_update", picked, ids)
        which = listed([names.action(c.row) for c in gone])
        said.append(Said("action", f"{verb} {'action' if len(gone) == 1 else 'actions'} "
                                   f"{which}"))
    return said


def updates(left: list[RowChange], names: Names) -> list[Said]:
    """Each new update, with the status move of its action it made; an update
    withdrawn (an undo) or restored, with the status its action is back at."""
    said = []
    for change in take(left, is_new, "action_update"):
        moved = _status_move(left, change.parent)
        said.append(update_made(change, moved, names))
    for verb, picked in (("withdrew", "deleted"), ("restored", "restored")):
        for change in take(left, flagged, "action_update", picked):
            moved = _status_move(left, change.parent)
            again = f", which is {moved.values['status']} again" if moved else ""
            said.append(Said("update", f"{verb} {names.update(change.row)}{again}"))
    return said


def _status_move(left: list[RowChange], action_id: str | None) -> RowChange | None:
    moved = take(left, status_of, "action", action_id)
    return moved[0] if moved else None


def _made_below(change: RowChange, threat: str) -> bool:
    return change.created and threat in change.owners


def update_made(change: RowChange, moved: RowChange | None, names: Names) -> Said:
    values = change.values
    name = names.action(change.parent)
    if moved is not None:
        was = f" from {moved.old['status']}" if "status" in moved.old else ""
        words = f"moved {name}{was} to {moved.values['status']}"
    else:
        words = f"noted progress on {name}"
    meeting = values.get("meeting_id")
    if meeting:
        words += f" at {names.meeting(meeting)}"
    if values.get("comment"):
        words += f": {quoted(values['comment'])}"
    dated = values.get("dated_on")
    if dated and dated != change.on.isoformat() and not meeting:
        words += f" (dated {day(dated)})"
    if values.get("board_only"):
        words += " (board only)"
    return Said("decision" if meeting else "update", words)


def update(change: RowChange, names: Names) -> list[Said]:
    return edited(change, names, "update", names.update(change.row))


def disruption(change: RowChange, names: Names) -> list[Said]:
    values = change.values
    if not change.created:
        return edited(change, names, "disruption", names.disruption(change.row))
    words = (f"recorded a {values.get('level')} disruption by "
             f"{names.agency(values.get('agency_id'))} on {day(values.get('dated_on'))} "
             f"against {names.ref(change.parent)}")
    if values.get("justification"):
        words += f": {quoted(values['justification'])}"
    if values.get("board_only"):
        words += " (board only)"
    return [Said("disruption", words)]


def disruptions_made(left: list[RowChange], names: Names) -> list[Said]:
    made = take(left, is_new, "disruption")
    if len(made) < 2 or len({c.parent for c in made}) != 1:
        left[:0] = made
        return []
    what = listed([f"{c.values.get('level')} by {names.agency(c.values.get('agency_id'))} on "
                   f"{day(c.values.get('dated_on'))}" for c in made])
    return [Said("disruption", f"recorded {counted(len(made), 'disruption')} against "
                               f"{names.ref(made[0].parent)}: {what}")]


PHRASES: dict[str, Phrase] = {
    "threat": threat, "member": member, "action": action, "action_update": update,
    "disruption": disruption,
}
