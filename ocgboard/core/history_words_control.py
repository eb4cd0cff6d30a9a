"""History lines about the control strategy: one adopted (or seeded) with its threat
areas, must-win battles and local priorities, and the live tasking it carried over
to them; a battle added, reworded or withdrawn; a threat area's model, group or
theme changed; a local priority added, reworded or withdrawn; the strategy's
title, aim or themes changed."""

from __future__ import annotations

from ocgboard.core.history_change import RowChange, Said, counted, edited, is_new, take
from ocgboard.core.history_names import Names, day, quoted

KIND = "control strategy"


def strategy_made(left: list[RowChange], names: Names) -> list[Said]:
    """A new strategy with what it holds, and the tasking moved on to it, in one line."""
    said = []
    for change in take(left, is_new, "control_strategy"):
        areas = take(left, is_new, "control_area", change.row)
        mine = {a.row for a in areas}
        battles = take(left, _new_battle, mine)
        priorities = take(left, is_new, "control_priority", change.row)
        held = [counted(len(areas), "threat area"), counted(len(battles), "must-win battle"),
                counted(len(priorities), "local priority", "local priorities")]
        title = quoted(change.values.get("title"))
        moved = _moved_on(take(left, _carried, {b.row for b in battles}))
        said.append(Said(KIND, f"adopted the control strategy {title}, in force from "
                               f"{day(change.values.get('adopted_on'))}, with "
                               + ", ".join(held) + moved))
    return said


def _carried(change: RowChange, battles: set[str]) -> bool:
    """An action or strategic plan item moved on to one of these new battles."""
    return (change.entity in ("action", "strategy_item") and not change.created
            and change.shown() == ["battle_id"]
            and str(change.values.get("battle_id")) in battles)


def _moved_on(carried: list[RowChange]) -> str:
    if not carried:
        return ""
    actions = sum(1 for c in carried if c.entity == "action")
    items = len(carried) - actions
    what = [counted(n, one) for n, one in ((actions, "action"), (items, "strategic action"))
            if n]
    return f", and moved {' and '.join(what)} on to its must-win battles"


def _new_battle(change: RowChange, areas: set[str]) -> bool:
    return is_new(change, "control_battle") and change.parent in areas


def battle(change: RowChange, names: Names) -> list[Said]:
    where = names.control_area(change.parent)
    if change.created:
        return [Said(KIND, f"added the must-win battle "
                           f"{quoted(change.values.get('text'))} to {where}")]
    name = names.control_battle(change.row)
    if change.deleted:
        return [Said(KIND, f"withdrew {name} from {where}")]
    if change.shown() == ["text"]:
        was = f" from {quoted(change.old['text'])}" if "text" in change.old else ""
        return [Said(KIND, f"reworded a must-win battle of {where}{was} to "
                           f"{quoted(change.values['text'])}")]
    return edited(change, names, KIND, name)


AREA_FIELDS = {"management_model": "management model", "group_name": "group",
               "theme": "theme"}


def area(change: RowChange, names: Names) -> list[Said]:
    if change.created:
        model = change.values.get("management_model")
        return [Said(KIND, f"added the threat area {quoted(change.values.get('name'))}"
                           + (f" ({model})" if model else "") + " to the control strategy")]
    fields = change.shown()
    if not fields or not set(fields) <= set(AREA_FIELDS):
        return edited(change, names, KIND)
    (label, how), *more = [_moved(change, f) for f in AREA_FIELDS if f in fields]
    return [Said(KIND, f"changed the {label} of {names.control_area(change.row)}{how}"
                       + "".join(f"; its {label}{how}" for label, how in more))]


def _moved(change: RowChange, fld: str) -> tuple[str, str]:
    """('group', " from 'Vulnerability' to 'Prosperity'"); a model is a code, said bare."""
    def said(value: object) -> str:
        if value in (None, ""):
            return "none"
        return str(value) if fld == "management_model" else quoted(value)
    was = f" from {said(change.old[fld])}" if fld in change.old else ""
    return AREA_FIELDS[fld], f"{was} to {said(change.values[fld])}"


def priority(change: RowChange, names: Names) -> list[Said]:
    if change.created:
        return [Said(KIND, f"added the local priority {quoted(change.values.get('text'))}")]
    name = names.called("control_priority", change.row)
    if change.deleted:
        return [Said(KIND, f"withdrew {name}")]
    if change.shown() == ["text"]:
        was = f" {quoted(change.old['text'])}" if "text" in change.old else ""
        return [Said(KIND, f"reworded the local priority{was} to "
                           f"{quoted(change.values['text'])}")]
    return edited(change, names, KIND, name)


def strategy(change: RowChange, names: Names) -> list[Said]:
    """A line for each of its words changed: the title, the aim, the themes."""
    fields = change.shown()
    if not fields or not set(fields) <= {"title", "aim", "themes"}:
        return edited(change, names, KIND)
    said = []
    if "title" in fields:
        was = f" {quoted(change.old['title'])}" if "title" in change.old else ""
        said.append(Said(KIND, f"renamed the control strategy{was} to "
                               f"{quoted(change.values['title'])}"))
    if "aim" in fields:
        aim = change.values["aim"]
        said.append(Said(KIND, f"changed the control strategy's aim to {quoted(aim)}" if aim
                     else "cleared the control strategy's aim"))
    if "themes" in fields:
        themes = [t for t in str(change.values["themes"] or "").splitlines() if t.strip()]
        said.append(Said(KIND, "changed the control strategy's themes to "
                               + "; ".join(quoted(t) for t in themes) if themes
                     else "cleared the control strategy's themes"))
    return said


COMBINERS = (strategy_made,)
PHRASES = {"control_battle": battle, "control_strategy": strategy, "control_area": area,
           "control_priority": priority}
