"""What was done to the board, a line an operation: the History page shows it for
the whole board, a threat's History tab for that threat.

Lines come a page at a time (core/history_lines.py), the next when the list is
scrolled to its end or Show older is pressed; a filter starts again from the
newest. Choosing a line shows the field records it is made of, read then.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHeaderView, QWidget

from ocgboard.core import plural
from ocgboard.core.history_lines import Cursor, Line
from ocgboard.core.rows import history as history_rows
from ocgboard.errors import BoardError
from ocgboard.gui.forms.ui_history_view import Ui_HistoryView
from ocgboard.gui.history.models import FieldsModel, LinesModel
from ocgboard.gui.table import ROW_ROLE
from ocgboard.gui.threats.tables import compact, fit_columns
from ocgboard.printable import escaped

ANYONE, EVERY_KIND, EVERY_THREAT = "Anyone", "Every kind", "Every threat"
PAGE = 500
TYPING_PAUSE_MS = 300  # the words filter waits for the typing to stop


class HistoryView(QWidget):
    def __init__(self, context, parent: QWidget | None = None, *, one_threat: bool = False):
        super().__init__(parent)
        self.context = context
        self.ui = ui = Ui_HistoryView()
        ui.setupUi(self)
        self.one_threat = one_threat
        self.tid: str | None = None
        self.cursor: Cursor | None = None
        self.filters = history_rows.Filters()
        self.model = LinesModel(self)
        ui.lines.setModel(self.model)
        self.fields = FieldsModel(self)
        ui.fields.setModel(self.fields)
        ui.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        compact(ui.fields)
        for widget in (ui.threatLabel, ui.threat):
            widget.setVisible(not one_threat)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 1)
        # The lines are what is read; the records behind one are looked at now and then.
        ui.splitter.setSizes([3000, 1000])
        self.typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.typing.timeout.connect(self.reload)
        self._connect()

    def _connect(self) -> None:
        ui = self.ui
        for box in (ui.author, ui.kind, ui.threat):
            box.activated.connect(self.reload)
        for field in (ui.since, ui.until):
            field.editingFinished.connect(self._dates_changed)
        ui.words.textChanged.connect(lambda _text: self.typing.start())
        ui.older.clicked.connect(self.load_more)
        ui.lines.verticalScrollBar().valueChanged.connect(self._scrolled)
        ui.lines.selectionModel().currentChanged.connect(lambda now, _was: self._chosen(now))

    # -- what the filters offer --------------------------------------------------

    def fill_choices(self) -> None:
        """Who made changes, the kinds of change and (on the page) the threats."""
        offered = self.context.backend.read(history_rows.choices, not self.one_threat)
        _fill(self.ui.author, ANYONE, [(a, escaped(a)) for a in offered.authors])
        _fill(self.ui.kind, EVERY_KIND, list(offered.kinds))
        if not self.one_threat:
            _fill(self.ui.threat, EVERY_THREAT, [(t, escaped(label)) for t, label in
                                                 offered.threats])

    def show_threat(self, tid: str) -> None:
        """The history of this threat only (the threat editor's tab)."""
        self.tid = tid
        self.fill_choices()
        self.reload()

    # -- loading ----------------------------------------------------------------

    def _current(self) -> history_rows.Filters:
        ui = self.ui
        return history_rows.Filters(
            threat=self.tid if self.one_threat else ui.threat.currentData(),
            author=ui.author.currentData() or "", kind=ui.kind.currentData() or "",
            text=ui.words.text(), since=ui.since.text(), until=ui.until.text())

    def _dates_changed(self) -> None:
        if self._current() != self.filters:
            self.reload()

    def reload(self) -> None:
        """The newest lines the filters pick."""
        self.typing.stop()
        self.filters, self.cursor = self._current(), None
        self.model.clear_lines()
        self.fields.set_rows([])
        self.ui.chosen.setText("Choose a line to see the records it is made of.")
        self._read()

    def load_more(self) -> None:
        """The next page back in time, if there is one."""
        if self.cursor is not None:
            self._read()

    def _scrolled(self, value: int) -> None:
        """Scrolled to the end of what is read: read on."""
        if value and value == self.ui.lines.verticalScrollBar().maximum():
            self.load_more()

    def _read(self) -> None:
        try:
            page = self.context.backend.read(history_rows.lines, self.filters, self.cursor,
                                             PAGE)
        except BoardError as exc:
            self.ui.message.setText(escaped(exc.message))
            self.model.has_more = False
            self._counted()
            return
        self.ui.message.setText("")
        self.cursor = page.cursor
        self.model.has_more = page.cursor is not None
        for heading in self.model.add_lines(page.lines):
            self.ui.lines.expand(heading.index())
        self._counted()

    def _counted(self) -> None:
        count, more = self.model.count, self.model.has_more
        if not count:
            self.ui.count.setText("None found so far: Show older looks further back" if more
                                  else "Nothing was done that these filters pick")
        else:
            self.ui.count.setText(f"{plural.count(count, 'line')}, newest first"
                                  + (": scroll down or Show older for more" if more else ""))
        self.ui.older.setEnabled(self.model.has_more)

    # -- a line's records -------------------------------------------------------

    def _chosen(self, index) -> None:
        line = index.data(ROW_ROLE) if index.isValid() else None
        if not isinstance(line, Line):
            return
        where = f" · on {line.laptop}" if line.laptop else ""
        self.ui.chosen.setText(escaped(f"{line.sentence}{where}"))
        self.fields.set_rows(self.context.backend.read(history_rows.field_records, line))
        fit_columns(self.ui.fields)

    def line_at(self, index) -> Line | None:
        found = index.data(ROW_ROLE)
        return found if isinstance(found, Line) else None


def _fill(box, anything: str, choices: list[tuple[str, str]]) -> None:
    """(value, label) choices after 'any', keeping what was chosen where it still is."""
    kept = box.currentData()
    box.clear()
    box.addItem(anything, None)
    for value, label in choices:
        box.addItem(label, value)
    found = box.findData(kept) if kept is not None else -1
    box.setCurrentIndex(max(found, 0))
