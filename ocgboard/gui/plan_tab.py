"""A threat's 4P plan, as a tab of the threat editor (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlanTab(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("4P plan"))

    def show_threat(self, reference: str) -> None:
        """Load the plan of the threat with this reference."""
