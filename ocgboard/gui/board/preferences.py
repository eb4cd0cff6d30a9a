"""Preferences: your name as an author, this laptop's name, the board's marking."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from ocgboard.core import board, vocab
from ocgboard.errors import BoardError
from ocgboard.gui.context import Context
from ocgboard.gui.forms.ui_preferences import Ui_PreferencesDialog


def _save(session, name: str, area, marking: str, device: str, operator: str) -> None:
    board.init(session, name, area=area, marking=marking, device_name=device,
               operator=operator or None)


class PreferencesDialog(QDialog):
    def __init__(self, context: Context, parent=None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        info = context.backend.info()
        self.info = info
        self.ui.operatorName.setText(info.operator or "")
        self.ui.deviceName.setText(info.device_name)
        self.ui.marking.addItems(vocab.values("markings"))
        self.ui.marking.setCurrentText(info.marking)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        ui = self.ui
        try:
            self.context.backend.write(_save, self.info.name, self.info.area,
                                       ui.marking.currentText(), ui.deviceName.text(),
                                       ui.operatorName.text().strip())
        except BoardError as exc:
            ui.message.setText(exc.message)
            return
        if ui.operatorName.text().strip():
            self.context.backend.author = ui.operatorName.text().strip()
        super().accept()
