"""The GUI's one door to the board.

Every user action is one session: `read` for looking, `write` for changing.
The functions passed in are core services (or small functions over them)
that return plain data, so no ORM object outlives its session or crosses a
thread, and the GUI never builds a query. After a write, `changed` carries
what it changed (store.changes.Changes); each view reloads only for what it
shows (gui/watch.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from ocgboard.core import board, withheld
from ocgboard.store import Store
from ocgboard.store.changes import Changes

T = TypeVar("T")
NAMED_FROM = ("member", "threat", "person", "agency")  # what the board's redactor is built of


class Backend(QObject):
    """Emits `changed(Changes)` after every successful write, so open views can catch up."""

    changed = Signal(object)

    def __init__(self, store: Store, author: str | None = None):
        super().__init__()
        self.store = store
        self.author = author
        self._withheld: withheld.Redactor | None = None
        self.changed.connect(self._names_changed)

    def read(self, fn: Callable[..., T], *args, **kwargs) -> T:
        with self.store.reader() as session:
            return fn(session, *args, **kwargs)

    def write(self, fn: Callable[..., T], *args, **kwargs) -> T:
        """One unit of work on the GUI thread; the views hear what it changed."""
        result, changes = self.write_noting(fn, *args, **kwargs)
        self.announce(changes)
        return result

    def write_noting(self, fn: Callable[..., T], *args, **kwargs) -> tuple[T, Changes]:
        """One unit of work, and what it changed: for the runner's thread, whose task
        announces the changes on the GUI thread when it is done."""
        with self.store.session(self.author) as session:
            result = fn(session, *args, **kwargs)
        return result, Changes.of(session)

    def announce(self, changes: Changes) -> None:
        """Tell the views (on the GUI thread) what a unit of work changed."""
        if changes:
            self.changed.emit(changes)

    def today(self) -> dt.date:
        """Today by the store's clock: the one the services and the change log use."""
        return self.store.clock.today()

    def info(self) -> board.BoardInfo:
        return self.read(board.info)

    def withheld_names(self) -> withheld.Redactor:
        """The board's redactor: read once, and again only after a write touched the
        names it is made of (a member made disseminable, a new alias)."""
        if self._withheld is None:
            self._withheld = self.read(withheld.redactor)
        return self._withheld

    def _names_changed(self, changes: Changes) -> None:
        if changes.touches(*NAMED_FROM):
            self._withheld = None
