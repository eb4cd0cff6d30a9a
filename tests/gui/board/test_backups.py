"""Backups from the File menu: Back up now (in the background, saying where and how
big), Restore from backup (the backups listed newest first with their date, kind and
size; a restore asks first, saves the board as it is, and reopens the board with
the backup's data; a file that is not this board's backup is refused in one line),
and the keeping policy of automatic backups in Preferences."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ocgboard.core import keeping, register
from ocgboard.gui import ask
from ocgboard.gui.board.backups import kind
from ocgboard.gui.board.desk import Desk
from ocgboard.gui.board.preferences import PreferencesDialog
from ocgboard.gui.board.restore_dialog import RestoreDialog
from ocgboard.gui.main_window import MainWindow
from ocgboard.store import vault
from ocgboard.store.pruning import Policy
from tests.gui.board.test_lock import PASSPHRASE, answering, new_laptop  # noqa: F401
from tests.gui.driven import drive
from tests.sync.conftest import Laptop


@pytest.fixture
def told(monkeypatch) -> list[str]:
    """What the app said in an information box."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text, *_a, **_k: said.append(text))
    return said


@pytest.fixture
def desk(demo_store, db_path, qtbot):
    """The app on the demo board, as it starts: the desk reopens it after a restore."""
    opened = Desk(MainWindow)
    try:
        assert opened.start(db=str(db_path))
        qtbot.waitExposed(opened.window)
        yield opened
    finally:
        opened.close()


def back_up(qtbot, window, told: list[str]) -> Path:
    before = len(told)
    window.ui.actionBackUp.trigger()
    qtbot.waitUntil(lambda: len(told) > before, timeout=10_000)
    saved = sorted((Path(window.context.backend.store.path).parent / "backups")
                   .glob("board-*-manual.sqlite"))
    assert saved and str(saved[-1]) in told[-1]
    return saved[-1]


def threats(window) -> set[str]:
    return window.context.backend.read(
        lambda s: {t.reference for t in register.listing(s)})


def restoring(monkeypatch, qtbot, act) -> list[RestoreDialog]:
    """RestoreDialog.exec doing what `act` does with the dialog, as a person would."""
    return drive(monkeypatch, qtbot, RestoreDialog, act)


def test_back_up_now_runs_in_the_background_and_says_where_and_how_big(window, qtbot, told,
                                                                        home):
    assert window.ui.actionBackUp in window.ui.menuFile.actions()
    saved = back_up(qtbot, window, told)
    assert saved.parent == home / "backups"
    size = saved.stat().st_size
    assert f"{size / 1024 / 1024:.1f} MB" in told[-1] or f"{size // 1024} kB" in told[-1]


def test_a_restore_brings_back_the_board_as_it_was_backed_up(desk, qtbot, told,
                                                             monkeypatch, home):
    window = desk.window
    saved = back_up(qtbot, window, told)
    assert "OCG 99/00001" not in threats(window)
    window.context.backend.write(register.add, "OCG 99/00001", "Late arrivals")
    assert "OCG 99/00001" in threats(window)
    asked: list[str] = []
    monkeypatch.setattr(ask, "before", lambda _p, _t, text, verb:
                        asked.append(text) or verb == "&Restore")

    def restore_the_newest(dialog: RestoreDialog) -> None:
        rows = dialog.model.rows
        assert rows[0].path == saved and kind(rows[0]) == "Backed up by hand"
        assert [r.when for r in rows] == sorted((r.when for r in rows), reverse=True)
        assert dialog.ui.backups.model().index(0, 2).data()  # its size, in words
        dialog.ui.backups.selectRow(0)
        qtbot.mouseClick(dialog.ui.restore, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == RestoreDialog.DialogCode.Accepted,
                        timeout=20_000)

    shown = restoring(monkeypatch, qtbot, restore_the_newest)
    window.ui.actionRestore.trigger()
    assert shown and "saved first" in asked[0]
    again = desk.window
    assert again is not None and again is not window  # the board closed and reopened
    qtbot.waitExposed(again)
    assert "OCG 99/00001" not in threats(again)  # as it was when backed up
    assert list((home / "backups").glob("board-*-before-restore.sqlite"))
    assert "Restored" in again.statusBar().currentMessage()


