"""The history's lines as a tree (day, then who, then what they did) that grows a
page at a time, and a chosen line's field records.

Every text is a partner's or a person's, so it is shown through
printable.escaped, as every table cell is (gui/table.py).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from ocgboard.core import history_lines
from ocgboard.core.history_lines import FieldChange, Line
from ocgboard.gui.table import ROW_ROLE, Column, RowsModel
from ocgboard.printable import escaped


class LinesModel(QStandardItemModel):
    """Day headings, under each the people who did things in turn, under each what
    they did. It holds the pages read so far; the view reads the next (not Qt's
    fetchMore, which a tree view calls at every layout of its top level, whose few
    day headings never fill it)."""

    def __init__(self, parent):
        super().__init__(parent)
        self.has_more = False
        self.count = 0
        self._day: QStandardItem | None = None
        self._who: QStandardItem | None = None

    def clear_lines(self) -> None:
        self.clear()
        self.has_more, self.count, self._day, self._who = False, 0, None, None

    def add_lines(self, lines: Sequence[Line]) -> list[QStandardItem]:
        """Append a page of lines; the headings it made, for the view to open."""
        made = []
        for line in lines:
            day = history_lines.heading(line)
            if self._day is None or self._day.text() != day:
                self._day, self._who = _heading(day, QFont.Weight.Bold), None
                self.appendRow(self._day)
                made.append(self._day)
            if self._who is None or self._who.data(ROW_ROLE) != line.author:
                self._who = _heading(escaped(line.author), QFont.Weight.DemiBold)
                self._who.setData(line.author, ROW_ROLE)
                self._day.appendRow(self._who)
                made.append(self._who)
            self._who.appendRow(_line(line))
        self.count += len(lines)
        return made


def _heading(text: str, weight: QFont.Weight) -> QStandardItem:
    item = QStandardItem(text)
    font = item.font()
    font.setWeight(weight)
    item.setFont(font)
    item.setSelectable(False)
    return item


def _line(line: Line) -> QStandardItem:
    when = history_lines.time_of_day(line)
    told = line.words + (f" ({line.source})" if line.source else "")
    item = QStandardItem(escaped(f"{when}  {told}" if when else told))
    item.setToolTip(escaped(line.sentence))
    item.setData(line, ROW_ROLE)
    return item


class FieldsModel(RowsModel):
    """The field records a line is made of: what each record set, and what it replaced."""

    class Columns(enum.IntEnum):
        RECORD = 0
        FIELD = 1
        WAS = 2
        NOW = 3
        NAME = 4
        LAPTOP = 5
        TIME = 6

    C = Columns
    COLUMNS = {
        C.RECORD: Column("Record", lambda f: f.record),
        C.FIELD: Column("Field", lambda f: f.label, tooltip=lambda f: f.field),
        C.WAS: Column("Was", lambda f: f.was, tooltip=lambda f: f.was or None),
        C.NOW: Column("Now", lambda f: f.now, tooltip=lambda f: f.now or None),
        C.NAME: Column("Which", lambda f: f.name, tooltip=lambda f: f.name),
        C.LAPTOP: Column("Laptop", lambda f: f.laptop),
        C.TIME: Column("Time", lambda f: f"{f.when.astimezone():%H:%M:%S}"),
    }

    def key(self, row: FieldChange) -> object:
        return None
