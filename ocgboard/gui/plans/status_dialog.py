"""Changing an action's status: a dated update with a required comment.

Offers only the moves the board's rules allow from the current status (or
no change, to note progress), a date that defaults to today and cannot be
in the future (nor before the action was raised: the service says so), and
the comment. The service decides; its refusal is shown
in the dialog, which stays open so nothing typed is lost.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ocgboard.core import dates, vocab
from ocgboard.core.rows import common as common_rows
from ocgboard.core.rows import plans as plan_rows
from ocgboard.errors import BoardError
from ocgboard.gui import withheld
from ocgboard.gui.discard import KeepsEdits
from ocgboard.gui.forms.ui_status_dialog import Ui_StatusDialog
from ocgboard.gui.plans import undo as undo_plans
from ocgboard.gui.widgets import rag_icon


class StatusDialog(KeepsEdits, QDialog):
    def __init__(self, context, action_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_StatusDialog()
        self.ui.setupUi(self)
        self.row = context.backend.read(plan_rows.action, action_id)
        self._describe()
        self._fill_choices()
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Record update")
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.status.setFocus()
        withheld.watch(context.backend, self.ui.withheldHint, self.ui.comment)
        self.ui.boardOnly.setChecked(context.backend.read(
            common_rows.board_only_default, "action", action_id))
        self.keep_edits()

    def _describe(self) -> None:
        row = self.row
        self.setWindowTitle(f"Change status — {row.threat_ref}")
        self.ui.action.setText(f"<b>{escape(row.label)} · {escape(row.strand)} · "
                               f"{escape(row.owner)}</b><br>{escape(row.specific)}")
        self.ui.current.setText(f"{row.status} — {row.rating.label}")
        self.ui.currentLabel.setPixmap(rag_icon(row.rating.rag).pixmap(14, 14))
        self.ui.currentLabel.setAccessibleName(f"RAG: {row.rating.label}")

    def _fill_choices(self) -> None:
        status = self.row.status
        self.ui.status.addItem(f"{status} (no change: note progress)", None)
        for allowed in vocab.transitions(status):
            self.ui.status.addItem(allowed, allowed)
        self.ui.dated.setup("update date", dates.EVENT, self.context.backend.today)
        self.ui.dated.set_date(self.context.backend.today())

    def choose(self, status: str | None) -> None:
        """Pick the new status (None: no change)."""
        self.ui.status.setCurrentIndex(max(0, self.ui.status.findData(status)))

    def accept(self) -> None:
        status = self.ui.status.currentData()
        comment = self.ui.comment.toPlainText()
        try:
            dated = self.ui.dated.value()
            update_id, before = self.context.backend.write(
                plan_rows.change_status, self.row.id, status, comment, on=dated,
                board_only=self.ui.boardOnly.isChecked())
        except BoardError as exc:
            self.ui.message.setText(exc.message)
            return
        text = f"Change status to {status}" if status else "Note progress"
        self.context.undo.push(undo_plans.ChangeStatus(
            self.context, self.row.id, update_id, before, f"{text} ({self.row.threat_ref})"))
        self.context.status(f"{self.row.threat_ref}: update recorded "
                            f"({status or before}, {dates.day(dated)})")
        super().accept()
