"""What every page of the main window offers the window around it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ocgboard.gui.backend import Backend
from ocgboard.gui.runner import TaskRunner
from ocgboard.gui.settings import Settings


@dataclass
class Context:
    """What a page works with. Pages never open sessions themselves."""

    backend: Backend
    runner: TaskRunner
    undo: QUndoStack
    settings: Settings
    window: QWidget | None = None

    def open_record(self, kind: str, key: str) -> None:
        """Show a threat, member or action wherever it lives (search, dashboard)."""
        if self.window is not None:
            self.window.open_record(kind, key)

    def show_filtered(self, page: str, **filters) -> None:
        """Open the Threats or Actions page ("threats", "actions") filtered."""
        if self.window is not None:
            from ocgboard.gui.pages import actions, threats

            target = {"threats": threats.ThreatsPage, "actions": actions.ActionsPage}[page]
            self.window.show_filtered(target, **filters)

    def status(self, message: str, msecs: int = 5000) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(message, msecs)


class Page(QWidget):
    """A page: shown in the navigation under `title`."""

    title = "Page"

    def __init__(self, context: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context

    def refresh(self) -> None:
        """Reload what the page shows (after an edit, an import)."""

    def open_record(self, kind: str, key: str) -> bool:
        """Show one record; False if this page does not show that kind."""
        return False

    def show_filtered(self, **filters) -> bool:
        """Show this page's list filtered (the dashboard's figures open lists this way).

        Threats: kind, status, band, area, review_due (days), overdue_review.
        Actions: status, strand, agency, overdue, open_only.
        Returns False if the page does not take these filters.
        """
        return False

    def new_record(self) -> bool:
        """File > New on this page; False if the page makes nothing new."""
        return False

    def print_page(self) -> bool:
        """File > Print on this page; False if there is nothing to print."""
        return False

    def save_state(self) -> None:
        """Remember column widths and splitters."""
