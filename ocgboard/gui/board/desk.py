"""Which board the app has open, and opening another.

The app works on one board at a time. It opens the board asked for (--board,
--db), else the one open when it last closed, else the first the laptop
holds; a laptop that holds none offers to set one up or to join one from a
file it was sent. Another board opens in a window of its own, and the window
of the one before closes with its store: nothing of one board is ever shown
in another's window.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

from ocgboard import paths
from ocgboard.core import board, boards, setup
from ocgboard.errors import BoardError
from ocgboard.gui.backend import Backend
from ocgboard.gui.board import lock
from ocgboard.gui.board.first_run import FirstRunWizard
from ocgboard.gui.board.join_wizard import JoinWizard
from ocgboard.gui.context import JOIN, NEW, Context
from ocgboard.gui.runner import TaskRunner
from ocgboard.gui.settings import Settings
from ocgboard.store import Store, vault

LAST, RECENT = "boards/last", "boards/recent"


def make_context(store: Store) -> Context:
    return Context(Backend(store), TaskRunner(), QUndoStack(), Settings())


class Desk:
    """The open board: its store, the context its pages work with, its window."""

    def __init__(self, window_of: Callable[[Context], QWidget]):
        self.window_of = window_of
        self.settings = Settings()
        self.store: Store | None = None
        self.context: Context | None = None
        self.window: Any = None  # the board's window (window_of's), when one is open
        self.idle: lock.IdleLock | None = None

    # -- starting -------------------------------------------------------------------

    def start(self, db: str | None = None, wanted: str | None = None,
              file: str | None = None) -> bool:
        """Open the first board, and import `file` into it (the import routes it to
        its own board, or offers to join that board); False when the person chose
        to quit."""
        if not lock.unlocked():
            return False
        self.idle = lock.IdleLock(lock.idle_minutes(self.settings), self.lock_now)
        if db is None and wanted is None and file and not boards.held():
            return self._join(None, file)
        if not self._start(db, wanted):
            return False
        if file:
            self.window.exchange("import_file", file)
        return True

    def _start(self, db: str | None, wanted: str | None) -> bool:
        if db is not None:
            return self.open(Path(db))
        if wanted is not None:
            return self.open(boards.find(wanted).path)
        remembered = self.settings.value(LAST)
        held = boards.held()
        if remembered and any(str(h.path) == remembered for h in held):
            return self.open(Path(remembered))
        if held:
            return self.open(held[0].path)
        return self._first_board()

    def _first_board(self) -> bool:
        choice = self.ask_first()
        if choice == NEW:
            return self.open(boards.first_path())
        if choice == JOIN:
            return self._join(None)
        return False

    def ask_first(self) -> str | None:
        """NEW, JOIN or None (quit): what a laptop that holds no board is for."""
        box = QMessageBox(QMessageBox.Icon.Question, "Welcome to ocgboard",
                          "This laptop holds no board yet.")
        box.setInformativeText("Set up a new board if you chair one. If a board's chair sent "
                               "you a file (your agency's extract, or a full replica for a "
                               "deputy), join the board from it.")
        new = box.addButton("Set up a new board", QMessageBox.ButtonRole.AcceptRole)
        join = box.addButton("Join a board from a file…", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return NEW if box.clickedButton() is new else JOIN if box.clickedButton() is join \
            else None

    # -- opening ----------------------------------------------------------------------

    def open(self, path: Path) -> bool:
        """That board's window, this one's closed; False if its first-run wizard was
        cancelled (a store that holds no board yet is named first)."""
        store = setup.open_board(str(path))
        context = make_context(store)
        context.switch_board = self.switch
        context.lock = self.lock_now if vault.encrypted() else None
        context.restore_board = self.restore
        context.idle = self.idle
        if not context.backend.info().name and \
                FirstRunWizard(context.backend).exec() != QDialog.DialogCode.Accepted:
            context.runner.wait(30_000)
            store.close()
            return False
        window = self.window_of(context)
        window.show()  # before the last one closes, or the app would quit between them
        self._close_current()
        self.store, self.context, self.window = store, context, window
        self._remember(path)
        return True

    def switch(self, what: str, file: str | None = None) -> None:
        """The Boards menu's choice: a board's file, NEW or JOIN; with an exchange
        file, import it into the board opened, or join from it."""
        try:
            if what == JOIN:
                self._join(self.window, file)
            elif what == NEW:
                self._new_board()
            elif self._opened(Path(what)) and file:
                self.window.exchange("import_file", file)
        except BoardError as exc:
            QMessageBox.warning(self.window, "ocgboard", exc.message)

    def _opened(self, path: Path) -> bool:
        """That board open, as it is already or now."""
        return self.store is not None and path == self.store.path or self.open(path)

    def _join(self, parent, file: str | None = None) -> bool:
        wizard = JoinWizard(parent, path=file)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.joined is None:
            return False
        return self.open(wizard.joined.path)

    def _new_board(self) -> None:
        """A board beside those held: named by the first-run wizard in a store of its
        own, which takes its board's name once it has one."""
        part = paths.boards_dir() / f".new-{os.getpid()}{boards.SUFFIX}"
        store = setup.open_board(str(part))
        backend = Backend(store)
        named = FirstRunWizard(backend, self.window).exec() == QDialog.DialogCode.Accepted
        info = backend.info()
        board_id = backend.read(lambda s: board.current(s).id.hex) if named else None
        store.close()
        if not named or board_id is None:
            boards.remove(part)
            return
        target = boards.new_path(info.name, board_id)
        part.replace(target)
        boards.remove(part)
        self.open(target)

    def _close_current(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
        if self.context is not None:
            self.context.runner.wait(30_000)
        if self.store is not None:
            self.store.close()
        self.window = self.context = self.store = None

    def close(self) -> None:
        if self.idle is not None:
            self.idle.stop()
        self._close_current()
        self.settings.sync()

    # -- restoring ----------------------------------------------------------------------

    def restore(self, ready) -> None:
        """A backup checked against this board (store/restore.Ready) put in its place: the
        board closed, saved as it is, replaced, and opened again; the status bar says
        where the board as it was is kept, or a box why nothing changed."""
        if self.store is None or self.store.path is None:
            ready.discard()
            return
        path = self.store.path
        # Shown while no board window is: the app would take the last window closed
        # for the end of it.
        busy = QProgressDialog(f"Restoring the board from {ready.source.name}…", "", 0, 0)
        busy.setCancelButton(None)
        busy.setWindowTitle("Restoring the board")
        busy.setMinimumDuration(0)
        busy.show()
        QApplication.processEvents()
        self._close_current()
        try:
            safety = ready.put_in_place()
        except BoardError as exc:
            said, failure = "", exc.message
        else:
            said, failure = (f"Restored from {ready.source.name}; the board as it was is "
                             f"saved in {safety.name}"), ""
        finally:
            ready.discard()
        self.open(path)
        busy.close()
        if failure:
            QMessageBox.warning(self.window, "Restore from backup", failure)
        elif self.context is not None:
            self.context.status(said, 20_000)

    # -- locking -----------------------------------------------------------------------

    def lock_now(self) -> None:
        """Nothing of the board shown and its key forgotten, once work under way is
        done; the same board again once the passphrase is typed (the app quits if
        the person gives up). A dialog open over the board is closed unsaved."""
        if not vault.encrypted() or self.store is None:
            return
        if self.context is not None:
            self.context.runner.wait()  # an import or a pack finishes first
        if self._close_dialogs():
            # Their own event loops end once this returns: the key goes after that,
            # so no dialog's caller is left reading a board that is gone.
            QTimer.singleShot(0, self._lock_closed)
        else:
            self._lock_closed()

    def _close_dialogs(self) -> bool:
        """Every window but the board's hidden at once; whether a dialog was open."""
        closed = False
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
                closed = True
            else:
                widget.close()
        if closed and self.window is not None:
            self.window.hide()
        return closed

    def _lock_closed(self) -> None:
        if self.store is None:
            return
        path = self.store.path
        self._close_current()
        vault.lock()
        if lock.unlocked() and path is not None:
            self.open(path)
        else:
            QApplication.quit()

    def _remember(self, path: Path) -> None:
        recent = [p for p in (self.settings.value(RECENT) or []) if p != str(path)]
        self.settings.set_value(RECENT, [str(path), *recent][:8])
        self.settings.set_value(LAST, str(path))
        self.settings.sync()

