"""What every page, tab and dialog works with: the board, the runner, undo, settings.

Pages never open sessions themselves: they go through `backend`. The window
around them is seen only through the few things a page may ask of it, so a
page never imports the main window (nor the window its pages).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QStatusBar

from ocgboard.gui.backend import Backend
from ocgboard.gui.runner import TaskRunner
from ocgboard.gui.settings import Settings


class Window(Protocol):
    """What a page may ask of the window that holds it."""

    def open_record(self, kind: str, key: str) -> None: ...

    def show_filtered(self, page: str, **filters) -> None: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)

    def exchange(self, verb: str, *args) -> None: ...


NEW, JOIN = "new", "join"  # what switch_board may be asked for, besides a board's file


@dataclass
class Context:
    backend: Backend
    runner: TaskRunner
    undo: QUndoStack
    settings: Settings
    window: Window | None = None
    # Open another board (its store's file), or "new" or "join" (board/desk.py);
    # with a file, then import it there or join from it.
    switch_board: Callable[..., None] | None = None
    lock: Callable[[], None] | None = None  # lock the app now (board/desk.py)
    # Put a checked backup (store/restore.Ready) in place: the board closed and opened
    # again (board/desk.py).
    restore_board: Callable[[Any], None] | None = None
    idle: Any = None  # the idle timer that locks it (board/lock.IdleLock), if running

    def open_record(self, kind: str, key: str) -> None:
        """Show a threat, member or action wherever it lives (search, dashboard)."""
        if self.window is not None:
            self.window.open_record(kind, key)

    def show_filtered(self, page: str, **filters) -> None:
        """Open a page by its name ("threats", "actions") with its list filtered."""
        if self.window is not None:
            self.window.show_filtered(page, **filters)

    def send_return(self) -> None:
        """An agency's laptop: its work back to the board (the export wizard)."""
        if self.window is not None:
            self.window.exchange("export_file")

    def status(self, message: str, msecs: int = 5000) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(message, msecs)
