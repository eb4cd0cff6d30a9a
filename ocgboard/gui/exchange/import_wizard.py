"""The import wizard: choose a file, see what it changes, then apply it.

It does what `ocgboard import` does. The preview runs the whole merge and
rolls it back, so what is shown is exactly what Apply will write; a file
signed by a laptop not in the address book (one that knew a passphrase, or
an agency's return answering an extract this laptop sent) is shown with a
loud warning and is applied only once the user has ticked that they trust
its signer, which is then kept in the address book.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMessageBox, QStyle, QWizard

from ocgboard.core import plural
from ocgboard.errors import BoardError
from ocgboard.gui import opening
from ocgboard.gui.context import JOIN, Context
from ocgboard.gui.exchange.import_task import Elsewhere, Outcome, import_task
from ocgboard.gui.forms.ui_import_wizard import Ui_ImportWizard
from ocgboard.printable import escaped
from ocgboard.store.changes import EVERYTHING
from ocgboard.sync import importer, keys
from ocgboard.sync.summary import MAX_LINES

CHOOSE, PREVIEW, DONE = range(3)
FILE_FILTER = "Exchange files (*.ocgx *.age);;All files (*)"


class ImportWizard(QWizard):
    imported = Signal(object)  # the Outcome of an applied import

    def __init__(self, context: Context, path: str | None = None, parent=None):
        super().__init__(parent)
        self.context = context
        self.task = None
        self.applying = False
        self.preview: Outcome | None = None
        self.result: Outcome | None = None
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        ui = self.ui
        opening.wire(ui, self._changed)
        ui.browse.clicked.connect(self.browse)
        ui.identityBrowse.clicked.connect(lambda: opening.browse_identity(self, ui))
        ui.trustSigner.toggled.connect(ui.previewPage.recheck)
        ui.choosePage.gate = self._choice_ready
        ui.previewPage.gate = self._apply_ready
        ui.previewPage.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, "&Apply")
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        ui.choosePage.installEventFilter(self)
        self._loud(ui.warning)
        ui.warning.hide()
        ui.trustSigner.hide()
        if path:
            ui.path.setText(path)

    def _loud(self, label) -> None:
        font = label.font()
        font.setBold(True)
        label.setFont(font)

    # -- page 1: the file and its key ---------------------------------------------------

    def _changed(self, *_args) -> None:
        self.preview = None  # another file or key: the preview must be made again
        self.ui.chooseMessage.clear()
        self.ui.choosePage.recheck()

    def _choice_ready(self) -> bool:
        return self.task is None and opening.chosen(self.ui)

    def browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, "Import an exchange file",
                                                self.ui.path.text(), FILE_FILTER)
        if chosen:
            self.ui.path.setText(chosen)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.ui.choosePage and event.type() in (QEvent.Type.DragEnter,
                                                              QEvent.Type.Drop):
            dropped = opening.dropped_file(event.mimeData())
            if dropped is None:
                return False
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self.ui.path.setText(dropped)
            return True
        return super().eventFilter(watched, event)

    def options(self, *, for_apply: bool) -> dict:
        """How to open the file; raises BoardError on an unreadable identity file."""
        ui = self.ui
        found = {"device_keys": keys.load(), **opening.key_options(ui)}
        # Previewing an unknown signer writes nothing; applying needs the tick.
        found["trust_unknown_signer"] = ui.trustSigner.isChecked() if for_apply else True
        return found

    # -- running ------------------------------------------------------------------------

    def validateCurrentPage(self) -> bool:
        page = self.currentId()
        if page == CHOOSE and self.preview is None:
            self._start(preview=True)
            return False
        if page == PREVIEW and self.result is None:
            self._start(preview=False)
            return False
        return super().validateCurrentPage()

    def _start(self, *, preview: bool) -> None:
        message = self.ui.chooseMessage if preview else self.ui.previewMessage
        message.clear()
        try:
            options = self.options(for_apply=not preview)
        except BoardError as exc:
            message.setText(exc.message)
            return
        self.applying = not preview
        self._busy(True, preview)
        self.task = self.context.runner.start(
            "Import preview" if preview else "Import", import_task,
            self.context.backend.store, Path(self.ui.path.text().strip()), options, preview,
            on_done=self._done, on_failed=self._failed, on_cancelled=self._cancelled)
        self.task.signals.progress.connect(
            lambda _pct, text: self._progress_text(preview).setText(text))
        # The gates read self.task: Next and Apply stay off while it runs.
        self.ui.choosePage.recheck()
        self.ui.previewPage.recheck()

    def _progress_text(self, preview: bool):
        return self.ui.progressText if preview else self.ui.progressText2

    def _busy(self, on: bool, preview: bool) -> None:
        bar = self.ui.progress if preview else self.ui.progress2
        bar.setRange(0, 0)
        bar.setVisible(on)
        if not on:
            self._progress_text(preview).clear()
        self.ui.keyBox.setEnabled(not on)
        self.ui.trustSigner.setEnabled(not on)
        self.button(QWizard.WizardButton.BackButton).setEnabled(not on)
        self.ui.choosePage.recheck()
        self.ui.previewPage.recheck()

    def _finish_task(self) -> bool:
        """Clear the running task; True if it was an apply."""
        applying, self.task, self.applying = self.applying, None, False
        self._busy(False, not applying)
        return applying

    def _done(self, found: Outcome | Elsewhere) -> None:
        if isinstance(found, Elsewhere):
            self._finish_task()
            self._elsewhere(found)
            return
        if self._finish_task():
            self.result = found
            self._show_result(found)
            self.context.backend.announce(EVERYTHING)  # rows rebuilt in bulk: all reload
            self.imported.emit(found)
        else:
            self.preview = found
            self._show_preview(found)
        self.next()

    def _elsewhere(self, found: Elsewhere) -> None:
        """Another board's file: open that board and import it there, or join it."""
        # The name is the file's words: shown as text, never read as markup.
        name = escape(escaped(found.board_name))
        if found.held:
            offer = (f"<p>This file is for the board “{name}”, which this laptop also "
                     "holds. Open that board and import the file there?</p>", found.held)
        elif found.joinable:
            offer = (f"<p>This file is for the board “{name}”, which this laptop does not "
                     "hold. Join that board from this file?</p>", JOIN)
        else:
            self.ui.chooseMessage.setText(
                f"<p>This file is for the board “{name}”, which this laptop does not hold: "
                "import it on a laptop that holds that board.</p>")
            return
        self.ui.chooseMessage.setText(offer[0])
        switch = self.context.switch_board
        if switch is None or not self.ask(offer[0]):
            return
        path = self.ui.path.text().strip()
        self.reject()
        # After this wizard has gone: switching closes this board's window.
        QTimer.singleShot(0, lambda: switch(offer[1], path))

    def ask(self, question: str) -> bool:
        return QMessageBox.question(self, "Another board", question) == \
            QMessageBox.StandardButton.Yes

    def _failed(self, message: str) -> None:
        applying = self._finish_task()
        (self.ui.previewMessage if applying else self.ui.chooseMessage).setText(message)

    def _cancelled(self) -> None:
        self._finish_task()
        self.ui.chooseMessage.setText("Stopped: nothing was written.")

    def reject(self) -> None:
        if self.applying:
            self.ui.previewMessage.setText("An import cannot stop half-way: it finishes in "
                                           "full, or not at all if something is wrong.")
            return
        if self.task is not None:
            self.task.progress.cancel()
        super().reject()

    # -- page 2: the preview ------------------------------------------------------------

    def _apply_ready(self) -> bool:
        found = self.preview
        return (self.task is None and found is not None and found.changes_anything
                and (found.trusted or self.ui.trustSigner.isChecked()))

    def _show_preview(self, found: Outcome) -> None:
        ui = self.ui
        ui.signer.setText(self._signer_words(found))
        ui.warning.setVisible(not found.trusted)
        ui.trustSigner.setVisible(not found.trusted)
        ui.trustSigner.setChecked(False)
        ui.trustSigner.setText(
            "I &trust this signer: I agreed the passphrase with them"
            if ui.usePassphrase.isChecked() else
            "I &trust this signer: its officer confirmed the fingerprint by phone")
        if not found.trusted:
            who = ("Anyone who knows the passphrase could have made it. Apply it only if you "
                   "agreed this passphrase with that sender" if ui.usePassphrase.isChecked()
                   else "It answers an extract this laptop sent, so whoever holds that extract "
                   "could have made it. Apply it only if that agency's officer sent it")
            ui.warning.setText(
                f"WARNING: this file is signed by a laptop that is NOT in your address book "
                f"(“{escaped(found.signer)}”, fingerprint {found.signer_fingerprint}). {who}: "
                "ring them and check the fingerprint. Once applied, that laptop is kept in "
                "your address book.")
        ui.headline.setText(f"<b>Preview</b> ({escape(found.scope)}): {escape(found.headline)}")
        self._fill_changes(found)
        ui.previewMessage.setText(
            "" if found.changes_anything else
            "This file holds nothing new for this board: there is nothing to apply.")
        ui.previewPage.recheck()

    def _signer_words(self, found: Outcome) -> str:
        if found.is_self:
            return "Signed by <b>this laptop</b>."
        if found.trusted:
            return (f"Signed by <b>{escape(found.signer)}</b>, a contact in your address "
                    f"book (fingerprint {found.signer_fingerprint}).")
        return f"Signed by <b>{escape(found.signer)}</b>: <b>not in your address book</b>."

    def _fill_changes(self, found: Outcome) -> None:
        changes = self.ui.changes
        changes.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        bold = QFont(changes.font())
        bold.setBold(True)
        for line in found.conflicts:
            item = QListWidgetItem(icon, "CONFLICT (both values kept until you choose): "
                                   + escaped(line))
            item.setFont(bold)
            changes.addItem(item)
        for line in found.held:
            item = QListWidgetItem(icon, "HELD BACK until what it follows arrives — "
                                   + escaped(line))
            item.setToolTip(item.text())
            changes.addItem(item)
        for line in map(escaped, found.lines):  # the sender's words, shown, never obeyed
            item = QListWidgetItem(line)
            item.setToolTip(line)  # a long line in full, without scrolling sideways
            changes.addItem(item)
        if found.records_new and len(found.lines) >= MAX_LINES:
            more = plural.count(found.records_new, "change")
            changes.addItem(QListWidgetItem(f"… and more: {more} in all"))

    # -- page 3: done ----------------------------------------------------------------------

    def _show_result(self, found: Outcome) -> None:
        conflicts = (f"<p><b>{len(found.conflicts)} conflict(s)</b> to resolve: see the "
                     "Conflicts tab of the Exchange page.</p>" if found.conflicts else "")
        backup = f"<p>{escape(importer.kept_words(found.backup))}</p>" if found.backup else ""
        kept = ("" if found.trusted or found.is_self else
                f"<p>{escape(found.signer)} is now in your address book.</p>")
        self.ui.doneSummary.setText(
            f"<p><b>Applied</b>: {escape(found.scope)} from {escape(found.signer)}.</p>{kept}"
            f"<p>{escape(found.headline)}</p>{conflicts}{backup}")
        self.context.status(f"Imported from {found.signer}: {found.headline}", 10000)

