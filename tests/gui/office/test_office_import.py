"""The Office import wizard, clicked as the chair clicks it: a Word 4P plan in the
seed 003 shape with an owner no agency on the board, mapped in its combo box; a
hostile file refused on the first page with the store unchanged; and undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from ocgboard.core.rows import chase as chase_rows
from ocgboard.core.rows import register as register_rows
from ocgboard.gui.office.import_wizard import CHOOSE, DONE, PREVIEW, OfficeImportWizard
from tests.conftest import dump
from tests.gui.office.conftest import WAIT, click
from tests.office.papers import PLAN, encrypted, rezip, word_plan, zip_bomb

UNKNOWN = "Northshire Street Pastors"
ROWS = sum(len(rows) for rows in PLAN.values())


def wizard_on(context, qtbot, path: Path) -> OfficeImportWizard:
    wizard = OfficeImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.path.setText(str(path))
    wizard.ui.path.editingFinished.emit()
    qtbot.waitUntil(lambda: wizard.task is None, timeout=WAIT)
    return wizard


def actions(context, reference: str = "OCG 05/00283") -> list:
    return [r for r in context.backend.read(chase_rows.action_rows)
            if r.threat_ref == reference]


def threats(context) -> set[str]:
    return {r.reference for r in context.backend.read(register_rows.register_rows)}


def preview(wizard, qtbot) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW
                    or bool(wizard.ui.chooseMessage.text()), timeout=WAIT)


def test_a_word_plan_is_previewed_mapped_then_made_in_one_undoable_step(
        office_context, qtbot, tmp_path):
    context = office_context
    wizard = wizard_on(context, qtbot, word_plan(tmp_path / "plan.docx"))
    assert wizard.ui.threat.text() == "OCG 05/00283"  # from the title
    assert "4P plan" in wizard.ui.readWords.text()
    preview(wizard, qtbot)
    assert wizard.currentId() == PREVIEW, wizard.ui.chooseMessage.text()
    lines = [wizard.ui.lines.item(n).text() for n in range(wizard.ui.lines.count())]
    assert any("to add to OCG 05/00283's plan" in line for line in lines), lines
    assert any(UNKNOWN in line for line in lines)
    assert not any("--map" in line for line in lines)  # the app's words, not the CLI's
    # The unknown owner has its combo; Apply waits until it is mapped.
    assert UNKNOWN in wizard.owners
    apply = wizard.button(QWizard.WizardButton.CommitButton)
    assert not apply.isEnabled()
    for owner, combo in wizard.owners.items():
        wanted = "Local Authority" if owner == UNKNOWN else None
        index = combo.findData(wanted) if wanted else 1
        assert index > 0, (owner, [combo.itemText(i) for i in range(combo.count())])
        combo.setCurrentIndex(index)
    assert apply.isEnabled()
    before = len(actions(context))
    with qtbot.waitSignal(context.backend.changed, timeout=WAIT):
        click(qtbot, apply)
    qtbot.waitUntil(lambda: wizard.currentId() == DONE, timeout=WAIT)
    summary = wizard.ui.doneSummary.text()
    assert "actions added" in summary and "Pursue" in summary, summary
    made = actions(context)
    assert len(made) == before + ROWS
    pastors = [r for r in made if "Street pastors" in (r.specific or "")]
    assert len(pastors) == 1 and pastors[0].owner in ("LA", "Local Authority")
    # One step on the undo stack takes all of it back, and redo brings it again.
    assert context.undo.count() == 1
    context.undo.undo()
    assert len(actions(context)) == before
    context.undo.redo()
    assert len(actions(context)) == before + ROWS


def test_a_plan_for_a_threat_not_on_the_board_says_it_will_be_created(
        office_context, qtbot, tmp_path):
    context = office_context
    wizard = wizard_on(context, qtbot, word_plan(tmp_path / "plan.docx", reference="07/00011"))
    assert wizard.ui.threat.text() == "OCG 07/00011"
    wizard.ui.threat.setText("OCG 07/00012")  # the chair corrects the title's number
    preview(wizard, qtbot)
    lines = [wizard.ui.lines.item(n).text() for n in range(wizard.ui.lines.count())]
    assert any(line.startswith("New threat: OCG 07/00012") for line in lines), lines
    for combo in wizard.owners.values():
        combo.setCurrentIndex(1)
    with qtbot.waitSignal(context.backend.changed, timeout=WAIT):
        click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentId() == DONE, timeout=WAIT)
    assert "threat OCG 07/00012 created" in wizard.ui.doneSummary.text()
    assert len(actions(context, "OCG 07/00012")) == ROWS
    context.undo.undo()  # the threat goes with its actions
    assert "OCG 07/00012" not in threats(context)
    assert not actions(context, "OCG 07/00012")
    context.undo.redo()
    assert "OCG 07/00012" in threats(context)


@pytest.mark.parametrize("make, says", [
    (lambda p: encrypted(p / "locked.docx"), "password-protected"),
    (lambda p: zip_bomb(p / "bomb.docx"), "bomb.docx"),
    (lambda p: rezip(word_plan(p / "plain.docx"), p / "macros.docx",
                     add={"word/vbaProject.bin": b"\0" * 64}), "macro"),
])
def test_a_hostile_file_is_refused_on_the_first_page_and_nothing_is_written(
        office_context, qtbot, tmp_path, db_path, make, says):
    context = office_context
    before = dump(db_path)
    wizard = wizard_on(context, qtbot, make(tmp_path))
    message = wizard.ui.chooseMessage.text()
    assert says in message and "\n" not in message, message
    preview(wizard, qtbot)  # Next reads it again, and refuses it again
    assert wizard.currentId() == CHOOSE
    assert says in wizard.ui.chooseMessage.text()
    assert context.undo.count() == 0
    assert dump(db_path) == before
