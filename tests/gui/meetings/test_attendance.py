"""Attendance at a meeting, and over time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from shiboken6 import isValid

from ocgboard.core.rows import attendance as attendance_rows
from ocgboard.gui.meetings.attendance_model import AttendanceModel
from tests.gui.meetings.helpers import CHAIR, HELD, LEFT, PLANNED, show


def entry_of(context, key: str, name: str):
    rows = context.backend.read(attendance_rows.attendance_rows, key)
    return next(r for r in rows if r.person == name)


def attendance_of(context, key: str, name: str) -> str | None:
    return entry_of(context, key, name).status


def type_note(page, qtbot, text: str) -> None:
    """Double-click's way in: open the chair's Note cell, type, press Enter."""
    view = page.ui.attendanceView
    cell = page.attendance.proxy.index(0, AttendanceModel.Columns.NOTE)
    view.setCurrentIndex(cell)
    view.edit(cell)
    editor = view.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isValid(editor))  # the editor has closed
    qtbot.wait(20)  # for the queued edit


def chair_listed(page, context, qtbot) -> str:
    """The planned meeting's attendance, filtered down to its chair."""
    key = show(page, context, PLANNED)
    page.ui.tabs.setCurrentWidget(page.ui.attendanceTab)
    qtbot.keyClicks(page.ui.attendanceFilter, "adeyemi")
    assert page.attendance.proxy.rowCount() == 1
    return key


def test_recording_attendance(page, context, qtbot):
    key = chair_listed(page, context, qtbot)
    assert not page.ui.presentButton.isEnabled()  # nobody selected
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


def test_a_note_on_an_attendance_is_typed_in_its_cell_and_undone(page, context, qtbot,
                                                                  refusals):
    key = chair_listed(page, context, qtbot)
    page.ui.attendanceView.selectRow(0)
    # Fetched afresh each time: a QModelIndex does not outlive a change to its model.
    def note():
        return page.attendance.proxy.index(0, AttendanceModel.Columns.NOTE)

    assert not note().flags() & Qt.ItemFlag.ItemIsEditable  # nothing recorded to note on
    qtbot.mouseClick(page.ui.apologiesButton, LEFT)
    assert note().flags() & Qt.ItemFlag.ItemIsEditable
    type_note(page, qtbot, "  Represented by   DI Shah ")
    entry = entry_of(context, key, CHAIR)
    assert (entry.status, entry.note) == ("apologies", "Represented by DI Shah")
    assert note().data() == "Represented by DI Shah"
    assert context.undo.undoText() == f"Note on {CHAIR}'s attendance"
    qtbot.mouseClick(page.ui.presentButton, LEFT)  # a new status keeps the note
    assert entry_of(context, key, CHAIR).note == "Represented by DI Shah"
    context.undo.undo()
    context.undo.undo()
    assert (entry_of(context, key, CHAIR).status, entry_of(context, key, CHAIR).note) == \
        ("apologies", None)
    type_note(page, qtbot, "x" * 301)
    assert refusals and "300" in refusals[-1]
    assert entry_of(context, key, CHAIR).note is None
