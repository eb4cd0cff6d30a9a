"""Preferences: your name as an author, this laptop's name, the board's marking, how
soon the app locks itself, and this laptop's passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from ocgboard.core import board, vocab
from ocgboard.errors import BoardError
from ocgboard.gui.board.lock import CHANGE, IDLE_KEY, PassphraseDialog, idle_minutes
from ocgboard.gui.context import Context
from ocgboard.gui.discard import KeepsEdits
from ocgboard.gui.forms.ui_preferences import Ui_PreferencesDialog
from ocgboard.store import vault


def _save(session, name: str, area, marking: str, device: str, operator: str) -> None:
    board.init(session, name, area=area, marking=marking, device_name=device,
               operator=operator or None)


class PreferencesDialog(KeepsEdits, QDialog):
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
        self.ui.idleMinutes.setValue(idle_minutes(context.settings))
        self.ui.changePassphrase.setVisible(vault.encrypted())
        self.ui.changePassphrase.clicked.connect(self.change_passphrase)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.keep_edits()

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
        self.context.settings.set_value(IDLE_KEY, ui.idleMinutes.value())
        if self.context.idle is not None:
            self.context.idle.set_minutes(ui.idleMinutes.value())
        super().accept()

    def change_passphrase(self) -> None:
        if PassphraseDialog(CHANGE, self).exec() == QDialog.DialogCode.Accepted:
            self.ui.message.setText("Passphrase changed: the old one no longer opens "
                                    "this laptop.")
