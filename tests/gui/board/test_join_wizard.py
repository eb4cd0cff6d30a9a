"""The Join a board wizard driven like a partner's officer or a deputy would.

The chair is a laptop of its own made with the command line (tests/sync); the
wizard runs as the joining laptop, inside `with laptop.on():`, because the
boards it holds and its keys are found through its OCGBOARD_HOME.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWizard

from ocgboard.core import board as board_of
from ocgboard.core import boards, setup
from ocgboard.gui.board.join_wizard import DONE, FILE, OFFER, JoinWizard
from ocgboard.sync import keys
from tests.sync.conftest import laptops  # noqa: F401  (the multi-laptop fixture)
from tests.sync.hostile import rewrap

BOARD = "Eastshire OCG Partnership Board"
PASSPHRASE = "correct horse battery staple"
NEXT = QWizard.WizardButton.NextButton
BACK = QWizard.WizardButton.BackButton
COMMIT = QWizard.WizardButton.CommitButton
FINISH = QWizard.WizardButton.FinishButton
WAIT = 60_000


@pytest.fixture
def chair(laptops):  # noqa: F811
    made = laptops("chair")
    made.ok("init", "--board", BOARD, "--device", "Chair laptop", "--operator",
            "Supt Gary Marsh")
    made.ok("demo", "--scale", "small")
    return made


@pytest.fixture
def wizard_of(qtbot):
    """A wizard on its own runner, its tasks waited for before the test ends."""
    made: list[JoinWizard] = []

    def make(path: Path | None = None) -> JoinWizard:
        wizard = JoinWizard(path=str(path) if path else None)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        wizard.runner.wait(WAIT)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot, box) -> None:
    """Click a check box's own square: the box spans the page, its text does not."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def drop(widget, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(10, 10), actions, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(QPointF(10, 10), actions, mime,
                                              Qt.MouseButton.LeftButton,
                                              Qt.KeyboardModifier.NoModifier))


def fingerprint_of(laptop) -> str:
    return keys.parse_card(laptop.card().read_text()).fingerprint


def files_in(laptop) -> list[str]:
    return sorted(str(p.relative_to(laptop.home)) for p in laptop.home.rglob("*")
                  if p.is_file())


def read_offer(qtbot, wizard, *, passphrase: str | None = None) -> None:
    """Next on the file page, and wait for the file to be read (or refused)."""
    if passphrase is not None:
        if not wizard.ui.usePassphrase.isChecked():
            click(qtbot, wizard.ui.usePassphrase)
        wizard.ui.passphrase.clear()
        qtbot.keyClicks(wizard.ui.passphrase, passphrase)
    assert wizard.button(NEXT).isEnabled()
    click(qtbot, wizard.button(NEXT))
    assert wizard.task is None or not wizard.button(NEXT).isEnabled()  # no second read
    qtbot.waitUntil(lambda: wizard.task is None, timeout=WAIT)


def name_laptop(qtbot, wizard, laptop: str, operator: str) -> None:
    wizard.ui.laptopName.clear()
    qtbot.keyClicks(wizard.ui.laptopName, laptop)
    qtbot.keyClicks(wizard.ui.operatorName, operator)


def join_now(qtbot, wizard) -> None:
    assert wizard.button(COMMIT).isEnabled()
    click(qtbot, wizard.button(COMMIT))
    assert wizard.task is None or not wizard.button(COMMIT).isEnabled()  # no second join
    qtbot.waitUntil(lambda: wizard.task is None, timeout=WAIT)


def extract_by_passphrase(chair, folder: Path) -> Path:
    """DWP's extract, written by the chair with PASSPHRASE."""
    secret = folder / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    extract = folder / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "--passphrase-file", str(secret),
             "-o", str(extract))
    return extract


def one_line(text: str) -> bool:
    return bool(text) and "\n" not in text


# -- joining --------------------------------------------------------------------------


