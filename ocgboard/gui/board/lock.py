"""The laptop's lock in the app: its passphrase asked for, chosen, or changed, and
the app locked when left idle or on Ctrl+L.

Locking closes the board's window (work under way finishes first), drops the
key from memory and shows only the passphrase prompt; unlocking opens the
same board again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from ocgboard.errors import BoardError
from ocgboard.gui.forms.ui_passphrase_dialog import Ui_PassphraseDialog
from ocgboard.store import encrypt, vault

IDLE_MINUTES = 10  # as KeePassXC's default
IDLE_KEY = "lock/idle_minutes"
UNLOCK, CHOOSE, CHANGE = "unlock", "choose", "change"


class PassphraseDialog(QDialog):
    """UNLOCK: the laptop's passphrase, checked. CHOOSE: a new one, twice, with a
    strength meter; the laptop is locked under it (its plain data encrypted).
    CHANGE: the current one, then a new one twice: the key is wrapped again."""

    def __init__(self, mode: str, parent=None):
        super().__init__(parent)
        self.mode = mode
        self.ui = ui = Ui_PassphraseDialog()
        ui.setupUi(self)
        choosing = mode in (CHOOSE, CHANGE)
        for widget in (ui.again, ui.againLabel, ui.strength, ui.strengthLabel):
            widget.setVisible(choosing)
        for widget in (ui.current, ui.currentLabel):
            widget.setVisible(mode == CHANGE)
        if mode == CHANGE:
            self.setWindowTitle("Change this laptop's passphrase")
            ui.passphraseLabel.setText("&New passphrase:")
            ui.heading.setText("The boards are not encrypted again: the same key is locked "
                               "under the new passphrase, and the old one opens nothing.")
        elif choosing:
            self.setWindowTitle("Choose a passphrase for this laptop")
            ui.heading.setText(
                "Everything ocgboard keeps on this laptop (boards, backups, keys) is "
                "encrypted under this passphrase. Without it nothing can be read, by anyone: "
                "there is no way back if it is lost, so keep it somewhere safe.")
        else:
            ui.heading.setText("ocgboard is locked. Type this laptop's passphrase to open "
                               "its boards.")
        ui.passphrase.textChanged.connect(self._changed)
        ui.again.textChanged.connect(self._changed)
        ui.current.textChanged.connect(self._changed)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self._changed()

    def _changed(self) -> None:
        ui = self.ui
        ui.message.clear()
        text = ui.passphrase.text()
        ok = bool(text)
        if self.mode != UNLOCK:
            bits, word = vault.strength(text)
            ui.strength.setValue(min(100, bits))
            ui.strength.setFormat(word.capitalize() if text else "")
            ok = len(text) >= vault.MIN_PASSPHRASE and ui.again.text() == text and \
                (self.mode == CHOOSE or bool(ui.current.text()))
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def accept(self) -> None:
        text = self.ui.passphrase.text()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # Argon2id: a second
        try:
            if self.mode == CHOOSE:
                encrypt.protect(text)
            elif self.mode == CHANGE:
                vault.change(self.ui.current.text(), text)
            else:
                vault.unlock(text)
        except BoardError as exc:
            self.ui.message.setText(exc.message)
            self.ui.passphrase.selectAll()
            return
        finally:
            QApplication.restoreOverrideCursor()
        for field in (self.ui.passphrase, self.ui.again, self.ui.current):
            field.clear()
        super().accept()


def idle_minutes(settings) -> int:
    """How long the app may be left before it locks itself (Preferences)."""
    try:
        return max(1, int(settings.value(IDLE_KEY) or IDLE_MINUTES))
    except (TypeError, ValueError):
        return IDLE_MINUTES


def unlocked(parent=None) -> bool:
    """The laptop ready to open its boards: unlocked, or given its lock the first
    time (or kept plain, where that was chosen); False if the person cancelled."""
    if not vault.exists():
        if vault.unencrypted_by_choice():
            vault.create(None)
            return True
        return PassphraseDialog(CHOOSE, parent).exec() == QDialog.DialogCode.Accepted
    if vault.is_unlocked():
        return True
    return PassphraseDialog(UNLOCK, parent).exec() == QDialog.DialogCode.Accepted


class IdleLock(QObject):
    """Calls `lock` after `minutes` with no key press or mouse use in the app."""

    WATCHED = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
               QEvent.Type.Wheel)

    def __init__(self, minutes: int, lock: Callable[[], None]):
        super().__init__()
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(lock)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.start()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in self.WATCHED:
            self.timer.start()
        return False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
