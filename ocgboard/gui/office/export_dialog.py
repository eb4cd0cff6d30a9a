"""Writing an Office paper: which paper, whose copy, where to; written on the runner.

The dialog chooses as the pack dialog does (the chair's copy, the partner copy,
an agency's copy); a tasking sheet is always an agency's. `OfficeExporter` asks
where to save, runs `writing.write` on the task runner and, when a partner's or
an agency's copy would withhold a name, shows the chair the places
(`gui/withheld.ask`) before it writes anything.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog

from ocgboard import files
from ocgboard.core.rows import attendance as attendance_rows
from ocgboard.core.rows import register as register_rows
from ocgboard.errors import BoardError
from ocgboard.gui import withheld
from ocgboard.gui.context import Context
from ocgboard.gui.forms.ui_office_export_dialog import Ui_OfficeExportDialog
from ocgboard.gui.office.writing import FILTER, PLAN, SUFFIX, TASKING, TRACKER, Asked, Written
from ocgboard.gui.widgets import refused
from ocgboard.printable import escaped

FOLDER = "office/folder"  # the setting: where the last paper was saved


class OfficeExportDialog(QDialog):
    def __init__(self, context: Context, kind: str = PLAN, parent=None,
                 reference: str | None = None):
        super().__init__(parent)
        self.ui = Ui_OfficeExportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for row in context.backend.read(register_rows.register_rows):
            ui.threat.addItem(escaped(f"{row.reference} · {row.name}"), row.reference)
        if reference is not None and ui.threat.findData(reference) >= 0:
            ui.threat.setCurrentIndex(ui.threat.findData(reference))
        ui.agency.addItems([escaped(a) for a in context.backend.read(
            attendance_rows.agency_list)])
        {PLAN: ui.planPaper, TRACKER: ui.trackerPaper, TASKING: ui.taskingPaper}[kind] \
            .setChecked(True)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Write…")
        for button in (ui.planPaper, ui.trackerPaper, ui.taskingPaper, ui.agencyCopy):
            button.toggled.connect(self._fit)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self._fit()

    def kind(self) -> str:
        ui = self.ui
        return PLAN if ui.planPaper.isChecked() else \
            TRACKER if ui.trackerPaper.isChecked() else TASKING

    def _fit(self, *_args) -> None:
        """A plan needs its threat; a tasking sheet is an agency's copy only."""
        ui, kind = self.ui, self.kind()
        ui.threat.setEnabled(kind == PLAN)
        if kind == TASKING:
            ui.agencyCopy.setChecked(True)
        ui.chairCopy.setEnabled(kind != TASKING)
        ui.partnerCopy.setEnabled(kind != TASKING)
        ui.agency.setEnabled(ui.agencyCopy.isChecked())
        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        missing = ("the board has no threat yet" if kind == PLAN and ui.threat.count() == 0
                   else "the board has no agency yet" if ui.agencyCopy.isChecked()
                   and ui.agency.count() == 0 else "")
        ui.message.setText(f"Nothing to write: {missing}." if missing else "")
        ok.setEnabled(not missing)

    def asked(self) -> Asked:
        ui, kind = self.ui, self.kind()
        variant = ("agency" if ui.agencyCopy.isChecked()
                   else "partner" if ui.partnerCopy.isChecked() else "chair")
        return Asked(kind, variant,
                     ui.agency.currentText() if variant == "agency" else None,
                     ui.threat.currentData() if kind == PLAN else None)


def default_name(asked: Asked, today) -> str:
    who = {PLAN: f"{asked.reference} 4P plan", TRACKER: "action tracker",
           TASKING: "tasking sheet"}[asked.kind]
    copy = f" - {asked.agency}" if asked.agency else \
        " - partner" if asked.variant == "partner" else ""
    name = f"{today:%Y-%m-%d} {who}{copy}{SUFFIX[asked.kind]}"
    return re.sub(r'[\\/:*?"<>|]+', "-", name)


class OfficeExporter(QObject):
    """Asks for the paper and where to save it, writes it, says how it went."""

    written = Signal(object)  # writing.Written

    def __init__(self, parent, context: Context):
        super().__init__(parent)
        self.parent_widget, self.context = parent, context
        self.task = None
        self.asked: tuple[Asked, str] | None = None

    def run(self, kind: str = PLAN, reference: str | None = None) -> None:
        dialog = OfficeExportDialog(self.context, kind, self.parent_widget, reference)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        asked = dialog.asked()
        target = self.choose_target(asked)
        if target:
            self.start(asked, target)

    def choose_target(self, asked: Asked) -> str | None:
        settings = self.context.settings
        folder = Path(str(settings.value(FOLDER, "") or Path.home()))
        name = default_name(asked, self.context.backend.today())
        path, _ = QFileDialog.getSaveFileName(self.parent_widget, f"Save {asked.what}",
                                              str(folder / name), FILTER[asked.kind])
        if not path:
            return None
        if not path.lower().endswith(SUFFIX[asked.kind]):
            path += SUFFIX[asked.kind]
        settings.set_value(FOLDER, str(Path(path).parent))
        return path

    def start(self, asked: Asked, target: str):
        try:
            files.check_target(target, "Office file")
        except BoardError as exc:
            refused(self.parent_widget, "Word or Excel paper", exc.message)
            return None
        from ocgboard.gui.office.writing import write

        self.asked = (asked, target)
        self.context.status(f"Writing {asked.what}…", 0)
        self.task = self.context.runner.start(
            "Office paper", write, self.context.backend, asked, target,
            on_done=self._done, on_failed=self._failed)
        return self.task

    @property
    def running(self) -> bool:
        return self.task is not None

    def _done(self, made: Written | withheld.Withheld) -> None:
        self.task = None
        assert self.asked is not None
        asked, target = self.asked
        if isinstance(made, withheld.Withheld):
            if withheld.ask(self.parent_widget, asked.what, made.places):
                self.start(replace(asked, confirmed=True), target)
            else:
                self.context.status("Not written: reword the text it names, then write it "
                                    "again.", 8000)
            return
        self.context.backend.announce(made.changes)  # a tasking sheet's sealing key
        self.context.status(f"{asked.what[:1].upper()}{asked.what[1:]} written to "
                            f"{made.path}: {made.words}", 10000)
        self.written.emit(made)

    def _failed(self, message: str) -> None:
        self.task = None
        self.context.status("")
        refused(self.parent_widget, "Word or Excel paper", message)
