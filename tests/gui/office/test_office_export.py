"""Office files out of the app, and a tasking sheet back in: the plan written as Word
and read back with python-docx; an agency's tasking sheet written from the File
menu, filled in as the agency would, and taken through the import wizard."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtWidgets import QDialog, QFileDialog, QWizard

from ocgboard.core.rows import chase as chase_rows
from ocgboard.gui.main_window import MainWindow
from ocgboard.gui.office.export_dialog import OfficeExportDialog, OfficeExporter
from ocgboard.gui.office.import_wizard import DONE, PREVIEW, OfficeImportWizard
from tests.gui.office.conftest import WAIT, click
from tests.office.test_tasking_return import FIRST, filled

BENEFITS = "Review the benefit claims of the principal subjects"


def save_as(monkeypatch, target: Path) -> list:
    asked: list = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, name, kinds:
                        asked.append((title, name, kinds)) or (str(target), kinds))
    return asked


def answer_dialog(monkeypatch, choose) -> None:
    """The export dialog as the chair fills it in: `choose(dialog)` clicks, then OK."""
    def run(dialog) -> int:
        choose(dialog)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(OfficeExportDialog, "exec", run)


def test_a_plan_written_as_word_reads_back_with_its_actions(office_context, qtbot, tmp_path,
                                                           monkeypatch):
    context = office_context
    target = tmp_path / "plan.docx"
    asked = save_as(monkeypatch, target)
    exporter = OfficeExporter(None, context)
    answer_dialog(monkeypatch, lambda d: click(qtbot, d.ui.partnerCopy))
    written: list = []
    exporter.written.connect(written.append)
    exporter.run()
    qtbot.waitUntil(lambda: bool(written), timeout=WAIT)
    assert asked[0][1].endswith("OCG 05-00283 4P plan - partner.docx")
    document = docx.Document(str(target))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    header = "\n".join(p.text for p in document.sections[0].header.paragraphs)
    assert "OFFICIAL-SENSITIVE" in header
    assert "OCG 05/00283" in text and "NAME WITHHELD" in text  # the partner copy
    assert "SPECIFIC" in cells and "DVPN" in cells  # PUR-03, the plan's one action


def test_a_tasking_sheet_goes_out_from_the_menu_and_comes_back_through_the_wizard(
        board, db_path, qtbot, tmp_path, monkeypatch):
    assert board("plan", "add", "OCG 05/00283", "--text", BENEFITS, "--strand", "Pursue",
                 "--owner", "DWP", "--due", "2027-02-28")[0] == 0
    from tests.gui.office.conftest import open_context
    store, context = open_context(db_path, qtbot)
    window = MainWindow(context)
    qtbot.addWidget(window)
    sheet = tmp_path / "dwp.xlsx"
    save_as(monkeypatch, sheet)

    def dwp(dialog) -> None:
        assert dialog.kind() == "tasking"
        assert not dialog.ui.chairCopy.isEnabled() and dialog.ui.agencyCopy.isChecked()
        index = next(i for i in range(dialog.ui.agency.count())
                     if "Work and Pensions" in dialog.ui.agency.itemText(i))
        dialog.ui.agency.setCurrentIndex(index)
    answer_dialog(monkeypatch, dwp)
    written: list = []
    window.office_exporter.written.connect(written.append)
    window.ui.actionExportTasking.trigger()
    qtbot.waitUntil(lambda: bool(written), timeout=WAIT)
    assert sheet.exists() and "open actions" in written[0].words

    back = filled(sheet, tmp_path / "dwp back.xlsx", **{
        f"H{FIRST}": "agreed", f"I{FIRST}": "Claims pulled; interviews booked for March"})
    wizard = OfficeImportWizard(context, str(back), window)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.read is not None, timeout=WAIT)
    assert "tasking sheet" in wizard.ui.readWords.text()
    assert not wizard.ui.threat.isEnabled()
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW, timeout=WAIT)
    lines = [wizard.ui.lines.item(n).text() for n in range(wizard.ui.lines.count())]
    assert "1 action to update" in lines[0] and "proposed → agreed" in lines[1], lines
    assert not wizard.ui.ownersBox.isVisible()
    with qtbot.waitSignal(context.backend.changed, timeout=WAIT):
        click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentId() == DONE, timeout=WAIT)

    def status() -> str:
        return next(r.status for r in context.backend.read(chase_rows.action_rows)
                    if r.specific == BENEFITS)
    assert status() == "agreed"
    context.undo.undo()
    assert status() == "proposed"
    context.undo.redo()
    assert status() == "agreed"
    context.runner.wait(WAIT)
    store.close()


def test_a_partner_tracker_that_withholds_a_name_is_reviewed_first(
        cli, db_path, qtbot, tmp_path, monkeypatch, reviewed):
    from tests.gui.office.conftest import open_context
    from tests.office.test_export_papers import make_board

    make_board(cli)  # a withheld subject, named in a DWP action's text
    store, context = open_context(db_path, qtbot)
    target = tmp_path / "tracker.xlsx"
    save_as(monkeypatch, target)
    answer_dialog(monkeypatch, lambda d: (click(qtbot, d.ui.trackerPaper),
                                          click(qtbot, d.ui.partnerCopy)))
    exporter = OfficeExporter(None, context)
    written: list = []
    exporter.written.connect(written.append)
    exporter.run()
    qtbot.waitUntil(lambda: bool(written), timeout=WAIT)
    assert reviewed and reviewed[0][0] == "the partner action tracker"
    assert any("Zieliński" in p.line() for p in reviewed[0][1])
    from openpyxl import load_workbook
    cells = " ".join(str(c.value) for row in load_workbook(target).active.iter_rows()
                     for c in row if c.value)
    assert "Zieliński" not in cells and "withheld" in cells.lower()
    context.runner.wait(WAIT)
    store.close()


def test_going_back_at_the_review_writes_nothing(cli, db_path, qtbot, tmp_path, monkeypatch):
    from ocgboard.gui import withheld
    from tests.gui.office.conftest import open_context
    from tests.office.test_export_papers import make_board

    make_board(cli)
    store, context = open_context(db_path, qtbot)
    monkeypatch.setattr(withheld, "ask", lambda parent, what, places: False)
    target = tmp_path / "dwp.xlsx"
    exporter = OfficeExporter(None, context)
    dialog = OfficeExportDialog(context, "tasking")
    qtbot.addWidget(dialog)
    dialog.ui.agency.setCurrentIndex(next(i for i in range(dialog.ui.agency.count())
                                          if "Work and Pensions" in dialog.ui.agency.itemText(i)))
    exporter.start(dialog.asked(), str(target))
    qtbot.waitUntil(lambda: not exporter.running, timeout=WAIT)
    context.runner.wait(WAIT)
    assert not target.exists()
    store.close()
