"""The first-run wizard: name the board, name this laptop, create its keys."""

from __future__ import annotations

import platform

from PySide6.QtWidgets import QMessageBox, QWizard

from ocgboard.core import board, demo, validate, vocab
from ocgboard.errors import BoardError
from ocgboard.gui.backend import Backend
from ocgboard.gui.forms.ui_first_run import Ui_FirstRunWizard
from ocgboard.store.models.board import DEFAULT_MARKING
from ocgboard.sync import keys


class FirstRunWizard(QWizard):
    def __init__(self, backend: Backend, parent=None):
        super().__init__(parent)
        self.backend = backend
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)
        self.ui.marking.addItems(vocab.values("markings"))
        self.ui.marking.setCurrentText(DEFAULT_MARKING)
        self.ui.deviceName.setText(platform.node() or "board laptop")
        self.ui.boardPage.registerField("boardName*", self.ui.boardName)

    def accept(self) -> None:
        """Save everything, or stay open with the reason if something is refused."""
        ui = self.ui
        # The board's set-up is the operator's work: its history names them, not the
        # laptop's login.
        login, operator = self.backend.author, ui.operatorName.text().strip()
        try:
            if operator:
                self.backend.author = validate.name(operator, "operator name")
            self.backend.write(board.init, ui.boardName.text(), area=ui.area.text() or None,
                               marking=ui.marking.currentText(),
                               device_name=ui.deviceName.text(),
                               operator=operator or None)
            keys.load()  # this laptop's encryption and signing keys, made now
            if ui.demoBoard.isChecked():
                self.backend.write(demo.generate, "small")
        except BoardError as exc:
            self.backend.author = login
            QMessageBox.warning(self, "Set up ocgboard", exc.message)
            return
        super().accept()
