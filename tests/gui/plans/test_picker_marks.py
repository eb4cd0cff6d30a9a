"""The tactic picker marks the tactics already in this threat's plan and asks before
adding one of them again."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ocgboard.core.rows import plans as plan_rows
from ocgboard.gui.plans.tactic_picker import TacticPicker
from tests.gui.plans.test_plans import choose_row, plan_ids, tab  # noqa: F401 (a fixture)

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def picker(tab, qtbot) -> TacticPicker:  # noqa: F811
    qtbot.mouseClick(tab.ui.addFromLibrary, LEFT)
    shown = tab.dialog
    assert isinstance(shown, TacticPicker)
    return shown


def in_plan(shown) -> plan_rows.PlanRow:
    return next(a for a in shown.plan.actions if a.tactic_code and a.status != "withdrawn")


def tick_code(qtbot, picker, code: str) -> None:
    row = next(n for n, t in enumerate(picker.model.rows) if t.code == code)
    choose_row(picker.ui.tactics, row)
    qtbot.keyClick(picker.ui.tactics, Qt.Key.Key_Space)


def code_cell(picker, code: str):
    row = next(n for n, t in enumerate(picker.model.rows) if t.code == code)
    return picker.model.index(row, picker.model.C.CODE)


def test_a_tactic_in_the_plan_is_marked_in_words(tab, picker):  # noqa: F811
    there = in_plan(tab)
    cell = code_cell(picker, there.tactic_code)
    assert cell.data() == f"{there.tactic_code} · in plan"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == (
        f"Already in this plan as {there.label} ({there.status})")
    others = {a.tactic_code for a in tab.plan.actions}
    fresh = next(t.code for t in picker.model.rows if t.code not in others)
    assert code_cell(picker, fresh).data() == fresh


def test_adding_one_again_is_asked_first(tab, picker, qtbot, context, monkeypatch):  # noqa: F811
    """No keeps the picker open with nothing added; Yes adds a second action."""
    there = in_plan(tab)
    before = plan_ids(context, tab.plan.reference)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, title, text, *_a:
                        asked.append((title, text)) or QMessageBox.StandardButton.No)
    tick_code(qtbot, picker, there.tactic_code)
    assert picker.ui.chosen.item(0).text().endswith(f" · again: in the plan as {there.label}")
    assert picker.ui.message.text() == (
        f"{there.tactic_code} is in this plan already, as {there.label}: adding it again "
        "makes a second action.")
    qtbot.mouseClick(picker.add_button, LEFT)
    assert asked == [("Add again?", f"{there.tactic_code} is in this plan already, as "
                      f"{there.label} ({there.status}). Add it again?")]
    assert picker.isVisible() and plan_ids(context, tab.plan.reference) == before
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(picker.add_button, LEFT)
    assert not picker.isVisible()
    codes = [a.tactic_code for a in tab.plan.actions]
    assert codes.count(there.tactic_code) == 2


def test_a_tactic_not_in_the_plan_is_added_without_a_question(tab, picker, qtbot):  # noqa: F811
    others = {a.tactic_code for a in tab.plan.actions}
    fresh = next(t.code for t in picker.model.rows if t.code not in others)
    tick_code(qtbot, picker, fresh)
    assert picker.ui.message.text() == ""
    qtbot.mouseClick(picker.add_button, LEFT)  # an unexpected box would fail the test
    assert fresh in [a.tactic_code for a in tab.plan.actions]
