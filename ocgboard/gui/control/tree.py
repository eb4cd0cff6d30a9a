"""The strategy as a tree: groups, their threat areas with their management model, and
each area's numbered must-win battles with the live work serving them.

A battle no live work serves says so in words, in the warning colour and bold,
so that it reads without the colour too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ocgboard.core.rows.control import AreaRow, BattleRow, StrategyShown
from ocgboard.gui import look
from ocgboard.gui.control.models import served
from ocgboard.printable import escaped

ROW = Qt.ItemDataRole.UserRole + 1  # the AreaRow or BattleRow an item shows
NAME, WORK = 0, 1
NO_LIVE_ACTION = "No live action"


def set_up(view: QTreeWidget) -> None:
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(WORK, QHeaderView.ResizeMode.ResizeToContents)


def served_words(battle: BattleRow) -> str:
    return served(len(battle.actions), len(battle.items))


def warning_html(widget: QWidget, words: str) -> str:
    return f"<b><font color='{look.warning(widget.palette()).name()}'>{words}</font></b>"


def fill(view: QTreeWidget, shown: StrategyShown | None, battle_id: str | None) -> None:
    """The strategy's tree, every area open, `battle_id` (a battle's or an area's)
    chosen again if still there."""
    view.clear()
    if shown is None:
        return
    newest = shown.superseded_on is None
    view.setColumnHidden(WORK, not newest)  # coverage is the newest strategy's
    groups: dict[str, QTreeWidgetItem] = {}
    # A theme all of a group's areas serve heads the group; else each area says its own.
    themes: dict[str, set[str | None]] = {}
    for area in shown.areas:
        themes.setdefault(area.group, set()).add(area.theme)
    chosen = None
    for area in shown.areas:
        shared = themes[area.group] == {area.theme}
        group = groups.get(area.group)
        if group is None:
            group = groups[area.group] = _group(view, area.group,
                                                area.theme if shared else None)
        item = _area(group, area, None if shared else area.theme)
        if area.id == battle_id:
            chosen = item
        for battle in area.battles:
            leaf = _battle(view, item, battle, newest)
            if battle.id == battle_id:
                chosen = leaf
    view.expandAll()
    if chosen is not None:
        view.setCurrentItem(chosen)
        view.scrollToItem(chosen)


def _group(view: QTreeWidget, name: str, theme: str | None) -> QTreeWidgetItem:
    words = name + (f" — {theme}" if theme else "")
    item = QTreeWidgetItem(view, [escaped(words)])
    font = QFont(item.font(NAME))
    font.setBold(True)
    item.setFont(NAME, font)
    item.setFirstColumnSpanned(True)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a choice
    return item


def _area(group: QTreeWidgetItem, area: AreaRow, theme: str | None) -> QTreeWidgetItem:
    model = area.management_model[:1].upper() + area.management_model[1:]
    said = f" — {theme}" if theme else ""
    item = QTreeWidgetItem(group, [escaped(f"{area.number}. {area.name} ({model}){said}")])
    item.setToolTip(NAME, escaped(f"{area.name}: {model}"))
    item.setData(NAME, ROW, area)
    return item


def _battle(view: QTreeWidget, area: QTreeWidgetItem, battle: BattleRow,
            newest: bool) -> QTreeWidgetItem:
    item = QTreeWidgetItem(area, [escaped(f"{battle.number} {battle.text}")])
    item.setData(NAME, ROW, battle)
    item.setToolTip(NAME, escaped(battle.text))
    if not newest:
        return item
    if battle.no_live_action:
        item.setText(WORK, NO_LIVE_ACTION)
        item.setForeground(WORK, QBrush(look.warning(view.palette())))
        font = QFont(item.font(WORK))
        font.setBold(True)
        item.setFont(WORK, font)
        item.setToolTip(WORK, "No open action or strategic action serves this battle")
    else:
        item.setText(WORK, served_words(battle))
    return item


def chosen(view: QTreeWidget) -> BattleRow | None:
    """The must-win battle chosen, if a battle (not an area) is."""
    item = view.currentItem()
    row = item.data(NAME, ROW) if item is not None else None
    return row if isinstance(row, BattleRow) else None


def area_of(view: QTreeWidget) -> AreaRow | None:
    """The threat area chosen, or the area of the battle chosen."""
    item = view.currentItem()
    while item is not None:
        row = item.data(NAME, ROW)
        if isinstance(row, AreaRow):
            return row
        item = item.parent()
    return None
