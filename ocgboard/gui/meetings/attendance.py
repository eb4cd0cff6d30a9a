"""The Attendance tab: who came, sent apologies or was absent; and the figures over time."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from ocgboard.core import meetings, plural
from ocgboard.core.rows import attendance as attendance_rows
from ocgboard.core.rows import meetings as meeting_rows
from ocgboard.gui.context import Context
from ocgboard.gui.meetings import undo as undo_meetings
from ocgboard.gui.meetings.attendance_model import AttendanceModel, FiguresModel, TurnoutModel
from ocgboard.gui.meetings.models import KeyFilterProxy
from ocgboard.gui.meetings.views import tidy


class AttendanceTab(QObject):
    def __init__(self, page, context: Context):
        super().__init__(page)
        self.page = page
        self.context = context
        self.ui = page.ui
        self.meeting_id: str | None = None
        self.model = AttendanceModel(self)
        self.proxy = KeyFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.figures = FiguresModel(self)
        self.turnout = TurnoutModel(self)
        self._set_up_views()
        self.ui.attendanceFilter.textChanged.connect(
            lambda text: self.proxy.set_text(meeting_rows.folded(text)))
        for button, status in ((self.ui.presentButton, "present"),
                               (self.ui.apologiesButton, "apologies"),
                               (self.ui.absentButton, "absent")):
            button.clicked.connect(lambda _=False, s=status: self.record(s))
        self.ui.attendanceView.selectionModel().selectionChanged.connect(self._enable)
        # Queued: the edit is written once the cell's editor has closed, since
        # writing refreshes the model the editor belongs to.
        self.model.note_edited.connect(self.note, Qt.ConnectionType.QueuedConnection)
        self._enable()

    def _set_up_views(self) -> None:
        ui = self.ui
        ui.attendanceView.setModel(self.proxy)
        ui.attendanceView.sortByColumn(AttendanceModel.Columns.STATUS, Qt.SortOrder.AscendingOrder)
        for view, model in ((ui.figuresView, self.figures), (ui.turnoutView, self.turnout)):
            proxy = KeyFilterProxy(self)
            proxy.setSourceModel(model)
            view.setModel(proxy)
        ui.figuresView.sortByColumn(FiguresModel.Columns.PERSON, Qt.SortOrder.AscendingOrder)
        ui.turnoutView.sortByColumn(TurnoutModel.Columns.DATE, Qt.SortOrder.DescendingOrder)
        a, f, t = AttendanceModel.Columns, FiguresModel.Columns, TurnoutModel.Columns
        tidy(ui.attendanceView, {a.PERSON: 190, a.AGENCY: 80, a.ROLE: 160, a.STATUS: 100})
        tidy(ui.figuresView, {f.PERSON: 190, f.MEETINGS: 80, f.PRESENT: 70, f.APOLOGIES: 80,
                              f.ABSENT: 70})
        tidy(ui.turnoutView, {t.DATE: 150, t.PRESENT: 70, t.APOLOGIES: 80})
        ui.attendanceSplitter.setStretchFactor(0, 3)
        ui.attendanceSplitter.setStretchFactor(1, 2)

    def show_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        read = self.context.backend.read
        rows = read(attendance_rows.attendance_rows, meeting_id) if meeting_id else []
        self.model.set_rows(rows)
        self.figures.set_rows(read(meetings.attendance_figures))
        self.turnout.set_rows(read(attendance_rows.turnout))
        counts = {s: sum(1 for r in rows if r.status == s)
                  for s in ("present", "apologies", "absent")}
        self.ui.attendanceCount.setText(
            f"{counts['present']} present · "
            f"{plural.count(counts['apologies'], 'apology', 'apologies')} · "
            f"{counts['absent']} absent" if meeting_id else "")
        self._enable()

    def selected(self) -> list:
        rows = self.ui.attendanceView.selectionModel().selectedRows()
        return [self.model.row_at(self.proxy.mapToSource(i)) for i in rows]

    def select(self, person_ids: set[str]) -> None:
        view = self.ui.attendanceView
        view.clearSelection()
        for row in range(self.proxy.rowCount()):
            source = self.model.row_at(self.proxy.mapToSource(self.proxy.index(row, 0)))
            if source.id in person_ids:
                view.selectionModel().select(
                    self.proxy.index(row, 0),
                    view.selectionModel().SelectionFlag.Select
                    | view.selectionModel().SelectionFlag.Rows)

    def _enable(self, *_args) -> None:
        chosen = bool(self.meeting_id) and bool(self.selected())
        for button in (self.ui.presentButton, self.ui.apologiesButton, self.ui.absentButton):
            button.setEnabled(chosen)

    def note(self, row, text: str) -> None:
        if self.meeting_id is None:
            return
        command = undo_meetings.NoteAttendance(self.context, self.meeting_id, row, text)
        if undo_meetings.push(self.context, self.page, command):
            self.select({row.id})

    def record(self, status: str) -> None:
        rows = [r for r in self.selected() if r.status != status]
        if not rows or self.meeting_id is None:
            return
        ids = {r.id for r in self.selected()}
        command = undo_meetings.Attend(self.context, self.meeting_id, rows, status)
        if undo_meetings.push(self.context, self.page, command):
            self.select(ids)
