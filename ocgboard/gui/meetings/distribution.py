"""The Distribution tab: the numbered copies of the pack, and whether each came back."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from ocgboard.core import distribution
from ocgboard.core.rows import attendance as attendance_rows
from ocgboard.core.rows import meetings as meeting_rows
from ocgboard.errors import BoardError
from ocgboard.gui.context import Context
from ocgboard.gui.meetings.models import DistributionModel, KeyFilterProxy, state
from ocgboard.gui.meetings.views import tidy
from ocgboard.gui.widgets import refused


def _close(session, meeting_id: str, copy_number: int, how: str) -> None:
    distribution.close(session, meeting_rows.meeting(session, meeting_id), copy_number, how)


class DistributionTab(QObject):
    def __init__(self, page, context: Context):
        super().__init__(page)
        self.page, self.context, self.ui = page, context, page.ui
        self.meeting_id: str | None = None
        self.model = DistributionModel(self)
        self.proxy = KeyFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        view = self.ui.distributionView
        view.setModel(self.proxy)
        view.sortByColumn(DistributionModel.Columns.COPY, Qt.SortOrder.AscendingOrder)
        c = DistributionModel.Columns
        tidy(view, {c.COPY: 60, c.VERSION: 70, c.PERSON: 220, c.VARIANT: 200, c.ISSUED: 130,
                    c.STATE: 110, c.RETURNED: 130})
        view.selectionModel().selectionChanged.connect(self._enable)
        self.ui.returnedButton.clicked.connect(lambda: self.close_copy("returned"))
        self.ui.destroyedButton.clicked.connect(lambda: self.close_copy("destroyed"))
        self._enable()

    def show_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        rows = self.context.backend.read(attendance_rows.copies, meeting_id) if meeting_id else []
        self.model.set_rows(rows)
        out = sum(1 for r in rows if state(r) == "Still out")
        self.ui.outstanding.setText(f"{len(rows)} issued · {out} still out" if rows
                                    else "No numbered copies issued yet")
        self._enable()

    def selected(self):
        index = self.ui.distributionView.currentIndex()
        return self.model.row_at(self.proxy.mapToSource(index)) if index.isValid() else None

    def _enable(self, *_args) -> None:
        row = self.selected()
        still_out = row is not None and state(row) == "Still out"
        self.ui.returnedButton.setEnabled(still_out)
        self.ui.destroyedButton.setEnabled(still_out)

    def close_copy(self, how: str) -> None:
        """Recorded as at today: a register entry, not an edit to undo."""
        row = self.selected()
        if row is None:
            return
        try:
            self.context.backend.write(_close, self.meeting_id, row.copy_number, how)
        except BoardError as exc:
            refused(self.page, "Distribution register", exc.message)
            return
        self.context.status(f"Copy {row.copy_number} ({row.person}) recorded as {how}")
