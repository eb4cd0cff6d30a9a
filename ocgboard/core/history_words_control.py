"""History lines about the control strategy: one adopted (or seeded) with its threat
areas, must-win battles and local priorities, and the live tasking it carried over
to them; a battle added, reworded or withdrawn."""

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


def area(change: RowChange, names: Names) -> list[Said]:
    if change.created:
        model = change.values.get("management_model")
        return [Said(KIND, f"added the threat area {quoted(change.values.get('name'))}"
                           + (f" ({model})" if model else "") + " to the control strategy")]
    return edited(change, names, KIND)


def other(change: RowChange, names: Names) -> list[Said]:
    return edited(change, names, KIND)


COMBINERS = (strategy_made,)
PHRASES = {"control_battle": battle, "control_strategy": other, "control_area": area,
           "control_priority": other}
