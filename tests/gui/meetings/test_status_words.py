"""A status reads the same wherever the app shows it: "agreed", as the register, the
plans and the action lists write it, never "Agreed" beside it."""

from __future__ import annotations

from ocgboard.core import vocab
from ocgboard.gui.meetings.models import TrackerModel
from tests.gui.every_window import MAKERS


def test_the_decision_dialog_words_statuses_as_the_plans_do(window, qtbot, context):
    dialog = MAKERS["DecisionDialog on an action"](window)
    qtbot.addWidget(dialog)
    words = set(vocab.values("action_statuses"))
    row = dialog.row()
    offered = [dialog.ui.status.itemText(n) for n in range(1, dialog.ui.status.count())]
    assert offered and set(offered) <= words
    assert dialog.ui.status.itemText(0) == f"No change ({row.status})"
    assert f" · {row.status} · " in dialog.ui.detail.text()
    tracker = TrackerModel()
    tracker.set_rows([row])
    shown = tracker.index(0, TrackerModel.Columns.STATUS).data()
    assert shown == row.status and shown in words
    qtbot.waitUntil(lambda: not context.runner.tasks, timeout=30_000)
