"""Starting the desktop application on the board this laptop works on."""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ocgboard import __version__
from ocgboard.errors import BoardError
from ocgboard.gui import look, snapshot
from ocgboard.gui.board.desk import Desk, make_context
from ocgboard.gui.board.first_run import FirstRunWizard
from ocgboard.gui.context import Context
from ocgboard.gui.main_window import MainWindow

__all__ = ["first_run", "main", "make_context"]


def first_run(context: Context) -> bool:
    """The wizard, if this store has no board yet; False if the user cancelled it."""
    if context.backend.info().name:
        return True
    return FirstRunWizard(context.backend).exec() == QDialog.DialogCode.Accepted


def main(argv: list[str] | None = None) -> int:
    os.umask(0o077)  # whatever we write holds board data: owner-only
    parser = argparse.ArgumentParser(prog="ocgboard-gui")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", help="board database (default: the board open last)")
    where.add_argument("--board", help="which of the boards this laptop holds to open")
    parser.add_argument("file", nargs="?", help="an exchange file to import into its board "
                        "(or to join a board from)")
    args, qt_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("ocgboard")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("ocgboard")
    look.dress(app)
    snapshot.arm(app)
    desk = Desk(MainWindow)
    try:
        if not desk.start(args.db, args.board, args.file):
            return 0
        return app.exec()
    except BoardError as exc:
        QMessageBox.critical(None, "ocgboard", exc.message)
        return 2
    finally:
        desk.close()


if __name__ == "__main__":
    sys.exit(main())
