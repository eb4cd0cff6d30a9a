"""The app opens the board a laptop works on, switches between the boards it holds,
and on an agency's laptop shows that agency's tasks and the way to send them back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard

from ocgboard.core import boards
from ocgboard.gui.board import desk as desk_module
from ocgboard.gui.board.desk import Desk
from ocgboard.gui.board.first_run import FirstRunWizard
from ocgboard.gui.context import JOIN, NEW
from ocgboard.gui.exchange.import_wizard import ImportWizard
from ocgboard.gui.exchange.page import ExchangePage
from ocgboard.gui.main_window import MainWindow
from ocgboard.gui.plans.my_tasks import MyTasksPage
from tests.sync.conftest import Laptop

JOIN_AS = ("--laptop", "DWP laptop 1", "--operator", "Jo Bloggs (DWP)")


@pytest.fixture
def laptops(tmp_path, capsys):
    return lambda name: Laptop(tmp_path, name, capsys)


def chair_of(laptops, dwp, name: str, reference: str):
    """A board's chair laptop with one threat, whose plan gives DWP a tactic."""
    chair = laptops(name.split()[0].lower())
    chair.ok("init", "--board", name, "--device", f"{name.split()[0]} chair")
    chair.ok("ocg", "add", reference, "--name", "The crew", "--disseminable", "yes")
    chair.ok("plan", "add", reference, "--tactic", "PUR-02", "--owner", "DWP")
    chair.ok("keys", "import", str(dwp.card()), "--agency", "DWP", "--name", "DWP team")
    return chair


def extract_for_dwp(chair, tmp_path, name: str) -> Path:
    extract = tmp_path / f"{name}.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(extract))
    return extract


@pytest.fixture
def boards_of_dwp(laptops, tmp_path):
    """DWP's laptop has joined two boards, each from its extract; `chairs` by board."""
    dwp = laptops("dwp")
    dwp.chairs = {}
    for name, reference in (("Eastshire OCG Partnership Board", "OCG 05/00001"),
                            ("Westshire Board", "OCG 40/00001")):
        chair = dwp.chairs[name.split()[0]] = chair_of(laptops, dwp, name, reference)
        dwp.ok("join", str(extract_for_dwp(chair, tmp_path, reference[-5:])), *JOIN_AS,
               "--yes")
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
            assert nav(window) == ["My tasks", "Exchange", "History"]
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
            second.ui.menuBoards.aboutToShow.emit()  # the most recently opened first
            assert [a.text() for a in second.ui.menuBoards.actions()[:2]] == [
                "Westshire Board (DWP's laptop)", "Eastshire OCG Partnership Board (DWP's laptop)"]
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
            def __init__(self, parent, path=None):
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


def import_in(qtbot, window: MainWindow, path: Path):
    """The import wizard on `window`'s Exchange page, started on `path`'s preview."""
    window.exchange("import_file", str(path))
    wizard = window.page(ExchangePage).import_wizard
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton),
                     Qt.MouseButton.LeftButton)
    return wizard


def test_a_file_for_another_board_held_here_is_imported_there(boards_of_dwp, qtbot,
                                                               monkeypatch, tmp_path):
    west = boards_of_dwp.chairs["Westshire"]
    west.ok("ocg", "add", "OCG 40/00002", "--name", "Second crew", "--disseminable", "yes")
    west.ok("plan", "add", "OCG 40/00002", "--tactic", "PUR-02", "--owner", "DWP")
    again = extract_for_dwp(west, tmp_path, "west-again")
    asked = []
    monkeypatch.setattr(ImportWizard, "ask", lambda self, text: asked.append(text) or True)
    with boards_of_dwp.on():
        desk = Desk(MainWindow)
        try:
            assert desk.start(None, "Eastshire")
            east = opened(qtbot, desk)
            wizard = import_in(qtbot, east, again)
            qtbot.waitUntil(lambda: desk.window is not east, timeout=20_000)
            assert asked and "“Westshire Board”, which this laptop also holds" in asked[0]
            west_window = opened(qtbot, desk)
            assert west_window.windowTitle().startswith("Westshire Board — ")
            there = west_window.page(ExchangePage).import_wizard
            assert there is not wizard and there.ui.path.text() == str(again)
            qtbot.mouseClick(there.button(QWizard.WizardButton.NextButton),
                             Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: there.preview is not None, timeout=20_000)
            assert "OCG 40/00002" in " ".join(there.preview.lines)
            with qtbot.waitSignal(west_window.context.backend.changed, timeout=20_000):
                qtbot.mouseClick(there.button(QWizard.WizardButton.CommitButton),
                                 Qt.MouseButton.LeftButton)
            there.accept()
            page = west_window.page(MyTasksPage)
            west_window.show_page(west_window.pages.index(page))
            qtbot.waitUntil(lambda: len(page.model.rows) == 2, timeout=20_000)
            qtbot.waitUntil(lambda: not west_window.context.runner.working)
        finally:
            desk.close()
        east_store = boards.find("Eastshire").path
        assert b"OCG 40/00002" not in east_store.read_bytes()


