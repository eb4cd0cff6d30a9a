"""The Strategy page: the board's strategic action plan and its status trail."""

from __future__ import annotations

from collections import Counter
from html import escape

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QHeaderView

from ocgboard.core import dates, vocab
from ocgboard.core.rows import battles as battle_rows
from ocgboard.core.rows import strategy as strategy_rows
from ocgboard.gui.discard import KeepsEdits
from ocgboard.gui.forms.ui_strategy_dialog import Ui_StrategyDialog
from ocgboard.gui.forms.ui_strategy_page import Ui_StrategyPage
from ocgboard.gui.forms.ui_strategy_progress_dialog import Ui_StrategyProgressDialog
from ocgboard.gui.page import Page
from ocgboard.gui.strategy.models import StrategyModel, TrailModel
from ocgboard.gui.strategy.undo import AddItem, RecordProgress
from ocgboard.gui.table import ROW_ROLE, SORT_ROLE
from ocgboard.gui.undo import push
from ocgboard.gui.widgets import select_key_or_first

WIDTHS = {StrategyModel.Columns.NUMBER: 44, StrategyModel.Columns.ACTION: 380,
          StrategyModel.Columns.LEAD: 170, StrategyModel.Columns.TARGET: 170,
          StrategyModel.Columns.STATUS: 180}


class StrategyPage(Page):
    title = "Strategy"
    name = "strategy"
    watches = ("strategy_item", "strategy_update")

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.dialog: QDialog | None = None
        self.ui = Ui_StrategyPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = StrategyModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        ui.items.setModel(self.proxy)
        ui.items.verticalHeader().hide()
        self.trail = TrailModel(self)
        ui.trail.setModel(self.trail)
        ui.trail.verticalHeader().hide()
        for view in (ui.items, ui.trail):
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            view.horizontalHeader().setStretchLastSection(True)
        for column, width in WIDTHS.items():
            ui.items.setColumnWidth(column, width)
        ui.trail.setColumnWidth(TrailModel.Columns.DATE, 100)
        ui.trail.setColumnWidth(TrailModel.Columns.STATUS, 130)
        ui.trail.horizontalHeader().setStretchLastSection(False)
        ui.trail.horizontalHeader().setSectionResizeMode(TrailModel.Columns.COMMENT,
                                                         QHeaderView.ResizeMode.Stretch)
        ui.splitter.setSizes([420, 260])
        ui.items.sortByColumn(StrategyModel.Columns.NUMBER, Qt.SortOrder.AscendingOrder)
        ui.items.selectionModel().currentRowChanged.connect(lambda *_: self._show())
        ui.items.activated.connect(lambda _index: self.record_progress())
        ui.addItem.clicked.connect(self.add_item)
        ui.recordProgress.clicked.connect(self.record_progress)
        settings = context.settings
        settings.restore_header("strategy", ui.items.horizontalHeader())
        settings.restore_header("strategy_trail", ui.trail.horizontalHeader())
        settings.restore_splitter("strategy", ui.splitter)
        self._show()

    # -- reading ---------------------------------------------------------------------

    def reload(self, _changes) -> None:
        self.load()

    def load(self, item_id: str | None = None) -> None:
        self.watch.loaded()
        current = self.current()
        rows = self.context.backend.read(strategy_rows.item_rows)
        self.model.set_rows(rows)
        self.ui.items.resizeRowsToContents()
        counts = Counter(row.status for row in rows)
        self.ui.counts.setText("   " + " · ".join(
            f"{counts.get(status, 0)} {status}" for status in vocab.values("strategy_statuses")))
        key = item_id or (current.id if current else None)
        select_key_or_first(self.ui.items, self.proxy, self.model, key or None)
        self._show()

    def current(self):
        index = self.ui.items.selectionModel().currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _show(self) -> None:
        ui, item = self.ui, self.current()
        ui.recordProgress.setEnabled(item is not None)
        if item is None:
            ui.itemAction.setText("Choose an item to see its deliverables and status trail.")
            ui.deliverables.clear()
            self.trail.set_rows([])
            return
        serves = (f"<br>Serves the must-win battle {escape(item.battle)}" if item.battle
                  else "")
        ui.itemAction.setText(f"<b>{item.number}.</b> {escape(item.action)}{serves}")
        ui.deliverables.setPlainText(item.deliverables or "No deliverables recorded.")
        ui.trailBox.setTitle(f"Status trail of item {item.number}: now {item.status}")
        self.trail.set_rows(self.context.backend.read(strategy_rows.trail_rows, item.number))
        ui.trail.resizeRowsToContents()

    # -- editing ----------------------------------------------------------------------

    def new_record(self) -> bool:
        self.add_item()
        return True

    def add_item(self) -> None:
        self.dialog = StrategyDialog(self)
        self.dialog.open()

    def record_progress(self) -> None:
        item = self.current()
        if item is not None:
            self.dialog = ProgressDialog(self, item)
            self.dialog.open()

    def saved(self, item_id: str | None, message: str) -> None:
        self.load(item_id)
        self.context.status(f"{message} (Ctrl+Z undoes)")

    def save_state(self) -> None:
        settings, ui = self.context.settings, self.ui
        settings.save_header("strategy", ui.items.horizontalHeader())
        settings.save_header("strategy_trail", ui.trail.horizontalHeader())
        settings.save_splitter("strategy", ui.splitter)


