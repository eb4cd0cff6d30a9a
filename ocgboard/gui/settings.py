"""Window sizes, splitters and column widths, remembered between runs (columns.py
fits those of a table never seen before).

Kept in an INI file in ocgboard's config folder, so OCGBOARD_HOME moves it
with everything else.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

from ocgboard import paths
from ocgboard.gui import columns


class Settings:
    def __init__(self):
        self.qt = QSettings(str(paths.config_dir() / "gui.ini"), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.qt.value(key)
        return value if isinstance(value, QByteArray) else None

    def save_window(self, window: QMainWindow) -> None:
        self.qt.setValue("window/geometry", window.saveGeometry())
        self.qt.setValue("window/state", window.saveState())

    def restore_window(self, window: QMainWindow) -> bool:
        geometry = self._bytes("window/geometry")
        if geometry is None:
            return False
        window.restoreGeometry(geometry)
        state = self._bytes("window/state")
        if state is not None:
            window.restoreState(state)
        return True

    def save_splitter(self, key: str, splitter: QSplitter) -> None:
        self.qt.setValue(f"splitter/{key}", splitter.saveState())

    def restore_splitter(self, key: str, splitter: QSplitter) -> None:
        state = self._bytes(f"splitter/{key}")
        if state is not None:
            splitter.restoreState(state)

    def save_header(self, key: str, header: QHeaderView) -> None:
        self.qt.setValue(f"columns/{key}", header.saveState())

    def restore_header(self, key: str, header: QHeaderView) -> None:
        """The widths the person left; a table seen for the first time is fitted to its
        content once it has rows. Either way no empty band is left beside the last
        column."""
        state = self._bytes(f"columns/{key}")
        if state is None or not header.restoreState(state):
            columns.fit_when_filled(header)
        columns.fill_width(header)

    def value(self, key: str, default=None):
        return self.qt.value(key, default)

    def set_value(self, key: str, value) -> None:
        self.qt.setValue(key, value)

    def sync(self) -> None:
        self.qt.sync()
