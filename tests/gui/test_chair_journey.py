"""A new chair's first evening, end to end through the real widgets.

An empty store and no demo board: the chair names the board in the first-run
wizard, adds an OCG and one of its members, builds its 4P plan from the
tactic library, records progress on an action, plans a meeting that reviews
the threat and builds the chair's pack, then sends DWP its extract. Every
step is a click, a typed field or a chosen combo item; only the file
dialogs are patched (and refusal boxes recorded, so a failure cannot hang).
No person needs adding first: a threat, its plan, its review and its pack
all do without an LRO.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QWizard,
)

from ocgboard.core import dates, setup
from ocgboard.gui.app import make_context
from ocgboard.gui.board.first_run import FirstRunWizard
from ocgboard.gui.exchange.page import ExchangePage
from ocgboard.gui.main_window import MainWindow
from ocgboard.gui.meetings.decisions import DecisionDialog
from ocgboard.gui.meetings.dialog import MeetingDialog
from ocgboard.gui.meetings.pack_dialog import PackDialog
from ocgboard.gui.meetings.page import MeetingsPage
from ocgboard.gui.plans.status_dialog import StatusDialog
from ocgboard.gui.plans.tactic_picker import TacticPicker
from ocgboard.gui.threats.editor import Tab
from ocgboard.gui.threats.page import ThreatsPage
from tests.conftest import TODAY
from tests.gui.exchange.test_exchange import PASSPHRASE, WAIT, export_through_wizard, idle
from tests.gui.keys import type_date
from tests.gui.plans.test_plans import choose_row, tick

BOARD, AREA, MARKING = "Westmarch OCG Board", "Westmarch", "SECRET"
REFERENCE, THREAT = "OCG 07/00001", "Harbour Road crew"
MEMBER = "Łukasz Kowalczyk"
DWP = "Department for Work and Pensions"
OK = QDialogButtonBox.StandardButton.Ok
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def empty_store(db_path):
    """A store with nothing in it yet: no board name, no keys, no demo data."""
    store = setup.open_board(str(db_path))
    yield store
    store.close()


@pytest.fixture
def context(empty_store, qtbot):
    made = make_context(empty_store)
    yield made
    idle(qtbot, made)  # before the window closes, so it has nothing to ask
    made.runner.wait(WAIT)


@pytest.fixture(autouse=True)
def refusals(monkeypatch) -> list[str]:
    """A refusal is a modal box: record it, so a failing step fails instead of hanging."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    return said


# -- a few gestures -------------------------------------------------------------------


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, LEFT)


def type_text(qtbot, widget, text: str) -> None:
    """Type as a keyboard (or input method) would, letters beyond Latin-1 included.

    QTest types Latin-1 only, so every other character is sent as the key
    event a keyboard layout would produce for it.
    """
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


def go_to(qtbot, window, page_class):
    """Click the page's name in the navigation list."""
    navigation = window.ui.navigation
    item = navigation.item(window.pages.index(window.page(page_class)))
    qtbot.mouseClick(navigation.viewport(), LEFT, pos=navigation.visualItemRect(item).center())
    page = window.current_page()
    assert isinstance(page, page_class)
    return page


def open_tab(qtbot, editor, tab: Tab) -> None:
    bar = editor.ui.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(tab).center())
    assert editor.current_tab() == tab


# -- the evening, step by step --------------------------------------------------------


def name_the_board(qtbot, context, home: Path) -> None:
    wizard = FirstRunWizard(context.backend)
    qtbot.addWidget(wizard)
    wizard.show()
    type_text(qtbot, wizard.ui.boardName, BOARD)
    type_text(qtbot, wizard.ui.area, AREA)
    wizard.ui.marking.setCurrentIndex(wizard.ui.marking.findText(MARKING))
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert not wizard.ui.demoBoard.isChecked()  # a real board starts empty
    wizard.ui.deviceName.clear()
    type_text(qtbot, wizard.ui.deviceName, "chair-laptop")
    type_text(qtbot, wizard.ui.operatorName, "DCI Ruth Okafor")
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert not wizard.isVisible()
    info = context.backend.info()
    assert (info.name, info.area, info.marking, info.device_name) == (
        BOARD, AREA, MARKING, "chair-laptop")
    assert (home / "keys" / "device-keys.json").stat().st_mode & 0o777 == 0o600


