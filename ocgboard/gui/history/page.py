"""The History page: what was done to the whole board, newest first, a line an
operation, filtered by who, what kind, which threat, words and days."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from ocgboard.gui.history.view import HistoryView
from ocgboard.gui.page import Page
from ocgboard.store.base import syncable_tables
from ocgboard.store.changes import Changes


class HistoryPage(Page):
    title = "History"
    name = "history"
    watches = tuple(syncable_tables())  # every change is a line of it

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.view = HistoryView(context, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        context.settings.restore_splitter("history", self.view.ui.splitter)

    def reload(self, changes: Changes | None) -> None:
        self.view.fill_choices()
        self.view.reload()

    def save_state(self) -> None:
        self.context.settings.save_splitter("history", self.view.ui.splitter)

