"""The disruptions tab: a disruption's agency follows its linked action; a recorded one
is put right with Edit… or taken out with Delete…, each undone with Ctrl+Z."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ocgboard.core.rows import disruptions as disruption_rows
from ocgboard.core.rows import plans as plan_rows
from ocgboard.gui.threats.disruptions_tab import DisruptionDialog
from ocgboard.gui.threats.editor import Tab
from tests.gui.driven import drive
from tests.gui.threats.test_threats import LEFT, OK, open_in_editor, page, window  # noqa: F401

CTRL_Z = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def tab(page, qtbot, context):  # noqa: F811
    """The disruptions tab of a threat whose plan holds actions of two agencies."""
    reference = next(r.reference for r in page.model.rows
                     if len({a.owner_name for a in context.backend.read(
                         plan_rows.plan, r.reference).actions}) >= 2)
    editor = open_in_editor(page, qtbot, reference)
    bar = editor.ui.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(Tab.DISRUPTIONS).center())
    return editor


def owners(context, reference) -> dict[str, str]:
    return {a.id: a.owner_name for a in context.backend.read(plan_rows.plan, reference).actions}


def record(qtbot, editor) -> DisruptionDialog:
    qtbot.mouseClick(editor.ui.recordDisruption, LEFT)
    dialog = editor.disruptions.dialog
    assert isinstance(dialog, DisruptionDialog)
    return dialog


def link(dialog, action_id: str) -> None:
    """Choose the linked action as a person does: from the list, by keyboard."""
    combo = dialog.ui.action
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(action_id))
    combo.activated.emit(combo.currentIndex())


def test_the_agency_follows_the_linked_action_until_one_is_chosen(tab, qtbot, context):
    dialog = record(qtbot, tab)
    by_owner = {}
    for aid, owner in owners(context, tab.reference).items():
        by_owner.setdefault(owner, aid)
    (first, one), (second, other) = list(by_owner.items())[:2]
    link(dialog, one)
    assert dialog.ui.agency.currentData() == first
    link(dialog, other)
    assert dialog.ui.agency.currentData() == second
    agency = dialog.ui.agency
    agency.setCurrentIndex(agency.findData(first))
    agency.activated.emit(agency.currentIndex())  # the chair chose it
    link(dialog, other)
    assert dialog.ui.agency.currentData() == first


def shown_row(editor, row: int = 0):
    view = editor.ui.disruptions
    view.setFocus()
    view.selectRow(row)
    index = view.model().index(row, 0)
    return editor.disruptions.model.row_at(view.model().mapToSource(index))


def add_one(qtbot, editor, words: str) -> None:
    dialog = record(qtbot, editor)
    dialog.ui.agency.setCurrentIndex(dialog.ui.agency.findData("Police"))
    dialog.ui.agency.activated.emit(dialog.ui.agency.currentIndex())
    qtbot.keyClicks(dialog.ui.justification, words)
    qtbot.mouseClick(dialog.ui.buttons.button(OK), LEFT)
    assert not dialog.isVisible(), dialog.ui.message.text()


def test_a_recorded_disruption_is_edited_and_ctrl_z_puts_it_back(tab, qtbot, window, context):  # noqa: F811
    add_one(qtbot, tab, "Cash seized at a stop")
    chosen = next(n for n, r in enumerate(tab.disruptions.model.rows)
                  if r.justification == "Cash seized at a stop")
    view = tab.ui.disruptions
    row = view.model().mapFromSource(tab.disruptions.model.index(chosen, 0)).row()
    before = shown_row(tab, row)
    qtbot.mouseClick(tab.ui.editDisruption, LEFT)
    dialog = tab.disruptions.dialog
    assert dialog.windowTitle() == f"Edit disruption of {tab.reference}"
    assert dialog.ui.justification.toPlainText() == "Cash seized at a stop"
    dialog.ui.level.setCurrentIndex(dialog.ui.level.findData("major"))
    qtbot.keyClick(dialog.ui.justification, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.ui.justification, "; 4,000 GBP")
    qtbot.mouseClick(dialog.ui.buttons.button(OK), LEFT)
    assert not dialog.isVisible(), dialog.ui.message.text()
    now = context.backend.read(disruption_rows.disruption_fields, before.id)
    assert (now["level"], now["justification"]) == ("major", "Cash seized at a stop; 4,000 GBP")
    assert context.undo.undoText() == f"Edit disruption of {tab.reference}"
    qtbot.keyClick(window, *CTRL_Z)
    now = context.backend.read(disruption_rows.disruption_fields, before.id)
    assert (now["level"], now["justification"]) == (before.level, "Cash seized at a stop")


def answer(box: QMessageBox, which: str) -> None:
    """Click the box's button that says `which` ("&Delete" reads "Delete")."""
    button = next(b for b in box.buttons() if b.text().replace("&", "") == which)
    button.click()


def test_delete_asks_first_and_ctrl_z_brings_it_back(tab, qtbot, window, context,  # noqa: F811
                                                    monkeypatch):
    add_one(qtbot, tab, "Van seized")
    count = tab.disruptions.model.rowCount()
    chosen = next(n for n, r in enumerate(tab.disruptions.model.rows)
                  if r.justification == "Van seized")
    view = tab.ui.disruptions
    shown_row(tab, view.model().mapFromSource(tab.disruptions.model.index(chosen, 0)).row())
    answers = iter(["Cancel", "Delete"])
    asked = drive(monkeypatch, qtbot, QMessageBox, lambda box: answer(box, next(answers)))
    qtbot.mouseClick(tab.ui.deleteDisruption, LEFT)
    assert [box.windowTitle() for box in asked] == ["Delete disruption"]
    assert tab.disruptions.model.rowCount() == count
    assert asked[0].defaultButton().text() == "Cancel"  # Enter takes nothing away
    qtbot.mouseClick(tab.ui.deleteDisruption, LEFT)
    assert tab.disruptions.model.rowCount() == count - 1
    assert "Van seized" not in [r.justification for r in tab.disruptions.model.rows]
    qtbot.keyClick(window, *CTRL_Z)
    assert "Van seized" in [r.justification for r in tab.disruptions.model.rows]