def refused(qtbot, monkeypatch, desk, file: Path) -> str:
    window = desk.window
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(file), ""))
    monkeypatch.setattr(ask, "before", lambda *_a: True)

    def choose_another_file(dialog: RestoreDialog) -> None:
        qtbot.mouseClick(dialog.ui.otherFile, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.ui.otherFile.isEnabled, timeout=20_000)  # checked
        assert dialog.isVisible()  # the reason is said where the choice was made
        dialog.done(RestoreDialog.DialogCode.Rejected)

    shown = restoring(monkeypatch, qtbot, choose_another_file)
    before = threats(window)
    window.ui.actionRestore.trigger()
    assert desk.window is window and threats(window) == before  # the board never closed
    said = shown[0].ui.message.text()
    assert "\n" not in said
    return said


def test_a_file_that_is_not_a_backup_is_refused_in_one_line(desk, qtbot, monkeypatch,
                                                           tmp_path):
    holiday = tmp_path / "holiday.sqlite"
    holiday.write_bytes(b"photos of Whitby " * 200)
    assert refused(qtbot, monkeypatch, desk, holiday).startswith(
        "holiday.sqlite is not an ocgboard backup")


def test_another_laptops_backup_is_refused_in_one_line(desk, qtbot, monkeypatch, tmp_path,
                                                       capsys):
    deputy = Laptop(tmp_path, "deputy", capsys)
    deputy.ok("init", "--board", "Test Board", "--device", "Deputy's laptop")
    theirs = tmp_path / "deputy-backup.sqlite"
    deputy.ok("backup", "-o", str(theirs))
    said = refused(qtbot, monkeypatch, desk, theirs)
    assert "is a backup of another laptop ('Deputy's laptop')" in said


def test_the_keeping_policy_is_set_in_preferences(window, qtbot, home):
    backups = home / "backups"
    backups.mkdir(exist_ok=True)
    for day in range(1, 5):  # four automatic backups, a day apart, long ago
        (backups / f"board-202601{day:02}T120000000000-before-import.sqlite").write_bytes(b"")
    prefs = PreferencesDialog(window.context, window)
    qtbot.addWidget(prefs)
    assert (prefs.ui.keepLast.value(), prefs.ui.keepWeeks.value()) == (5, 13)
    prefs.ui.keepLast.setValue(2)
    prefs.ui.keepWeeks.setValue(4)
    prefs.accept()
    assert window.context.backend.read(keeping.policy) == Policy(2, 4)
    assert sorted(p.name[6:8 + 6] for p in backups.glob("*before-import*")) == [
        "20260103", "20260104"]
    assert "2 older removed" in window.statusBar().currentMessage()


@pytest.fixture
def locked_desk(new_laptop, qtbot, monkeypatch):  # noqa: F811
    from ocgboard.gui.board.lock import PassphraseDialog

    monkeypatch.setattr(PassphraseDialog, "exec", answering(qtbot, [PASSPHRASE], []))
    opened = Desk(MainWindow)
    try:
        assert opened.start()
        qtbot.waitExposed(opened.window)
        yield opened
    finally:
        opened.close()


def test_an_encrypted_laptops_backup_is_under_its_key_and_restores(locked_desk, qtbot,
                                                                    told, monkeypatch):
    window = locked_desk.window
    assert vault.encrypted()
    saved = back_up(qtbot, window, told)
    assert b"Northshire" not in saved.read_bytes()
    assert not saved.read_bytes().startswith(b"SQLite format 3")
    monkeypatch.setattr(ask, "before", lambda *_a: True)

    def restore_it(dialog: RestoreDialog) -> None:
        row = next(i for i, r in enumerate(dialog.model.rows) if r.path == saved)
        dialog.ui.backups.selectRow(row)
        qtbot.mouseClick(dialog.ui.restore, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == RestoreDialog.DialogCode.Accepted,
                        timeout=20_000)

    restoring(monkeypatch, qtbot, restore_it)
    window.ui.actionRestore.trigger()
    assert locked_desk.window is not window
    assert locked_desk.window.windowTitle().startswith("Northshire Board — ")
