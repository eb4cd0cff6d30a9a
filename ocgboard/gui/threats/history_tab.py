"""The threat editor's History tab: what was done to the threat and its records
(members, plan, updates, disruptions, agenda items), a line an operation.

It is the History page's view (gui/history/view.py) held to one threat.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ocgboard.gui.history.view import HistoryView


class HistoryTab(QObject):
    def __init__(self, context, ui, parent: QWidget):
        super().__init__(parent)
        self.view = HistoryView(context, ui.historyTab, one_threat=True)
        ui.historyLayout.addWidget(self.view)

    def load(self, tid: str) -> None:
        self.view.show_threat(tid)
