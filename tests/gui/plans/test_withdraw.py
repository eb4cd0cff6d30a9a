"""Withdraw action… in the 4P plan: a reason, a dated update, shown as withdrawn, Ctrl+Z."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from ocgboard.core import plural
from ocgboard.core.rows import plans as plan_rows
from ocgboard.gui.plans.plan_tab import PlanTab
from ocgboard.gui.plans.withdraw_dialog import WithdrawDialog
from tests.conftest import TODAY
from tests.gui.plans.in_window import open_plan
from tests.gui.plans.test_plans import choose_row, first_action_row

LEFT = Qt.MouseButton.LeftButton
OK = QDialogButtonBox.StandardButton.Ok


@pytest.fixture
def window(window, qtbot):
    yield window
    qtbot.waitUntil(lambda: not window.context.runner.tasks, timeout=30_000)


@pytest.fixture
def tab(window, qtbot, context) -> PlanTab:
    """The 4P plan tab of a threat in the real window, as a chair opens it."""
    return open_plan(window, qtbot, context).editor.plan


def withdraw(qtbot, tab, reason: str) -> plan_rows.PlanRow:
    row = first_action_row(tab)
    chosen = tab.model.rows[row]
    choose_row(tab.ui.plan, row)
    qtbot.mouseClick(tab.ui.withdraw, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, WithdrawDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.ui.reason, reason)
    qtbot.mouseClick(dialog.ui.buttons.button(OK), LEFT)
    assert not dialog.isVisible()
    return chosen


def shown(tab, action_id) -> plan_rows.PlanRow:
    return tab.model.rows[tab.model.find(action_id)]


def test_withdrawing_needs_a_reason_and_keeps_the_dialog_open_until_given(tab, qtbot):
    row = first_action_row(tab)
    choose_row(tab.ui.plan, row)
    qtbot.mouseClick(tab.ui.withdraw, LEFT)
    dialog = tab.dialog
    qtbot.mouseClick(dialog.ui.buttons.button(OK), LEFT)
    assert dialog.isVisible() and dialog.ui.message.text() == "reason must not be empty"
    assert shown(tab, tab.model.rows[row].id).status != "withdrawn"
    qtbot.keyClicks(dialog.ui.reason, "Duplicate of another action")
    qtbot.mouseClick(dialog.ui.buttons.button(OK), LEFT)
    assert not dialog.isVisible()


def test_a_withdrawn_action_stays_in_the_plan_with_its_number_and_reason(tab, qtbot, context):
    chosen = withdraw(qtbot, tab, "Raised in error: the NCA holds this")
    now = shown(tab, chosen.id)
    assert (now.status, now.number, now.rating.label) == ("withdrawn", chosen.number, "Withdrawn")
    assert now.updates[-1].comment == "Raised in error: the NCA holds this"
    assert now.updates[-1].dated_on == TODAY
    status = tab.model.index(tab.model.find(chosen.id), tab.model.C.STATUS)
    assert status.data() == "withdrawn"
    assert status.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "1 withdrawn" in tab.ui.summary.text()
    heading = max(n for n in tab.model.headings() if n < tab.model.find(chosen.id))
    live = sum(1 for r in tab.model.rows
               if getattr(r, "strand", None) == chosen.strand and getattr(r, "id", None)
               and r.status != "withdrawn")
    words = f"{plural.count(live, 'action')}, 1 withdrawn" if live else \
        "no actions, 1 withdrawn"
    assert tab.model.index(heading, 0).data() == f"{chosen.strand} — {words}"
    choose_row(tab.ui.plan, tab.model.find(chosen.id))
    assert not tab.ui.withdraw.isEnabled() and not tab.ui.changeStatus.isEnabled()
    assert context.undo.undoText() == f"Withdraw action {chosen.label}"


def test_ctrl_z_puts_a_withdrawn_action_back_as_it_was(tab, qtbot, window, context):
    chosen = withdraw(qtbot, tab, "Duplicate")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = shown(tab, chosen.id)
    assert back.status == chosen.status and back.updates == chosen.updates
    context.undo.redo()
    assert shown(tab, chosen.id).status == "withdrawn"
