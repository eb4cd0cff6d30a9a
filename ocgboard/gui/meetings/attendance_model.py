"""Attendance at one meeting, and attendance over time (per person, per meeting)."""

from __future__ import annotations

import enum

from PySide6.QtCore import QModelIndex, Qt, Signal

from ocgboard.core import collation
from ocgboard.gui.meetings.models import day
from ocgboard.gui.table import Column, RowsModel

RIGHT = Qt.AlignmentFlag.AlignRight
NOT_RECORDED = "Not recorded"
RANK = {"present": 0, "apologies": 1, "absent": 2}  # then the unrecorded


class AttendanceModel(RowsModel):
    """Everyone on the board's list of people; those recorded at this meeting first."""

    class Columns(enum.IntEnum):
        PERSON = 0
        AGENCY = 1
        ROLE = 2
        STATUS = 3
        NOTE = 4

    COLUMNS = {
        Columns.PERSON: Column("Person", lambda r: r.person,
                               sort=lambda r: collation.key(r.person)),
        Columns.AGENCY: Column("Agency", lambda r: r.agency,
                               sort=lambda r: collation.key(r.agency)),
        Columns.ROLE: Column("Role", lambda r: r.role, tooltip=lambda r: r.role),
        Columns.STATUS: Column("Attendance",
                               lambda r: r.status.capitalize() if r.status else NOT_RECORDED,
                               sort=lambda r: f"{RANK.get(r.status, 3)} {collation.key(r.person)}"),
        Columns.NOTE: Column("Note", lambda r: r.note, tooltip=lambda r: r.note or (
            "Double-click to add a note, such as who came in their place" if r.status
            else None)),
    }

    # A note typed into the table (the row and its text): the tab records it as an
    # undoable edit; the model itself writes nothing.
    note_edited = Signal(object, str)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if self._is_note(index) and self.rows[index.row()].status:
            return base | Qt.ItemFlag.ItemIsEditable  # a note needs a recorded attendance
        return base

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.EditRole and self._is_note(index):
            return self.rows[index.row()].note or ""
        return super().data(index, role)

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self._is_note(index):
            return False
        row = self.rows[index.row()]
        note = " ".join(str(value or "").split())
        if note != (row.note or ""):
            self.note_edited.emit(row, note)
        return True

    def _is_note(self, index: QModelIndex) -> bool:
        return index.isValid() and index.column() == self.Columns.NOTE


def _rate(figures: dict) -> str:
    return f"{figures['attendance_rate']:.0%}"


class FiguresModel(RowsModel):
    """Per person, across held meetings (core.meetings.attendance_figures)."""

    class Columns(enum.IntEnum):
        PERSON = 0
        MEETINGS = 1
        PRESENT = 2
        APOLOGIES = 3
        ABSENT = 4
        RATE = 5

    COLUMNS = {
        Columns.PERSON: Column("Person", lambda r: r["person"],
                               sort=lambda r: collation.key(r["person"])),
        Columns.MEETINGS: Column("Meetings", lambda r: r["meetings"],
                                 sort=lambda r: r["meetings"], align=RIGHT),
        Columns.PRESENT: Column("Present", lambda r: r["present"],
                                sort=lambda r: r["present"], align=RIGHT),
        Columns.APOLOGIES: Column("Apologies", lambda r: r["apologies"],
                                  sort=lambda r: r["apologies"], align=RIGHT),
        Columns.ABSENT: Column("Absent", lambda r: r["absent"], sort=lambda r: r["absent"],
                               align=RIGHT),
        Columns.RATE: Column("Attended", _rate, sort=lambda r: r["attendance_rate"],
                             align=RIGHT),
    }

    def key(self, row) -> object:
        return row["person"]


class TurnoutModel(RowsModel):
    """Present, apologies and absent at each held meeting, oldest first."""

    class Columns(enum.IntEnum):
        DATE = 0
        PRESENT = 1
        APOLOGIES = 2
        ABSENT = 3

    COLUMNS = {
        Columns.DATE: Column("Meeting", lambda r: day(r.starts_at.date()),
                             sort=lambda r: r.starts_at.isoformat()),
        Columns.PRESENT: Column("Present", lambda r: r.present, sort=lambda r: r.present,
                                align=RIGHT),
        Columns.APOLOGIES: Column("Apologies", lambda r: r.apologies,
                                  sort=lambda r: r.apologies, align=RIGHT),
        Columns.ABSENT: Column("Absent", lambda r: r.absent, sort=lambda r: r.absent,
                               align=RIGHT),
    }
