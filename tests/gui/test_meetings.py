"""The Meetings page, driven through its real widgets on the small demo board."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from ocgboard.core import attendance_rows, distribution, lookup, meeting_rows, meetings, plans
from ocgboard.errors import BoardError
from ocgboard.gui.meeting_decisions import DecisionDialog
from ocgboard.gui.meeting_dialog import MeetingDialog
from ocgboard.gui.pack_dialog import PackDialog
from ocgboard.gui.pack_preview import PackPreview
from ocgboard.gui.pages.meetings import MeetingsPage
from ocgboard.reports import pack
from ocgboard.store.models import Action

PLANNED = "2026-12-03"  # the demo board's next meeting
HELD = "2026-10-12"  # its last held one
CHAIR = "Delroy Adeyemi"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def refusals(monkeypatch) -> list[str]:
    """A refusal is a modal box: record it instead, so a failing test fails, not hangs."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: said.append(text))
    return said


@pytest.fixture
def page(window) -> MeetingsPage:
    found = window.page(MeetingsPage)
    window.show_page(window.pages.index(found))
    return found


def meeting_id(context, on: str) -> str:
    return context.backend.read(lambda s: meetings.get(s, on).id.hex)


def show(page, context, on: str) -> str:
    key = meeting_id(context, on)
    assert page.select(key)
    assert page.selected().id == key
    return key


def click_ok(qtbot, dialog, button=QDialogButtonBox.StandardButton.Ok) -> None:
    qtbot.mouseClick(dialog.ui.buttons.button(button), LEFT)


def agenda_ids(context, key: str) -> list[str]:
    return [row.id for row in context.backend.read(meeting_rows.agenda_rows, key)]


# -- planning ---------------------------------------------------------------------


def test_planning_a_meeting_ticks_the_due_threats_and_makes_the_standard_agenda(
        page, context, qtbot):
    qtbot.mouseClick(page.ui.planButton, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, MeetingDialog) and dialog.isVisible()
    dialog.ui.date.setDate(QDate(2027, 1, 14))
    picked = dialog.threats
    assert "OCG 05/00100" in picked.ticked  # its review falls due on 8 January
    assert "OCG 05/00104" not in picked.ticked  # due in February
    dialog.ui.title.clear()
    qtbot.keyClicks(dialog.ui.title, "January board")
    qtbot.keyClicks(dialog.ui.threatSearch, "wilson")
    assert dialog.proxy.rowCount() == 1
    dialog.ui.threatsView.setCurrentIndex(dialog.proxy.index(0, 1))
    qtbot.keyClick(dialog.ui.threatsView, Qt.Key.Key_Space)
    assert "OCG 05/00104" in picked.ticked
    assert dialog.ui.chosenCount.text() == f"{len(picked.ticked)} threats ticked"
    click_ok(qtbot, dialog)

    assert not dialog.isVisible()
    made = context.backend.read(meeting_rows.meeting_detail, dialog.made)
    assert (made.title, made.starts_at) == ("January board", dt.datetime(2027, 1, 14, 10, 0))
    assert made.chair == CHAIR and made.next_meeting_on == dt.date(2027, 2, 25)
    items = context.backend.read(meeting_rows.agenda_rows, made.id)
    assert [i.kind for i in items[:4]] == ["apologies", "declarations of interest",
                                           "minutes of the last meeting",
                                           "action tracker review"]
    assert items[-1].kind == "date of next meeting"
    reviewed = {i.threat for i in items if i.threat}
    assert {"OCG 05/00100", "OCG 05/00104"} <= reviewed
    assert reviewed == set(picked.ticked)
    # The page shows the new meeting and its agenda.
    assert page.selected().id == made.id
    assert page.agenda.model.rowCount() == len(items)


