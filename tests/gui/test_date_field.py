"""The date field, typed into with real keys: nothing typed is kept, mangled or put back."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QCalendarWidget

from ocgboard.core import dates
from ocgboard.gui.date_field import DateField
from tests.conftest import TODAY

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def field(qtbot):
    made = DateField()
    made.setup("due date", dates.PLANNED, lambda: TODAY, optional=True, empty="no due date")
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    made.setFocus()
    made.set_date(dt.date(2026, 11, 23))
    return made


def retype(qtbot, field, text: str) -> None:
    qtbot.keyClick(field.edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field.edit, text)


def test_typing_over_the_whole_field_takes_the_new_date(qtbot, field):
    retype(qtbot, field, "31/01/2027")
    assert field.text() == "31/01/2027"
    assert field.value() == dt.date(2027, 1, 31)
    assert field.note.text() == "31 Jan 2027"  # what was read, in the app's words


def test_keys_sent_to_the_field_itself_reach_its_text(qtbot, field):
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, "02/03/2027")
    assert field.value() == dt.date(2027, 3, 2)


def test_typing_from_the_start_is_not_turned_into_another_date(qtbot, field):
    field.edit.setCursorPosition(0)
    qtbot.keyClicks(field.edit, "31/01/2027")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.text() == "31/01/202723/11/2026"  # as typed, never made into a date
    assert field.date() is None
    assert field.note.text() == "type it as dd/mm/yyyy, e.g. 31/01/2027"
    with pytest.raises(dates.DateRefused, match="due date '31/01/202723/11/2026' is not a "
                                                "valid date"):
        field.value()


def test_a_slip_of_the_year_is_refused_at_once_with_its_reason(qtbot, field):
    retype(qtbot, field, "15/02/3202")
    assert field.note.text() == "15 Feb 3202 is more than ten years from today"
    assert field.date() is None
    with pytest.raises(dates.DateRefused, match="^due date 15 Feb 3202 is more than ten years"):
        field.value()
    assert field.text() == "15/02/3202"


def test_pasting_a_whole_date_over_the_field(qtbot, field):
    QApplication.clipboard().setText("31 January 2027")
    qtbot.keyClick(field.edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(field.edit, Qt.Key.Key_V, CTRL)
    assert field.text() == "31 January 2027"
    assert field.value() == dt.date(2027, 1, 31)


@pytest.mark.parametrize("typed", ["31/01/2027", "31-01-2027", "31.01.2027", "2027-01-31",
                                   "31 Jan 2027", "31 January 2027"])
def test_every_form_the_board_types(qtbot, field, typed):
    retype(qtbot, field, typed)
    assert field.value() == dt.date(2027, 1, 31)


def test_a_partial_date_is_shown_as_such_and_left_as_typed(qtbot, field):
    changed = []
    field.dateChanged.connect(changed.append)
    retype(qtbot, field, "31/01/20")
    assert field.note.text() == ""  # not nagged while typing
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)  # done with the field
    assert field.note.text() == "give the year in full (dd/mm/yyyy)"
    assert field.property("refused") is True
    assert field.text() == "31/01/20"
    assert None not in changed and dt.date(2026, 11, 23) not in changed


def test_an_optional_field_may_be_emptied_a_required_one_may_not(qtbot, field):
    qtbot.keyClick(field.edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    assert field.value() is None and field.note.text() == "no due date"
    field.setup("meeting date", dates.MEETING, lambda: TODAY)
    with pytest.raises(dates.DateRefused, match="meeting date is required"):
        field.value()
    assert field.note.text() == "required: type dd/mm/yyyy"


def test_the_calendar_opens_from_the_keyboard_and_its_day_is_typed_in(qtbot, field):
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field.popup
    assert popup is not None and popup.isVisible()
    calendar = popup.findChild(QCalendarWidget)
    assert calendar.selectedDate().toPython() == dt.date(2026, 11, 23)  # the field's date
    first, last = dates.PLANNED.bounds(TODAY)  # the board's clock, not the machine's
    assert (calendar.minimumDate().toPython(), calendar.maximumDate().toPython()) == (first,
                                                                                      last)
    days = calendar.findChild(QAbstractItemView)  # where the calendar's focus is
    qtbot.keyClick(days, Qt.Key.Key_Right)  # the next day
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert field.text() == "24/11/2026" and field.value() == dt.date(2026, 11, 24)


def test_the_calendar_button_opens_it_and_escape_leaves_the_date(qtbot, field):
    qtbot.mouseClick(field.button, Qt.MouseButton.LeftButton)
    popup = field.popup
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible() and field.text() == "23/11/2026"


def test_the_field_is_named_for_a_screen_reader(field):
    assert field.edit.accessibleName() == "Due date"
    assert field.button.accessibleName() == "Choose the due date from a calendar"
