"""The Join a board wizard: the file a board's chair sent, who sent it, joined.

It does what `ocgboard join` does. Both the reading and the join run on the
task runner: opening a passphrase file costs about a second of scrypt, and a
full replica may be large, so neither may hold up the GUI thread. Nothing is
written until Join, which waits for the person to confirm the sender's
fingerprint by phone; a join that fails leaves nothing half-joined, because
sync/join.py builds the new store under a name of its own.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFileDialog, QWizard

from ocgboard.core import boards, validate
from ocgboard.errors import BoardError
from ocgboard.gui import opening
from ocgboard.gui.forms.ui_join_wizard import Ui_JoinWizard
from ocgboard.gui.runner import Progress, Task, TaskRunner
from ocgboard.printable import escaped
from ocgboard.sync import join, keys

FILE, OFFER, DONE = range(3)
FILE_FILTER = "Exchange files (*.ocgx *.age);;All files (*)"
BACK = QWizard.WizardButton.BackButton


@dataclass(frozen=True)
class Joined:
    """What a join did, as plain data for the GUI thread."""

    held: boards.Held
    headline: str


def read_task(progress: Progress, path: Path, options: dict) -> join.Invitation:
    progress.report(5, "Decrypting the file and checking its signature…")
    offer = join.read(path, **options)
    progress.report(100, "Read")  # a read cancelled meanwhile is dropped here
    return offer


def join_task(progress: Progress, path: Path, offer: join.Invitation, laptop: str,
              operator: str, options: dict) -> Joined:
    progress.report(5, "Setting up the board on this laptop and taking in the file…")
    # The new store is the join's alone until it is moved into place: a big load
    # may be written once, as on the command line.
    held, result = join.join(path, offer, laptop=laptop, operator=operator, sole_user=True,
                             **options)
    return Joined(held, result.summary.headline())


class JoinWizard(QWizard):
    def __init__(self, parent=None, path: str | None = None, runner: TaskRunner | None = None):
        super().__init__(parent)
        self.runner = runner or TaskRunner()
        self.task: Task | None = None
        self.joining = False
        self.offer: join.Invitation | None = None
        self.opened_with: tuple[Path, dict] | None = None  # the file and key the offer came from
        self.joined: boards.Held | None = None
        self.ui = Ui_JoinWizard()
        self.ui.setupUi(self)
        self._wire_file_page()
        self._wire_offer_page()
        if path:
            self.ui.path.setText(path)

    def _wire_file_page(self) -> None:
        ui = self.ui
        opening.wire(ui, self._file_changed)
        ui.browse.clicked.connect(self.browse)
        ui.identityBrowse.clicked.connect(lambda: opening.browse_identity(self, ui))
        ui.filePage.gate = self._file_ready
        ui.filePage.installEventFilter(self)

    def _wire_offer_page(self) -> None:
        ui = self.ui
        ui.laptopName.setText(platform.node() or "laptop")
        ui.fingerprintChecked.toggled.connect(ui.offerPage.recheck)
        for line in (ui.laptopName, ui.operatorName):
            line.textChanged.connect(self._names_changed)
        ui.offerPage.gate = self._join_ready
        ui.offerPage.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, "&Join")

    # -- page 1: the file and how to open it ----------------------------------------

    def _file_changed(self, *_args) -> None:
        self.offer = None  # another file or key: it must be read again
        self.ui.fileMessage.clear()
        self.ui.filePage.recheck()

    def _file_ready(self) -> bool:
        return self.task is None and opening.chosen(self.ui)

    def browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, "The file the board sent",
                                                self.ui.path.text(), FILE_FILTER)
        if chosen:
            self.ui.path.setText(chosen)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.ui.filePage and event.type() in (QEvent.Type.DragEnter,
                                                            QEvent.Type.Drop):
            dropped = opening.dropped_file(event.mimeData())
            if dropped is None or self.task is not None:
                return False
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self.ui.path.setText(dropped)
            return True
        return super().eventFilter(watched, event)

    def key_options(self) -> dict:
        """How to open the file; raises BoardError on an unreadable identity or key file."""
        return {"me": keys.load(), **opening.key_options(self.ui)}

    # -- running --------------------------------------------------------------------

    def validateCurrentPage(self) -> bool:
        page = self.currentId()
        if page == FILE and self.offer is None:
            self._start_read()
            return False
        if page == OFFER and self.joined is None:
            self._start_join()
            return False
        return super().validateCurrentPage()

    def _start_read(self) -> None:
        ui = self.ui
        ui.fileMessage.clear()
        try:
            self.opened_with = (Path(ui.path.text().strip()), self.key_options())
        except BoardError as exc:
            ui.fileMessage.setText(escaped(exc.message))
            return
        self._run(FILE, "Reading the file to join", read_task, *self.opened_with,
                  on_done=self._read, quiet=True)

    def _start_join(self) -> None:
        ui = self.ui
        ui.offerMessage.clear()
        try:
            laptop = validate.name(ui.laptopName.text(), "laptop name")
            operator = validate.name(ui.operatorName.text(), "operator name")
        except BoardError as exc:
            ui.offerMessage.setText(escaped(exc.message))
            return
        assert self.offer is not None and self.opened_with is not None  # gated on the offer
        path, options = self.opened_with
        self.joining = True
        self._run(OFFER, "Joining a board", join_task, path, self.offer, laptop, operator,
                  options, on_done=lambda found: self._joined(found, laptop))

    def _run(self, page: int, title: str, fn, *args, on_done, quiet: bool = False) -> None:
        # The task first, then the busy state: the pages' gates read self.task. Its
        # signals are queued to this thread, so none can arrive before _busy.
        self.task = self.runner.start(title, fn, *args, on_done=on_done,
                                      on_failed=self._failed, on_cancelled=self._cancelled,
                                      quiet=quiet)
        progress_text = self.ui.progressText if page == FILE else self.ui.progressText2
        progress_text.setText(f"{title}…")
        self.task.signals.progress.connect(lambda _pct, text: progress_text.setText(text))
        self._busy(True, page)

    def _busy(self, on: bool, page: int) -> None:
        ui = self.ui
        bar = ui.progress if page == FILE else ui.progress2
        bar.setRange(0, 0)
        bar.setVisible(on)
        if not on:
            (ui.progressText if page == FILE else ui.progressText2).clear()
        for widget in (ui.path, ui.browse, ui.keyBox, ui.fingerprintChecked, ui.laptopBox):
            widget.setEnabled(not on)
        ui.filePage.recheck()
        ui.offerPage.recheck()
        # After the rechecks: the wizard sets Back again whenever a page's state changes.
        self.button(BACK).setEnabled(not on and self.currentId() != FILE)

    def _finish_task(self) -> int:
        """Clear the running task; the page it ran from."""
        page = OFFER if self.joining else FILE
        self.task, self.joining = None, False
        self._busy(False, page)
        return page

    def _failed(self, message: str) -> None:
        page = self._finish_task()
        (self.ui.offerMessage if page == OFFER else self.ui.fileMessage).setText(
            escaped(message))

    def _cancelled(self) -> None:
        self._finish_task()
        self.ui.fileMessage.setText("Stopped: nothing was joined.")

    def reject(self) -> None:
        if self.joining:
            self.ui.offerMessage.setText("A join cannot stop half-way: it finishes, or leaves "
                                         "nothing joined if something is wrong.")
            return
        if self.joined is not None:  # joined, however the wizard is closed: the caller opens it
            self.accept()
            return
        if self.task is not None:
            self.task.progress.cancel()
        super().reject()

    # -- page 2: who sent it --------------------------------------------------------

    def _read(self, offer: join.Invitation) -> None:
        self._finish_task()
        self.offer = offer
        ui = self.ui
        ui.offerWords.setText(f"This file is {escaped(offer.words())}.")
        ui.fingerprint.setText(escaped(offer.sender.fingerprint))
        ui.fingerprintChecked.setChecked(False)  # a tick is for this sender only
        ui.roleWords.setText(role_words(offer))
        ui.offerMessage.clear()
        self.next()

    def _names_changed(self, *_args) -> None:
        self.ui.offerMessage.clear()
        self.ui.offerPage.recheck()

    def _join_ready(self) -> bool:
        ui = self.ui
        return (self.task is None and self.offer is not None
                and ui.fingerprintChecked.isChecked()
                and bool(ui.laptopName.text().strip()) and bool(ui.operatorName.text().strip()))

    # -- page 3: joined -------------------------------------------------------------

    def _joined(self, found: Joined, laptop: str) -> None:
        self._finish_task()
        self.joined = found.held
        assert self.offer is not None
        self.ui.doneSummary.setText(done_words(self.offer, found, laptop))
        self.next()


def role_words(offer: join.Invitation) -> str:
    """What this laptop will be on the board, in a sentence."""
    if offer.kind == "agency":
        agency = escaped(offer.agency or "the agency")
        return (f"This laptop will work {agency}'s tasks on the board: its actions, their "
                f"updates and what {agency} may see.")
    return "This laptop will hold the whole board, as the chair's does (a deputy's laptop)."


def done_words(offer: join.Invitation, found: Joined, laptop: str) -> str:
    """The join and the import's headline, as rich text: every name the file brought
    escaped twice over, its control characters and then its HTML."""
    def shown(text: str) -> str:
        return escape(escaped(text))

    role = f"{shown(offer.agency)}'s laptop" if offer.agency else "a board laptop"
    return (f"<p><b>Joined the board '{shown(found.held.name)}' as {role} "
            f"'{shown(laptop)}'.</b></p>"
            f"<p>{shown(found.headline)}</p>"
            f"<p>The sender, the laptop '{shown(offer.sender.device)}', is in this board's "
            "address book.</p>")

