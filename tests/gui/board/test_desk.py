"""The app opens the board a laptop works on, switches between the boards it holds,
and on an agency's laptop shows that agency's tasks and the way to send them back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ocgboard.core import boards
from ocgboard.gui.board import desk as desk_module
from ocgboard.gui.board.desk import JOIN, NEW, Desk
from ocgboard.gui.board.first_run import FirstRunWizard
from ocgboard.gui.main_window import MainWindow
from tests.sync.conftest import Laptop

JOIN_AS = ("--laptop", "DWP laptop 1", "--operator", "Jo Bloggs (DWP)")


@pytest.fixture
def laptops(tmp_path, capsys):
    return lambda name: Laptop(tmp_path, name, capsys)


@pytest.fixture
def boards_of_dwp(laptops, tmp_path):
    """DWP's laptop has joined two boards, each from its extract."""
    dwp = laptops("dwp")
    for name, reference in (("Eastshire OCG Partnership Board", "OCG 05/00001"),
                            ("Westshire Board", "OCG 40/00001")):
        chair = laptops(name.split()[0].lower())
        chair.ok("init", "--board", name, "--device", f"{name.split()[0]} chair")
        chair.ok("ocg", "add", reference, "--name", "The crew", "--disseminable", "yes")
        chair.ok("plan", "add", reference, "--tactic", "PUR-02", "--owner", "DWP")
        chair.ok("keys", "import", str(dwp.card()), "--agency", "DWP", "--name", "DWP team")
        extract = tmp_path / f"{reference[-5:]}.ocgx"
        chair.ok("export", "--agency", "DWP", "--yes", "-o", str(extract))
        dwp.ok("join", str(extract), *JOIN_AS, "--yes")
    return dwp


def opened(qtbot, desk: Desk) -> MainWindow:
    window = desk.window
    assert isinstance(window, MainWindow)  # the desk closes and deletes it, not qtbot
    qtbot.waitExposed(window)
    return window


def nav(window: MainWindow) -> list[str]:
    return [window.ui.navigation.item(i).text() for i in range(window.ui.navigation.count())]


def test_an_agency_laptop_shows_its_tasks_and_sends_its_return(boards_of_dwp, qtbot):
    with boards_of_dwp.on():
        desk = Desk(MainWindow)
        try:
            assert desk.start()
            window = opened(qtbot, desk)
            assert nav(window) == ["My tasks", "Exchange"]
            assert window.windowTitle() == ("Eastshire OCG Partnership Board — DWP's laptop — "
                                            "ocgboard")
            assert not window.ui.actionNew.isVisible()
            tasks = window.current_page()
            assert tasks.ui.sendReturn.isVisible() and tasks.ui.agency.isHidden()
            qtbot.waitUntil(lambda: bool(tasks.model.rows))
            assert [row.threat_ref for row in tasks.model.rows] == ["OCG 05/00001"]
            qtbot.mouseClick(tasks.ui.sendReturn, Qt.MouseButton.LeftButton)
            wizard = window.pages[1].export_wizard
            assert wizard.isVisible()
            assert wizard.ui.fullReplica.text().startswith("&DWP's return to the board")
            wizard.reject()
        finally:
            desk.close()


def test_the_boards_menu_opens_the_other_board_in_a_window_of_its_own(boards_of_dwp, qtbot):
    with boards_of_dwp.on():
        desk = Desk(MainWindow)
        try:
            assert desk.start()
            first = opened(qtbot, desk)
            first.ui.menuBoards.aboutToShow.emit()
            listed = [a.text() for a in first.ui.menuBoards.actions() if a.text()]
            assert listed[:2] == ["Eastshire OCG Partnership Board (DWP's laptop)",
                                  "Westshire Board (DWP's laptop)"]
            assert [a.isChecked() for a in first.ui.menuBoards.actions()[:2]] == [True, False]
            west = next(a for a in first.ui.menuBoards.actions() if a.text().startswith("West"))
            west.trigger()
            second = opened(qtbot, desk)
            assert second is not first and not first.isVisible()
            assert second.windowTitle().startswith("Westshire Board — ")
            page = second.current_page()
            qtbot.waitUntil(lambda: bool(page.model.rows))
            assert [row.threat_ref for row in page.model.rows] == ["OCG 40/00001"]
        finally:
            desk.close()
        # The next start opens the board open last.
        again = Desk(MainWindow)
        try:
            assert again.start()
            assert opened(qtbot, again).windowTitle().startswith("Westshire Board — ")
        finally:
            again.close()


def test_a_laptop_with_no_board_sets_one_up_or_joins_or_quits(tmp_path, qtbot, monkeypatch,
                                                               home):
    desk = Desk(MainWindow)
    monkeypatch.setattr(Desk, "ask_first", lambda self: None)
    assert not desk.start()  # Quit: nothing opened, nothing made
    assert not boards.first_path().exists()
    asked = []
    monkeypatch.setattr(Desk, "ask_first", lambda self: asked.append(1) or NEW)

    def named(wizard):
        wizard.ui.boardName.setText("Northshire Board")
        wizard.ui.operatorName.setText("Supt Ann Lee")
        wizard.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FirstRunWizard, "exec", named)
    try:
        assert desk.start()
        window = opened(qtbot, desk)
        assert asked and window.windowTitle().startswith("Northshire Board — ")
        assert "Threats" in nav(window)
        # A second board beside it: named by the same wizard, kept in a file of its own.
        monkeypatch.setattr(FirstRunWizard, "exec", lambda wizard: (
            wizard.ui.boardName.setText("Southshire Board"), wizard.accept(),
            QDialog.DialogCode.Accepted)[-1])
        window.context.switch_board(NEW)
        assert opened(qtbot, desk).windowTitle().startswith("Southshire Board — ")
        held = boards.held()
        assert [h.name for h in held] == ["Northshire Board", "Southshire Board"]
        assert held[1].path.parent.name == "boards" and "southshire-board-" in held[1].path.name
    finally:
        desk.close()


def test_join_from_the_menu_opens_the_board_joined(boards_of_dwp, qtbot, monkeypatch):
    with boards_of_dwp.on():
        desk = Desk(MainWindow)
        joined = boards.held()[1]

        class Joined:
            def __init__(self, parent):
                self.joined = joined

            def exec(self):
                return QDialog.DialogCode.Accepted

        monkeypatch.setattr(desk_module, "JoinWizard", Joined)
        try:
            assert desk.start(None, "Eastshire")
            opened(qtbot, desk).context.switch_board(JOIN)
            assert opened(qtbot, desk).windowTitle().startswith("Westshire Board — ")
        finally:
            desk.close()
