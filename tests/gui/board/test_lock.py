"""The app under the laptop's lock: a new laptop chooses its passphrase (with a
strength meter), and the app locks on Ctrl+L and when left idle, showing
nothing of the board until the passphrase is typed again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel

from ocgboard.gui.board import lock as lock_module
from ocgboard.gui.board.desk import Desk
from ocgboard.gui.board.first_run import FirstRunWizard
from ocgboard.gui.board.lock import PassphraseDialog
from ocgboard.gui.context import NEW
from ocgboard.gui.main_window import MainWindow
from ocgboard.store import vault

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def new_laptop(monkeypatch):
    monkeypatch.delenv(vault.PLAIN_ENV)
    monkeypatch.setattr(Desk, "ask_first", lambda self: NEW)

    def named(wizard):
        wizard.ui.boardName.setText("Northshire Board")
        wizard.ui.operatorName.setText("Supt Ann Lee")
        wizard.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FirstRunWizard, "exec", named)
    yield
    vault.lock()


@pytest.fixture
def started(new_laptop, qtbot, monkeypatch):
    """(desk, seen): the app started on a new laptop, its passphrase chosen as a person
    would choose it; `seen` is what each passphrase prompt showed and said."""
    seen: list = []
    monkeypatch.setattr(PassphraseDialog, "exec", answering(qtbot, [PASSPHRASE], seen))
    desk = Desk(MainWindow)
    try:
        assert desk.start()
        yield desk, seen
    finally:
        desk.close()


def ok_button(dialog: PassphraseDialog):
    return dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)


def board_windows() -> list:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()]


def answering(qtbot, typed: list[str], seen: list):
    """PassphraseDialog.exec typing each of `typed` in turn, as a person would."""
    def exec_(dialog: PassphraseDialog):
        seen.append((dialog.mode, board_windows()))
        qtbot.addWidget(dialog)
        for text in typed:
            dialog.ui.passphrase.clear()
            qtbot.keyClicks(dialog.ui.passphrase, text)
            if dialog.mode == lock_module.CHOOSE:
                dialog.ui.again.clear()
                qtbot.keyClicks(dialog.ui.again, text)
            qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
            seen.append(dialog.ui.message.text())
            if dialog.result() == QDialog.DialogCode.Accepted:
                return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected
    return exec_


def test_choosing_a_passphrase_shows_its_strength_and_wants_it_twice(new_laptop, qtbot):
    dialog = PassphraseDialog(lock_module.CHOOSE)
    qtbot.addWidget(dialog)
    assert dialog.ui.again.isVisibleTo(dialog) and not ok_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.ui.passphrase, "short")
    assert dialog.ui.strength.format() == "Too short"
    dialog.ui.passphrase.clear()
    qtbot.keyClicks(dialog.ui.passphrase, PASSPHRASE)
    assert dialog.ui.strength.format() in ("Good", "Strong")
    assert not ok_button(dialog).isEnabled()  # not typed again yet
    qtbot.keyClicks(dialog.ui.again, PASSPHRASE[:-1])
    assert not ok_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.ui.again, PASSPHRASE[-1])
    assert ok_button(dialog).isEnabled()


def test_a_new_laptop_is_locked_under_its_passphrase_and_locks_on_ctrl_l(started, qtbot,
                                                                          monkeypatch, home):
    desk, seen = started
    window = desk.window
    qtbot.waitExposed(window)
    assert seen[0] == (lock_module.CHOOSE, [])  # before any board is shown
    assert vault.encrypted() and b"Northshire" not in (home / "board.sqlite").read_bytes()
    assert window.ui.actionLock.isVisible()
    assert window.ui.actionLock.shortcut() == QKeySequence("Ctrl+L")

    seen.clear()
    monkeypatch.setattr(PassphraseDialog, "exec",
                        answering(qtbot, ["not the passphrase", PASSPHRASE], seen))
    window.ui.actionLock.trigger()
    mode, shown = seen[0]
    assert mode == lock_module.UNLOCK and shown == []  # nothing of the board while locked
    assert seen[1] == "wrong passphrase for this laptop"
    again = desk.window
    assert again is not None and again is not window
    qtbot.waitExposed(again)
    assert again.windowTitle().startswith("Northshire Board — ")


def test_the_app_locks_itself_when_left_idle(started, qtbot, monkeypatch):
    desk, seen = started
    assert desk.idle is not None
    assert desk.idle.timer.interval() == lock_module.IDLE_MINUTES * 60_000
    seen.clear()
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(1))
    monkeypatch.setattr(PassphraseDialog, "exec", answering(qtbot, [], seen))  # gives up
    desk.idle.timer.setInterval(50)
    desk.idle.timer.start()
    qtbot.waitUntil(lambda: bool(quits), timeout=5000)
    assert seen[0] == (lock_module.UNLOCK, []) and desk.window is None
    assert not vault.is_unlocked()


def shown_besides_the_prompt() -> list:
    return [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and not isinstance(w, PassphraseDialog)]


def test_a_dialog_open_over_the_board_is_closed_before_the_lock_asks(started, qtbot,
                                                                       monkeypatch):
    desk, seen = started
    window = desk.window
    qtbot.waitExposed(window)
    shown: list = []

    def unlock(dialog: PassphraseDialog):
        shown.append(shown_besides_the_prompt())
        return answering(qtbot, [PASSPHRASE], seen)(dialog)

    monkeypatch.setattr(PassphraseDialog, "exec", unlock)
    open_over = QDialog(window)
    QLabel("Brook Street group: Wojciech Zieliński", open_over)
    desk.idle.timer.setInterval(50)
    desk.idle.timer.start()
    assert open_over.exec() == QDialog.DialogCode.Rejected  # its edits not kept
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown[0] == []  # neither the dialog nor the board behind it
    qtbot.waitUntil(lambda: desk.window is not None and desk.window is not window)
    assert vault.is_unlocked()


def test_preferences_change_the_passphrase_and_the_idle_time(started, qtbot, monkeypatch):
    from ocgboard.gui.board.preferences import PreferencesDialog

    desk, seen = started
    window = desk.window
    assert window.lock_label.text() == "Encrypted"
    prefs = PreferencesDialog(window.context, window)
    qtbot.addWidget(prefs)
    assert prefs.ui.idleMinutes.value() == 10
    assert prefs.ui.changePassphrase.isVisibleTo(prefs)

    new = "an even longer passphrase for Northshire"

    def change(dialog: PassphraseDialog):
        qtbot.addWidget(dialog)
        assert dialog.mode == lock_module.CHANGE and dialog.ui.current.isVisibleTo(dialog)
        qtbot.keyClicks(dialog.ui.current, "not it at all")
        qtbot.keyClicks(dialog.ui.passphrase, new)
        qtbot.keyClicks(dialog.ui.again, new)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        seen.append(dialog.ui.message.text())
        dialog.ui.current.clear()
        qtbot.keyClicks(dialog.ui.current, PASSPHRASE)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(PassphraseDialog, "exec", change)
    qtbot.mouseClick(prefs.ui.changePassphrase, Qt.MouseButton.LeftButton)
    assert seen[-1] == "wrong passphrase for this laptop"
    assert "Passphrase changed" in prefs.ui.message.text()
    prefs.ui.idleMinutes.setValue(3)
    prefs.accept()
    assert desk.idle.timer.interval() == 3 * 60_000
    vault.lock()
    with pytest.raises(Exception, match="wrong passphrase"):
        vault.unlock(PASSPHRASE)
    vault.unlock(new)


def test_a_laptop_kept_unencrypted_says_so(window):
    assert "Not encrypted" in window.lock_label.text()
    assert not window.ui.actionLock.isVisible()


def test_a_plain_laptop_of_an_earlier_version_is_encrypted_at_the_first_start(
        qtbot, monkeypatch, home, capsys):
    from ocgboard.cli import main as cli

    assert cli(["init", "--board", "Southshire Board", "--no-passphrase"]) == 0
    assert cli(["demo"]) == 0
    (home / "keys" / "lock.json").unlink()  # as a laptop from before there was a lock
    assert b"Southshire Board" in (home / "board.sqlite").read_bytes()
    monkeypatch.delenv(vault.PLAIN_ENV)
    seen: list = []
    monkeypatch.setattr(PassphraseDialog, "exec", answering(qtbot, [PASSPHRASE], seen))
    desk = Desk(MainWindow)
    try:
        assert desk.start()
        assert seen[0] == (lock_module.CHOOSE, [])
        qtbot.waitExposed(desk.window)
        assert desk.window.windowTitle().startswith("Southshire Board — ")
        assert b"Southshire" not in (home / "board.sqlite").read_bytes()
        assert b"age_identity" not in (home / "keys" / "device-keys.json").read_bytes()
    finally:
        desk.close()
        vault.lock()
