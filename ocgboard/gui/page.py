"""What every page of the main window offers the window around it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ocgboard.gui.context import Context


class Page(QWidget):
    """A page: shown in the navigation under `title`, found by `name`."""

    title = "Page"
    name = ""  # what Context.show_filtered calls it: "threats", "actions"

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
