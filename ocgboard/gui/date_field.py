"""The one date field of the app: typed day first, a calendar beside it, and its reason.

Every date a person enters goes through a DateField. It is a plain line of
text, so selecting it all and typing, or pasting a whole date, does what it
does in any other field (a QDateEdit's sections kept or mangled such input).
What is typed is read by core/dates.py, the reading the command line uses,
and checked against the field's Rule with the board's clock; the date it
read, or why it cannot, is shown beside the field. Nothing typed is ever
changed or put back behind the person's back: a form asks `value()`, which
refuses with the reason while the text stays as typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ocgboard.core import dates
from ocgboard.gui import look


class DateField(QWidget):
    """`dateChanged` sends the date read (None: emptied) whenever it changes; text that
    is not a date sends nothing. `editingFinished`: Return, leaving the field or a day
    chosen from the calendar."""

    dateChanged = Signal(object)
    editingFinished = Signal()
    textChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label, self.rule = "date", dates.ANY
        self.optional, self.empty_words = False, ""
        self._today: Callable[[], dt.date] | None = None
        self._last: dt.date | None = None
        self._loaded: tuple[str, dt.date | None] = ("", None)  # the text set_date put there
        self.popup: CalendarPopup | None = None
        self._forwarding = False
        self.edit = QLineEdit(self)
        self.edit.setObjectName("dateText")
        self.edit.setPlaceholderText(dates.FORMAT)
        self.edit.setMaxLength(40)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00/00/0000") + 24)
        self.button = QToolButton(self)
        self.button.setObjectName("calendarButton")
        self.button.setIcon(calendar_icon(self.palette().color(QPalette.ColorRole.ButtonText)))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down opens it from the text
        self.button.setToolTip("Choose from a calendar (Alt+Down)")
        self.note = QLabel(self)
        self.note.setObjectName("dateNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        # Room for a usual reason on one line, so that a narrow dialog does not break it up.
        self.note.setMinimumWidth(self.note.fontMetrics().horizontalAdvance(
            "give the year in full (dd/mm/yyyy)") + 8)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addWidget(self.note, 1)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self.edit.installEventFilter(self)
        self.button.clicked.connect(self.open_calendar)
        self._name()

    def setup(self, label: str, rule: dates.Rule, today: Callable[[], dt.date], *,
              optional: bool = False, empty: str = "") -> None:
        """What the field holds (its name in reasons), its range, the board's clock, and
        whether it may be left empty (`empty` then says what that means)."""
        self.label, self.rule, self._today = label, rule, today
        self.optional, self.empty_words = optional, empty
        self._name()
        self._typed(self.edit.text())

    def _name(self) -> None:
        spoken = self.label[:1].upper() + self.label[1:]
        self.edit.setAccessibleName(spoken)
        self.button.setAccessibleName(f"Choose the {self.label} from a calendar")

    def today(self) -> dt.date:
        if self._today is None:
            raise RuntimeError("DateField.setup was not called")  # a programming slip
        return self._today()

    # -- what is typed ---------------------------------------------------------------

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def set_date(self, value: dt.date | None) -> None:
        """Show a date held already; it is taken back as it is while its text is unchanged,
        even if it has drifted out of today's range (an old record stays editable)."""
        self._loaded = (dates.typed(value), value)
        self.edit.setText(self._loaded[0])

    def clear(self) -> None:
        self.edit.clear()

    def date(self) -> dt.date | None:
        """The date typed, None when the field is empty or holds no date it may take."""
        try:
            return self._read()
        except dates.DateRefused:
            return None

    def problem(self) -> str | None:
        """Why what is typed cannot be taken (the short reason), None when it can."""
        try:
            self._read()
        except dates.DateRefused as refused:
            return refused.reason
        return None

    def value(self) -> dt.date | None:
        """The date for a form to save; refused (a DateRefused, shown beside the field,
        which takes the focus) when the text is not one it may take."""
        try:
            return self._read()
        except dates.DateRefused as refused:
            self.show_refusal(refused.reason)
            self.edit.setFocus()
            raise

    def _read(self) -> dt.date | None:
        found = dates.parse(self.edit.text(), self.label, required=not self.optional)
        return self._checked(found)

    def _checked(self, found: dt.date | None) -> dt.date | None:
        if self._today is None or (self.edit.text(), found) == self._loaded:
            return found
        return self.rule.check(found, self.label, self.today())

    # -- beside the field --------------------------------------------------------------

    def refused(self) -> bool:
        """Whether a reason is shown beside the field for what it holds now."""
        return bool(self.property("refused"))

    def show_refusal(self, reason: str) -> None:
        """Say beside the field why it was refused (its own reading, or a service's)."""
        self._note(reason, refused=True)

    def _note(self, text: str, *, refused: bool) -> None:
        palette = self.note.palette()
        # Red is a second signal only (the words carry the meaning); both read on
        # the window's own colour, light or dark.
        colour = look.warning(self.palette()) if refused else look.dimmed(
            self.palette(), QPalette.ColorRole.WindowText, (QPalette.ColorRole.Window,))
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.note.setPalette(palette)
        self.note.setText(text)
        self.edit.setAccessibleDescription(text)
        self.setProperty("refused", refused)

    def _typed(self, text: str) -> None:
        self.textChanged.emit(text)
        try:
            found = dates.parse(text, self.label, required=not self.optional)
        except dates.DateRefused:
            self._note("", refused=False)  # still being typed: its reason waits for the end
            return
        try:
            self._checked(found)
        except dates.DateRefused as refused:
            self._note(refused.reason, refused=True)  # a whole date, out of range: say so now
            return
        self._note(dates.day(found) if found else self.empty_words, refused=False)
        if found != self._last:
            self._last = found
            self.dateChanged.emit(found)

    def _finished(self) -> None:
        reason = self.problem()
        if reason:
            self.show_refusal(reason)
        self.editingFinished.emit()

    # -- keys and the calendar -------------------------------------------------------------

    def event(self, event) -> bool:
        # Keys sent to the field itself are the text's. A key the text leaves unused has
        # then gone up through here to the dialog already: it must not go up twice.
        if (event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
                and not self._forwarding):
            self._forwarding = True
            try:
                QApplication.sendEvent(self.edit, event)
            finally:
                self._forwarding = False
            event.accept()
            return True
        return super().event(event)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and (
                event.key() == Qt.Key.Key_F4 or (
                    event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier)):
            self.open_calendar()
            return True
        return super().eventFilter(watched, event)

    def open_calendar(self) -> None:
        today = self.today() if self._today else None
        self.popup = CalendarPopup(self, self.date() or today, self.rule, today)
        self.popup.chosen.connect(self._chosen)
        self.popup.show_below(self)

    def _chosen(self, value: dt.date) -> None:
        self.set_date(value)
        self.edit.setFocus()
        self.editingFinished.emit()


