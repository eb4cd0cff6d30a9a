"""The Meetings page: plan meetings, their agenda, attendance, decisions and the pack."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox

from ocgboard.core.rows import meetings as meeting_rows
from ocgboard.errors import BoardError
from ocgboard.gui.forms.ui_meetings_page import Ui_MeetingsPage
from ocgboard.gui.meetings import minutes
from ocgboard.gui.meetings.agenda import AgendaTab
from ocgboard.gui.meetings.attendance import AttendanceTab
from ocgboard.gui.meetings.decisions import DecisionsTab
from ocgboard.gui.meetings.dialog import MeetingDialog
from ocgboard.gui.meetings.distribution import DistributionTab
from ocgboard.gui.meetings.models import KeyFilterProxy, MeetingsModel, day, when
from ocgboard.gui.meetings.pack_dialog import BuiltPack, PackBuilder, PackDialog
from ocgboard.gui.meetings.pack_preview import PackPreview
from ocgboard.gui.meetings.views import tidy
from ocgboard.gui.page import Page

HEADERS = ("meetings", "agenda", "attendance", "figures", "turnout", "tracker", "decisions",
           "distribution")


class MeetingsPage(Page):
    title = "Meetings"
    name = "meetings"
    # Meetings, their agenda, attendance and copies, and the tracker's actions.
    watches = ("meeting", "agenda_item", "attendance", "distribution", "action",
               "action_update", "person", "threat")

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.ui = Ui_MeetingsPage()
        self.ui.setupUi(self)
        self.model = MeetingsModel(self)
        self.proxy = KeyFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.dialog: QDialog | None = None
        self.preview: PackPreview | None = None
        self.packs: dict[str, BuiltPack] = {}  # the last pack built per meeting, this session
        self.last_pack: BuiltPack | None = None
        self.agenda = AgendaTab(self, context)
        self.attendance = AttendanceTab(self, context)
        self.decisions = DecisionsTab(self, context)
        self.distribution = DistributionTab(self, context)
        self.builder = PackBuilder(self, context)
        self.builder.built.connect(self._pack_built)
        self.minutes = minutes.MinutesWriter(self, context)
        self.minutes.written.connect(lambda made: self.show_pdf(made.path, made.note))
        self._stale_tabs: set = set()
        self._set_up_list()
        self._wire()
        self._restore()

    def _set_up_list(self) -> None:
        view = self.ui.meetingsView
        view.setModel(self.proxy)
        view.sortByColumn(MeetingsModel.Columns.WHEN, Qt.SortOrder.DescendingOrder)
        c = MeetingsModel.Columns
        tidy(view, {c.WHEN: 190, c.TITLE: 320, c.VENUE: 330, c.STATUS: 90})
        view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        view.activated.connect(lambda _index: self.edit_meeting())
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.splitter.setSizes([200, 600])

    def _wire(self) -> None:
        ui = self.ui
        ui.planButton.clicked.connect(self.new_record)
        ui.editButton.clicked.connect(self.edit_meeting)
        ui.buildButton.clicked.connect(self.build_pack)
        ui.previewButton.clicked.connect(lambda: self.show_pack(self._pack_for_selected()))
        ui.minutesButton.setMenu(self.minutes.menu)
        ui.minutesButton.clicked.connect(lambda: self.minutes.write(self.selected()))
        ui.approveMinutesButton.clicked.connect(
            lambda: minutes.approve(self, self.context, self.selected()))
        ui.tabs.currentChanged.connect(lambda _index: self._load_current_tab())
        build = QAction("Build pack", self)
        build.setShortcut(QKeySequence("Ctrl+B"))
        build.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        build.triggered.connect(self.build_pack)
        self.addAction(build)

    def _views(self):
        ui = self.ui
        return (ui.meetingsView, ui.agendaView, ui.attendanceView, ui.figuresView,
                ui.turnoutView, ui.trackerView, ui.decisionsView, ui.distributionView)

    def _restore(self) -> None:
        settings = self.context.settings
        for key, view in zip(HEADERS, self._views(), strict=True):
            settings.restore_header(f"meetings/{key}", view.horizontalHeader())
        for key in ("splitter", "attendanceSplitter", "decisionsSplitter"):
            settings.restore_splitter(f"meetings/{key}", getattr(self.ui, key))

    def save_state(self) -> None:
        settings = self.context.settings
        for key, view in zip(HEADERS, self._views(), strict=True):
            settings.save_header(f"meetings/{key}", view.horizontalHeader())
        for key in ("splitter", "attendanceSplitter", "decisionsSplitter"):
            settings.save_splitter(f"meetings/{key}", getattr(self.ui, key))

    # -- showing --------------------------------------------------------------

    def reload(self, _changes) -> None:
        keep = self.selected()
        self.model.set_rows(self.context.backend.read(meeting_rows.meeting_list))
        if not self.select(keep.id if keep else None) and self.model.rows:
            self.ui.meetingsView.selectRow(0)
        self._show_selected()

    def selected(self):
        index = self.ui.meetingsView.currentIndex()
        return self.model.row_at(self.proxy.mapToSource(index)) if index.isValid() else None

    def select(self, meeting_id: str | None) -> bool:
        row = self.model.find(meeting_id) if meeting_id else -1
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.ui.meetingsView.selectRow(index.row())
        self.ui.meetingsView.scrollTo(index)
        return True

    def _show_selected(self) -> None:
        meeting = self.selected()
        ui = self.ui
        self._stale_tabs = {ui.attendanceTab, ui.decisionsTab, ui.distributionTab}
        try:
            self.agenda.show_meeting(meeting.id if meeting else None)
        except BoardError as exc:  # deleted by an import since the list was read
            self.context.status(exc.message)
        self._load_current_tab()
        self.ui.summary.setText(self._summary(meeting))
        for button in (self.ui.editButton, self.ui.buildButton, self.ui.minutesButton,
                       self.ui.approveMinutesButton):
            button.setEnabled(meeting is not None)
        self.ui.previewButton.setEnabled(self._pack_for_selected() is not None)

    def _load_current_tab(self) -> None:
        """The other tabs load when shown: a 40-threat agenda's tracker takes a moment,
        and every edit reloads what is on screen."""
        tab = self.ui.tabs.currentWidget()
        if tab not in self._stale_tabs:
            return
        self._stale_tabs.discard(tab)
        meeting = self.selected()
        key = meeting.id if meeting else None
        try:
            if tab is self.ui.attendanceTab:
                self.attendance.show_meeting(key)
            elif tab is self.ui.decisionsTab:
                self.decisions.show_meeting(key, meeting.starts_at.date() if meeting else None)
            elif tab is self.ui.distributionTab:
                self.distribution.show_meeting(key)
        except BoardError as exc:
            self.context.status(exc.message)

    def _summary(self, m) -> str:
        if m is None:
            return "No meeting yet: plan one (Ctrl+N)."
        parts = [f"<b>{m.title}</b>", when(m.starts_at), m.venue or "venue to be set",
                 f"chair: {m.chair or 'not named'}", m.status]
        if m.next_meeting_on:
            parts.append(f"next meeting {day(m.next_meeting_on)}")
        return " · ".join(parts)

    def open_record(self, kind: str, key: str) -> bool:
        if kind != "meeting":
            return False
        self.refresh()
        return self.select(key)

    # -- meetings -------------------------------------------------------------

    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Open a dialog without blocking (tests drive it); kept until it closes."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def new_record(self) -> bool:
        dialog = MeetingDialog(self.context, parent=self)
        dialog.accepted.connect(lambda: self._planned(dialog.made))
        self.open_dialog(dialog)
        return True

    def _planned(self, meeting_id: str | None) -> None:
        self.refresh()
        self.select(meeting_id)
        self.ui.tabs.setCurrentWidget(self.ui.agendaTab)
        self.context.status("Meeting planned with the standard agenda")

    def edit_meeting(self) -> None:
        meeting = self.selected()
        if meeting is not None:
            self.open_dialog(MeetingDialog(self.context, meeting, self))

    # -- packs ----------------------------------------------------------------

    def build_pack(self) -> None:
        meeting = self.selected()
        if meeting is None or self.builder.running:
            return
        dialog = PackDialog(self.context, meeting, self)
        dialog.accepted.connect(lambda: self._build(meeting, dialog.options()))
        self.open_dialog(dialog)

    def _build(self, meeting, options) -> None:
        target = self.builder.choose_target(meeting, options)
        if target is not None:
            self.builder.start(meeting, options, target)

    def _pack_built(self, made: BuiltPack) -> None:
        self.packs[made.meeting_id] = made
        self.last_pack = made
        self.ui.previewButton.setEnabled(self._pack_for_selected() is not None)
        self.show_pack(made)

    def _pack_for_selected(self) -> BuiltPack | None:
        meeting = self.selected()
        made = self.packs.get(meeting.id) if meeting else None
        return made if made and Path(made.path).exists() else None

    def show_pack(self, made: BuiltPack | None) -> PackPreview | None:
        if made is None:
            return None
        copy = f"copy {made.copy_number} for {made.copy_for}" if made.copy_number else ""
        return self.show_pdf(made.path, f"{made.variant} pack" + (f", {copy}" if copy else ""))

    def show_pdf(self, path: str, note: str) -> PackPreview:
        """A pack or minutes in the preview window, to read, print or open."""
        if self.preview is None:
            self.preview = PackPreview(self.context.runner, self)
        if self.preview.show_pack(path, note):
            self.preview.show()
            self.preview.raise_()
            self.preview.activateWindow()
        return self.preview

    def print_page(self) -> bool:
        """File > Print: the pack last built (this meeting's first), or offer to build one."""
        made = self._pack_for_selected() or self.last_pack
        if made is not None and Path(made.path).exists():
            preview = self.show_pack(made)
            if preview is not None:
                preview.print_dialog()
            return True
        if self.selected() is None:
            return False
        answer = QMessageBox.question(self, "Print the meeting pack",
                                      "No pack has been built for this meeting yet. "
                                      "Build one now?")
        if answer == QMessageBox.StandardButton.Yes:
            self.build_pack()
        return True