def open_the_window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle().startswith(BOARD)
    assert window.ui.markingBanner.text() == MARKING
    return window


def add_the_threat(qtbot, window) -> ThreatsPage:
    page = go_to(qtbot, window, ThreatsPage)
    assert page.model.all == []  # nothing on the register yet
    click(qtbot, page.ui.newThreat)
    dialog = page.dialog
    type_text(qtbot, dialog.ui.reference, REFERENCE)
    type_text(qtbot, dialog.ui.name, THREAT)
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData("OCG"))
    dialog.ui.band.setCurrentIndex(dialog.ui.band.findData("2A"))
    click(qtbot, dialog.ui.buttons.button(OK))
    assert page.dialog is None, dialog.ui.message.text()
    assert [row.reference for row in page.model.rows] == [REFERENCE]
    assert page.editor.reference == REFERENCE  # open in the editor beside the register
    return page


def add_the_member(qtbot, editor) -> None:
    open_tab(qtbot, editor, Tab.MEMBERS)
    click(qtbot, editor.ui.addMember)
    dialog = editor.members.dialog
    type_text(qtbot, dialog.ui.name, MEMBER)
    dialog.ui.standing.setCurrentIndex(dialog.ui.standing.findData("Principal Subject"))
    click(qtbot, dialog.ui.buttons.button(OK))
    assert editor.members.dialog is None, dialog.ui.message.text()
    assert editor.members.current().name == MEMBER
    assert editor.ui.memberCount.text() == "1 member"


def plan_from_the_library(qtbot, editor) -> list:
    """Two tactics with different usual owners; the Police one goes to HMRC instead."""
    open_tab(qtbot, editor, Tab.PLAN)
    tab = editor.plan
    assert not tab.plan.actions
    click(qtbot, tab.ui.addFromLibrary)
    picker = tab.dialog
    assert isinstance(picker, TacticPicker)
    tick(qtbot, picker, "benefit claims", "PUR-02")
    assert picker.ui.owner.currentText() == DWP
    tick(qtbot, picker, "165A", "PUR-08")
    assert picker.ui.owner.currentText() == "Police"
    assert REFERENCE in picker.ui.preview.text() and "**" not in picker.ui.preview.text()
    picker.ui.owner.setCurrentIndex(picker.ui.owner.findText("HM Revenue & Customs"))
    click(qtbot, picker.add_button)
    assert not picker.isVisible(), picker.ui.message.text()
    added = {a.tactic_code: a for a in tab.plan.actions}
    assert {code: a.owner_name for code, a in added.items()} == {
        "PUR-02": DWP, "PUR-08": "HM Revenue & Customs"}
    assert all(REFERENCE in a.specific and "OCG number **" not in a.specific
               for a in added.values())
    shown = {row.id for row in tab.model.rows if getattr(row, "id", None)}
    assert {a.id for a in added.values()} <= shown  # in the plan, under their strand
    return list(added.values())


def record_progress(qtbot, editor, action) -> None:
    tab = editor.plan
    choose_row(tab.ui.plan, tab.model.find(action.id))
    click(qtbot, tab.ui.changeStatus)
    dialog = tab.dialog
    assert isinstance(dialog, StatusDialog)
    dialog.ui.status.setCurrentIndex(dialog.ui.status.findData("in progress"))
    type_text(qtbot, dialog.ui.comment, "Benefit review opened on all four adults")
    click(qtbot, dialog.ui.buttons.button(OK))
    assert not dialog.isVisible(), dialog.ui.message.text()
    assert tab.current_action().status == "in progress"
    last = tab.details.model.rows[-1]
    assert (last.dated_on, last.status, last.comment) == (
        TODAY, "in progress", "Benefit review opened on all four adults")
    trail, today = tab.details.model, TODAY
    assert trail.index(trail.rowCount() - 1, 0).data() == dates.day(today)