def test_dwp_joins_by_passphrase_once_the_fingerprint_is_checked(chair, laptops, qtbot,  # noqa: F811
                                                                  wizard_of, tmp_path):
    extract = extract_by_passphrase(chair, tmp_path)
    dwp = laptops("dwp")
    with dwp.on():
        wizard = wizard_of()
        assert not wizard.button(NEXT).isEnabled()  # no file yet
        drop(wizard.ui.filePage, extract)
        assert wizard.ui.path.text() == str(extract)
        read_offer(qtbot, wizard, passphrase=PASSPHRASE)
        assert wizard.currentId() == OFFER, wizard.ui.fileMessage.text()
        ui = wizard.ui
        assert ui.offerWords.text().startswith(
            f"This file is DWP's extract of the board '{BOARD}', sent by the laptop "
            "'Chair laptop' (fingerprint ")
        assert ui.fingerprint.text() == fingerprint_of(chair)
        assert ui.fingerprint.font().bold()
        assert "by phone, before you join" in ui.fingerprintNote.text()
        assert ui.roleWords.text() == ("This laptop will work DWP's tasks on the board: its "
                                       "actions, their updates and what DWP may see.")
        assert wizard.button(COMMIT).text().replace("&", "") == "Join"
        name_laptop(qtbot, wizard, "DWP laptop 1", "Jo Bloggs (DWP)")
        assert not wizard.button(COMMIT).isEnabled()  # the fingerprint is not ticked
        tick(qtbot, ui.fingerprintChecked)
        assert wizard.button(COMMIT).isEnabled()
        ui.operatorName.clear()
        assert not wizard.button(COMMIT).isEnabled()  # nobody named to work on it
        qtbot.keyClicks(ui.operatorName, "Jo Bloggs (DWP)")
        assert boards.held() == []  # nothing written before Join
        join_now(qtbot, wizard)
        assert wizard.currentId() == DONE, ui.offerMessage.text()
        summary = ui.doneSummary.text()
        assert f"Joined the board '{BOARD}' as DWP's laptop 'DWP laptop 1'." in summary
        assert "new" in summary.split("</p>")[1]  # the import's headline, however worded
        [held] = boards.held()
        assert (held.name, held.agency) == (BOARD, "DWP")
        assert wizard.joined == held
        click(qtbot, wizard.button(FINISH))
        assert wizard.result() == QDialog.DialogCode.Accepted
    assert dwp.json("keys", "list")[0]["name"] == "Chair laptop"
    assert dwp.json("action", "list")  # DWP's tasks, on its laptop

    # The same file again: the join is refused in one line, and Back is open.
    with dwp.on():
        again = wizard_of(extract)
        read_offer(qtbot, again, passphrase=PASSPHRASE)
        assert again.currentId() == OFFER
        name_laptop(qtbot, again, "DWP laptop 2", "Jo Bloggs (DWP)")
        tick(qtbot, again.ui.fingerprintChecked)
        join_now(qtbot, again)
        assert again.currentId() == OFFER and again.joined is None
        message = again.ui.offerMessage.text()
        assert one_line(message) and f"holds the board '{BOARD}' already" in message
        assert again.button(BACK).isEnabled()
        click(qtbot, again.button(BACK))
        assert again.currentId() == FILE
        assert len(boards.held()) == 1


@pytest.mark.parametrize("opened_by", ["own key", "identity file"])
def test_dwp_joins_by_its_key(chair, laptops, qtbot, wizard_of, tmp_path, monkeypatch,  # noqa: F811
                              opened_by):
    dwp = laptops("dwp")
    chair.ok("keys", "import", str(dwp.card()), "--agency", "DWP", "--name", "DWP team")
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(extract))
    with dwp.on():
        wizard = wizard_of()
        assert wizard.ui.ownKey.isChecked()  # this laptop's key is the default
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            lambda *a, **k: (str(extract), ""))
        click(qtbot, wizard.ui.browse)
        assert wizard.ui.path.text() == str(extract)
        if opened_by == "identity file":
            click(qtbot, wizard.ui.identityFile)
            assert not wizard.button(NEXT).isEnabled()  # which identity file?
            identity = dwp.age_identity()
            monkeypatch.setattr(QFileDialog, "getOpenFileName",
                                lambda *a, **k: (str(identity), ""))
            click(qtbot, wizard.ui.identityBrowse)
            assert wizard.ui.identityPath.text() == str(identity)
        read_offer(qtbot, wizard)
        assert wizard.currentId() == OFFER, wizard.ui.fileMessage.text()
        name_laptop(qtbot, wizard, "DWP laptop 1", "Jo Bloggs (DWP)")
        tick(qtbot, wizard.ui.fingerprintChecked)
        join_now(qtbot, wizard)
        assert wizard.currentId() == DONE, wizard.ui.offerMessage.text()
        assert [(h.name, h.agency) for h in boards.held()] == [(BOARD, "DWP")]
        assert wizard.joined is not None and wizard.joined.agency == "DWP"
    said = dwp.ok("export", "--return", "-o", str(tmp_path / "return.ocgx"))
    assert "return" in said  # a laptop of the board now: it sends its own work back


