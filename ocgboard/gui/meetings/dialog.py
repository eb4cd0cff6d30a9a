"""Plan a meeting (standard agenda; the threats due for review ticked), or edit one.

A new meeting starts from the last one (title, venue, chair; this laptop's
operator as chair when it named none) on the next date it set. Moving the
meeting's date moves its next meeting with it, keeping the interval, until a
next date is typed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ocgboard.core import dates, meetings, plural, vocab
from ocgboard.core.rows import attendance as attendance_rows
from ocgboard.core.rows import meetings as meeting_rows
from ocgboard.core.rows.common import iso
from ocgboard.core.rows.meetings import MeetingRow
from ocgboard.errors import BoardError
from ocgboard.gui.context import Context
from ocgboard.gui.discard import KeepsEdits, form_state
from ocgboard.gui.forms.ui_meeting_dialog import Ui_MeetingDialog
from ocgboard.gui.meetings import undo as undo_meetings
from ocgboard.gui.meetings.agenda_model import ThreatPickModel
from ocgboard.gui.meetings.models import KeyFilterProxy
from ocgboard.gui.meetings.views import tidy

DEFAULT_TITLE = "Local organised crime partnership board"
CYCLE = dt.timedelta(weeks=6)  # boards meet every 4 to 8 weeks
NO_CHAIR = "(no chair named)"


def _plan(session, fields: dict, threats: list[str]) -> str:
    # The picker already ticked the due reviews: add exactly what the user kept.
    return meetings.add(session, threats=threats, with_due_reviews=False, **fields).id.hex


class MeetingDialog(KeepsEdits, QDialog):
    """`made` holds the new meeting's id once a plan is saved."""

    def __init__(self, context: Context, meeting: MeetingRow | None = None, parent=None):
        super().__init__(parent)
        self.context = context
        self.meeting = meeting
        self.made: str | None = None
        self._shown_on: dt.date | None = None  # the interval to the next meeting runs from it
        self._next_typed = self._moving_next = False
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        self.threats = ThreatPickModel(context.backend.today(), self)
        self.proxy = KeyFilterProxy(self)
        self.proxy.setSourceModel(self.threats)
        self._set_up_picker()
        self._fill_chairs()
        today = context.backend.today
        self.ui.date.setup("meeting date", dates.MEETING, today)
        self.ui.nextDate.setup("next meeting date", dates.MEETING, today, optional=True,
                               empty="not fixed yet")
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        if meeting is None:
            self._plan_defaults()
        else:
            self._show(meeting)
        self.ui.nextDate.textChanged.connect(self._next_changed)  # filled: the person's now
        self.keep_edits()

    # -- filling --------------------------------------------------------------

    def _set_up_picker(self) -> None:
        view = self.ui.threatsView
        view.setModel(self.proxy)
        c = ThreatPickModel.Columns
        tidy(view, {c.REFERENCE: 150, c.NAME: 260, c.KIND: 130})
        self.ui.threatSearch.textChanged.connect(
            lambda text: self.proxy.set_text(meeting_rows.folded(text)))
        self.threats.dataChanged.connect(self._count_ticked)
        self.threats.modelReset.connect(self._count_ticked)
        self.ui.date.dateChanged.connect(self._date_changed)
        view.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        # Space ticks the selected threat whichever column has the focus.
        if (watched is self.ui.threatsView and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Space):
            self.toggle_current()
            return True
        return super().eventFilter(watched, event)

    def toggle_current(self) -> None:
        index = self.ui.threatsView.currentIndex()
        if not index.isValid():
            return
        source = self.threats.index(self.proxy.mapToSource(index).row(), 0)
        ticked = self.threats.data(source, Qt.ItemDataRole.CheckStateRole)
        flipped = (Qt.CheckState.Unchecked if ticked == Qt.CheckState.Checked
                   else Qt.CheckState.Checked)
        self.threats.setData(source, flipped, Qt.ItemDataRole.CheckStateRole)

    def _fill_chairs(self) -> None:
        self.ui.chair.addItem(NO_CHAIR, None)
        for person in self.context.backend.read(attendance_rows.people):
            self.ui.chair.addItem(person.label, person.id)

    def _plan_defaults(self) -> None:
        listed = self.context.backend.read(meeting_rows.meeting_list)
        last = listed[0] if listed else None
        today = self.context.backend.today()
        on = last.next_meeting_on if last and last.next_meeting_on else today
        on = max(on, today)
        ui = self.ui
        ui.title.setText(last.title if last else DEFAULT_TITLE)
        ui.venue.setText(last.venue or "" if last else "")
        ui.time.setTime(QTime(10, 0))
        chair = last.chair_id if last and last.chair_id else None
        self._choose_chair(chair or self.context.backend.read(meeting_rows.usual_chair))
        ui.nextDate.set_date(on + CYCLE)
        ui.statusLabel.hide()
        ui.status.hide()
        self.threats.set_rows(self.context.backend.read(meeting_rows.threat_choices))
        ui.date.set_date(on)
        self._date_changed(on)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Plan meeting")
        ui.title.selectAll()

    def _show(self, m: MeetingRow) -> None:
        ui = self.ui
        self.setWindowTitle("Edit meeting")
        ui.threatsBox.hide()
        ui.title.setText(m.title)
        ui.date.set_date(m.starts_at.date())
        ui.time.setTime(QTime(m.starts_at.hour, m.starts_at.minute))
        ui.venue.setText(m.venue or "")
        self._choose_chair(m.chair_id)
        ui.nextDate.set_date(m.next_meeting_on)
        ui.status.addItems(vocab.values("meeting_statuses"))
        ui.status.setCurrentText(m.status)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Save")
        self.resize(self.width(), self.minimumSizeHint().height())

    def _choose_chair(self, person_id: str | None) -> None:
        found = self.ui.chair.findData(person_id) if person_id else 0
        self.ui.chair.setCurrentIndex(max(found, 0))

    def _date_changed(self, date: dt.date | None) -> None:
        if self.meeting is None and date is not None:
            self.threats.set_date(date)
            self.proxy.sort(-1)
        if date is not None:
            self._keep_interval(date)

    def _keep_interval(self, date: dt.date) -> None:
        """The next meeting moves as far as this one did, unless a next date was typed."""
        was, self._shown_on = self._shown_on, date
        following = self.ui.nextDate.date()
        if self._next_typed or was is None or following is None:
            return  # a next date typed stays; the first date shown sets where it runs from
        self._moving_next = True
        try:
            self.ui.nextDate.set_date(following + (date - was))
        finally:
            self._moving_next = False

    def _next_changed(self, _text: str) -> None:
        if not self._moving_next:
            self._next_typed = True

    def edits(self) -> object:
        """The form, and the threats ticked for review (a model's ticks, not a widget's)."""
        return form_state(self), frozenset(self.threats.ticked)

    def _count_ticked(self, *_args) -> None:
        count = len(self.threats.ticked)
        self.ui.chosenCount.setText(f"{plural.count(count, 'threat')} ticked")

    # -- saving ---------------------------------------------------------------

    def fields(self) -> dict:
        """The form as the services take it; a date that cannot be taken refuses
        (dates.DateRefused), its reason beside its field."""
        ui = self.ui
        return {
            "title": ui.title.text().strip(),
            "on": iso(ui.date.value()),
            "at": ui.time.time().toString("HH:mm"),
            "venue": ui.venue.text().strip() or None,
            "chair": ui.chair.currentData(),
            "next_meeting_on": iso(ui.nextDate.value()) or None,
        }

    def accept(self) -> None:
        try:
            if self.meeting is None:
                fields = self.fields()
                self.made = self.context.backend.write(_plan, fields, self.threats.chosen())
                self.context.undo.push(undo_meetings.PlanMeeting(self.context, self.made,
                                                                 fields["title"]))
            elif not self._save_edit():
                return
        except BoardError as exc:
            self.ui.message.setText(exc.message)
            return
        super().accept()

    def _save_edit(self) -> bool:
        m = self.meeting
        new = {**self.fields(), "status": self.ui.status.currentText()}
        old = {"title": m.title, "on": m.starts_at.date().isoformat(),
               "at": f"{m.starts_at:%H:%M}", "venue": m.venue, "chair": m.chair_id,
               "next_meeting_on": m.next_meeting_on.isoformat() if m.next_meeting_on else None,
               "status": m.status}
        changed = {k: v for k, v in new.items() if v != old[k]}
        if not changed:
            return True
        before = {k: old[k] for k in changed}
        return undo_meetings.push(self.context, self,
                                  undo_meetings.EditMeeting(self.context, m.id, before, changed))
