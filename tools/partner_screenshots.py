"""Walk a partner agency and a deputy onto a board in the real app, and save each step.

Three laptops, each its own OCGBOARD_HOME, and no command line: the chair
exports DWP's extract by passphrase; DWP's officer installs, joins the board
from it, moves a task on and sends the return; the chair previews it, trusts
DWP's laptop once and imports it, and sees the update by DWP's officer and
DWP's laptop by name; a deputy joins from a full replica. Runs in a real X
window (under Xvfb when there is no display) and writes
docs/screenshots/partners/*.png for the README.

    .venv/bin/python tools/partner_screenshots.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import ROOT, start_display  # noqa: E402

OUT = ROOT / "docs" / "screenshots" / "partners"
PASSPHRASE = "correct horse battery staple"
LAPTOP_PASSPHRASE = "each laptop has its own passphrase"
WAIT = 60.0


class Walk:
    def __init__(self, app):
        self.app = app
        self.shots = 0

    def settle(self, seconds: float = 0.3) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.02)

    def until(self, ready: Callable[[], bool], what: str) -> None:
        end = time.monotonic() + WAIT
        while not ready():
            if time.monotonic() > end:
                raise SystemExit(f"gave up waiting for {what}")
            self.app.processEvents()
            time.sleep(0.02)

    def shot(self, widget, name: str) -> None:
        self.settle()
        self.shots += 1
        path = OUT / f"{self.shots:02d}-{name}.png"
        widget.grab().save(str(path))
        print(f"wrote {path.relative_to(ROOT)}")

    def click(self, button) -> None:
        button.click()
        self.settle(0.1)


def main() -> int:
    server = start_display()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    root = Path(tempfile.mkdtemp(prefix="ocgboard-partners-"))
    try:
        return walk(root)
    finally:
        shutil.rmtree(root, ignore_errors=True)
        if server is not None:
            server.terminate()


def walk(root: Path) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    steps = Walk(app)
    chair = chair_exports(steps, root)
    dwp_window, moved = dwp_joins_and_returns(steps, root, root / "dwp.ocgx")
    chair_imports(steps, root, chair, root / "dwp-return.ocgx", moved)
    deputy_joins(steps, root, chair)
    for window in (dwp_window, chair):
        window.desk.close()
    return 0


def chair_exports(steps: Walk, root: Path):
    from ocgboard.core import board, demo, setup
    from ocgboard.gui.board.desk import Desk
    from ocgboard.gui.exchange.page import ExchangePage
    from ocgboard.gui.main_window import MainWindow
    from ocgboard.paths import home_at

    with home_at(root / "chair"):
        locked_laptop()
        store = setup.open_board(str(root / "chair" / "board.sqlite"))
        with store.session("Supt Gary Marsh") as s:
            board.init(s, "Eastshire OCG Partnership Board", device_name="Chair's laptop",
                       operator="Supt Gary Marsh")
            demo.generate(s, "small")
        store.close()
        desk = Desk(MainWindow)
        desk.start()
        window = desk.window
        window.desk = desk
        window.resize(1366, 820)
        page = window.page(ExchangePage)
        window.show_page(window.pages.index(page))
        wizard = export_by_passphrase(steps, page, root / "dwp.ocgx", agency=True)
        steps.shot(wizard, "chair-exports-dwps-extract")
        wizard.accept()
    return window


def locked_laptop() -> None:
    """This laptop under its passphrase, as the app's first start leaves it."""
    from ocgboard.store import encrypt

    encrypt.protect(LAPTOP_PASSPHRASE)


def export_by_passphrase(steps: Walk, page, target: Path, *, agency: bool):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWizard

    steps.click(page.ui.exportButton)
    wizard = page.export_wizard
    ui = wizard.ui
    if agency:
        ui.agencyExtract.setChecked(True)
        ui.agency.setCurrentIndex(ui.agency.findData("Department for Work and Pensions"))
    steps.click(wizard.button(QWizard.WizardButton.NextButton))
    ui.usePassphrase.setChecked(True)
    ui.passphrase.setText(PASSPHRASE)
    ui.passphraseAgain.setText(PASSPHRASE)
    steps.click(wizard.button(QWizard.WizardButton.NextButton))
    ui.path.setText(str(target))
    if agency:  # the chair reviews what the extract withholds, then writes it
        QTimer.singleShot(800, lambda: answer_review(steps))
    steps.click(wizard.button(QWizard.WizardButton.CommitButton))
    steps.until(lambda: wizard.made is not None, "the export")
    return wizard


def answer_review(steps: Walk) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(200, lambda: answer_review(steps))
        return
    steps.shot(box, "chair-reviews-what-the-extract-withholds")
    write = next(b for b in box.buttons() if "Write" in b.text())
    write.click()


