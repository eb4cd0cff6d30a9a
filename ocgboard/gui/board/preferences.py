"""Preferences: this laptop's name, how soon the app locks itself, its passphrase, and
how many automatic backups it keeps. The board's own settings and the operator's
name are in Board settings (settings_dialog.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from ocgboard.core import board, keeping, plural
from ocgboard.errors import BoardError
from ocgboard.gui.board.lock import CHANGE, IDLE_KEY, PassphraseDialog, idle_minutes
from ocgboard.gui.context import Context
from ocgboard.gui.discard import KeepsEdits
from ocgboard.gui.forms.ui_preferences import Ui_PreferencesDialog
from ocgboard.store import pruning, vault


def _save(session, device: str, keep_last: int, keep_weeks: int) -> pruning.Policy:
    board.name_laptop(session, device)
    return keeping.set_policy(session, keep_last, keep_weeks)


class PreferencesDialog(KeepsEdits, QDialog):
    def __init__(self, context: Context, parent=None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        self.ui.deviceName.setText(context.backend.info().device_name)
        kept = context.backend.read(keeping.policy)
        self.ui.keepLast.setValue(kept.keep_last)
        self.ui.keepWeeks.setValue(kept.keep_weeks)
        self.ui.idleMinutes.setValue(idle_minutes(context.settings))
        self.ui.changePassphrase.setVisible(vault.encrypted())
        self.ui.changePassphrase.clicked.connect(self.change_passphrase)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.keep_edits()

    def accept(self) -> None:
        ui = self.ui
        try:
            policy = self.context.backend.write(_save, ui.deviceName.text(),
                                                ui.keepLast.value(), ui.keepWeeks.value())
        except BoardError as exc:
            ui.message.setText(exc.message)
            return
        self._prune(policy)
        self.context.settings.set_value(IDLE_KEY, ui.idleMinutes.value())
        if self.context.idle is not None:
            self.context.idle.set_minutes(ui.idleMinutes.value())
        super().accept()

    def _prune(self, policy: pruning.Policy) -> None:
        """The policy applied at once, as `ocgboard backup --keep-last` does: a person
        who keeps fewer expects the disk to hold fewer."""
        store = self.context.backend.store
        if store.path is None:
            return
        gone = pruning.prune(store.path, store.clock.local_now(), policy)
        self.context.status(f"Backups made before imports: the last {policy.keep_last} kept, "
                            f"then one a week for {plural.count(policy.keep_weeks, 'week')}; "
                            f"{len(gone)} older removed", 8000)

    def change_passphrase(self) -> None:
        if PassphraseDialog(CHANGE, self).exec() == QDialog.DialogCode.Accepted:
            self.ui.message.setText("Passphrase changed: the old one no longer opens "
                                    "this laptop.")
