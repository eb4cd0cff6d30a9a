"""The disruptions tab: the threat's disruption log; recording a disruption, putting one
right (Edit…, Enter) and taking one out (Delete…, after asking), each undoable."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QWidget

from ocgboard.core import dates, plural
from ocgboard.core.rows import disruptions as disruption_rows
from ocgboard.gui import ask, undo
from ocgboard.gui.table import SORT_ROLE
from ocgboard.gui.threats import undo as undo_register
from ocgboard.gui.threats.disruption_dialog import DisruptionDialog
from ocgboard.gui.threats.models import DisruptionsModel
from ocgboard.gui.threats.tables import fit_columns
from ocgboard.gui.widgets import refused


class DisruptionsTab(QObject):
    def __init__(self, context, ui, parent: QWidget):
        super().__init__(parent)
        self.context, self.ui, self.host = context, ui, parent
        self.tid: str | None = None
        self.reference = ""
        self.dialog: DisruptionDialog | None = None
        self.model = DisruptionsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        ui.disruptions.setModel(self.proxy)
        ui.disruptions.sortByColumn(DisruptionsModel.Columns.DATE, Qt.SortOrder.DescendingOrder)
        ui.recordDisruption.clicked.connect(self.record)
        ui.editDisruption.clicked.connect(self.edit)
        ui.deleteDisruption.clicked.connect(self.delete)
        ui.disruptions.activated.connect(lambda _index: self.edit())
        ui.disruptions.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self._enable()

    def load(self, tid: str, reference: str) -> None:
        self.tid, self.reference = tid, reference
        found = self.context.backend.read(disruption_rows.disruption_rows, tid)
        self.model.set_rows(found)
        fit_columns(self.ui.disruptions, widest=200)
        count = len(found)
        self.ui.disruptionCount.setText(plural.count(count, "disruption"))
        self._enable()

    def current(self) -> disruption_rows.DisruptionRow | None:
        index = self.ui.disruptions.currentIndex()
        return self.model.row_at(self.proxy.mapToSource(index)) if index.isValid() else None

    def _enable(self) -> None:
        chosen = self.current() is not None
        self.ui.editDisruption.setEnabled(chosen)
        self.ui.deleteDisruption.setEnabled(chosen)

    def record(self) -> None:
        if self.tid is not None:
            self._open(None)

    def edit(self) -> None:
        if self.tid is not None and (chosen := self.current()) is not None:
            self._open(chosen.id)

    def delete(self) -> None:
        chosen = self.current()
        if self.tid is None or chosen is None:
            return
        said = f"{dates.day(dates.parse(chosen.dated_on))} ({chosen.level}, {chosen.agency})"
        if not ask.before(
                self.host, "Delete disruption",
                f"Delete the disruption of {said} from {self.reference}'s log? It leaves "
                "the log, the figures and the packs; Edit > Undo brings it back.",
                "&Delete"):
            return
        message = undo.push(self.context, undo_register.RemoveDisruption(
            self.context, chosen.id, self.reference, said))
        if message:
            refused(self.host, "Not deleted", message)

    def _open(self, did: str | None) -> None:
        dialog = DisruptionDialog(self.context, self.tid, self.reference, self.host, did=did)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()
