"""Building, previewing, printing and issuing a meeting's pack."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ocgboard.core import distribution, meetings
from ocgboard.core.rows import attendance as attendance_rows
from ocgboard.gui.meetings.dialog import MeetingDialog
from ocgboard.gui.meetings.pack_dialog import PackDialog
from ocgboard.gui.meetings.pack_preview import PackPreview
from ocgboard.gui.meetings.page import MeetingsPage
from ocgboard.reports import pack
from tests.conftest import TODAY
from tests.gui.meetings.helpers import (
    CHAIR,
    HELD,
    LEFT,
    PLANNED,
    click_ok,
    show,
)

# -- the pack ---------------------------------------------------------------------


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    (tmp_path / "packs").mkdir()
    target = tmp_path / "packs" / "pack.pdf"
    asked = []

    def fake(parent, caption, folder, filters):
        asked.append(folder)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return target, asked


def start_build(page, qtbot, copy_for: str | None = None) -> PackDialog:
    qtbot.mouseClick(page.ui.buildButton, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, PackDialog)
    if copy_for:
        dialog.ui.copyBox.setChecked(True)
        dialog.ui.copyFor.setCurrentIndex(dialog.ui.copyFor.findText(copy_for,
                                                                     Qt.MatchFlag.MatchStartsWith))
    click_ok(qtbot, dialog)
    return dialog


def test_building_a_pack_from_a_meeting_then_previewing_it(page, context, qtbot, save_as,
                                                           refusals):
    target, asked = save_as
    key = show(page, context, PLANNED)
    start_build(page, qtbot, copy_for=CHAIR)
    assert asked and asked[0].endswith("2026-12-03 chair pack - copy for Delroy Adeyemi "
                                       "(Police).pdf")
    qtbot.waitUntil(lambda: page.last_pack is not None or bool(refusals), timeout=60_000)
    assert refusals == []
    assert target.exists() and page.builder.task is None
    text = "\n".join(p.extract_text() for p in PdfReader(str(target)).pages)
    assert "Local organised crime partnership board" in text
    assert "OFFICIAL-SENSITIVE" in text
    assert "OCG 05/00101" in text
    assert "Copy 1" in text and CHAIR in text
    # Previewed in the window, every page there.
    preview = page.preview
    assert preview.isVisible()
    assert preview.document.pageCount() == page.last_pack.pages > 0
    assert preview.ui.pageCount.text() == f"of {page.last_pack.pages}"
    qtbot.mouseClick(preview.ui.nextButton, LEFT)
    assert preview.current_page() == 1 and preview.ui.page.value() == 2
    # The copy is in the register, and on the Distribution tab.
    register = context.backend.read(
        lambda s: [(d.copy_number, p.name) for d, p in
                   distribution.register(s, meetings.get(s, PLANNED))])
    assert register == [(1, CHAIR)]
    page.ui.tabs.setCurrentWidget(page.ui.distributionTab)
    assert [(r.copy_number, r.person) for r in page.distribution.model.rows] == [(1, CHAIR)]
    assert page.ui.previewButton.isEnabled()
    assert key in page.packs


def test_cancelling_a_build_leaves_no_file_and_issues_no_copy(page, context, qtbot, save_as):
    target, _ = save_as
    show(page, context, PLANNED)
    gate = threading.Event()
    # Hold the one worker thread so Cancel lands before the build starts.
    context.runner.start("hold", lambda progress: gate.wait(30))
    start_build(page, qtbot, copy_for=CHAIR)
    builder = page.builder
    qtbot.waitUntil(lambda: builder.progress is not None and builder.progress.isVisible())
    qtbot.mouseClick(builder.cancel_button, LEFT)
    gate.set()
    qtbot.waitUntil(lambda: builder.task is None, timeout=60_000)
    assert not target.exists()
    assert list(target.parent.glob("*.part")) == []
    assert page.last_pack is None
    assert "cancelled" in page.context.window.statusBar().currentMessage()
    assert context.backend.read(
        lambda s: distribution.register(s, meetings.get(s, PLANNED))) == []


def test_cancelling_half_way_through_the_layout(page, context, qtbot, save_as, monkeypatch):
    target, _ = save_as
    show(page, context, PLANNED)
    real = pack.build
    heard = []

    def build_then_cancel(*args, progress, **kwargs):
        def report(percent, text):
            heard.append(text.split(", page ")[0])
            if heard[-1] == "Laying out the threat sections":
                page.builder.task.progress.cancel()  # as the Cancel button does
            progress(percent, text)
        return real(*args, progress=report, **kwargs)

    monkeypatch.setattr(pack, "build", build_then_cancel)
    start_build(page, qtbot)
    qtbot.waitUntil(lambda: page.builder.task is None, timeout=60_000)
    assert heard[-1] == "Laying out the threat sections"  # stopped there
    assert not target.exists() and list(target.parent.iterdir()) == []
    assert page.last_pack is None


def built_pack(context, tmp_path) -> tuple[str, int]:
    target = tmp_path / "built.pdf"

    def build(session):
        return pack.build(session, meetings.get(session, PLANNED), target).pages

    return str(target), context.backend.read(build)


def test_a_build_that_cannot_write_says_why_in_one_line(page, context, qtbot, monkeypatch,
                                                        tmp_path, refusals):
    show(page, context, PLANNED)
    missing = tmp_path / "no such folder" / "pack.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(missing), ""))
    start_build(page, qtbot, copy_for=CHAIR)
    qtbot.waitUntil(lambda: bool(refusals), timeout=60_000)
    assert "does not exist" in refusals[0] and "\n" not in refusals[0]
    assert page.last_pack is None and page.builder.task is None
    assert context.backend.read(
        lambda s: distribution.register(s, meetings.get(s, PLANNED))) == []


def test_open_in_viewer_hands_the_file_to_the_system(context, qtbot, tmp_path, monkeypatch):
    path, _ = built_pack(context, tmp_path)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    preview = PackPreview(context.runner)
    qtbot.addWidget(preview)
    preview.show_pack(path)
    qtbot.mouseClick(preview.ui.openButton, LEFT)
    assert [url.toLocalFile() for url in opened] == [path]


def test_file_print_offers_to_build_a_pack_when_there_is_none(page, context, monkeypatch):
    show(page, context, PLANNED)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    assert page.print_page()
    assert asked and page.dialog is None


def test_file_print_prints_the_last_pack_built(page, context, qtbot, save_as, monkeypatch):
    show(page, context, PLANNED)
    start_build(page, qtbot)
    qtbot.waitUntil(lambda: page.last_pack is not None, timeout=60_000)
    printed = []
    monkeypatch.setattr(PackPreview, "print_dialog", lambda self: printed.append(self.path))
    assert page.print_page()
    assert printed == [str(save_as[0])]


def test_column_widths_and_splitters_are_remembered(page, context, window):
    page.ui.meetingsView.setColumnWidth(1, 123)
    page.ui.agendaView.setColumnWidth(1, 321)
    window.close()
    again = MeetingsPage(context)
    assert again.ui.meetingsView.columnWidth(1) == 123
    assert again.ui.agendaView.columnWidth(1) == 321
    again.deleteLater()


def test_a_copy_is_marked_returned_in_the_register(page, context, qtbot):
    key = show(page, context, HELD)
    context.backend.write(lambda s: distribution.issue(s, meetings.get(s, HELD), CHAIR,
                                                       today=dt.date(2026, 10, 12)).copy_number)
    page.ui.tabs.setCurrentWidget(page.ui.distributionTab)
    assert page.ui.outstanding.text() == "1 issued · 1 still out"
    assert not page.ui.returnedButton.isEnabled()
    page.ui.distributionView.selectRow(0)
    qtbot.mouseClick(page.ui.returnedButton, LEFT)
    copy = context.backend.read(attendance_rows.copies, key)[0]
    assert copy.returned_on == TODAY
    assert page.ui.outstanding.text() == "1 issued · 0 still out"
    assert not page.ui.returnedButton.isEnabled()


def test_keyboard_plans_a_meeting_and_builds_a_pack(page, context, window, qtbot):
    show(page, context, PLANNED)
    page.ui.meetingsView.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # File > New
    assert isinstance(page.dialog, MeetingDialog)
    page.dialog.reject()
    page.ui.meetingsView.setFocus()
    qtbot.keyClick(page.ui.meetingsView, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(page.dialog, PackDialog)
    page.dialog.reject()
    qtbot.keyClick(page.ui.meetingsView, Qt.Key.Key_Return)  # Enter opens the meeting
    assert isinstance(page.dialog, MeetingDialog) and page.dialog.meeting is not None


def name_a_withheld_member(context) -> None:
    """A progress update on a tracked action of the planned meeting names a withheld member."""
    from ocgboard.core import members, plans
    from ocgboard.store.models import Action, Threat

    def write(s):
        action = s.get(Action, meetings.tracker(s, meetings.get(s, PLANNED), today=TODAY)[0].id)
        members.add(s, s.get(Threat, action.threat_id), "Grigore Secretescu", disseminable=False,
                    today=TODAY)
        plans.change_status(s, action, action.status, "Seen with G. Secretescu at the yard",
                            today=TODAY)
    context.backend.write(write)


@pytest.mark.parametrize("writes", [False, True])
def test_a_partner_pack_that_withholds_a_name_is_reviewed_first(page, context, qtbot, save_as,
                                                                 monkeypatch, writes):
    from ocgboard.gui import withheld

    target, _ = save_as
    name_a_withheld_member(context)
    asked = []
    monkeypatch.setattr(withheld, "ask", lambda parent, what, places:
                        asked.append((what, [p.line() for p in places])) or writes)
    show(page, context, PLANNED)
    qtbot.mouseClick(page.ui.buildButton, LEFT)
    dialog = page.dialog
    dialog.ui.partnerPack.setChecked(True)
    dialog.ui.copyBox.setChecked(True)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(asked) and page.builder.task is None, timeout=60_000)
    what, lines = asked[0]
    assert what == "the partner pack"
    assert any("«G. Secretescu» at the yard — Grigore Secretescu" in line for line in lines)
    issued = context.backend.read(lambda s: distribution.register(s, meetings.get(s, PLANNED)))
    if not writes:
        assert not target.exists() and issued == [] and page.last_pack is None
        assert "not written" in page.context.window.statusBar().currentMessage()
        return
    qtbot.waitUntil(lambda: page.last_pack is not None, timeout=60_000)
    text = "\n".join(p.extract_text() for p in PdfReader(str(target)).pages)
    assert "Secretescu" not in text and "Seen with [withheld] at the yard" in text
    assert len(context.backend.read(
        lambda s: distribution.register(s, meetings.get(s, PLANNED)))) == 1


def test_the_chair_can_ask_for_the_plans_history_in_full(page, context, qtbot, save_as,
                                                          refusals, monkeypatch):
    target, _asked = save_as
    show(page, context, PLANNED)
    asked = []
    real = pack.build

    def build(*args, **kwargs):
        asked.append(kwargs["full_history"])
        return real(*args, **kwargs)

    monkeypatch.setattr(pack, "build", build)
    qtbot.mouseClick(page.ui.buildButton, LEFT)
    dialog = page.dialog
    assert not dialog.ui.fullHistory.isChecked()  # a line each, by default
    qtbot.mouseClick(dialog.ui.fullHistory, LEFT)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.last_pack is not None or bool(refusals), timeout=60_000)
    assert refusals == [] and asked == [True]
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(target)).pages).split())
    assert "Closed before the last meeting" not in text and "Progress trail" in text
