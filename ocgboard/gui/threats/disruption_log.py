"""The board's disruptions of the last six months, as the dashboard opens them: all of
them, or those a figure counted (its ids, with the words saying which)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QHeaderView

from ocgboard.core import dates, disruptions, stats, vocab
from ocgboard.gui.context import Context
from ocgboard.gui.forms.ui_disruption_log import Ui_DisruptionLogDialog
from ocgboard.gui.table import KEY_ROLE, SORT_ROLE
from ocgboard.gui.threats.models import DisruptionLogModel

ALL = "All levels"


class DisruptionLogDialog(QDialog):
    def __init__(self, context: Context, parent=None, level: str | None = None,
                 ids=None, scope: str = ""):
        super().__init__(parent)
        self.context = context
        self.ids = frozenset(ids) if ids is not None else None
        self.scope = scope
        self.ui = Ui_DisruptionLogDialog()
        self.ui.setupUi(self)
        self.model = DisruptionLogModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.ui.table.setModel(self.proxy)
        self.ui.table.sortByColumn(DisruptionLogModel.Columns.DATE, Qt.SortOrder.DescendingOrder)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(DisruptionLogModel.Columns.JUSTIFICATION,
                                    QHeaderView.ResizeMode.Stretch)
        self.ui.level.addItems([ALL, *(v.capitalize() for v in
                                       vocab.values("disruption_levels"))])
        if level:
            self.ui.level.setCurrentText(level.capitalize())
        self.ui.level.currentTextChanged.connect(self.load)
        self.ui.table.activated.connect(self._open_threat)
        self.ui.buttons.rejected.connect(self.reject)
        self.load()

    def load(self) -> None:
        end = self.context.backend.today()
        start = stats.six_months_to(end)
        level = self.ui.level.currentText()
        rows = self.context.backend.read(disruptions.log, start=start, end=end,
                                         level=None if level == ALL else level)
        if self.ids is not None:
            rows = [row for row in rows if row.id in self.ids]
        self.model.set_rows(rows)
        self.ui.table.resizeColumnsToContents()
        only = f", only {self.scope}" if self.ids is not None and self.scope else ""
        self.ui.summary.setText(f"{len(rows):,} since {dates.day(start)}{only}")
        self.setWindowTitle(f"Disruptions — {level.lower()}")

    def _open_threat(self, index) -> None:
        self.context.open_record("threat", index.data(KEY_ROLE))
        self.accept()
