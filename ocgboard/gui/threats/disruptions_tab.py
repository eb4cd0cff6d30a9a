"""The disruptions tab: the threat's disruption log, and recording a new disruption."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ocgboard.core import dates, vocab
from ocgboard.core.rows import common as common_rows
from ocgboard.core.rows import disruptions as disruption_rows
from ocgboard.core.rows import register as rows
from ocgboard.gui import undo, withheld
from ocgboard.gui.discard import KeepsEdits
from ocgboard.gui.forms.ui_disruption_dialog import Ui_DisruptionDialog
from ocgboard.gui.table import SORT_ROLE
from ocgboard.gui.threats import undo as undo_register
from ocgboard.gui.threats.models import DisruptionsModel
from ocgboard.gui.threats.tables import fit_columns


class DisruptionDialog(KeepsEdits, QDialog):
    """Date, agency, strand, level, an optional linked action, and the justification."""

    def __init__(self, context, tid: str, reference: str, parent=None):
        super().__init__(parent)
        self.context, self.tid, self.reference = context, tid, reference
        self.ui = Ui_DisruptionDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"Record disruption of {reference}")
        self._fill()
        withheld.watch(context.backend, self.ui.withheldHint, self.ui.justification)
        self.ui.boardOnly.setChecked(context.backend.read(
            common_rows.board_only_default, "threat", tid))
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Record")
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.keep_edits()

    def _fill(self) -> None:
        ui, backend = self.ui, self.context.backend
        ui.date.setup("disruption date", dates.EVENT, backend.today)
        ui.date.set_date(backend.today())
        for name in backend.read(rows.agency_names):
            ui.agency.addItem(name, name)
        for name, values in (("strand", "strands"), ("level", "disruption_levels")):
            for value in vocab.values(values):
                getattr(ui, name).addItem(value, value)
        ui.action.addItem("(none)", None)
        for aid, label in backend.read(disruption_rows.threat_actions, self.tid):
            ui.action.addItem(label, aid)
        ui.level.setCurrentIndex(max(0, ui.level.findData("minor")))

    def fields(self) -> dict:
        """The form; a date that cannot be taken refuses (dates.DateRefused)."""
        ui = self.ui
        return {"on": ui.date.value(), "agency": ui.agency.currentData() or "",
                "strand": ui.strand.currentData(), "level": ui.level.currentData(),
                "action_id": ui.action.currentData(),
                "justification": ui.justification.toPlainText(),
                "board_only": ui.boardOnly.isChecked()}

    def accept(self) -> None:
        try:
            fields = self.fields()
        except dates.DateRefused as refused:
            self.ui.message.setText(f"Not recorded: {refused.message}")
            return
        command = undo_register.RecordDisruption(self.context, self.tid, self.reference,
                                                 fields)
        message = undo.push(self.context, command)
        if message:
            self.ui.message.setText(f"Not recorded: {message}")
            return
        super().accept()


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

    def load(self, tid: str, reference: str) -> None:
        self.tid, self.reference = tid, reference
        found = self.context.backend.read(disruption_rows.disruption_rows, tid)
        self.model.set_rows(found)
        fit_columns(self.ui.disruptions, widest=200)
        count = len(found)
        self.ui.disruptionCount.setText(f"{count} disruption{'s' if count != 1 else ''}")

    def record(self) -> None:
        if self.tid is None:
            return
        dialog = DisruptionDialog(self.context, self.tid, self.reference, self.host)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()
