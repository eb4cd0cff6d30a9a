"""The Exchange page driven like a user: wizards, cards, conflicts, bad files.

Each laptop has its own OCGBOARD_HOME (its store and its keys), as in
tests/sync; the chair is the `window` fixture's laptop, the others are
opened here. A laptop's home is in force while its wizard runs, because
backups and keys are found through it.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox, QWizard

from ocgboard.core import board, plans, register, setup, views
from ocgboard.core.rows import exchange as exchange_rows
from ocgboard.core.rows import plans as plan_rows
from ocgboard.gui.app import make_context
from ocgboard.gui.exchange.export_wizard import DONE as EXPORT_DONE
from ocgboard.gui.exchange.import_wizard import CHOOSE, PREVIEW
from ocgboard.gui.exchange.import_wizard import DONE as IMPORT_DONE
from ocgboard.gui.exchange.page import CONFLICTS_TAB, ExchangePage
from ocgboard.paths import home_at as at  # be this laptop: its keys and backups
from ocgboard.store.changes import EVERYTHING
from ocgboard.sync import conflicts, contacts, export, importer, keys
from tests.conftest import dump
from tests.sync.conftest import syncable_state

NEXT = QWizard.WizardButton.NextButton
COMMIT = QWizard.WizardButton.CommitButton
PASSPHRASE = "correct horse battery staple"
WAIT = 60_000


class Laptop:
    def __init__(self, home: Path, qtbot, device: str):
        self.home = home
        with at(home):
            self.store = setup.open_board(str(home / "board.sqlite"))
            with self.store.session("Deputy") as s:
                board.local_device(s).name = device
            self.context = make_context(self.store)
            self.page = ExchangePage(self.context)
            qtbot.addWidget(self.page)
            self.page.show()
            self.page.refresh()

    def close(self) -> None:
        self.context.runner.wait(WAIT)
        self.store.close()

    @property
    def db(self) -> Path:
        return self.home / "board.sqlite"


@pytest.fixture
def other_laptop(tmp_path, qtbot):
    made = []

    def make(name: str) -> Laptop:
        made.append(Laptop(tmp_path / name, qtbot, f"{name}-laptop"))
        return made[-1]

    yield make
    for laptop in made:
        laptop.close()


@pytest.fixture
def chair(window, qtbot, home, context):
    idle(qtbot, context)  # the dashboard's figures
    window.show_page(window.pages.index(window.page(ExchangePage)))
    page = window.current_page()
    assert isinstance(page, ExchangePage)
    yield SimpleNamespace(page=page, home=home, context=context, store=context.backend.store,
                          db=home / "board.sqlite")
    idle(qtbot, context)


def idle(qtbot, context) -> None:
    """Let every task end and report before the window closes (it asks, if not)."""
    qtbot.waitUntil(lambda: not context.runner.tasks, timeout=WAIT)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def patch_dialog(monkeypatch, name: str, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, name, lambda *a, **k: (str(path), ""))


def drop(widget, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(10, 10), actions, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    dropped = QDropEvent(QPointF(10, 10), actions, mime, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, dropped)


def owners(context) -> set[str]:
    return context.backend.read(lambda s: {views.action(s, a)["owner"]
                                           for a in plans.listing(s)})


# -- the wizards, end to end -----------------------------------------------------------


def export_through_wizard(qtbot, monkeypatch, page, target: Path, *, agency=None,
                          passphrase=None, since_last=False) -> QWizard:
    click(qtbot, page.ui.exportButton)
    wizard = page.export_wizard
    assert wizard.isVisible()
    if agency:
        click(qtbot, wizard.ui.agencyExtract)
        wizard.ui.agency.setCurrentIndex(wizard.ui.agency.findData(agency))
    click(qtbot, wizard.button(NEXT))
    if passphrase:
        if not wizard.ui.usePassphrase.isChecked():
            click(qtbot, wizard.ui.usePassphrase)
        qtbot.keyClicks(wizard.ui.passphrase, passphrase)
        qtbot.keyClicks(wizard.ui.passphraseAgain, passphrase + "!")
        assert not wizard.button(NEXT).isEnabled()
        assert "differ" in wizard.ui.recipientsMessage.text()
        qtbot.keyClick(wizard.ui.passphraseAgain, Qt.Key.Key_Backspace)
    if since_last:
        click(qtbot, wizard.ui.sinceLast)
    assert wizard.button(NEXT).isEnabled()
    click(qtbot, wizard.button(NEXT))
    patch_dialog(monkeypatch, "getSaveFileName", target)
    click(qtbot, wizard.ui.browse)
    assert wizard.ui.path.text() == str(target)
    click(qtbot, wizard.button(COMMIT))
    qtbot.waitUntil(lambda: wizard.currentId() == EXPORT_DONE, timeout=WAIT)
    assert target.exists() and (target.stat().st_mode & 0o777) == 0o600
    return wizard


def preview_through_wizard(qtbot, wizard, *, passphrase=None) -> None:
    if passphrase:
        click(qtbot, wizard.ui.usePassphrase)
        qtbot.keyClicks(wizard.ui.passphrase, passphrase)
    click(qtbot, wizard.button(NEXT))
    assert not wizard.button(NEXT).isEnabled()  # no second preview while this one runs
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW or bool(wizard.ui.chooseMessage.text()),
                    timeout=WAIT)
    assert wizard.currentId() == PREVIEW, wizard.ui.chooseMessage.text()


def apply_through_wizard(qtbot, laptop, wizard) -> None:
    with qtbot.waitSignal(laptop.context.backend.changed, timeout=WAIT):
        click(qtbot, wizard.button(COMMIT))
    qtbot.waitUntil(lambda: wizard.currentId() == IMPORT_DONE, timeout=WAIT)


def test_agency_extract_by_passphrase_previewed_then_applied(chair, other_laptop, qtbot,
                                                             monkeypatch, tmp_path):
    extract = tmp_path / "dwp.ocgx"
    wizard = export_through_wizard(qtbot, monkeypatch, chair.page, extract,
                                   agency="Department for Work and Pensions",
                                   passphrase=PASSPHRASE)
    summary = wizard.ui.doneSummary.text()
    assert "Agency extract for Department for Work and Pensions" in summary
    assert "Size: " in summary
    assert "It carries 20 members, 13 progress updates, 7 actions" in summary
    assert "readable by anyone with the passphrase" in summary
    assert "record" not in summary  # threats, actions and updates: never "records"
    assert "Tell the passphrase by phone" in summary
    chair.page.refresh()
    assert chair.page.log.rows[0].direction == "export"

    dwp = other_laptop("dwp")
    with at(dwp.home):
        drop(dwp.page, extract)  # a file dropped on the page opens the import wizard
        wizard = dwp.page.import_wizard
        assert wizard.isVisible() and wizard.ui.path.text() == str(extract)
        before = dump(dwp.db)
        preview_through_wizard(qtbot, wizard, passphrase=PASSPHRASE)
        assert dump(dwp.db) == before  # the preview writes nothing
        assert "changes new to this laptop" in wizard.ui.headline.text()
        assert "record" not in wizard.ui.headline.text()
        lines = [wizard.ui.changes.item(i).text() for i in range(wizard.ui.changes.count())]
        assert any(line.startswith("new action") for line in lines)
        # The chair is not in DWP's address book: loud, and nothing until trusted.
        assert wizard.ui.warning.isVisible() and "NOT in your address book" in \
            wizard.ui.warning.text()
        assert not wizard.button(COMMIT).isEnabled()
        click(qtbot, wizard.ui.trustSigner)
        assert wizard.button(COMMIT).isEnabled()
        apply_through_wizard(qtbot, dwp, wizard)
        assert "Applied" in wizard.ui.doneSummary.text()
    assert owners(dwp.context) == {"DWP"}
    assert dwp.page.log.rows[0].direction == "import"
    with at(dwp.home):  # DWP's laptop now holds an extract: it only sends its own work back
        click(qtbot, dwp.page.ui.exportButton)
        wizard = dwp.page.export_wizard
        assert wizard.ui.fullReplica.text().startswith("&DWP's return to the board")
        assert wizard.ui.agencyExtract.isHidden()
        wizard.next()  # to the chair's laptop, kept when its extract was trusted
        assert wizard.ui.contactList.count() == 1
        wizard.next()
        assert wizard.ui.path.text().endswith("dwp-return-2026-11-23.ocgx")
        assert "DWP's return" in wizard.ui.saveSummary.text()
        wizard.reject()
        # DWP moves a task on and sends it back by key: the chair never had its card.
        task = dwp.context.backend.read(lambda s: next(
            a.id.hex for a in plans.listing(s) if a.status in ("proposed", "agreed")))
        dwp.context.backend.write(plan_rows.change_status, task, "in progress",
                                  "Claims pulled for review")
        back = tmp_path / "dwp-return.ocgx"
        export_through_wizard(qtbot, monkeypatch, dwp.page, back)
    click(qtbot, chair.page.ui.importButton)
    wizard = chair.page.import_wizard
    wizard.ui.path.setText(str(back))
    preview_through_wizard(qtbot, wizard)
    assert "answers an extract this laptop sent" in wizard.ui.warning.text()
    assert "confirmed the fingerprint" in wizard.ui.trustSigner.text()
    assert not wizard.button(COMMIT).isEnabled()
    click(qtbot, wizard.ui.trustSigner)
    apply_through_wizard(qtbot, chair, wizard)
    assert "is now in your address book" in wizard.ui.doneSummary.text()
    kept = chair.context.backend.read(lambda s: [(c.name, c.role) for c in contacts.listing(s)])
    with at(dwp.home):
        print_ = keys.load().fingerprint
    assert kept == [(f"DWP laptop {print_}", "agency")]  # by its key, not its own word


def test_full_replica_between_board_laptops_with_cards(chair, other_laptop, qtbot, monkeypatch,
                                                       tmp_path):
    deputy = other_laptop("deputy")
    deputy_card, chair_card = tmp_path / "deputy.card", tmp_path / "chair.card"
    with at(deputy.home):
        patch_dialog(monkeypatch, "getSaveFileName", deputy_card)
        click(qtbot, deputy.page.contacts.ui.saveCard)
        deputy_print = deputy.page.contacts.ui.fingerprint.text()
    patch_dialog(monkeypatch, "getSaveFileName", chair_card)
    click(qtbot, chair.page.contacts.ui.saveCard)
    assert keys.parse_card(chair_card.read_text()).fingerprint == \
        chair.page.contacts.ui.fingerprint.text()

    add_card(qtbot, monkeypatch, chair.page, deputy_card, "Deputy", expect=deputy_print)
    row = chair.page.contacts.model.rows[0]
    assert (row.name, row.role_words, row.fingerprint) == ("Deputy", "Board laptop",
                                                           deputy_print)
    with at(deputy.home):
        add_card(qtbot, monkeypatch, deputy.page, chair_card, "Chair")

    replica = tmp_path / "replica.ocgx"
    wizard = export_through_wizard(qtbot, monkeypatch, chair.page, replica)
    assert "Full replica" in wizard.ui.doneSummary.text()
    assert "readable by Deputy (and this laptop)" in wizard.ui.doneSummary.text()
    with at(deputy.home):
        deputy.page.import_file(str(replica))
        wizard = deputy.page.import_wizard
        preview_through_wizard(qtbot, wizard)
        assert "Signed by <b>Chair</b>" in wizard.ui.signer.text()
        assert not wizard.ui.warning.isVisible()
        assert wizard.button(COMMIT).isEnabled()
        apply_through_wizard(qtbot, deputy, wizard)
        assert "the board was backed up first" in wizard.ui.doneSummary.text().lower()
    assert syncable_state(chair) == syncable_state(deputy)

    again = export_through_wizard(qtbot, monkeypatch, chair.page, tmp_path / "again.ocgx",
                                  since_last=True)  # Deputy has been sent everything
    assert "<p>It carries nothing new; readable by Deputy" in again.ui.doneSummary.text()


def add_card(qtbot, monkeypatch, page, card: Path, name: str, expect: str | None = None):
    patch_dialog(monkeypatch, "getOpenFileName", card)
    page.ui.tabs.setCurrentIndex(1)
    click(qtbot, page.contacts.ui.importCard)
    dialog = page.contacts.card_dialog
    assert dialog.isVisible()
    if expect:
        assert dialog.ui.fingerprint.text() == expect
    click(qtbot, dialog.ui.boardLaptop)
    dialog.ui.name.setText(name)
    click(qtbot, dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert not dialog.isVisible(), dialog.ui.message.text()
    assert name in [row.name for row in page.contacts.model.rows]


def write_by_passphrase(qtbot, page, target: Path, *, agency=None) -> QWizard:
    """Through the export wizard to writing `target`, by passphrase; not waited for."""
    click(qtbot, page.ui.exportButton)
    wizard = page.export_wizard
    if agency:
        click(qtbot, wizard.ui.agencyExtract)
        wizard.ui.agency.setCurrentIndex(wizard.ui.agency.findData(agency))
    click(qtbot, wizard.button(NEXT))
    click(qtbot, wizard.ui.usePassphrase)
    qtbot.keyClicks(wizard.ui.passphrase, PASSPHRASE)
    qtbot.keyClicks(wizard.ui.passphraseAgain, PASSPHRASE)
    click(qtbot, wizard.button(NEXT))
    wizard.ui.path.setText(str(target))
    click(qtbot, wizard.button(COMMIT))
    return wizard


def test_cancelling_an_export_keeps_no_file_and_no_record(chair, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "cancelled.ocgx"
    log_before = len(chair.context.backend.read(exchange_rows.exchange_log))
    wizard = write_by_passphrase(qtbot, chair.page, target)
    assert wizard.ui.progress.isVisible() and not wizard.button(COMMIT).isEnabled()
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    qtbot.waitUntil(lambda: "cancelled" in wizard.ui.saveMessage.text(), timeout=WAIT)
    assert not target.exists()
    assert len(chair.context.backend.read(exchange_rows.exchange_log)) == log_before


# -- conflicts ------------------------------------------------------------------------------


def card_of(laptop) -> keys.Card:
    with at(laptop.home):
        info = board_info(laptop.store)
        return keys.parse_card(keys.card(keys.load(), info.name or "(no board yet)",
                                         info.device_name))


def board_info(store):
    with store.reader() as s:
        return board.info(s)


def send(laptop, path: Path, to: str) -> None:
    with at(laptop.home), laptop.store.session("Sender") as s:
        export.export(s, path, to=[to], since_last=True)


def receive(laptop, path: Path) -> None:
    with at(laptop.home):
        importer.import_file(laptop.store, path)


def set_band(laptop, reference: str, band: str) -> None:
    with laptop.store.session("Editor") as s:
        register.edit(s, register.lookup.threat(s, reference), band=band)


def test_a_conflict_is_resolved_by_keeping_theirs(chair, other_laptop, qtbot, tmp_path):
    deputy = other_laptop("deputy")
    with chair.store.session("Chair") as s:
        contacts.add(s, card_of(deputy), board=True, name="Deputy")
    with deputy.store.session("Deputy") as s:
        contacts.add(s, card_of(chair), board=True, name="Chair")
    send(chair, tmp_path / "1.ocgx", "Deputy")
    receive(deputy, tmp_path / "1.ocgx")
    reference = chair.context.backend.read(lambda s: register.listing(s)[0].reference)
    set_band(chair, reference, "1A")
    set_band(deputy, reference, "3C")
    send(chair, tmp_path / "2.ocgx", "Deputy")
    send(deputy, tmp_path / "3.ocgx", "Chair")
    receive(chair, tmp_path / "3.ocgx")
    receive(deputy, tmp_path / "2.ocgx")
    chair.context.backend.announce(EVERYTHING)  # as the import wizard does

    view = chair.page.conflicts
    assert chair.page.ui.tabs.tabText(CONFLICTS_TAB) == "&Conflicts (1)"
    assert view.model.rowCount() == 1
    view.ui.table.selectRow(0)
    assert reference in view.ui.recordLabel.text() and "Band" in view.ui.recordLabel.text()
    assert (view.ui.mineValue.text(), view.ui.theirsValue.text()) == ("1A", "3C")
    assert "deputy-laptop" in view.ui.theirsWho.text()
    assert "Editor" in view.ui.mineWho.text()
    click(qtbot, view.ui.keepTheirs)
    assert view.model.rowCount() == 0
    assert chair.page.ui.tabs.tabText(CONFLICTS_TAB) == "&Conflicts"
    assert not view.ui.keepTheirs.isEnabled()
    band = chair.context.backend.read(lambda s: register.lookup.threat(s, reference).band)
    assert band == "3C"
    with chair.store.reader() as s:
        assert conflicts.listing(s) == []


# -- bad files -----------------------------------------------------------------------------


def flip(path: Path, at_byte: int) -> None:
    data = bytearray(path.read_bytes())
    data[at_byte] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage, says", [
    ("text", "is not an encrypted exchange file"),
    ("tampered", "damaged"),
    ("wrong passphrase", "wrong passphrase"),
])
def test_a_bad_file_gets_one_line_and_changes_nothing(chair, qtbot, tmp_path, damage, says):
    path = tmp_path / "bad.ocgx"
    if damage == "text":
        path.write_text("Dear chair, please find our updates attached.\n")
    else:
        with chair.store.session("Chair") as s:
            export.export(s, path, passphrase=PASSPHRASE)
        if damage == "tampered":
            flip(path, path.stat().st_size // 2)
    before = dump(chair.db)
    chair.page.import_file(str(path))
    wizard = chair.page.import_wizard
    click(qtbot, wizard.ui.usePassphrase)
    qtbot.keyClicks(wizard.ui.passphrase, "not the passphrase" if damage == "wrong passphrase"
                    else PASSPHRASE)
    click(qtbot, wizard.button(NEXT))
    qtbot.waitUntil(lambda: bool(wizard.ui.chooseMessage.text()), timeout=WAIT)
    message = wizard.ui.chooseMessage.text()
    assert says in message and "\n" not in message and "Traceback" not in message
    assert wizard.currentId() == CHOOSE
    assert dump(chair.db) == before


def test_file_menu_shortcuts_open_the_wizards(window, qtbot, context):
    idle(qtbot, context)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, "i", Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert isinstance(page, ExchangePage) and page.import_wizard.isVisible()
    page.import_wizard.reject()
    qtbot.keyClick(window, "e", Qt.KeyboardModifier.ControlModifier)
    assert page.export_wizard.isVisible()
    assert page.export_wizard.ui.agency.count() == 16
    page.export_wizard.reject()
    idle(qtbot, context)


def test_removing_a_contact_asks_first(chair, other_laptop, qtbot, monkeypatch):
    deputy = other_laptop("deputy")
    chair.context.backend.write(contacts.add, card_of(deputy), agency="DWP", name="DWP team")
    chair.page.refresh()
    view = chair.page.contacts
    row = view.model.rows[0]
    assert (row.name, row.role_words, row.agency) == ("DWP team", "Agency laptop",
                                                      "Department for Work and Pensions")
    view.ui.table.selectRow(0)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a: next(answers))
    click(qtbot, view.ui.removeContact)
    assert len(view.model.rows) == 1
    click(qtbot, view.ui.removeContact)
    assert view.model.rows == []


def test_a_laptop_name_is_shown_as_typed(chair):
    def rename(s):
        board.local_device(s).name = "Chair's <laptop>"

    chair.context.backend.write(rename)
    chair.page.refresh()
    assert chair.page.contacts.ui.laptop.text().startswith("Chair's <laptop> — ")


def test_the_preview_says_what_is_held_back_and_why(context, qtbot):
    from ocgboard.gui.exchange.import_task import Outcome
    from ocgboard.gui.exchange.import_wizard import ImportWizard

    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    held = "7 records of DWP team: record 1 of DWP team has not arrived"
    wizard._show_preview(Outcome(
        False, "DWP team", True, False, "ABCD-EFGH-IJKL-MNOP", "an agency laptop's own changes",
        "0 new change records (0 already held); held back: 7", [], [], True, 0, held=[held]))
    lines = [wizard.ui.changes.item(i).text() for i in range(wizard.ui.changes.count())]
    assert lines == [f"HELD BACK until what it follows arrives — {held}"]
    assert "held back: 7" in wizard.ui.headline.text()


def test_an_extract_that_withholds_a_name_is_reviewed_before_it_is_written(
        chair, qtbot, monkeypatch, tmp_path):
    from sqlalchemy import select

    from ocgboard.core import members
    from ocgboard.gui import withheld
    from ocgboard.store.models import Action, Threat

    def name_him(s):
        action = next(a for a in s.scalars(select(Action))
                      if views.action(s, a)["owner"] == "DWP")
        members.add(s, s.get(Threat, action.threat_id), "Grigore Secretescu",
                    disseminable=False)
        plans.change_status(s, action, action.status, "Claims by Secretescu's partner",
                            board_only=False)  # shared, so the extract carries it
    chair.context.backend.write(name_him)
    answers = iter([False, True])  # first go back, then write it
    asked = []
    monkeypatch.setattr(withheld, "ask", lambda parent, what, places:
                        asked.append((what, [p.line() for p in places])) or next(answers))
    extract = tmp_path / "dwp.ocgx"
    wizard = write_by_passphrase(qtbot, chair.page, extract,
                                 agency="Department for Work and Pensions")
    qtbot.waitUntil(lambda: bool(asked) and wizard.task is None, timeout=WAIT)
    assert not extract.exists() and "Not written" in wizard.ui.saveMessage.text()
    what, lines = asked[0]
    assert what == "the extract for Department for Work and Pensions"
    assert any("«Secretescu»'s partner — Grigore Secretescu" in line for line in lines)
    click(qtbot, wizard.button(COMMIT))
    qtbot.waitUntil(lambda: wizard.currentId() == EXPORT_DONE, timeout=WAIT)
    assert extract.exists() and len(asked) == 2


def test_an_agency_extract_says_it_replaces_what_they_hold(chair, qtbot, monkeypatch,
                                                           tmp_path):
    """An agency's extract is always whole: the wizard says it takes the place of what
    the agency holds, and never asks for only what was not yet sent."""
    page = chair.page
    click(qtbot, page.ui.exportButton)
    wizard = page.export_wizard
    click(qtbot, wizard.ui.agencyExtract)
    wizard.ui.agency.setCurrentIndex(
        wizard.ui.agency.findData("Department for Work and Pensions"))
    click(qtbot, wizard.button(NEXT))
    click(qtbot, wizard.ui.usePassphrase)
    qtbot.keyClicks(wizard.ui.passphrase, PASSPHRASE)
    qtbot.keyClicks(wizard.ui.passphraseAgain, PASSPHRASE)
    click(qtbot, wizard.button(NEXT))
    assert "takes the place of what they hold" in wizard.ui.saveSummary.text()
    assert "Only what they have not been sent" not in wizard.ui.saveSummary.text()
    wizard.reject()
