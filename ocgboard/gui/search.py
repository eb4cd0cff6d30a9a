"""The search box (Ctrl+F): threats, members (aliases too) and actions."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from ocgboard.core import search
from ocgboard.errors import BoardError
from ocgboard.gui.backend import Backend

KIND_LABEL = {"threat": "Threat", "member": "Member", "action": "Action"}
DELAY_MS = 150


class SearchBox(QLineEdit):
    """Type to search; Down moves into the results; Enter opens one."""

    chosen = Signal(str, str)  # kind, key

    def __init__(self, backend: Backend, parent=None):
        super().__init__(parent)
        self.backend = backend
        self.setPlaceholderText("Search threats, members and aliases, actions… (Ctrl+F)")
        self.setAccessibleName("Search")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(380)
        self.popup = ResultsPopup(self)
        self.popup.chosen.connect(self._chosen)
        self.timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self.timer.timeout.connect(self.run)
        self.textEdited.connect(lambda _text: self.timer.start())
        self.returnPressed.connect(self._enter)

    def run(self) -> None:
        text = self.text().strip()
        if len(text) < 2:
            self.popup.hide()
            return
        try:
            found = self.backend.read(search.hits, text)
        except BoardError:
            found = []
        self.popup.show_hits(found, below=self)

    def _enter(self) -> None:
        self.timer.stop()
        self.run()
        if self.popup.isVisible():
            self.popup.activate_first()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Down and self.popup.isVisible():
            self.popup.list.setFocus()
            self.popup.list.setCurrentRow(0)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.popup.hide()
        super().keyPressEvent(event)

    def _chosen(self, kind: str, key: str) -> None:
        self.popup.hide()
        self.chosen.emit(kind, key)


class ResultsPopup(QFrame):
    chosen = Signal(str, str)

    def __init__(self, owner: QLineEdit):
        super().__init__(owner, Qt.WindowType.Popup)
        self.owner = owner
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setAccessibleName("Search results")
        self.list.itemActivated.connect(self._activated)
        layout.addWidget(self.list)

    def show_hits(self, hits: list[search.Hit], below: QLineEdit) -> None:
        self.list.clear()
        if not hits:
            item = QListWidgetItem("Nothing found")
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        for hit in hits:
            item = QListWidgetItem(f"{KIND_LABEL[hit.kind]}: {hit.label}\n    {hit.detail}")
            item.setData(Qt.ItemDataRole.UserRole, (hit.kind, hit.key))
            item.setToolTip(hit.detail)
            self.list.addItem(item)
        width = max(below.width(), 560)
        self.resize(width, min(420, 24 + 44 * max(1, len(hits))))
        self.move(below.mapToGlobal(below.rect().bottomLeft()))
        self.show()
        below.setFocus()

    def activate_first(self) -> None:
        first = self.list.item(0)
        if first is not None and first.data(Qt.ItemDataRole.UserRole):
            self._activated(first)

    def _activated(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:
            self.chosen.emit(*target)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.list.currentItem():
            self._activated(self.list.currentItem())
            return
        super().keyPressEvent(event)