def plan_the_meeting(qtbot, window, on: dt.date) -> MeetingsPage:
    page = go_to(qtbot, window, MeetingsPage)
    assert page.model.rows == []
    click(qtbot, page.ui.planButton)
    dialog = page.dialog
    assert isinstance(dialog, MeetingDialog)
    type_date(qtbot, dialog.ui.date, dates.typed(on))
    assert dialog.ui.chair.currentText().startswith("DCI Ruth Okafor")  # the operator
    type_text(qtbot, dialog.ui.venue, "Westmarch Civic Centre")
    type_text(qtbot, dialog.ui.threatSearch, "harbour")
    assert dialog.proxy.rowCount() == 1
    if REFERENCE not in dialog.threats.ticked:
        dialog.ui.threatsView.setCurrentIndex(dialog.proxy.index(0, 1))
        qtbot.keyClick(dialog.ui.threatsView, Qt.Key.Key_Space)
    assert dialog.threats.ticked == {REFERENCE}
    click(qtbot, dialog.ui.buttons.button(OK))
    assert not dialog.isVisible(), dialog.ui.message.text()
    assert page.selected().id == dialog.made
    return page


def decide_on_the_review(qtbot, page, clock, on: dt.date) -> None:
    rows = page.agenda.model.rows
    review = next(n for n, row in enumerate(rows) if row.threat == REFERENCE)
    page.ui.agendaView.selectRow(review)
    button = page.ui.decideItemButton
    assert not button.isEnabled()  # before the meeting, and the button says so
    assert button.toolTip() == f"Decisions are recorded at or after the meeting, on " \
        f"{dates.day(on)}"
    clock.set(dt.datetime.combine(on, dt.time(11, 0)))  # the meeting is under way
    page.ui.agendaView.clearSelection()
    page.ui.agendaView.selectRow(review)
    click(qtbot, button)
    dialog = page.dialog
    assert isinstance(dialog, DecisionDialog)
    type_text(qtbot, dialog.ui.decision, "Plan agreed; DWP to report back in January.")
    save = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    click(qtbot, save)
    assert not dialog.isVisible(), dialog.ui.message.text()
    assert page.agenda.model.rows[review].decision == \
        "Plan agreed; DWP to report back in January."


def build_the_pack(qtbot, monkeypatch, page, target: Path, refusals) -> list[str]:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    click(qtbot, page.ui.buildButton)
    dialog = page.dialog
    assert isinstance(dialog, PackDialog) and dialog.ui.chairPack.isChecked()
    click(qtbot, dialog.ui.buttons.button(OK))
    qtbot.waitUntil(lambda: page.last_pack is not None or bool(refusals), timeout=WAIT)
    assert refusals == []
    assert target.exists() and page.preview.isVisible()
    return [p.extract_text() for p in PdfReader(str(target)).pages]


# -- the test -------------------------------------------------------------------------


def test_a_new_chair_sets_up_the_board_and_runs_the_first_meeting(
        context, qtbot, monkeypatch, tmp_path, home, refusals, clock):
    name_the_board(qtbot, context, home)
    window = open_the_window(qtbot, context)

    threats = add_the_threat(qtbot, window)
    editor = threats.editor
    add_the_member(qtbot, editor)
    actions = plan_from_the_library(qtbot, editor)
    record_progress(qtbot, editor, next(a for a in actions if a.tactic_code == "PUR-02"))

    held_on = TODAY + dt.timedelta(days=14)
    meetings = plan_the_meeting(qtbot, window, held_on)
    decide_on_the_review(qtbot, meetings, clock, held_on)
    pages = build_the_pack(qtbot, monkeypatch, meetings, tmp_path / "first pack.pdf",
                           refusals)
    text = "\n".join(pages)
    # The operator named in the first-run wizard chairs, on the cover and the agenda.
    for words in (BOARD, REFERENCE, MEMBER, "Chair\nDCI Ruth Okafor", "Chair: DCI Ruth Okafor"):
        assert words in text, words
    assert all(MARKING in page for page in pages)

    exchange = go_to(qtbot, window, ExchangePage)
    extract = tmp_path / "dwp.ocgx"
    wizard = export_through_wizard(qtbot, monkeypatch, exchange, extract, agency=DWP,
                                   passphrase=PASSPHRASE)
    assert f"Agency extract for {DWP}" in wizard.ui.doneSummary.text()
    assert extract.stat().st_mode & 0o777 == 0o600
    idle(qtbot, context)
    assert refusals == []