class CalendarPopup(QFrame):
    """A month calendar under the field: a click, or Enter, takes the day; Escape leaves."""

    chosen = Signal(object)

    def __init__(self, field: DateField, shown: dt.date | None, rule: dates.Rule,
                 today: dt.date | None):
        super().__init__(field, Qt.WindowType.Popup)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("calendar")
        self.calendar.setAccessibleName(f"Calendar: {field.label}")
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        if today is not None:
            first, last = rule.bounds(today)
            self.calendar.setDateRange(_qdate(first), _qdate(last))
            shown = min(max(shown or today, first), last)
        if shown is not None:
            self.calendar.setSelectedDate(_qdate(shown))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._take)
        self.calendar.activated.connect(self._take)

    def show_below(self, field: DateField) -> None:
        self.adjustSize()
        where = field.edit.mapToGlobal(QPoint(0, field.edit.height()))
        screen = field.screen().availableGeometry()
        if where.y() + self.height() > screen.bottom():  # no room below: open above
            where.setY(field.edit.mapToGlobal(QPoint(0, 0)).y() - self.height())
        where.setX(max(screen.left(), min(where.x(), screen.right() - self.width())))
        self.move(where)
        self.show()
        self.calendar.setFocus()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def _take(self, picked: QDate) -> None:
        self.chosen.emit(picked.toPython())
        self.close()


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def calendar_icon(colour: QColor, size: int = 16) -> QIcon:
    """A small page of a calendar, drawn in the text's colour so it shows on any theme."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(colour)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(1, 2, size - 3, size - 4)
    painter.fillRect(1, 2, size - 2, 4, colour)
    for row in range(2):
        for column in range(3):
            painter.fillRect(4 + column * 3, 8 + row * 3, 2, 2, colour)
    painter.end()
    return QIcon(pixmap)
