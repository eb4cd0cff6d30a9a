"""Open conflicts, both values side by side, and the chair's choice.

A conflict is two edits of one field that did not see each other. Both are
kept until the chair keeps one (or types another); the choice is a new
record that travels to every replica like any edit, so it is not undone
from here: a second choice is made the same way.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSortFilterProxyModel, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from ocgboard.core import plural
from ocgboard.errors import BoardError
from ocgboard.gui.context import Context
from ocgboard.gui.exchange.models import ConflictRow, ConflictsModel, conflict_rows
from ocgboard.gui.forms.ui_conflicts_view import Ui_ConflictsView
from ocgboard.gui.table import ROW_ROLE, SORT_ROLE
from ocgboard.gui.widgets import refused, select_key_or_first
from ocgboard.sync import conflicts

NONE_MINE = "This laptop holds no value of its own for this field."


def _resolve(session, number: int, keep: str | None, value: str | None) -> object:
    return conflicts.resolve(session, conflicts.get(session, number), keep=keep, value=value)


class ConflictsView(QWidget):
    counted = Signal(int)  # how many conflicts are open, for the tab's title

    def __init__(self, context: Context, parent=None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ConflictsView()
        self.ui.setupUi(self)
        self.model = ConflictsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.ui.table.setModel(self.proxy)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((ConflictsModel.Columns.RECORD, 340),
                              (ConflictsModel.Columns.FIELD, 130),
                              (ConflictsModel.Columns.MINE, 160),
                              (ConflictsModel.Columns.THEIRS, 160)):
            self.ui.table.setColumnWidth(column, width)
        self.ui.table.selectionModel().currentRowChanged.connect(lambda *_: self._show())
        self._emphasise_values()
        ui = self.ui
        ui.keepMine.clicked.connect(lambda: self._choose(keep="mine"))
        ui.keepTheirs.clicked.connect(lambda: self._choose(keep="theirs"))
        ui.useOther.clicked.connect(self._use_other)
        ui.otherValue.returnPressed.connect(self._use_other)
        context.settings.restore_header("conflicts", header)
        context.settings.restore_splitter("conflicts", ui.splitter)

    def _emphasise_values(self) -> None:
        for label in (self.ui.mineValue, self.ui.theirsValue):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.3)
            font.setBold(True)
            label.setFont(font)

    # -- reading ----------------------------------------------------------------

    def refresh(self) -> None:
        current = self.current()
        rows = self.context.backend.read(conflict_rows)
        self.model.set_rows(rows)
        self.ui.summary.setText(
            "No open conflicts: every field agrees with what the other laptops sent."
            if not rows else
            f"{plural.count(len(rows), 'field')} {'was' if len(rows) == 1 else 'were'} "
            "changed on two laptops that had not seen each "
            "other's edit. Both values are kept until you choose one.")
        self._select(current.id if current else None)
        self.counted.emit(len(rows))

    def _select(self, number: int | None) -> None:
        select_key_or_first(self.ui.table, self.proxy, self.model, number)
        self._show()

    def current(self) -> ConflictRow | None:
        index = self.ui.table.selectionModel().currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _show(self) -> None:
        ui, row = self.ui, self.current()
        for widget in (ui.keepMine, ui.keepTheirs, ui.useOther, ui.otherValue):
            widget.setEnabled(row is not None)
        if row is None:
            ui.recordLabel.setText("No conflict chosen.")
            for label in (ui.mineValue, ui.theirsValue):
                label.setText("—")
            ui.mineWho.clear()
            ui.theirsWho.clear()
            return
        ui.recordLabel.setText(f"<b>{escape(row.record)}</b> — field <b>{escape(row.field)}</b>")
        mine, theirs = row.mine, row.theirs
        ui.mineValue.setText(mine.value if mine else "—")
        ui.mineWho.setText(f"Set by {mine.who}" if mine else NONE_MINE)
        ui.keepMine.setEnabled(mine is not None)
        ui.theirsValue.setText("\n".join(s.value for s in theirs) or "—")
        ui.theirsWho.setText("\n".join(f"Set by {s.who}" for s in theirs))
        ui.keepTheirs.setEnabled(len(theirs) == 1)
        ui.theirsBox.setTitle("Theirs: " + (theirs[0].device if len(theirs) == 1 else
                                            f"{len(theirs)} other laptops' values"))

    # -- choosing -----------------------------------------------------------------

    def _use_other(self) -> None:
        self._choose(value=self.ui.otherValue.text())

    def _choose(self, *, keep: str | None = None, value: str | None = None) -> None:
        row = self.current()
        if row is None:
            return
        try:
            kept = self.context.backend.write(_resolve, row.id, keep, value)
        except BoardError as exc:
            refused(self, "Resolve the conflict", exc.message)
            return
        self.ui.otherValue.clear()
        self.context.status(f"{row.record}: {row.field} is now {kept!r} on this laptop; "
                            "the choice goes to the others with your next export")

    def save_state(self) -> None:
        self.context.settings.save_header("conflicts", self.ui.table.horizontalHeader())
        self.context.settings.save_splitter("conflicts", self.ui.splitter)

