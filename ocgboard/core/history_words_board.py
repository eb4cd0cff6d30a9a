"""History lines about the board's other records: meetings, their agendas,
attendance, decisions and pack copies; agencies, people and tactics; the
strategic plan; the board's own settings."""

from __future__ import annotations

from ocgboard.core.history_change import (
    RowChange,
    Said,
    counted,
    edited,
    is_new,
    label,
    listed,
    moves,
    serving,
    sharing,
    status_of,
    take,
)
from ocgboard.core.history_names import SHORT, Names, day, moment, quoted

# -- meetings ------------------------------------------------------------------


def meeting(change: RowChange, names: Names) -> list[Said]:
    values = change.values
    if change.created:
        venue = f" at {values['venue']}" if values.get("venue") else ""
        return [Said("meeting", f"scheduled the meeting {quoted(values.get('title'), SHORT)} "
                                f"for {moment(values.get('starts_at'))}{venue}")]
    name = f"the meeting {names.meeting(change.row)}"
    if change.shown() == ["status"]:
        return [Said("meeting", f"marked {name} as {values['status']}")]
    return edited(change, names, "meeting", name)


def meeting_made(left: list[RowChange], names: Names) -> list[Said]:
    """A new meeting with its standard agenda (and, in a demo, its attendance)."""
    said = []
    for change in take(left, is_new, "meeting"):
        items = take(left, is_new, "agenda_item", change.row)
        present = take(left, is_new, "attendance", change.row)
        with_ = [counted(len(items), "item") + " on its agenda"] if items else []
        with_ += [counted(len(present), "attendance")] if present else []
        line = meeting(change, names)[0]
        said.append(Said(line.kind, line.words + (f", with {listed(with_)}" if with_ else "")))
    return said


def agenda_item(change: RowChange, names: Names) -> list[Said]:
    values = change.values
    agenda = f"the agenda of {names.meeting(change.parent)}"
    title = quoted(values.get("title") or _title(change, names), SHORT)
    if change.created:
        return [Said("agenda item", f"added item {values.get('position')} {title} to {agenda}")]
    if change.deleted:
        return [Said("agenda item", f"removed {title} from {agenda}")]
    said = []
    fields = change.shown()
    if "decision" in fields:
        board_only = " (board only)" if values.get("board_only") else ""
        said.append(Said("decision", f"recorded the board's decision on {title} of "
                                     f"{names.meeting(change.parent)}: "
                                     f"{quoted(values['decision'])}{board_only}"))
        fields = [f for f in fields if f not in ("decision", "board_only")]
    if "position" in fields:
        was = f" from item {change.old['position']}" if "position" in change.old else ""
        said.append(Said("agenda item", f"moved {title} on {agenda}{was} to item "
                                        f"{values['position']}"))
        fields.remove("position")
    if "board_only" in fields:
        said += sharing(change, f"the notes on {title} of {names.meeting(change.parent)}")
        fields.remove("board_only")
    if fields:
        said.append(Said("agenda item", f"changed {title} on {agenda}: "
                                        f"{moves(change, names, fields)}"))
    return said


def _title(change: RowChange, names: Names) -> str:
    row = names.row("agenda_item", change.row)
    return row["title"] if row else "an agenda item"


def agenda_reordered(left: list[RowChange], names: Names) -> list[Said]:
    """Items renumbered together: one moved, the others shifted to make room."""
    moved = [c for c in left if c.entity == "agenda_item" and c.shown() == ["position"]]
    if len(moved) < 2 or len({c.parent for c in moved}) != 1:
        return []
    take(left, lambda c: c in moved)
    return [Said("agenda item", f"reordered the agenda of {names.meeting(moved[0].parent)}")]


def attendance(left: list[RowChange], names: Names) -> list[Said]:
    """Who came to a meeting, sent apologies or was absent: one line a meeting."""
    said = []
    marked = take(left, lambda c: c.entity == "attendance" and not c.deleted
                  and "status" in c.values)
    for meeting_id in dict.fromkeys(c.parent for c in marked):
        here = [c for c in marked if c.parent == meeting_id]
        who = [f"{names.person(_person(c, names))} {c.values['status']}" for c in here]
        said.append(Said("attendance", f"recorded attendance at {names.meeting(meeting_id)}: "
                                       f"{listed(who, 8)}"))
    return said


def _person(change: RowChange, names: Names) -> object:
    row = names.row("attendance", change.row)
    return change.values.get("person_id") or (row["person_id"] if row else None)


def copies(left: list[RowChange], names: Names) -> list[Said]:
    """Numbered copies of a pack issued to people."""
    made = take(left, is_new, "distribution")
    said = []
    for meeting_id in dict.fromkeys(c.parent for c in made):
        here = [c for c in made if c.parent == meeting_id]
        whom = listed([f"copy {c.values.get('copy_number')} to "
                       f"{names.person(c.values.get('person_id'))}" for c in here])
        version = here[0].values.get("version")
        said.append(Said("pack copy", f"issued the pack for {names.meeting(meeting_id)}"
                                      f"{f' (version {version})' if version else ''}: {whom}"))
    return said


