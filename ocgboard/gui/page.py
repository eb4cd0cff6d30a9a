"""What every page of the main window offers the window around it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ocgboard.gui.context import Context
from ocgboard.gui.watch import Watch
from ocgboard.store.changes import Changes


class Page(QWidget):
    """A page: shown in the navigation under `title`, found by `name`."""

    title = "Page"
    name = ""  # what Context.show_filtered calls it: "threats", "actions"
    watches: tuple[str, ...] = ()  # the tables the page shows: their changes reload it

    def __init__(self, context: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.watch = Watch(self, context.backend, self.watches, self.reload)

    def refresh(self) -> None:
        """The page is shown: catch up with what changed while it was not."""
        self.watch.catch_up()

    def reload(self, changes: Changes | None) -> None:
        """Load what the page shows: in full (None), or what `changes` touched."""

    def open_record(self, kind: str, key: str) -> bool:
        """Show one record; False if this page does not show that kind."""
        return False

    def show_filtered(self, **filters) -> bool:
        """Show this page's list filtered (the dashboard's figures open lists this way).

        Threats: kind, status, band, area, review_due (days), overdue_review.
        Actions: status, strand, agency, overdue, open_only; or ids and scope (the
        actions a figure counted, and the words saying which).
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
