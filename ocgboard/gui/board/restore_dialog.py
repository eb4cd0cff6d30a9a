"""Restore from backup: this board's backups, most recent first, with when each was
made, why and how big; or a file kept elsewhere.

Restoring asks first. The backup is then checked against this board on the
runner while the board stays open (store/restore.Ready: a copy of it upgraded and
verified, this laptop's and this board's), so a file that is not this board's
backup is refused in one line and nothing closes. Once it has passed, the dialog
is accepted with it ready, and the desk closes the board, saves it, puts the
backup in place and opens the board again (board/desk.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog

from ocgboard import paths
from ocgboard.gui import ask
from ocgboard.gui.board.backups import BackupsModel, kind
from ocgboard.gui.context import Context
from ocgboard.gui.forms.ui_restore_dialog import Ui_RestoreDialog
from ocgboard.gui.widgets import select_row
from ocgboard.store import pruning
from ocgboard.store import restore as restoring


class RestoreDialog(QDialog):
    def __init__(self, context: Context, parent=None):
        super().__init__(parent)
        self.context = context
        self.ready: restoring.Ready | None = None  # the backup checked, once it has passed
        self._checking = self._abandoned = False
        self.ui = ui = Ui_RestoreDialog()
        ui.setupUi(self)
        self.model = BackupsModel(self)
        ui.backups.setModel(self.model)
        live = context.backend.store.path
        self.model.set_rows(pruning.held(live) if live is not None else [])
        ui.where.setText(f"Backups are kept in {paths.backups_dir()}.")
        ui.backups.resizeColumnsToContents()
        ui.backups.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        ui.backups.activated.connect(lambda _index: self._restore_chosen())
        ui.restore.clicked.connect(self._restore_chosen)
        ui.otherFile.clicked.connect(self._restore_other)
        ui.close.clicked.connect(self.reject)
        if self.model.rows:
            select_row(ui.backups, self.model.index(0, 0))
        else:
            ui.message.setText("This board has no backups yet: File > Back up now makes one.")
        self._enable()

    def _chosen(self):
        index = self.ui.backups.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def _enable(self) -> None:
        ui = self.ui
        ui.restore.setEnabled(not self._checking and self._chosen() is not None)
        ui.otherFile.setEnabled(not self._checking)
        ui.backups.setEnabled(not self._checking)

    def _restore_chosen(self) -> None:
        held = self._chosen()
        if held is not None and not self._checking:
            made = self.model.index(self.model.find(held.path), BackupsModel.C.WHEN).data()
            self._restore(held.path, f"the backup of {made} ({kind(held).lower()})")

    def _restore_other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Restore from a backup file", str(paths.backups_dir()),
            "ocgboard backups (*.sqlite *.undo);;All files (*)")
        if name:
            self._restore(Path(name), Path(name).name)

    def _restore(self, path: Path, described: str) -> None:
        if not ask.before(
                self, "Restore from backup",
                f"Put {described} in place of the board? The board as it is now is saved "
                "first, and it closes and opens again.", "&Restore"):
            return
        self._checking = True
        self._enable()
        self.ui.message.setText(f"Checking {path.name}…")
        self.context.runner.start(
            "Check the backup", lambda _progress: restoring.Ready(
                self.context.backend.store, path),
            on_done=self._checked, on_failed=self._refused)

    def _checked(self, ready: restoring.Ready) -> None:
        self._checking = False
        if self._abandoned:  # closed while it was being checked (or the laptop locked)
            ready.discard()
            return
        self.ready = ready
        self.accept()

    def _refused(self, message: str) -> None:
        self._checking = False
        self.ui.message.setText(message)
        self._enable()

    def reject(self) -> None:
        self._abandoned = self._checking
        super().reject()
