"""Withdrawing an action: struck off its plan with a reason, kept with its number.

For an action raised in error, a duplicate, or one overtaken by events; an
action the board decided against is 'not pursued' (the status dialog). The
reason is a dated update in the action's trail, dated today unless the chair
says otherwise; the service decides, and its refusal stays in the dialog so
nothing typed is lost. Undo (Ctrl+Z) withdraws that update, which gives the
action back the status it had.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ocgboard.core import dates
from ocgboard.core.rows import common as common_rows
from ocgboard.core.rows import plans as plan_rows
from ocgboard.errors import BoardError
from ocgboard.gui import withheld
from ocgboard.gui.discard import KeepsEdits
from ocgboard.gui.forms.ui_withdraw_dialog import Ui_WithdrawDialog
from ocgboard.gui.plans import undo as undo_plans


class WithdrawDialog(KeepsEdits, QDialog):
    def __init__(self, context, action_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = ui = Ui_WithdrawDialog()
        ui.setupUi(self)
        self.row = row = context.backend.read(plan_rows.action, action_id)
        self.setWindowTitle(f"Withdraw action {row.label}")
        ui.action.setText(f"<b>{escape(row.label)} · {escape(row.strand)} · "
                          f"{escape(row.owner)} · {escape(row.status)}</b><br>"
                          f"{escape(row.specific)}")
        ui.dated.setup("withdrawal date", dates.EVENT, context.backend.today)
        ui.dated.set_date(context.backend.today())
        ui.boardOnly.setChecked(context.backend.read(
            common_rows.board_only_default, "action", action_id))
        withheld.watch(context.backend, ui.withheldHint, ui.reason)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Withdraw action")
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.reason.setFocus()
        self.keep_edits()

    def accept(self) -> None:
        ui, row = self.ui, self.row
        try:
            dated = ui.dated.value()
            update_id, before = self.context.backend.write(
                plan_rows.withdraw_action, row.id, ui.reason.toPlainText(), on=dated,
                board_only=ui.boardOnly.isChecked())
        except BoardError as exc:
            ui.message.setText(exc.message)
            return
        self.context.undo.push(undo_plans.ChangeStatus(
            self.context, row.id, update_id, before, f"Withdraw action {row.label}"))
        self.context.status(f"{row.label} withdrawn ({dates.day(dated)}): it keeps its "
                            "number; Edit > Undo puts it back")
        super().accept()
