"""The history tab: every change to the threat and its records, newest first.

Read from the change log (core.history.for_threat), which is also the audit
trail and the sync feed, so what it shows is exactly what was recorded.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHeaderView, QWidget

from ocgboard.core.rows import history as history_rows
from ocgboard.gui.threats.models import HistoryModel


class HistoryTab(QObject):
    def __init__(self, context, ui, parent: QWidget):
        super().__init__(parent)
        self.context, self.ui = context, ui
        self.model = HistoryModel(self)
        ui.history.setModel(self.model)
        header = ui.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 120), (1, 130), (2, 170), (3, 110), (4, 130)):
            header.resizeSection(column, width)

    def load(self, tid: str) -> None:
        found = self.context.backend.read(history_rows.history_rows, tid)
        self.model.set_rows(found)
        count = len(found)
        self.ui.historyCount.setText(
            f"{count} change{'s' if count != 1 else ''}, newest first"
            if count else "No changes recorded")