def test_planning_a_meeting_is_undone_and_redone(page, context, qtbot, refusals):
    before = {row.id for row in context.backend.read(meeting_rows.meeting_list)}
    page.new_record()
    dialog = page.dialog
    dialog.ui.date.setDate(QDate(2027, 1, 14))
    click_ok(qtbot, dialog)
    made = dialog.made
    assert made in {row.id for row in page.model.rows}
    assert context.undo.undoText() == "Plan “Local organised crime partnership board”"
    context.undo.undo()
    assert {row.id for row in context.backend.read(meeting_rows.meeting_list)} == before
    qtbot.waitUntil(lambda: made not in {row.id for row in page.model.rows})
    context.undo.redo()
    qtbot.waitUntil(lambda: made in {row.id for row in page.model.rows})
    assert len(context.backend.read(meeting_rows.agenda_rows, made)) >= 8  # agenda kept
    assert not refusals


def test_a_meeting_with_issued_copies_stays_when_its_planning_is_undone(page, context):
    key = meeting_id(context, HELD)  # copies of its pack went out
    with pytest.raises(BoardError, match="stays on the board"):
        context.backend.write(meeting_rows.withdraw, key)


def test_moving_the_date_reticks_due_threats_but_keeps_hand_ticks(page, qtbot):
    page.new_record()
    dialog = page.dialog
    dialog.ui.date.setDate(QDate(2027, 1, 14))
    dialog.threats.ticked.add("PI 17/00108")
    dialog.ui.date.setDate(QDate(2026, 12, 1))
    assert "OCG 05/00100" not in dialog.threats.ticked  # not due until 8 January
    assert "PI 17/00108" in dialog.threats.ticked
    dialog.reject()


def test_editing_a_meeting_is_undoable(page, context, qtbot):
    key = show(page, context, PLANNED)
    qtbot.mouseClick(page.ui.editButton, LEFT)
    dialog = page.dialog
    assert dialog.ui.threatsBox.isHidden() and not dialog.ui.status.isHidden()
    dialog.ui.venue.clear()
    qtbot.keyClicks(dialog.ui.venue, "Millbrook Civic Centre")
    click_ok(qtbot, dialog)
    assert context.backend.read(meeting_rows.meeting_detail, key).venue == \
        "Millbrook Civic Centre"
    assert "Millbrook Civic Centre" in page.ui.summary.text()
    context.undo.undo()
    assert context.backend.read(meeting_rows.meeting_detail, key).venue.startswith("Northgate")


def test_clearing_the_venue_and_chair_saves_and_undo_puts_them_back(page, context, qtbot):
    key = show(page, context, PLANNED)
    before = context.backend.read(meeting_rows.meeting_detail, key)
    assert before.venue and before.chair
    qtbot.mouseClick(page.ui.editButton, LEFT)
    dialog = page.dialog
    dialog.ui.venue.clear()
    dialog.ui.chair.setCurrentIndex(dialog.ui.chair.findData(None))
    dialog.ui.hasNext.setChecked(False)
    click_ok(qtbot, dialog)
    cleared = context.backend.read(meeting_rows.meeting_detail, key)
    assert (cleared.venue, cleared.chair, cleared.next_meeting_on) == (None, None, None)
    context.undo.undo()
    again = context.backend.read(meeting_rows.meeting_detail, key)
    assert (again.venue, again.chair, again.next_meeting_on) == (
        before.venue, before.chair, before.next_meeting_on)


# -- agenda -----------------------------------------------------------------------


def test_moving_an_agenda_item_and_undoing_it(page, context, window, qtbot):
    key = show(page, context, PLANNED)
    before = agenda_ids(context, key)
    page.ui.agendaView.selectRow(4)
    qtbot.mouseClick(page.ui.moveDownButton, LEFT)
    after = agenda_ids(context, key)
    assert after[5] == before[4] and after[4] == before[5]
    assert page.agenda.selected().id == before[4]  # the moved item stays selected
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit > Undo
    assert agenda_ids(context, key) == before
    context.undo.redo()
    assert agenda_ids(context, key) == after