def test_a_deputy_is_told_it_will_hold_the_whole_board(chair, laptops, qtbot, wizard_of,  # noqa: F811
                                                       tmp_path):
    deputy = laptops("deputy")
    chair.ok("keys", "import", str(deputy.card()), "--board", "--name", "Deputy")
    replica = tmp_path / "replica.ocgx"
    chair.ok("export", "--full", "--to", "Deputy", "-o", str(replica))
    with deputy.on():
        wizard = wizard_of(replica)
        read_offer(qtbot, wizard)
        assert wizard.currentId() == OFFER, wizard.ui.fileMessage.text()
        assert f"a full replica of the board '{BOARD}'" in wizard.ui.offerWords.text()
        assert "hold the whole board" in wizard.ui.roleWords.text()
        name_laptop(qtbot, wizard, "Deputy laptop", "DI Ann Lee")
        tick(qtbot, wizard.ui.fingerprintChecked)
        join_now(qtbot, wizard)
        assert wizard.currentId() == DONE, wizard.ui.offerMessage.text()
        assert f"Joined the board '{BOARD}' as a board laptop 'Deputy laptop'." in \
            wizard.ui.doneSummary.text()
        assert [(h.name, h.agency) for h in boards.held()] == [(BOARD, None)]
    assert len(deputy.json("action", "list")) == len(chair.json("action", "list"))


# -- refusals ---------------------------------------------------------------------------


def test_a_wrong_passphrase_stays_on_the_file_page_in_one_line(chair, laptops, qtbot,  # noqa: F811
                                                               wizard_of, tmp_path):
    extract = extract_by_passphrase(chair, tmp_path)
    dwp = laptops("dwp")
    with dwp.on():
        wizard = wizard_of(extract)
        read_offer(qtbot, wizard, passphrase="not the passphrase")
        assert wizard.currentId() == FILE and wizard.offer is None
        message = wizard.ui.fileMessage.text()
        assert one_line(message) and "wrong passphrase" in message
        assert boards.held() == []
        read_offer(qtbot, wizard, passphrase=PASSPHRASE)  # typing again clears the message
        assert wizard.currentId() == OFFER and not wizard.ui.fileMessage.text()


def test_a_tampered_file_is_refused_and_nothing_is_joined(chair, laptops, qtbot, wizard_of,  # noqa: F811
                                                          tmp_path):
    dwp = laptops("dwp")
    chair.ok("keys", "import", str(dwp.card()), "--agency", "DWP", "--name", "DWP team")
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(extract))
    forged = rewrap(extract, tmp_path / "forged.ocgx", dwp, chair, tmp_path / "w",
                    inner_edit=lambda data: data.replace(b"Eastshire", b"Westshire"))
    before = files_in(dwp)
    with dwp.on():
        wizard = wizard_of(forged)
        read_offer(qtbot, wizard)
        assert wizard.currentId() == FILE and wizard.offer is None
        message = wizard.ui.fileMessage.text()
        assert one_line(message) and "signature does not match" in message
        assert files_in(dwp) == before  # before boards.held(), whose reading makes a -shm
        assert boards.held() == []


def test_what_the_file_names_is_shown_never_obeyed(laptops, qtbot, wizard_of, tmp_path):  # noqa: F811
    """A board's and a laptop's names come from the file: HTML and a right-to-left
    override in them are shown as text."""
    chair, deputy = laptops("chair"), laptops("deputy")
    chair.ok("init", "--board", "Eastshire Board", "--device", "Chair <b>laptop</b>")
    with chair.on():  # a laptop of the sender's own making: its names pass no check
        store = setup.open_board(str(chair.db))
        with store.session("Chair") as s:
            board_of.current(s).name = "<i>Eastshire</i>\u202e Board"
        store.close()
    chair.ok("keys", "import", str(deputy.card()), "--board", "--name", "Deputy")
    replica = tmp_path / "replica.ocgx"
    chair.ok("export", "--full", "--to", "Deputy", "-o", str(replica))
    with deputy.on():
        wizard = wizard_of(replica)
        read_offer(qtbot, wizard)
        assert wizard.currentId() == OFFER, wizard.ui.fileMessage.text()
        words = wizard.ui.offerWords.text()
        assert "'<i>Eastshire</i>\\u202e Board'" in words and "'Chair <b>laptop</b>'" in words
        assert wizard.ui.offerWords.textFormat() == Qt.TextFormat.PlainText
        assert "\u202e" not in words
        name_laptop(qtbot, wizard, "Deputy laptop", "DI Ann Lee")
        tick(qtbot, wizard.ui.fingerprintChecked)
        join_now(qtbot, wizard)
        assert wizard.currentId() == DONE, wizard.ui.offerMessage.text()
        summary = wizard.ui.doneSummary.text()
        assert "'&lt;i&gt;Eastshire&lt;/i&gt;\\u202e Board'" in summary
        assert "'Chair &lt;b&gt;laptop&lt;/b&gt;'" in summary
