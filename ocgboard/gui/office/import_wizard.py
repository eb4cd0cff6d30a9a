"""The Office import wizard: choose a Word or Excel paper, see what it makes, apply.

It does what `ocgboard office import` and `ocgboard office return` do. Choosing
a file reads it on the runner (the guard first: a hostile file is refused in
one line on this page, nothing written) and fills the threat from its title;
Next words the preview: every action in the board's words, what could not be
read and why, a threat to be created, and a combo box for each owner that is
no agency on this board. Apply stays off until every such owner is mapped; it
makes everything in one unit of work on the runner, and pushes one undo step.
A tasking sheet this board issued, sent back, takes the return's path: its
preview, then its updates on confirm.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QListWidgetItem, QWizard

from ocgboard.gui import mnemonic
from ocgboard.gui.context import Context
from ocgboard.gui.forms.ui_office_import_wizard import Ui_OfficeImportWizard
from ocgboard.gui.office import tasks
from ocgboard.gui.office.undo import ImportPaper, TakeReturn
from ocgboard.printable import escaped

CHOOSE, PREVIEW, DONE = range(3)
FILE_FILTER = "Word or Excel papers (*.docx *.xlsx);;Word 4P plans (*.docx);;" \
              "Excel trackers and tasking sheets (*.xlsx)"
CHOOSE_ONE = "Choose the agency…"


class OfficeImportWizard(QWizard):
    imported = Signal(object)  # tasks.Applied

    def __init__(self, context: Context, path: str | None = None, parent=None):
        super().__init__(parent)
        self.context = context
        self.task = None
        self.applying = False
        self.closed = False
        self.read: tasks.Read | None = None
        self.looked: tasks.Looked | None = None
        self.result: tasks.Applied | None = None
        self.prefilled = ""  # the threat as the title gave it; typed over, it is kept
        self.owners: dict[str, QComboBox] = {}
        self.ui = Ui_OfficeImportWizard()
        self.ui.setupUi(self)
        ui = self.ui
        ui.browse.clicked.connect(self.browse)
        ui.path.editingFinished.connect(self._path_given)
        ui.path.textChanged.connect(self._changed)
        ui.threat.textChanged.connect(lambda _t: self._forget_preview())
        ui.choosePage.gate = lambda: self.task is None and bool(ui.path.text().strip())
        ui.previewPage.gate = self._apply_ready
        ui.previewPage.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, "&Apply")
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        ui.ownersBox.hide()
        if path:
            ui.path.setText(path)
            self._path_given()

    # -- page 1: the file and the threat ------------------------------------------------

    def browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, "Import a Word or Excel paper",
                                                self.ui.path.text(), FILE_FILTER)
        if chosen:
            self.ui.path.setText(chosen)
            self._path_given()

    def _path(self) -> str:
        return self.ui.path.text().strip()

    def _changed(self, *_args) -> None:
        if self.read is not None and self.read.path != self._path():
            self.read = None
            self.ui.readWords.clear()
        self._forget_preview()
        self.ui.chooseMessage.clear()
        self.ui.choosePage.recheck()

    def _forget_preview(self) -> None:
        self.looked = None

    def _path_given(self) -> None:
        """Read the file at once, so the threat shows before Next."""
        path = self._path()
        if path and self.task is None and (self.read is None or self.read.path != path):
            self._start("Reading an Office paper", tasks.read_file, path, on_done=self._got)

    def _got(self, read: tasks.Read) -> None:
        self._finish_task()
        if read.path != self._path():
            return  # another file was chosen meanwhile
        self.read = read
        self.ui.readWords.setText(escaped(read.words()))
        threat = self.ui.threat
        threat.setEnabled(read.sheet is None)
        if read.sheet is not None:
            threat.clear()
        elif not threat.text().strip() or threat.text() == self.prefilled:
            self.prefilled = read.reference or ""
            threat.setText(self.prefilled)

    # -- running --------------------------------------------------------------------------

    def validateCurrentPage(self) -> bool:
        page = self.currentId()
        if page == CHOOSE and self.looked is None:
            self._start("Office import preview", tasks.look, self.context.backend,
                        self._path(), self.read, self.ui.threat.text().strip(),
                        on_done=self._previewed)
            return False
        if page == PREVIEW and self.result is None:
            self._apply()
            return False
        return super().validateCurrentPage()

    def _start(self, title: str, fn, *args, on_done) -> None:
        applying = self.currentId() == PREVIEW
        message = self.ui.previewMessage if applying else self.ui.chooseMessage
        message.clear()
        self.applying = applying
        self.task = self.context.runner.start(
            title, fn, *args, on_done=lambda found: self.closed or on_done(found),
            on_failed=self._failed, on_cancelled=self._cancelled, quiet=not applying)
        text = self.ui.progressText2 if applying else self.ui.progressText
        self.task.signals.progress.connect(lambda _pct, said: text.setText(said))
        self._busy(True)

    def _busy(self, on: bool) -> None:
        applying = self.applying
        bar = self.ui.progress2 if applying else self.ui.progress
        bar.setRange(0, 0)
        bar.setVisible(on)
        if not on:
            (self.ui.progressText2 if applying else self.ui.progressText).clear()
        for widget in (self.ui.path, self.ui.browse, self.ui.ownersBox):
            widget.setEnabled(not on)
        self.ui.threat.setEnabled(not on and (self.read is None or self.read.sheet is None))
        self.button(QWizard.WizardButton.BackButton).setEnabled(not on)
        self.ui.choosePage.recheck()
        self.ui.previewPage.recheck()

    def _finish_task(self) -> bool:
        """Clear the running task; True if it was an apply."""
        self.task = None
        self._busy(False)
        applying, self.applying = self.applying, False
        return applying

    def _failed(self, message: str) -> None:
        if self.closed:
            return
        applying = self._finish_task()
        (self.ui.previewMessage if applying else self.ui.chooseMessage).setText(
            escaped(message))

    def _cancelled(self) -> None:
        if not self.closed:
            self._finish_task()
            self.ui.chooseMessage.setText("Stopped: nothing was written.")

    def reject(self) -> None:
        if self.applying:
            self.ui.previewMessage.setText("An import cannot stop half-way: it finishes in "
                                           "full, or not at all if something is wrong.")
            return
        if self.task is not None:
            self.task.progress.cancel()
        self.closed = True
        super().reject()

    # -- page 2: the preview --------------------------------------------------------------

    def _previewed(self, looked: tasks.Looked) -> None:
        self._finish_task()
        self.read = looked.read
        if looked.problems:  # a returned sheet the board refuses: said on the first page
            self.ui.chooseMessage.setText("\n".join(escaped(p) for p in looked.problems))
            return
        self.looked = looked
        self._show_preview(looked)
        self.next()

    def _show_preview(self, looked: tasks.Looked) -> None:
        ui = self.ui
        ui.headline.setText(escaped(looked.read.words()))
        ui.lines.clear()
        for line in map(escaped, looked.lines):  # the file's words, shown, never obeyed
            item = QListWidgetItem(line)
            item.setToolTip(line)
            ui.lines.addItem(item)
        self._fill_owners(looked)
        ui.previewMessage.setText(
            "" if looked.makes_anything else "Nothing to apply: everything in the file is on "
            "the board already, or it asks for nothing.")
        ui.previewPage.recheck()

    def _fill_owners(self, looked: tasks.Looked) -> None:
        form = self.ui.ownersForm
        while form.rowCount():
            form.removeRow(0)
        self.owners = {}
        for owner, where in looked.unmatched.items():
            combo = QComboBox(self.ui.ownersBox)
            combo.addItem(CHOOSE_ONE, None)
            for agency in looked.agencies:
                combo.addItem(escaped(agency), agency)
            shown = escaped(owner) if owner else "(no owner written)"
            combo.setAccessibleName(f"Agency for the owner {shown}")
            combo.currentIndexChanged.connect(lambda _i: self.ui.previewPage.recheck())
            label = QLabel(mnemonic.literal(f"'{shown}' ({', '.join(where)}):"),
                           self.ui.ownersBox)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.owners[owner] = combo
        self.ui.ownersBox.setVisible(bool(self.owners))

    def maps(self) -> dict[str, str]:
        """The chair's choice for each unmatched owner, as `--map OWNER=AGENCY`."""
        return {owner: combo.currentData() for owner, combo in self.owners.items()
                if combo.currentData()}

    def _apply_ready(self) -> bool:
        looked = self.looked
        return (self.task is None and looked is not None and looked.makes_anything
                and len(self.maps()) == len(self.owners))

    def _apply(self) -> None:
        looked = self.looked
        assert looked is not None and self.read is not None
        if self.read.sheet is not None:
            self._start("Taking a tasking sheet", tasks.take_return, self.context.backend,
                        self.read, on_done=self._applied)
        else:
            self._start("Office import", tasks.apply_paper, self.context.backend, self.read,
                        looked.threat, self.maps(), on_done=self._applied)

    # -- page 3: done ---------------------------------------------------------------------

    def _applied(self, applied: tasks.Applied) -> None:
        self._finish_task()
        self.result = applied
        self.context.backend.announce(applied.changes)
        assert self.read is not None
        name = escaped(Path(self.read.path).name)
        if self.read.sheet is not None:
            command = TakeReturn(self.context, applied, f"Take the tasking sheet {name}")
        else:
            command = ImportPaper(self.context, applied, f"Import {name}")
        self.context.undo.push(command)
        self.ui.doneSummary.setText(f"Imported {name}: {escaped(applied.words)}.")
        self.context.status(f"Imported {name}: {applied.words} (Ctrl+Z undoes)", 10000)
        self.imported.emit(applied)
        self.next()
