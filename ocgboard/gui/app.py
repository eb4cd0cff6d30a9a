"""Starting the desktop application on the local store."""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from ocgboard import __version__
from ocgboard.core import board, setup, stats
from ocgboard.errors import BoardError
from ocgboard.gui.forms.ui_main_window import Ui_MainWindow
from ocgboard.store import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store):
        super().__init__()
        self.store = store
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.refresh()

    def refresh(self) -> None:
        with self.store.reader() as session:
            info = board.info(session)
            figures = stats.collect(session)
        name = info.name or "No board yet — run: ocgboard init --board NAME"
        self.setWindowTitle(f"{info.name or 'ocgboard'} — ocgboard")
        self.ui.boardName.setText(f"<h2>{name}</h2>")
        self.ui.markingBanner.setText(info.marking)
        threats = sum(figures.threats_by_status.values())
        actions = sum(figures.actions_by_status.values())
        self.ui.summary.setText(
            f"{threats:,} threats on the register, {actions:,} actions, "
            f"{figures.actions_overdue:,} overdue.")
        self.statusBar().showMessage(f"{info.name}  ·  {info.marking}  ·  device "
                                     f"{info.device_name}")


def main(argv: list[str] | None = None) -> int:
    os.umask(0o077)
    parser = argparse.ArgumentParser(prog="ocgboard-gui")
    parser.add_argument("--db", help="board database (default: the local store)")
    args, qt_args = parser.parse_known_args(argv)
    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("ocgboard")
    app.setApplicationVersion(__version__)
    try:
        store = setup.open_board(args.db)
    except BoardError as exc:
        QMessageBox.critical(None, "ocgboard", exc.message)
        return 2
    window = MainWindow(store)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()


if __name__ == "__main__":
    sys.exit(main())