def join_from(steps: Walk, path: Path, laptop: str, operator: str, name: str):
    from PySide6.QtWidgets import QWizard

    from ocgboard.gui.board.join_wizard import JoinWizard

    wizard = JoinWizard(None, str(path))
    wizard.resize(760, 560)
    wizard.show()
    ui = wizard.ui
    ui.usePassphrase.setChecked(True)
    ui.passphrase.setText(PASSPHRASE)
    steps.shot(wizard, f"{name}-chooses-the-file")
    steps.click(wizard.button(QWizard.WizardButton.NextButton))
    steps.until(lambda: wizard.offer is not None, "the offer")
    ui.laptopName.setText(laptop)
    ui.operatorName.setText(operator)
    ui.fingerprintChecked.setChecked(True)
    steps.shot(wizard, f"{name}-checks-who-sent-it")
    steps.click(wizard.button(QWizard.WizardButton.CommitButton))
    steps.until(lambda: wizard.joined is not None, "the join")
    steps.shot(wizard, f"{name}-has-joined")
    wizard.accept()
    return wizard.joined


def dwp_joins_and_returns(steps: Walk, root: Path, extract: Path):
    from PySide6.QtWidgets import QDialogButtonBox, QWizard

    from ocgboard.gui.board.desk import Desk
    from ocgboard.gui.main_window import MainWindow
    from ocgboard.paths import home_at

    with home_at(root / "dwp"):
        locked_laptop()
        joined = join_from(steps, extract, "DWP laptop 1", "Jo Bloggs (DWP)", "dwp")
        desk = Desk(MainWindow)
        desk.open(joined.path)
        window = desk.window
        window.desk = desk
        window.resize(1366, 820)
        tasks = window.current_page()
        steps.until(lambda: bool(tasks.model.rows), "DWP's tasks")
        open_task = next(i for i, row in enumerate(tasks.model.rows)
                         if row.status in ("proposed", "agreed") and row.threat_name)
        moved = tasks.model.rows[open_task].id
        tasks.ui.actions.selectRow(open_task)
        steps.until(lambda: "The threat" in tasks.ui.smart.toPlainText(), "the task's threat")
        bar = tasks.ui.smart.verticalScrollBar()
        bar.setValue(bar.maximum())  # down to the threat the task is under
        steps.shot(window, "dwp-sees-its-tasks")
        steps.click(tasks.ui.changeStatus)
        dialog = tasks.dialog
        dialog.choose("in progress")
        dialog.ui.comment.setPlainText("Claims pulled for review; interview booked.")
        steps.shot(dialog, "dwp-moves-a-task-on")
        steps.click(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok))
        steps.click(tasks.ui.sendReturn)
        wizard = window.pages[1].export_wizard
        steps.shot(wizard, "dwp-sends-its-return")
        steps.click(wizard.button(QWizard.WizardButton.NextButton))
        steps.click(wizard.button(QWizard.WizardButton.NextButton))
        wizard.ui.path.setText(str(root / "dwp-return.ocgx"))
        steps.click(wizard.button(QWizard.WizardButton.CommitButton))
        steps.until(lambda: wizard.made is not None, "the return")
        steps.shot(wizard, "dwp-return-written")
        wizard.accept()
    return window, moved


def chair_imports(steps: Walk, root: Path, window, back: Path, moved: str) -> None:
    from PySide6.QtWidgets import QWizard

    from ocgboard.gui.exchange.import_wizard import DONE, PREVIEW
    from ocgboard.gui.exchange.page import ExchangePage
    from ocgboard.gui.plans.actions_page import ActionsPage
    from ocgboard.paths import home_at

    with home_at(root / "chair"):
        page = window.page(ExchangePage)
        page.import_file(str(back))
        wizard = page.import_wizard
        steps.click(wizard.button(QWizard.WizardButton.NextButton))
        steps.until(lambda: wizard.currentId() == PREVIEW, "the preview")
        steps.shot(wizard, "chair-previews-dwps-return")
        wizard.ui.trustSigner.setChecked(True)
        steps.click(wizard.button(QWizard.WizardButton.CommitButton))
        steps.until(lambda: wizard.currentId() == DONE, "the import")
        steps.shot(wizard, "chair-has-imported-it")
        wizard.accept()
        actions = window.page(ActionsPage)
        window.show_page(window.pages.index(actions))
        steps.until(lambda: bool(actions.model.rows), "the chair's actions")
        actions.select(moved)  # the task DWP moved on, with its officer's update
        steps.until(lambda: any("Claims pulled" in (u.comment or "")
                                for u in actions.details.model.rows), "DWP's update")
        steps.shot(window, "chair-sees-dwps-update")


def deputy_joins(steps: Walk, root: Path, window) -> None:
    from ocgboard.gui.board.desk import Desk
    from ocgboard.gui.exchange.page import ExchangePage
    from ocgboard.gui.main_window import MainWindow
    from ocgboard.paths import home_at

    with home_at(root / "chair"):
        page = window.page(ExchangePage)
        window.show_page(window.pages.index(page))
        wizard = export_by_passphrase(steps, page, root / "replica.ocgx", agency=False)
        wizard.accept()
    with home_at(root / "deputy"):
        locked_laptop()
        joined = join_from(steps, root / "replica.ocgx", "Deputy's laptop", "DI Ann Lee",
                           "deputy")
        desk = Desk(MainWindow)
        desk.open(joined.path)
        desk.window.resize(1366, 820)
        steps.shot(desk.window, "deputy-holds-the-whole-board")
        desk.close()


if __name__ == "__main__":
    sys.exit(main())