def test_alt_arrows_move_items_and_dropping_a_row_moves_it(page, context, qtbot):
    key = show(page, context, PLANNED)
    before = agenda_ids(context, key)
    view = page.ui.agendaView
    view.setFocus()
    view.selectRow(6)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert agenda_ids(context, key).index(before[6]) == 5
    model = page.agenda.model
    dragged = model.mimeData([model.index(model.find(before[6]), 0)])
    model.dropMimeData(dragged, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    qtbot.waitUntil(lambda: agenda_ids(context, key)[0] == before[6])
    context.undo.undo()
    context.undo.undo()
    assert agenda_ids(context, key) == before


def test_adding_and_removing_items_put_back_by_undo(page, context, qtbot):
    key = show(page, context, PLANNED)
    before = context.backend.read(meeting_rows.agenda_rows, key)
    qtbot.mouseClick(page.ui.addItemButton, LEFT)
    dialog = page.dialog
    dialog.ui.threat.setCurrentIndex(dialog.ui.threat.findData("OCG 05/00104"))
    dialog.ui.position.setValue(5)
    click_ok(qtbot, dialog)
    added = context.backend.read(meeting_rows.agenda_rows, key)
    assert (added[4].threat, added[4].kind, len(added)) == ("OCG 05/00104", "threat review",
                                                           len(before) + 1)
    page.ui.agendaView.selectRow(4)
    qtbot.mouseClick(page.ui.removeItemButton, LEFT)
    assert [r.title for r in context.backend.read(meeting_rows.agenda_rows, key)] == \
        [r.title for r in before]
    context.undo.undo()  # the removed item comes back at 5
    assert context.backend.read(meeting_rows.agenda_rows, key)[4].threat == "OCG 05/00104"
    context.undo.undo()  # and the add is undone
    assert len(context.backend.read(meeting_rows.agenda_rows, key)) == len(before)


def test_a_refused_item_says_why_in_the_dialog(page, context, qtbot):
    show(page, context, PLANNED)
    qtbot.mouseClick(page.ui.addItemButton, LEFT)
    dialog = page.dialog
    dialog.ui.threat.setCurrentIndex(dialog.ui.threat.findData("OCG 05/00101"))  # on already
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "already on this agenda" in dialog.ui.message.text()


def test_recording_a_decision_on_an_agenda_item(page, context, qtbot):
    key = show(page, context, PLANNED)
    page.ui.agendaView.selectRow(2)
    qtbot.mouseClick(page.ui.decideItemButton, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, DecisionDialog) and dialog.ui.status.isHidden()
    qtbot.keyClicks(dialog.ui.decision, "Minutes approved as a true record.")
    click_ok(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    row = context.backend.read(meeting_rows.agenda_rows, key)[2]
    assert row.decision == "Minutes approved as a true record."
    assert page.agenda.model.rows[2].decision == row.decision
    context.undo.undo()
    assert context.backend.read(meeting_rows.agenda_rows, key)[2].decision is None


# -- attendance -------------------------------------------------------------------


def attendance_of(context, key: str, name: str) -> str | None:
    rows = context.backend.read(attendance_rows.attendance_rows, key)
    return next(r.status for r in rows if r.person == name)


def test_recording_attendance(page, context, qtbot):
    key = show(page, context, PLANNED)
    page.ui.tabs.setCurrentWidget(page.ui.attendanceTab)
    assert not page.ui.presentButton.isEnabled()
    qtbot.keyClicks(page.ui.attendanceFilter, "adeyemi")
    assert page.attendance.proxy.rowCount() == 1
    page.ui.attendanceView.selectRow(0)
    qtbot.mouseClick(page.ui.presentButton, LEFT)
    assert attendance_of(context, key, CHAIR) == "present"
    assert page.ui.attendanceCount.text().startswith("1 present")
    qtbot.mouseClick(page.ui.apologiesButton, LEFT)  # still selected after the refresh
    assert attendance_of(context, key, CHAIR) == "apologies"
    context.undo.undo()
    assert attendance_of(context, key, CHAIR) == "present"
    context.undo.undo()
    assert attendance_of(context, key, CHAIR) is None


def test_attendance_figures_over_time_are_shown(page, context):
    show(page, context, HELD)
    assert page.attendance.turnout.rows == []  # loaded when its tab is shown
    page.ui.tabs.setCurrentWidget(page.ui.attendanceTab)
    turnout = page.attendance.turnout.rows
    assert len(turnout) == 4  # the demo board's four held meetings
    assert page.attendance.figures.rowCount() > 0


# -- decisions on actions ---------------------------------------------------------


def decidable(context, key: str, page) -> str:
    """An action on the held meeting's tracker that was raised by the meeting."""
    on = dt.date.fromisoformat(HELD)

    def raised(session, action_id):
        return lookup.by_id(session, Action, action_id, "action").raised_on

    for row in page.decisions.tracker.rows:
        if row.decision is None and context.backend.read(raised, row.id) <= on:
            return row.id
    raise AssertionError("no action to decide on")


def trail(context, action_id: str) -> list:
    def read(session):
        action = lookup.by_id(session, Action, action_id, "action")
        return [(u.dated_on, u.comment, u.status, u.meeting_id)
                for u in plans.trail(session, action)]
    return context.backend.read(read)


def test_recording_a_decision_on_an_action(page, context, qtbot):
    key = show(page, context, HELD)
    page.ui.tabs.setCurrentWidget(page.ui.decisionsTab)
    action_id = decidable(context, key, page)
    row = page.tracker_row = page.decisions.tracker.find(action_id)
    page.ui.trackerView.setCurrentIndex(page.decisions.tracker_proxy.mapFromSource(
        page.decisions.tracker.index(row, 0)))
    qtbot.mouseClick(page.ui.decideActionButton, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, DecisionDialog) and not dialog.ui.status.isHidden()
    assert dialog.row().id == action_id
    qtbot.keyClicks(dialog.ui.decision, "Escalate to the SRO: no progress since June.")
    click_ok(qtbot, dialog, QDialogButtonBox.StandardButton.Save)

    entry = next(u for u in trail(context, action_id)
                 if u[1] == "Escalate to the SRO: no progress since June.")
    assert entry[0] == dt.date(2026, 10, 12)  # dated the day of the meeting
    assert entry[3].hex == key  # a decision the board took at this meeting
    decided = [d for d in page.decisions.decisions.rows if d.on == "action"]
    assert decided[-1].decision == "Escalate to the SRO: no progress since June."
    context.undo.undo()
    assert "Escalate to the SRO: no progress since June." not in [
        u[1] for u in trail(context, action_id)]


def test_a_decision_that_moves_the_action_on(page, context, qtbot):
    key = show(page, context, HELD)
    page.ui.tabs.setCurrentWidget(page.ui.decisionsTab)
    action_id = decidable(context, key, page)
    page.decisions.decide_on_action(action_id)
    dialog = page.dialog
    row = dialog.row()
    dialog.ui.status.setCurrentIndex(dialog.ui.status.findData("not pursued"))
    qtbot.keyClicks(dialog.ui.decision, "Not pursued: the group has left the area.")
    click_ok(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    def status(session):
        return lookup.by_id(session, Action, action_id, "action").status

    assert context.backend.read(status) == "not pursued"
    assert action_id not in [r.id for r in page.decisions.tracker.rows]  # no longer open
    context.undo.undo()
    assert context.backend.read(status) == row.status
    assert action_id in [r.id for r in page.decisions.tracker.rows]


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
            heard.append(text)
            if text == "Laying out the threat sections":
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


def test_printing_puts_every_page_of_the_pack_on_the_printer(context, qtbot, tmp_path):
    path, pages = built_pack(context, tmp_path)
    preview = PackPreview()
    qtbot.addWidget(preview)
    assert preview.show_pack(path)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert preview.print_to(printer) == pages
    assert len(PdfReader(str(printed)).pages) == pages


def test_open_in_viewer_hands_the_file_to_the_system(context, qtbot, tmp_path, monkeypatch):
    path, _ = built_pack(context, tmp_path)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    preview = PackPreview()
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
    assert copy.returned_on == dt.date.today()
    assert page.ui.outstanding.text() == "1 issued · 0 still out"
    assert not page.ui.returnedButton.isEnabled()


def test_printing_can_be_abandoned_part_way(context, qtbot, tmp_path):
    path, pages = built_pack(context, tmp_path)
    preview = PackPreview()
    qtbot.addWidget(preview)
    preview.show_pack(path)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    asked = []
    assert preview.print_to(printer, lambda done, total: asked.append(total) or done < 3) == 3
    assert asked == [pages] * 4


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
