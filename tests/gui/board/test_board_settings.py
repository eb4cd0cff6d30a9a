"""Board settings: the board's name, area and protective marking, and the operator's
name, changed after the first run as its wizard promises; a change is a record of
the change log like any edit (so it reaches the other board laptops, and the
history tells it); an agency's laptop shows them read-only and says why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from ocgboard.core import history_lines
from ocgboard.gui.board.desk import Desk
from ocgboard.gui.board.settings_dialog import BoardSettingsDialog
from ocgboard.gui.main_window import MainWindow
from ocgboard.store.models import Change
from tests.gui.driven import drive
from tests.sync.conftest import Laptop


@pytest.fixture
def dwp(tmp_path, capsys):
    """DWP's laptop, joined from the extract the chair sent it."""
    chair, dwp = Laptop(tmp_path, "chair", capsys), Laptop(tmp_path, "dwp", capsys)
    chair.ok("init", "--board", "Eastshire Board", "--area", "Eastshire")
    chair.ok("ocg", "add", "OCG 05/00001", "--name", "Hartley Road line",
             "--disseminable", "yes")
    chair.ok("plan", "add", "OCG 05/00001", "--tactic", "PUR-02", "--owner", "DWP")
    chair.ok("keys", "import", str(dwp.card()), "--agency", "DWP", "--name", "DWP team")
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(extract))
    dwp.ok("join", str(extract), "--laptop", "DWP 1", "--operator", "Jo Bloggs", "--yes")
    return dwp


def save_button(dialog: BoardSettingsDialog):
    return dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)


def retype(qtbot, field, text: str) -> None:
    field.selectAll()
    qtbot.keyClicks(field, text)


@pytest.fixture
def opened(monkeypatch, qtbot):
    """BoardSettingsDialog.exec doing what `act` does with the dialog, as a person would."""
    return lambda act: drive(monkeypatch, qtbot, BoardSettingsDialog, act)


def test_the_file_menu_changes_the_boards_name_area_marking_and_operator(window, qtbot,
                                                                         opened):
    assert window.ui.actionBoardSettings in window.ui.menuFile.actions()

    def change(dialog: BoardSettingsDialog) -> None:
        ui = dialog.ui
        assert (ui.boardName.text(), ui.area.text()) == ("Test Board", "Northshire")
        assert ui.marking.currentText() == "OFFICIAL-SENSITIVE"
        assert ui.boardName.isEnabled() and not ui.readOnly.isVisibleTo(dialog)
        retype(qtbot, ui.boardName, "Eastshire OCG Partnership Board")
        retype(qtbot, ui.area, "Eastshire and Kingsmead")
        ui.marking.setCurrentIndex(ui.marking.findText("OFFICIAL"))
        retype(qtbot, ui.operatorName, "Supt Ann Lee")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    shown = opened(change)
    window.ui.actionBoardSettings.trigger()
    assert shown and shown[0].result() == BoardSettingsDialog.DialogCode.Accepted
    assert window.windowTitle().startswith("Eastshire OCG Partnership Board — ")
    assert window.ui.markingBanner.text() == "OFFICIAL"
    backend = window.context.backend
    info = backend.info()
    assert (info.area, info.marking, info.operator) == ("Eastshire and Kingsmead", "OFFICIAL",
                                                       "Supt Ann Lee")
    assert backend.author == "Supt Ann Lee"  # what they do next is in their name
    # A record of the change log, in the operator's name: it travels to the deputy's
    # laptop as any edit does, and the history tells it.
    authors = backend.read(lambda s: set(s.scalars(
        select(Change.author).where(Change.entity == "board"))))
    assert "Supt Ann Lee" in authors
    told = backend.read(lambda s: [line.sentence for line in history_lines.page(s).lines])
    assert any("the board's name from 'Test Board' to 'Eastshire OCG Partnership Board'"
               in text for text in told), told


def test_a_board_name_refused_keeps_the_dialog_open_with_the_reason(window, qtbot, opened):
    def empty(dialog: BoardSettingsDialog) -> None:
        dialog.ui.boardName.clear()
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert "board name" in dialog.ui.message.text()
        dialog.done(BoardSettingsDialog.DialogCode.Rejected)

    opened(empty)
    window.ui.actionBoardSettings.trigger()
    assert window.windowTitle().startswith("Test Board — ")


def test_an_agency_laptop_shows_the_boards_settings_read_only_and_why(dwp, qtbot,
                                                                     opened):
    def look(dialog: BoardSettingsDialog) -> None:
        ui = dialog.ui
        assert ui.boardName.text() == "Eastshire Board"
        for field in (ui.boardName, ui.area):
            assert field.isReadOnly()
        assert not ui.marking.isEnabled()
        assert ui.readOnly.isVisibleTo(dialog)
        assert "chair" in ui.readOnly.text() and "extract" in ui.readOnly.text()
        retype(qtbot, ui.boardName, "Renamed by DWP")  # typing does nothing
        assert ui.boardName.text() == "Eastshire Board"
        dialog.done(BoardSettingsDialog.DialogCode.Rejected)

    with dwp.on():
        desk = Desk(MainWindow)
        try:
            assert desk.start()
            window = desk.window
            qtbot.waitExposed(window)
            shown = opened(look)
            window.ui.actionBoardSettings.trigger()
            assert shown
            assert window.windowTitle().startswith("Eastshire Board — ")
        finally:
            desk.close()


def test_the_service_refuses_an_agency_laptop_too(dwp):
    from ocgboard.core import board, setup
    from ocgboard.errors import InputError

    with dwp.on():
        store = setup.open_board(str(dwp.db))
        try:
            with pytest.raises(InputError, match="chair"), store.session("Jo Bloggs") as s:
                board.change_settings(s, "Renamed", "Anywhere", "OFFICIAL")
        finally:
            store.close()
