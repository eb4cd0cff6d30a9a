"""The GUI's one door to the board.

Every user action is one session: `read` for looking, `write` for changing.
The functions passed in are core services (or small functions over them)
that return plain data, so no ORM object outlives its session or crosses a
thread, and the GUI never builds a query.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from ocgboard.core import board
from ocgboard.store import Store

T = TypeVar("T")


class Backend(QObject):
    """Emits `changed` after every successful write, so open views can refresh."""

    changed = Signal()

    def __init__(self, store: Store, author: str | None = None):
        super().__init__()
        self.store = store
        self.author = author

    def read(self, fn: Callable[..., T], *args, **kwargs) -> T:
        with self.store.reader() as session:
            return fn(session, *args, **kwargs)

    def write(self, fn: Callable[..., T], *args, notify: bool = True, **kwargs) -> T:
        with self.store.session(self.author) as session:
            result = fn(session, *args, **kwargs)
        if notify:
            self.changed.emit()
        return result

    def today(self) -> dt.date:
        """Today by the store's clock: the one the services and the change log use."""
        return self.store.clock.today()

    def info(self) -> board.BoardInfo:
        return self.read(board.info)
