"""Starting the desktop application on the local store."""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ocgboard import __version__
from ocgboard.core import setup
from ocgboard.errors import BoardError
from ocgboard.gui.backend import Backend
from ocgboard.gui.board.first_run import FirstRunWizard
from ocgboard.gui.context import Context
from ocgboard.gui.main_window import MainWindow
from ocgboard.gui.runner import TaskRunner
from ocgboard.gui.settings import Settings
from ocgboard.store import Store


def make_context(store: Store) -> Context:
    return Context(Backend(store), TaskRunner(), QUndoStack(), Settings())


def first_run(context: Context) -> bool:
    """The wizard, if this store has no board yet; False if the user cancelled it."""
    if context.backend.info().name:
        return True
    return FirstRunWizard(context.backend).exec() == QDialog.DialogCode.Accepted


def main(argv: list[str] | None = None) -> int:
    os.umask(0o077)  # whatever we write holds board data: owner-only
    parser = argparse.ArgumentParser(prog="ocgboard-gui")
    parser.add_argument("--db", help="board database (default: the local store)")
    args, qt_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("ocgboard")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("ocgboard")
    try:
        store = setup.open_board(args.db)
    except BoardError as exc:
        QMessageBox.critical(None, "ocgboard", exc.message)
        return 2
    context = make_context(store)
    try:
        if not first_run(context):
            return 0
        window = MainWindow(context)
        window.show()
        return app.exec()
    finally:
        context.runner.wait(30_000)
        store.close()


if __name__ == "__main__":
    sys.exit(main())
