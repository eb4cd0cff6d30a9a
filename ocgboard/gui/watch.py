"""One view kept in step with the board: the staleness rule every page and tab shares.

A view names the tables it shows. When a write changes one of them, the view
reloads at once if it is on screen, or else the next time it is shown, with
what changed since it last loaded (so a long list can read again only the
rows that changed). It loads in full the first time it is shown, and after an
import, which changes everything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QWidget

from ocgboard.gui.backend import Backend
from ocgboard.store.changes import Changes

# reload(None) loads the view in full; reload(changes) catches up with those.
Reload = Callable[[Changes | None], None]


class Watch:
    def __init__(self, view: QWidget, backend: Backend, tables: Iterable[str],
                 reload: Reload, *, relevant: Callable[[Changes], bool] | None = None):
        """`relevant` narrows further what concerns the view (the threat it shows)."""
        self.view, self.reload = view, reload
        self.tables = frozenset(tables)
        self.relevant = relevant
        self.stale = True  # never loaded: the first showing loads in full
        self.pending: Changes | None = None
        backend.changed.connect(self._noticed)

    def _noticed(self, changes: Changes) -> None:
        if not changes.touches(*self.tables):
            return
        if self.relevant is not None and not changes.everything and not self.relevant(changes):
            return
        if changes.everything:
            self.stale = True
        elif not self.stale:
            self.pending = changes if self.pending is None else self.pending | changes
        if self.view.isVisible():
            self.catch_up()

    def catch_up(self) -> None:
        """Reload now if anything the view shows changed since it last loaded."""
        if self.stale:
            self.loaded()
            self.reload(None)
        elif self.pending is not None:
            changes, self.pending = self.pending, None
            self.reload(changes)

    def loaded(self) -> None:
        """The view has just loaded itself in full: nothing is pending."""
        self.stale, self.pending = False, None

    def invalidate(self) -> None:
        """The next catch-up loads in full (a view that now shows another record)."""
        self.stale, self.pending = True, None
