"""The Dashboard page (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from ocgboard.gui.pages.base import Page


class DashboardPage(Page):
    title = "Dashboard"

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.title}</h2>"))
        layout.addStretch(1)
