"""Three laptops and no command line on the partners' side: DWP's officer joins the
board from its extract, moves a task on and sends the return; the chair previews
and imports it; a deputy joins from a full replica, and the chair's and the
deputy's laptops agree after edits on each side."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from ocgboard.gui.board.desk import Desk
from ocgboard.gui.board.join_wizard import JoinWizard
from ocgboard.gui.exchange.page import ExchangePage
from ocgboard.gui.main_window import MainWindow
from tests.gui.board.test_join_wizard import (
    PASSPHRASE,
    extract_by_passphrase,
    join_now,
    name_laptop,
    read_offer,
    tick,
)
from tests.gui.exchange.test_exchange import apply_through_wizard, preview_through_wizard
from tests.sync.conftest import laptops, syncable_state  # noqa: F401  (the fixture)

NEXT, COMMIT = QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton
WAIT = 60_000


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def joined_through_wizard(qtbot, path: Path, laptop: str, operator: str, *,
                          passphrase: str | None = None):
    wizard = JoinWizard(path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    read_offer(qtbot, wizard, passphrase=passphrase)
    name_laptop(qtbot, wizard, laptop, operator)
    tick(qtbot, wizard.ui.fingerprintChecked)
    join_now(qtbot, wizard)
    assert wizard.joined is not None, wizard.ui.offerMessage.text()
    return wizard.joined


def opened(qtbot, path: Path | None = None) -> Desk:
    desk = Desk(MainWindow)
    assert desk.open(path) if path else desk.start()
    qtbot.waitExposed(desk.window)
    return desk


def imported(qtbot, desk: Desk, path: Path, *, trust: bool = False):
    window = desk.window
    window.exchange("import_file", str(path))
    wizard = window.page(ExchangePage).import_wizard
    preview_through_wizard(qtbot, wizard)
    if trust:
        click(qtbot, wizard.ui.trustSigner)
    apply_through_wizard(qtbot, window, wizard)
    return wizard


def dwp_moves_a_task_on_and_sends_it_back(qtbot, desk: Desk, back: Path) -> str:
    window = desk.window
    tasks = window.current_page()
    qtbot.waitUntil(lambda: bool(tasks.model.rows), timeout=WAIT)
    task = next(row for row in tasks.model.rows if row.status in ("proposed", "agreed"))
    assert tasks.select(task.id)
    click(qtbot, tasks.ui.changeStatus)
    dialog = tasks.dialog
    dialog.choose("in progress")
    qtbot.keyClicks(dialog.ui.comment, "Claims pulled for review; interview booked.")
    click(qtbot, dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: next(r for r in tasks.model.rows if r.id == task.id).status
                    == "in progress", timeout=WAIT)
    click(qtbot, tasks.ui.sendReturn)
    wizard = window.page(ExchangePage).export_wizard
    assert wizard.ui.fullReplica.text().startswith("&DWP's return to the board")
    click(qtbot, wizard.button(NEXT))
    click(qtbot, wizard.button(NEXT))
    assert Path(wizard.ui.path.text()).name.startswith("dwp-return-")
    wizard.ui.path.setText(str(back))
    click(qtbot, wizard.button(COMMIT))
    qtbot.waitUntil(lambda: wizard.made is not None, timeout=WAIT)
    wizard.accept()
    return task.id


def test_dwp_joins_works_and_returns_and_a_deputy_keeps_in_step(laptops, qtbot,  # noqa: F811
                                                                 tmp_path):
    chair = laptops("chair")
    chair.ok("init", "--board", "Eastshire Board", "--device", "Chair laptop", "--operator",
             "Supt Gary Marsh")
    chair.ok("demo", "--scale", "small")
    extract = extract_by_passphrase(chair, tmp_path)
    dwp, back = laptops("dwp"), tmp_path / "back.ocgx"
    with dwp.on():
        joined = joined_through_wizard(qtbot, extract, "DWP laptop 1", "Jo Bloggs (DWP)",
                                       passphrase=PASSPHRASE)
        desk = opened(qtbot, joined.path)
        try:
            moved = dwp_moves_a_task_on_and_sends_it_back(qtbot, desk, back)
        finally:
            desk.close()

    with chair.on():
        desk = opened(qtbot)
        try:
            wizard = imported(qtbot, desk, back, trust=True)
            assert "DWP laptop" in wizard.ui.doneSummary.text()
        finally:
            desk.close()
    trail = chair.json("action", "show", moved[:8])
    last = trail["updates"][-1]
    assert (last["status"], last["comment"], last["author"]) == (
        "in progress", "Claims pulled for review; interview booked.", "Jo Bloggs (DWP)")
    kept = [c["name"] for c in chair.json("keys", "list")]
    assert any(name.startswith("DWP laptop ") for name in kept), kept

    # The deputy joins from a full replica; then each side edits and sends what is new.
    deputy = laptops("deputy")
    chair.ok("keys", "import", str(deputy.card()), "--board", "--name", "Deputy")
    replica = tmp_path / "replica.ocgx"
    chair.ok("export", "--full", "--to", "Deputy", "-o", str(replica))
    with deputy.on():
        joined_through_wizard(qtbot, replica, "Deputy laptop", "DI Ann Lee")
    assert syncable_state(deputy) == syncable_state(chair)
    deputy.ok("action", "update", moved[:8], "--status", "completed", "--comment",
              "Interviewed; claims stopped.")
    chair.ok("ocg", "edit", "OCG 05/00102", "--band", "1A")
    to_chair, to_deputy = tmp_path / "to-chair.ocgx", tmp_path / "to-deputy.ocgx"
    deputy.ok("export", "--full", "--since-last", "--to", deputy.json("keys", "list")[0]["name"],
              "-o", str(to_chair))
    chair.ok("export", "--full", "--since-last", "--to", "Deputy", "-o", str(to_deputy))
    for laptop, path in ((chair, to_chair), (deputy, to_deputy)):
        with laptop.on():
            desk = opened(qtbot)
            try:
                imported(qtbot, desk, path)
            finally:
                desk.close()
    assert syncable_state(deputy) == syncable_state(chair)
    assert chair.json("action", "show", moved[:8])["status"] == "completed"
