"""Help: the getting-started guide and the keyboard shortcuts, each a window that
stays open beside the board while the person works.

The guide is a Markdown file among the resources, so it is written and reviewed
as text. The shortcuts are read from the window's own actions when the table is
shown, so the table can never say a key the app does not have.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMenuBar, QTableWidgetItem, QWidget

from ocgboard import paths
from ocgboard.gui import mnemonic
from ocgboard.gui.forms.ui_guide_window import Ui_GuideWindow
from ocgboard.gui.forms.ui_shortcuts_window import Ui_ShortcutsWindow

GUIDE = paths.resources_dir() / "help" / "getting-started.md"


class GuideWindow(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_GuideWindow()
        self.ui.setupUi(self)
        self.ui.text.setMarkdown(GUIDE.read_text(encoding="utf-8"))
        self.ui.buttons.rejected.connect(self.close)


def shortcuts(menubar: QMenuBar) -> list[tuple[str, str, str]]:
    """(command, keys, menu) of every visible command of the menus that has keys, in
    the menus' order."""
    found: list[tuple[str, str, str]] = []
    for top in menubar.actions():
        if top.menu() is not None:
            _collect(top.menu(), mnemonic.plain(top.text()), found)
    return found


def _collect(menu: QMenu, where: str, found: list) -> None:
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if action.menu() is not None:
            _collect(action.menu(), f"{where} > {mnemonic.plain(action.text())}", found)
        elif keys := _keys(action):
            found.append((mnemonic.plain(action.text()), keys, where))


def _keys(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(k.toString(native) for k in action.shortcuts() if not k.isEmpty())


class ShortcutsWindow(QDialog):
    def __init__(self, menubar: QMenuBar, parent: QWidget | None = None):
        super().__init__(parent)
        self.menubar = menubar
        self.ui = Ui_ShortcutsWindow()
        self.ui.setupUi(self)
        self.ui.table.setColumnCount(3)
        self.ui.table.setHorizontalHeaderLabels(["Command", "Keys", "Menu"])
        self.ui.buttons.rejected.connect(self.close)
        self.fill()

    def fill(self) -> None:
        """The table as the menus are now (a page or a setting may have changed them)."""
        table = self.ui.table
        rows = shortcuts(self.menubar)
        table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            for column, text in enumerate(row):
                table.setItem(number, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