def distribution(change: RowChange, names: Names) -> list[Said]:
    row = names.row("distribution", change.row)
    number = row["copy_number"] if row else "?"
    name = f"copy {number} of the pack for {names.meeting(change.parent)}"
    for fld, verb in (("returned_on", "returned"), ("destroyed_on", "destroyed")):
        if change.values.get(fld):
            return [Said("pack copy", f"recorded {name} {verb} on {day(change.values[fld])}")]
    return edited(change, names, "pack copy", name)


# -- agencies, people, tactics -------------------------------------------------


def agency(change: RowChange, names: Names) -> list[Said]:
    values = change.values
    if change.created:
        short = f" ({values['short_name']})" if values.get("short_name") else ""
        return [Said("agency", f"added the agency {values.get('name')}{short}")]
    name = f"the agency {names.agency(change.row)}"
    if change.deleted:
        return [Said("agency", f"removed {name}")]
    return edited(change, names, "agency", name)


def person(change: RowChange, names: Names) -> list[Said]:
    values = change.values
    if change.created:
        agency = f" of {names.agency(values['agency_id'])}" if values.get("agency_id") else ""
        role = f", {values['role']}" if values.get("role") else ""
        return [Said("person", f"added {values.get('name')}{agency}{role}")]
    if change.deleted:
        return [Said("person", f"removed {names.person(change.row)}")]
    return edited(change, names, "person", f"{names.person(change.row)}'s details")


def tactic(change: RowChange, names: Names) -> list[Said]:
    values = change.values
    if change.created:
        return [Said("tactic", f"added tactic {values.get('code')} "
                               f"{quoted(values.get('specific'), SHORT)} to the library "
                               f"({values.get('strand')})")]
    return edited(change, names, "tactic", f"tactic {names.tactic(change.row)}")


def many_made(left: list[RowChange], names: Names) -> list[Said]:
    """Agencies, people or tactics made together: a new board's, a library's seed."""
    said = []
    for entity, kind, one, many, called in (
            ("agency", "agency", "agency", "agencies", lambda c: c.values.get("name")),
            ("person", "person", "person", "people", lambda c: c.values.get("name")),
            ("tactic", "tactic", "tactic", "tactics", lambda c: c.values.get("code"))):
        new = take(left, is_new, entity)
        if len(new) == 1:
            left.insert(0, new[0])
        elif new:
            where = " to the library" if entity == "tactic" else ""
            said.append(Said(kind, f"added {counted(len(new), one, many)}{where}: "
                                   f"{listed(sorted(str(called(c)) for c in new))}"))
    return said


# -- the strategic plan and the board ------------------------------------------


def strategy_item(change: RowChange, names: Names) -> list[Said]:
    values = change.values
    if change.created:
        return [Said("strategy item", f"added strategic action {values.get('number')} "
                                      f"{quoted(values.get('action'), SHORT)}"
                                      f"{serving(values, names)}")]
    name = names.strategy_item(change.row)
    if change.shown() == ["status"]:
        was = f" from {change.old['status']}" if "status" in change.old else ""
        return [Said("strategy item", f"moved {name}{was} to {values['status']}")]
    return edited(change, names, "strategy item", name)


def strategy_progress(left: list[RowChange], names: Names) -> list[Said]:
    """A strategic action's progress, with the status move it made; a new strategic
    action with its first updates (a demo's)."""
    said = []
    for item in take(left, is_new, "strategy_item"):
        trail = take(left, is_new, "strategy_update", item.row)
        line = strategy_item(item, names)[0]
        more = f", with {counted(len(trail), 'progress update')}" if trail else ""
        said.append(Said(line.kind, line.words + more))
    for change in take(left, is_new, "strategy_update"):
        moved = take(left, status_of, "strategy_item", change.parent)
        name = names.strategy_item(change.parent)
        if moved:
            was = f" from {moved[0].old['status']}" if "status" in moved[0].old else ""
            words = f"moved {name}{was} to {moved[0].values['status']}"
        else:
            words = f"noted progress on {name}"
        comment = change.values.get("comment")
        said.append(Said("strategy item", words + (f": {quoted(comment)}" if comment else "")))
    return said


def strategy_update(change: RowChange, names: Names) -> list[Said]:
    row = names.row("strategy_update", change.row)
    on = f" of {day(row['dated_on'])}" if row else ""
    name = f"the update{on} on {names.strategy_item(change.parent)}"
    if change.deleted:
        return [Said("strategy item", f"withdrew {name}")]
    return edited(change, names, "strategy item", name)


def board(change: RowChange, names: Names) -> list[Said]:
    values = change.values
    if change.created:
        area = f" for {values['area']}" if values.get("area") else ""
        return [Said("board", f"set up the board {quoted(values.get('name'), SHORT)}{area}")]
    fields = change.shown()
    parts = []
    for fld in fields:
        now = names.value("board", fld, values[fld])
        was = f" from {names.value('board', fld, change.old[fld])}" if fld in change.old else ""
        parts.append(f"the board's {label(fld)}{was} to {now}")
    return [Said("board", "changed " + "; ".join(parts))] if parts else []


COMBINERS = (meeting_made, agenda_reordered, attendance, copies, many_made, strategy_progress)
PHRASES = {
    "meeting": meeting, "agenda_item": agenda_item, "distribution": distribution,
    "agency": agency, "person": person, "tactic": tactic, "strategy_item": strategy_item,
    "strategy_update": strategy_update, "board": board,
}
