"""Building a meeting pack: which pack, for whom, where to; built on the task runner.

The build runs off the GUI thread with a progress dialog; Cancel stops it at
the next section, and the safe writer leaves no file. A copy issued to a named
person is recorded in the distribution register in the same unit of work as
the PDF (as the CLI does): a cancelled or failed build issues no copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QProgressDialog,
    QPushButton,
)

from ocgboard.core import plural
from ocgboard.core.rows import attendance as attendance_rows
from ocgboard.core.rows import meetings as meeting_rows
from ocgboard.core.rows.meetings import MeetingRow
from ocgboard.gui import withheld
from ocgboard.gui.backend import Backend
from ocgboard.gui.context import Context
from ocgboard.gui.forms.ui_pack_dialog import Ui_PackDialog
from ocgboard.gui.meetings.models import when
from ocgboard.gui.widgets import refused
from ocgboard.store.changes import NOTHING, Changes


@dataclass(frozen=True)
class PackOptions:
    variant: str = "chair"
    agency: str | None = None
    copy_for: str | None = None  # the person's id
    copy_for_name: str | None = None
    confirmed: bool = False  # the chair has reviewed what it withholds
    full_history: bool = False  # closed actions and earlier updates in full


@dataclass(frozen=True)
class BuiltPack:
    meeting_id: str
    path: str
    pages: int
    variant: str
    copy_number: int | None
    copy_for: str | None
    changes: Changes = NOTHING  # what issuing the copy wrote (the distribution register)


class PackDialog(QDialog):
    def __init__(self, context: Context, meeting: MeetingRow, parent=None):
        super().__init__(parent)
        self.ui = Ui_PackDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.meetingLabel.setText(f"<b>{meeting.title}</b><br>{when(meeting.starts_at)}")
        ui.agency.addItems(context.backend.read(attendance_rows.agency_list))
        for person in context.backend.read(attendance_rows.people):
            ui.copyFor.addItem(person.label, person.id)
        ui.agency.setEnabled(False)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Build…")
        ui.agencyPack.toggled.connect(ui.agency.setEnabled)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)

    def options(self) -> PackOptions:
        ui = self.ui
        variant = ("agency" if ui.agencyPack.isChecked()
                   else "partner" if ui.partnerPack.isChecked() else "chair")
        issued = ui.copyBox.isChecked() and ui.copyFor.currentIndex() >= 0
        return PackOptions(variant, ui.agency.currentText() if variant == "agency" else None,
                           ui.copyFor.currentData() if issued else None,
                           ui.copyFor.currentText() if issued else None,
                           full_history=ui.fullHistory.isChecked())


def default_name(meeting: MeetingRow, options: PackOptions) -> str:
    who = f" - {options.agency}" if options.agency else ""
    copy = f" - copy for {options.copy_for_name}" if options.copy_for_name else ""
    name = f"{meeting.starts_at:%Y-%m-%d} {options.variant} pack{who}{copy}.pdf"
    return re.sub(r'[\\/:*?"<>|]+', "-", name)


def _build(progress, backend: Backend, meeting_id: str, target: str,
           options: PackOptions) -> BuiltPack | withheld.Withheld:
    """On the worker thread: one unit of work, written only if the copy is issued;
    before the chair has reviewed what a partner's pack withholds, the places."""
    from ocgboard.reports import pack  # reportlab loads on the first build, not at start

    def run(session):
        return pack.build(session, meeting_rows.meeting(session, meeting_id), target,
                          variant=options.variant, agency=options.agency,
                          copy_for=options.copy_for, progress=progress.report,
                          confirm=withheld.confirm(options.confirmed),
                          full_history=options.full_history)

    try:
        if options.copy_for:
            built, changes = backend.write_noting(run)
        else:
            built, changes = backend.read(run), NOTHING
    except withheld.Stopped as stop:
        return withheld.Withheld(stop.places)
    return BuiltPack(meeting_id, built.path, built.pages, built.variant, built.copy_number,
                     options.copy_for_name, changes)


class PackBuilder(QObject):
    """Asks where to save, runs the build, and says how it went (`built`)."""

    built = Signal(object)  # BuiltPack

    def __init__(self, page, context: Context):
        super().__init__(page)
        self.page, self.context = page, context
        self.task = None
        self.asked: tuple[MeetingRow, PackOptions, str] | None = None  # the last build asked
        self.progress: QProgressDialog | None = None
        self.cancel_button: QPushButton | None = None

    def choose_target(self, meeting: MeetingRow, options: PackOptions) -> str | None:
        settings = self.context.settings
        folder = Path(str(settings.value("packs/folder", "") or Path.home()))
        path, _ = QFileDialog.getSaveFileName(
            self.page, "Save the meeting pack", str(folder / default_name(meeting, options)),
            "PDF files (*.pdf)")
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        settings.set_value("packs/folder", str(Path(path).parent))
        return path

    def start(self, meeting: MeetingRow, options: PackOptions, target: str):
        self.asked = (meeting, options, target)
        self.progress = QProgressDialog("Gathering the pack's content…", "", 0, 100, self.page)
        self.progress.setWindowTitle("Building the meeting pack")
        self.progress.setMinimumWidth(460)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.cancel_button = QPushButton("&Cancel", self.progress)
        self.cancel_button.setAccessibleName("Cancel building the pack")
        self.progress.setCancelButton(self.cancel_button)
        self.task = self.context.runner.start(
            "Meeting pack", _build, self.context.backend, meeting.id, target, options,
            on_done=self._done, on_failed=self._failed, on_cancelled=self._cancelled)
        self.task.signals.progress.connect(self._progress)
        self.progress.canceled.connect(self.task.progress.cancel)
        self.progress.setValue(0)
        return self.task

    @property
    def running(self) -> bool:
        return self.task is not None

    def _progress(self, percent: int, text: str) -> None:
        dialog = self.progress
        if dialog is not None and not dialog.wasCanceled():
            dialog.setLabelText(f"{text}…")
            # Last: a window-modal progress dialog runs the event loop here, where the
            # build may finish and close it.
            dialog.setValue(percent)

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()  # closing would otherwise count as Cancel
            self.progress.hide()
            self.progress.deleteLater()
        self.progress = self.cancel_button = self.task = None

    def _done(self, made: BuiltPack | withheld.Withheld) -> None:
        self._finish()
        if isinstance(made, withheld.Withheld):
            assert self.asked is not None  # set by start(), which ran this build
            meeting, options, target = self.asked
            if withheld.ask(self.page, f"the {options.variant} pack", made.places):
                self.start(meeting, replace(options, confirmed=True), target)
            else:
                self.context.status("Pack not written: reword the text it names, then "
                                    "build it again.", 8000)
            return
        self.context.backend.announce(made.changes)  # the register's new copy, if issued
        copy = f", copy {made.copy_number} for {made.copy_for}" if made.copy_number else ""
        self.context.status(f"{made.variant.capitalize()} pack written to {made.path}: "
                            f"{plural.count(made.pages, 'page')}{copy}", 10000)
        self.built.emit(made)

    def _failed(self, message: str) -> None:
        self._finish()
        refused(self.page, "Meeting pack", message)

    def _cancelled(self) -> None:
        self._finish()
        self.context.status("Pack not built: cancelled. No file was written.", 8000)