class StrategyDialog(KeepsEdits, QDialog):
    def __init__(self, page: StrategyPage):
        super().__init__(page)
        self.page = page
        self.ui = Ui_StrategyDialog()
        self.ui.setupUi(self)
        self.ui.targetOn.setup("target date", dates.PLANNED, page.context.backend.today,
                               optional=True, empty="no target date")
        self.ui.battle.addItem("(none)", "")
        for key, label in page.context.backend.read(battle_rows.choices):
            self.ui.battle.addItem(label, key)
            self.ui.battle.setItemData(self.ui.battle.count() - 1, label,
                                       Qt.ItemDataRole.ToolTipRole)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.keep_edits()

    def fields(self) -> dict:
        """The form; a target date that cannot be taken refuses (dates.DateRefused)."""
        ui = self.ui
        return {"action": ui.action.toPlainText(), "lead_partners": ui.leadPartners.text(),
                "target": ui.target.text(), "deliverables": ui.deliverables.toPlainText(),
                "target_on": ui.targetOn.value(), "battle": ui.battle.currentData() or ""}

    def accept(self) -> None:
        try:
            fields = self.fields()
        except dates.DateRefused as refused:
            self.ui.message.setText(refused.message)
            return
        command = AddItem(self.page.context, fields)
        refusal = push(self.page.context, command)
        if refusal:
            self.ui.message.setText(refusal)
            return
        super().accept()
        self.page.saved(command.row_id, "Strategy item added")


class ProgressDialog(KeepsEdits, QDialog):
    def __init__(self, page: StrategyPage, item):
        super().__init__(page)
        self.page, self.item = page, item
        self.ui = Ui_StrategyProgressDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.item.setText(f"<b>{item.number}.</b> {escape(item.action)}<br>Now: {item.status}")
        self.setWindowTitle(f"Record progress on strategy item {item.number}")
        for status in vocab.values("strategy_statuses"):
            ui.status.addItem(status, status)
        ui.status.setCurrentIndex(max(0, ui.status.findData(item.status)))
        ui.date.setup("update date", dates.EVENT, page.context.backend.today)
        ui.date.set_date(page.context.backend.today())
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self.keep_edits()

    def accept(self) -> None:
        ui = self.ui
        status = ui.status.currentData()
        try:
            dated = ui.date.value()
        except dates.DateRefused as refused:
            ui.message.setText(refused.message)
            return
        command = RecordProgress(self.page.context, self.item.number,
                                 None if status == self.item.status else status,
                                 ui.comment.toPlainText(), dated)
        refusal = push(self.page.context, command)
        if refusal:
            ui.message.setText(refusal)
            return
        super().accept()
        self.page.saved(self.item.id, f"Item {self.item.number} is {command.done.status}")

