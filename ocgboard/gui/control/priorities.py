"""The page's list of local priorities: filled from the strategy shown, and the one
chosen in it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ocgboard.core.rows import control as control_rows
from ocgboard.printable import escaped


def fill(view: QListWidget, shown: control_rows.StrategyShown | None, kept: str | None) -> None:
    """Each priority numbered, `kept` (an id) chosen again; said so when there are none."""
    view.clear()
    for row in shown.priorities if shown else ():
        item = QListWidgetItem(escaped(f"{row.number}. {row.text}"), view)
        item.setData(Qt.ItemDataRole.UserRole, row)
        if row.id == kept:
            view.setCurrentItem(item)
    if shown is not None and not shown.priorities:
        item = QListWidgetItem("None recorded.", view)
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # words, not a priority to choose


def chosen(view: QListWidget) -> control_rows.PriorityRow | None:
    item = view.currentItem()
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None