def test_a_file_for_a_board_not_held_offers_to_join_it(boards_of_dwp, laptops, qtbot,
                                                       monkeypatch, tmp_path):
    north = chair_of(laptops, boards_of_dwp, "Northshire <b>Board</b><img src='x.png'>",
                     "OCG 70/00001")
    extract = extract_for_dwp(north, tmp_path, "north")
    asked, joining = [], []

    class Joining:
        def __init__(self, parent, path=None):
            joining.append(path)
            self.joined = None

        def exec(self):
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportWizard, "ask", lambda self, text: asked.append(text) or True)
    monkeypatch.setattr(desk_module, "JoinWizard", Joining)
    with boards_of_dwp.on():
        desk = Desk(MainWindow)
        try:
            assert desk.start(None, "Eastshire")
            east = opened(qtbot, desk)
            import_in(qtbot, east, extract)
            qtbot.waitUntil(lambda: bool(joining), timeout=20_000)
            # The file's name for its board is shown as text, never read as markup.
            assert ("“Northshire &lt;b&gt;Board&lt;/b&gt;&lt;img src=&#x27;x.png&#x27;&gt;”, "
                    "which this laptop does not hold. Join") in asked[0]
            assert "<b>" not in asked[0] and "<img" not in asked[0]
            assert joining == [str(extract)] and desk.window is east  # joining was cancelled
        finally:
            desk.close()


def test_a_return_for_a_board_not_held_says_where_it_belongs(boards_of_dwp, laptops, qtbot,
                                                             tmp_path):
    other_dwp = laptops("other-dwp")
    north = chair_of(laptops, other_dwp, "Northshire Board", "OCG 70/00001")
    other_dwp.ok("join", str(extract_for_dwp(north, tmp_path, "north")), *JOIN_AS, "--yes")
    secret = tmp_path / "secret.txt"
    secret.write_text("correct horse battery staple\n")
    stray = tmp_path / "stray.ocgx"
    other_dwp.ok("export", "--return", "--passphrase-file", str(secret), "-o", str(stray))
    with boards_of_dwp.on():
        desk = Desk(MainWindow)
        try:
            assert desk.start(None, "Eastshire")
            east = opened(qtbot, desk)
            east.exchange("import_file", str(stray))
            wizard = east.page(ExchangePage).import_wizard
            qtbot.mouseClick(wizard.ui.usePassphrase, Qt.MouseButton.LeftButton)
            qtbot.keyClicks(wizard.ui.passphrase, "correct horse battery staple")
            qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton),
                             Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: bool(wizard.ui.chooseMessage.text()), timeout=20_000)
            assert wizard.ui.chooseMessage.text() == (
                "<p>This file is for the board “Northshire Board”, which this laptop does "
                "not hold: import it on a laptop that holds that board.</p>")
            assert desk.window is east and wizard.currentId() == 0
        finally:
            desk.close()


def test_the_app_given_a_file_imports_it_into_its_board(boards_of_dwp, qtbot, monkeypatch,
                                                         tmp_path):
    west = boards_of_dwp.chairs["Westshire"]
    again = extract_for_dwp(west, tmp_path, "west-again")
    monkeypatch.setattr(ImportWizard, "ask", lambda self, text: True)
    with boards_of_dwp.on():
        desk = Desk(MainWindow)
        try:
            assert desk.start(None, None, str(again))
            first = opened(qtbot, desk)
            wizard = first.page(ExchangePage).import_wizard
            assert wizard.isVisible() and wizard.ui.path.text() == str(again)
        finally:
            desk.close()
