"""The Decisions tab: the action tracker, and decisions on agenda items or actions.

A decision on an action becomes a dated update in its trail (it may move the
action on); a decision on an agenda item is kept with the item. Both undo.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from ocgboard.core import dates
from ocgboard.core.rows import common as common_rows
from ocgboard.core.rows import decisions as decision_rows
from ocgboard.gui import undo, withheld
from ocgboard.gui.context import Context
from ocgboard.gui.discard import KeepsEdits
from ocgboard.gui.forms.ui_decision_dialog import Ui_DecisionDialog
from ocgboard.gui.meetings import undo as undo_meetings
from ocgboard.gui.meetings.models import DecisionsModel, KeyFilterProxy, TrackerModel, day
from ocgboard.gui.meetings.views import tidy


class DecisionDialog(KeepsEdits, QDialog):
    """On an agenda item (`rows` are AgendaRows) or an action (TrackerRows)."""

    def __init__(self, context: Context, meeting_id: str, on: str, rows: list, chosen: str,
                 parent=None):
        super().__init__(parent)
        self.context, self.meeting_id, self.on, self.rows = context, meeting_id, on, rows
        self.ui = Ui_DecisionDialog()
        self.ui.setupUi(self)
        for row in rows:
            self.ui.subject.addItem(self._label(row), row.id)
        self.ui.subject.currentIndexChanged.connect(self._subject_changed)
        self.ui.subject.setCurrentIndex(max(self.ui.subject.findData(chosen), 0))
        self._subject_changed(self.ui.subject.currentIndex())
        self.setWindowTitle("Decision on an action" if on == "action"
                            else "Decision on an agenda item")
        self.ui.statusLabel.setVisible(on == "action")
        self.ui.status.setVisible(on == "action")
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        withheld.watch(context.backend, self.ui.withheldHint, self.ui.decision)
        self.ui.decision.setFocus()
        self.keep_edits()

    def _label(self, row) -> str:
        if self.on == "action":
            return f"{row.label} · {row.strand}: {row.specific}"
        return f"{row.position}. {row.title}"

    def row(self):
        return self.rows[self.ui.subject.currentIndex()]

    def _subject_changed(self, index: int) -> None:
        if index < 0:
            return
        row = self.rows[index]
        ui = self.ui
        if self.on == "action":
            ui.detail.setText(f"{row.owner or 'No owner'} · {row.status} · "
                              f"{row.rag_label} · due {day(row.due_on) or 'not set'}")
            ui.status.clear()
            ui.status.addItem(f"No change ({row.status})", None)
            for status in row.next_statuses:
                ui.status.addItem(status, status)
            ui.decision.clear()
        else:
            ui.detail.setText(f"{row.purpose.capitalize()} · {row.presenter or 'no presenter'}")
            ui.decision.setPlainText(row.decision or "")
        ui.boardOnly.setChecked(self.context.backend.read(
            common_rows.board_only_default, "action" if self.on == "action" else "agenda_item",
            row.id))

    def command(self) -> undo_meetings.MeetingCommand:
        text = self.ui.decision.toPlainText().strip()
        board_only = self.ui.boardOnly.isChecked()
        if self.on == "action":
            return undo_meetings.DecideAction(self.context, self.meeting_id, self.row().id,
                                              text, self.ui.status.currentData(),
                                              board_only=board_only)
        return undo_meetings.DecideItem(self.context, self.meeting_id, self.row(), text,
                                        board_only)

    def accept(self) -> None:
        command = self.command()
        message = undo.push(self.context, command)
        if message is not None:
            self.ui.message.setText(message)
            return
        super().accept()


class DecisionsTab(QObject):
    def __init__(self, page, context: Context):
        super().__init__(page)
        self.page, self.context, self.ui = page, context, page.ui
        self.meeting_id: str | None = None
        self.tracker = TrackerModel(self)
        self.tracker_proxy = KeyFilterProxy(self)
        self.tracker_proxy.setSourceModel(self.tracker)
        self.decisions = DecisionsModel(self)
        ui = self.ui
        ui.trackerView.setModel(self.tracker_proxy)
        ui.decisionsView.setModel(self.decisions)
        t, d = TrackerModel.Columns, DecisionsModel.Columns
        tidy(ui.trackerView, {t.RAG: 160, t.THREAT: 110, t.ACTION: 330, t.OWNER: 80,
                              t.STATUS: 100, t.DUE: 130})
        tidy(ui.decisionsView, {d.ON: 100, d.SUBJECT: 360, d.DECISION: 380, d.STATUS: 110})
        ui.trackerView.activated.connect(lambda _index: self.decide_on_action())
        ui.decideActionButton.clicked.connect(self.decide_on_action)
        ui.decideOnItemButton.clicked.connect(lambda: self.decide_on_item(None))
        ui.trackerView.selectionModel().selectionChanged.connect(self._enable)
        ui.decisionsSplitter.setStretchFactor(0, 3)
        ui.decisionsSplitter.setStretchFactor(1, 2)

    def show_meeting(self, meeting_id: str | None, on) -> None:
        """`on`: the meeting's date, as the day the tracker is rated."""
        self.meeting_id = meeting_id
        read = self.context.backend.read
        self.tracker.set_rows(read(decision_rows.tracker_rows, meeting_id, on)
                              if meeting_id else [])
        self.decisions.set_rows(read(decision_rows.decision_rows, meeting_id)
                                if meeting_id else [])
        self._enable()

    def selected_action(self):
        index = self.ui.trackerView.currentIndex()
        return self.tracker.row_at(self.tracker_proxy.mapToSource(index)) \
            if index.isValid() else None

    def not_yet(self) -> str | None:
        """Why no decision can be recorded yet (the meeting is still to come), or None;
        said on the buttons rather than after the decision has been typed."""
        meeting = self.page.selected()
        on = meeting.starts_at.date() if meeting is not None else None
        if on is None or on <= self.context.backend.today():
            return None
        return f"Decisions are recorded at or after the meeting, on {dates.day(on)}"

    def _enable(self, *_args) -> None:
        waiting = self.not_yet()
        for button, enabled in ((self.ui.decideActionButton, bool(self.tracker.rows)),
                                (self.ui.decideOnItemButton, self.meeting_id is not None)):
            button.setEnabled(enabled and waiting is None)
            button.setToolTip(waiting or "")
        self.page.agenda.enable_buttons()

    def decide_on_action(self, action_id: str | None = None) -> None:
        if not self.tracker.rows or self._waiting():
            return
        chosen = action_id or getattr(self.selected_action(), "id", None)
        self._open("action", self.tracker.rows, chosen)

    def decide_on_item(self, item_id: str | None) -> None:
        rows = self.page.agenda.model.rows
        if rows and not self._waiting():
            self._open("item", rows, item_id or getattr(self.page.agenda.selected(), "id", None))

    def _waiting(self) -> bool:
        """True, with the reason in the status bar, while the meeting is still to come
        (Enter on a row asks as the buttons would)."""
        waiting = self.not_yet()
        if waiting:
            self.context.status(f"{waiting}.", 6000)
        return waiting is not None

    def _open(self, on: str, rows: list, chosen: str | None) -> None:
        # The agenda is always loaded; this tab only once it has been shown.
        meeting_id = self.page.agenda.meeting_id
        dialog = DecisionDialog(self.context, meeting_id, on, rows, chosen, self.page)
        self.page.open_dialog(dialog)
