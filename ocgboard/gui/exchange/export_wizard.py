"""The export wizard: what to send, who can open it, where to save it.

It does what `ocgboard export` does: a full replica for other board laptops
or an agency's extract for that agency's contacts, encrypted to their keys
or with a passphrase typed twice. The file is written on the task runner;
Cancel while it is written leaves no file and no record of a send.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWizard

from ocgboard import paths
from ocgboard.core.rows import people as people_rows
from ocgboard.gui import withheld
from ocgboard.gui.context import Context
from ocgboard.gui.exchange.models import contact_rows
from ocgboard.gui.forms.ui_export_wizard import Ui_ExportWizard
from ocgboard.gui.runner import Cancelled, Progress
from ocgboard.store.changes import Changes
from ocgboard.sync import export, keys, returns

SCOPE, RECIPIENTS, SAVE, DONE = range(4)
MIN_PASSPHRASE = 8
FILE_FILTER = "Exchange files (*.ocgx);;All files (*)"


def _write(session, output: str, options: dict, me: keys.DeviceKeys,
           progress: Progress, confirmed: bool) -> export.ExportResult:
    made = export.export(session, output, device_keys=me, **options,
                         confirm=withheld.confirm(confirmed))
    if progress.cancelled:  # too late to stop SQLite, not too late to keep nothing
        Path(made.path).unlink(missing_ok=True)
        raise Cancelled()
    return made


def export_task(progress: Progress, backend, output: str, options: dict,
                me: keys.DeviceKeys, confirmed: bool = False
                ) -> tuple[export.ExportResult, Changes] | withheld.Withheld:
    """On the runner: the export, and what it wrote (the exchange log, the contacts'
    high-water marks) for the GUI thread to announce; before the chair has reviewed
    what an extract withholds, the places."""
    progress.report(5, "Collecting, signing and encrypting what the file carries…")
    try:
        made = backend.write_noting(_write, output, options, me, progress, confirmed)
    except withheld.Stopped as stop:
        return withheld.Withheld(stop.places)
    progress.report(100, "Written")
    return made


def size_words(size: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if size >= scale:
            return f"{size / scale:.1f} {unit} ({size:,} bytes)"
    return f"{size:,} bytes"


class ExportWizard(QWizard):
    def __init__(self, context: Context, parent=None):
        super().__init__(parent)
        self.context = context
        self.task = None
        self.made: export.ExportResult | None = None
        self.ui = Ui_ExportWizard()
        self.ui.setupUi(self)
        ui = self.ui
        self.contacts = context.backend.read(contact_rows)
        self.short_names: dict[str, str] = {}
        for row in context.backend.read(people_rows.agency_rows):
            self.short_names[row.name] = row.short_name or row.name
            label = f"{row.name} ({row.short_name})" if row.short_name else row.name
            ui.agency.addItem(label, row.name)
        ui.agencyExtract.toggled.connect(ui.agency.setEnabled)
        self.agency_laptop = context.backend.info().agency
        if self.agency_laptop:
            self._agency_laptop()
        ui.usePassphrase.toggled.connect(self._key_choice)
        for field in (ui.passphrase, ui.passphraseAgain):
            field.textChanged.connect(self._recheck)
        ui.contactList.itemChanged.connect(self._recheck)
        ui.path.textChanged.connect(ui.savePage.recheck)
        ui.browse.clicked.connect(self.browse)
        ui.recipientsPage.gate = self._recipients_ready
        ui.savePage.gate = lambda: bool(ui.path.text().strip()) and self.task is None
        ui.savePage.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, "&Export")
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)

    def _agency_laptop(self) -> None:
        """An agency's laptop holds an extract: it sends back its own work, nothing else."""
        ui = self.ui
        ui.fullReplica.setText(f"&{self.agency_laptop}'s return to the board: the status "
                               "changes and updates made on this laptop")
        ui.agencyExtract.hide()
        ui.agency.hide()
        ui.sinceLast.hide()
        ui.scopeNote.setText("It goes to the board's laptops (the chair's, a deputy's), "
                             "encrypted to their keys.")

    # -- choices ------------------------------------------------------------------

    @property
    def agency(self) -> str | None:
        return self.ui.agency.currentData() if self.ui.agencyExtract.isChecked() else None

    def chosen_contacts(self) -> list[str]:
        listing = self.ui.contactList
        return [listing.item(i).data(Qt.ItemDataRole.UserRole) for i in range(listing.count())
                if listing.item(i).checkState() == Qt.CheckState.Checked]

    def options(self) -> dict:
        ui = self.ui
        if ui.usePassphrase.isChecked():
            return {"agency": self.agency, "to": [], "passphrase": ui.passphrase.text(),
                    "since_last": False}
        # An agency's extract is always whole: it takes the place of what they hold.
        return {"agency": self.agency, "to": self.chosen_contacts(), "passphrase": None,
                "since_last": ui.sinceLast.isChecked() and self.agency is None}

    def _key_choice(self, by_passphrase: bool) -> None:
        ui = self.ui
        for widget in (ui.passphrase, ui.passphraseAgain):
            widget.setEnabled(by_passphrase)
        ui.contactList.setEnabled(not by_passphrase)
        ui.sinceLast.setEnabled(not by_passphrase)
        if by_passphrase:
            ui.passphrase.setFocus()
        self._recheck()

    def _recipients_ready(self) -> bool:
        ui = self.ui
        if not ui.usePassphrase.isChecked():
            return bool(self.chosen_contacts())
        typed, again = ui.passphrase.text(), ui.passphraseAgain.text()
        return len(typed) >= MIN_PASSPHRASE and typed == again

    def _recheck(self, *_args) -> None:
        self.ui.recipientsMessage.setText(self._problem() or self._note())
        self.ui.recipientsPage.recheck()

    def _problem(self) -> str:
        ui = self.ui
        typed, again = ui.passphrase.text(), ui.passphraseAgain.text()
        if not ui.usePassphrase.isChecked():
            return "" if self.chosen_contacts() else "Tick at least one contact."
        if typed and len(typed) < MIN_PASSPHRASE:
            return f"Use a passphrase of at least {MIN_PASSPHRASE} characters."
        if again and typed != again:
            return "The two passphrases differ."
        return ""

    def _note(self) -> str:
        if self.ui.contactList.count():
            return ("Tell the passphrase by phone, never in the same email as the file."
                    if self.ui.usePassphrase.isChecked() else "")
        if self.agency:
            return (f"{self.agency} has no contact in your address book yet: import its "
                    "laptop's card (Contacts and keys), or use a passphrase.")
        return ("No other board laptop is in your address book: import its card (Contacts "
                "and keys), or use a passphrase.")

    # -- pages --------------------------------------------------------------------

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        if page_id == RECIPIENTS:
            self._fill_contacts()
        elif page_id == SAVE:
            self._fill_save()

    def _fill_contacts(self) -> None:
        ui = self.ui
        ui.contactList.clear()
        agency = self.agency
        for row in self.contacts:
            if (row.agency == agency) if agency else row.role == "board":
                item = QListWidgetItem(f"{row.name} — {row.role_words.lower()}, "
                                       f"fingerprint {row.fingerprint}")
                item.setData(Qt.ItemDataRole.UserRole, row.name)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                ui.contactList.addItem(item)
        has_contacts = ui.contactList.count() > 0
        ui.useContacts.setEnabled(has_contacts)
        (ui.useContacts if has_contacts else ui.usePassphrase).setChecked(True)
        self._key_choice(ui.usePassphrase.isChecked())

    def _fill_save(self) -> None:
        ui = self.ui
        if not ui.path.text():
            if self.agency_laptop:
                name = self.context.backend.read(returns.return_name).name
            else:
                stem = f"{self.short_names[self.agency]} extract" if self.agency else \
                    "full replica"
                day = self.context.backend.today()
                name = f"{'-'.join(stem.lower().split())}-{day:%Y-%m-%d}.ocgx"
            ui.path.setText(str(paths.exports_dir() / name))
        what = (f"{self.agency_laptop}'s return" if self.agency_laptop else
                f"{self.agency}'s extract" if self.agency else "A full replica")
        options = self.options()
        who = ("anyone with the passphrase" if options["passphrase"] else
               ", ".join(options["to"]) + " and by this laptop")
        since = (" It takes the place of what they hold: what the board has withdrawn "
                 "goes from their laptop." if self.agency else
                 " Only what they have not been sent yet." if options["since_last"] else "")
        ui.saveSummary.setText(f"{what}, readable by {escape(who)}.{since}")

    def browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, "Save the exchange file",
                                                self.ui.path.text(), FILE_FILTER)
        if chosen:
            self.ui.path.setText(chosen if Path(chosen).suffix else chosen + ".ocgx")

    def validateCurrentPage(self) -> bool:
        if self.currentId() == SAVE and self.made is None:
            self._start()
            return False
        return super().validateCurrentPage()

    # -- writing --------------------------------------------------------------------

    def _start(self, confirmed: bool = False) -> None:
        ui = self.ui
        ui.saveMessage.clear()
        self._busy(True, "Writing the exchange file…")
        me = keys.load()
        self.task = self.context.runner.start(
            "Export", export_task, self.context.backend, ui.path.text().strip(), self.options(),
            me, confirmed, on_done=self._done, on_failed=self._failed,
            on_cancelled=self._cancelled)
        self.task.signals.progress.connect(lambda _pct, text: ui.progressText.setText(text))
        ui.savePage.recheck()

    def _busy(self, on: bool, text: str = "") -> None:
        ui = self.ui
        ui.progress.setVisible(on)
        ui.progress.setRange(0, 0)
        ui.progressText.setText(text)
        for widget in (ui.path, ui.browse):
            widget.setEnabled(not on)

    def _done(self, outcome: tuple[export.ExportResult, Changes] | withheld.Withheld) -> None:
        if isinstance(outcome, withheld.Withheld):
            self.task = None
            self._busy(False)
            if withheld.ask(self, f"the extract for {self.agency}", outcome.places):
                self._start(confirmed=True)
            else:
                self.ui.saveMessage.setText("Not written: reword the text it names, then "
                                            "export again.")
                self.ui.savePage.recheck()
            return
        made, changes = outcome
        self.context.backend.announce(changes)
        self.task, self.made = None, made
        self._busy(False)
        self._show_done(made)
        self.next()

    def _show_done(self, made: export.ExportResult) -> None:
        passphrase = self.ui.usePassphrase.isChecked()
        tell = ("<p><b>Tell the passphrase by phone</b>, never in the same email as the "
                "file.</p>" if passphrase else "")
        readers = ("anyone with the passphrase" if passphrase
                   else ", ".join(made.recipients) + " (and this laptop)")
        self.ui.doneSummary.setText(
            f"<p><b>{escape(made.scope[:1].upper() + made.scope[1:])}</b></p>"
            f"<p>It carries {escape(made.words())}; readable by {escape(readers)}</p>"
            f"<p>Size: {size_words(made.size)}</p>"
            f"<p>Saved to: {escape(str(made.path))}</p>{tell}")
        self.context.status(f"Exported {made.words()} to {made.path}")

    def _failed(self, message: str) -> None:
        self.task = None
        self._busy(False)
        self.ui.saveMessage.setText(message)
        self.ui.savePage.recheck()

    def _cancelled(self) -> None:
        self.task = None
        self._busy(False)
        self.ui.saveMessage.setText("Export cancelled: no file was written.")
        self.context.status("Export cancelled: no file was written")
        self.ui.savePage.recheck()

    def reject(self) -> None:
        if self.task is not None:
            self.task.progress.cancel()
        super().reject()
