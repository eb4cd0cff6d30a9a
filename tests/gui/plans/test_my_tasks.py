"""My tasks on an agency's laptop: each task beside the threat it is under, as far
as the board shares that threat, and never further."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ocgboard.gui.board.desk import Desk
from ocgboard.gui.main_window import MainWindow
from ocgboard.gui.plans.my_tasks import MyTasksPage
from tests.sync.conftest import Laptop


@pytest.fixture
def dwp(tmp_path, capsys):
    """DWP's laptop joined from an extract: one shared threat, one withheld."""
    chair, dwp = Laptop(tmp_path, "chair", capsys), Laptop(tmp_path, "dwp", capsys)
    chair.ok("init", "--board", "Eastshire Board", "--device", "Eastshire chair")
    chair.ok("ocg", "add", "OCG 05/00001", "--name", "Hartley Road line", "--band", "2C",
             "--areas", "county lines", "--area", "Kingsmead", "--review", "2027-01-15",
             "--summary", "Supplies crack cocaine from Hartley Road.", "--disseminable", "yes")
    chair.ok("member", "add", "OCG 05/00001", "--name", "Dean Walsh", "--aliases", "Deano",
             "--roles", "runner", "--disseminable", "yes")
    chair.ok("member", "add", "OCG 05/00001", "--name", "Kieran Moss", "--roles",
             "principal", "--disseminable", "no")
    chair.ok("ocg", "add", "OCG 05/00002", "--name", "Operation Quarry", "--summary",
             "Covert phase.", "--disseminable", "no")
    for reference in ("OCG 05/00001", "OCG 05/00002"):
        chair.ok("plan", "add", reference, "--tactic", "PUR-02", "--owner", "DWP")
    chair.ok("keys", "import", str(dwp.card()), "--agency", "DWP", "--name", "DWP team")
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(extract))
    dwp.ok("join", str(extract), "--laptop", "DWP 1", "--operator", "Jo Bloggs", "--yes")
    return dwp


def details_of(qtbot, page: MyTasksPage, reference: str) -> str:
    row = next(i for i, r in enumerate(page.model.rows) if r.threat_ref == reference)
    page.ui.actions.setCurrentIndex(page.model.index(row, 0))
    qtbot.waitUntil(lambda: reference in page.ui.smart.toPlainText()
                    and "The threat" in page.ui.smart.toPlainText())
    return page.ui.smart.toPlainText()


def test_a_task_shows_the_threat_as_the_board_shares_it(dwp, qtbot):
    with dwp.on():
        desk = Desk(MainWindow)
        try:
            assert desk.start()
            window = desk.window
            qtbot.waitExposed(window)
            page = window.current_page()
            assert isinstance(page, MyTasksPage)
            qtbot.waitUntil(lambda: len(page.model.rows) == 2)
            shared = details_of(qtbot, page, "OCG 05/00001")
            for seen in ("The threat: OCG 05/00001 — Hartley Road line", "band 2C",
                         "County Lines · Kingsmead", "Next review by the board: 15 Jan 2027",
                         "Supplies crack cocaine from Hartley Road.",
                         "Dean Walsh (also Deano) — runner"):
                assert seen in shared, shared
            assert "Kieran Moss" not in shared  # a member the board does not share
            withheld = details_of(qtbot, page, "OCG 05/00002")
            assert "does not share this threat's details" in withheld
            assert "Quarry" not in withheld and "Covert" not in withheld
            qtbot.mouseClick(page.ui.changeStatus, Qt.MouseButton.LeftButton)
            assert page.dialog is not None  # worked on, though its threat is not shared
            page.dialog.reject()
        finally:
            desk.close()
