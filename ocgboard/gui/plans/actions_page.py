"""The Actions page: every live action across threats — the chair's chase list.

All actions are read once (one joined query) and filtered in memory by
agency, strand, status, due date, overdue and open. After an edit of actions
or their trails (here, in a plan, by undo) only the actions it touched are read
again; a change to a threat, an agency or a person reads the list in full.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHeaderView

from ocgboard.core import dates, plural, vocab
from ocgboard.core.rows import chase as chase_rows
from ocgboard.core.rows import plans as plan_rows
from ocgboard.core.rows import tactics as tactic_rows
from ocgboard.errors import BoardError
from ocgboard.gui.flow import wrap
from ocgboard.gui.forms.ui_actions_page import Ui_ActionsPage
from ocgboard.gui.page import Page
from ocgboard.gui.plans.action_details import ActionDetails
from ocgboard.gui.plans.action_dialog import ActionDialog
from ocgboard.gui.plans.models import ActionsModel
from ocgboard.gui.plans.status_dialog import StatusDialog
from ocgboard.gui.widgets import refused, select_key

WIDTHS = (110, 150, 70, 300, 80, 140, 90, 100, 170)
DETAILS_DELAY_MS = 80  # arrowing down the list reads the details once it stops


class ActionsPage(Page):
    title = "Actions"
    name = "actions"
    watches = ("action", "action_update", "threat", "agency", "person")

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.ui = ui = Ui_ActionsPage()
        ui.setupUi(self)
        wrap(ui.filters)
        self.model = ActionsModel(self)
        self.loaded_on = None
        self.dialog = None
        self.chosen: tuple[frozenset[str], str] | None = None  # ids from a figure, and its words
        ui.actions.setModel(self.model)
        ui.actions.verticalHeader().hide()
        ui.actions.verticalHeader().setDefaultSectionSize(ui.actions.fontMetrics().height() + 8)
        self.details = ActionDetails(ui.smart, ui.trail)
        self.details_timer = QTimer(self, singleShot=True, interval=DETAILS_DELAY_MS)
        self.details_timer.timeout.connect(self._show_details)
        self._fill_filters()
        self._layout()
        self._connect()
        self._enable()

    # -- building --------------------------------------------------------------------

    def _fill_filters(self) -> None:
        ui = self.ui
        ui.agency.addItem("Every agency", None)
        ui.strand.addItem("Every strand", None)
        for strand in vocab.values("strands"):
            ui.strand.addItem(strand, strand)
        ui.status.addItem("Every status", None)
        for status in vocab.values("action_statuses"):
            ui.status.addItem(status, status)
        ui.dueDate.setup("due-by date", dates.ANY, self.context.backend.today, optional=True,
                         empty="any due date")

    def _layout(self) -> None:
        header = self.ui.actions.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(WIDTHS):
            header.resizeSection(column, width)
        # The Specific text takes what room is left, so RAG stays in view.
        header.setSectionResizeMode(ActionsModel.C.SPECIFIC, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(ActionsModel.C.DUE, Qt.SortOrder.AscendingOrder)
        self.ui.splitter.setSizes([520, 200])
        self.ui.details.setSizes([560, 520])
        settings = self.context.settings
        settings.restore_header("actions/table", header)
        settings.restore_splitter("actions/splitter", self.ui.splitter)
        settings.restore_splitter("actions/details", self.ui.details)

    def _connect(self) -> None:
        ui = self.ui
        for combo in (ui.agency, ui.strand, ui.status):
            combo.currentIndexChanged.connect(self.apply_filters)
        for box in (ui.overdue, ui.openOnly):
            box.toggled.connect(self.apply_filters)
        ui.dueDate.dateChanged.connect(lambda _date: self.apply_filters())
        ui.clearFilters.clicked.connect(self.clear_filters)
        ui.actions.selectionModel().currentRowChanged.connect(self._current_changed)
        ui.actions.activated.connect(lambda _index: self.edit())
        ui.changeStatus.clicked.connect(self.change_status)
        ui.edit.clicked.connect(self.edit)
        ui.openThreat.clicked.connect(self.open_threat)

    # -- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        if self.loaded_on != self.context.backend.today():  # RAG moves on at midnight
            self.watch.invalidate()
        super().refresh()

    def reload(self, changes) -> None:
        if changes is None or changes.touches("threat", "agency", "person"):
            self.load()
            return
        touched = changes.ids("action")
        fresh = self.context.backend.read(chase_rows.action_rows, ids=touched)
        self.model.replace(fresh, touched)
        self._counted()
        if self.current_id() in touched:
            self._show_details()

    def load(self) -> None:
        keep = self.current_id()
        rows = self.context.backend.read(chase_rows.action_rows)
        self._fill_agencies(self.context.backend.read(tactic_rows.agencies))
        self.loaded_on = self.context.backend.today()
        self.watch.loaded()
        self.model.load(rows)
        self._counted()
        if keep:
            self.select(keep)

    def _fill_agencies(self, agencies: list[tactic_rows.AgencyRow]) -> None:
        combo = self.ui.agency
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("Every agency", None)
        for agency in agencies:
            combo.addItem(agency.name, agency.id)
            combo.setItemData(combo.count() - 1, agency.short_name, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)

    # -- filtering ------------------------------------------------------------------------

    def current_filter(self) -> chase_rows.ActionFilter:
        ui = self.ui
        return chase_rows.ActionFilter(
            agency_id=ui.agency.currentData(), strand=ui.strand.currentData(),
            status=ui.status.currentData(),
            due_before=ui.dueDate.date(),
            overdue=ui.overdue.isChecked(), open_only=ui.openOnly.isChecked(),
            ids=self.chosen[0] if self.chosen else None)

    def apply_filters(self) -> None:
        keep = self.current_id()
        self.model.set_filter(self.current_filter())
        self._counted()
        if not (keep and self.select(keep)):
            self.details.show(None)
            self._enable()

    def _set_filters(self, *, agency=None, strand=None, status=None, overdue=False,
                     open_only=False, due_before=None, ids=None, scope="") -> None:
        ui = self.ui
        self.chosen = (frozenset(ids), scope or "chosen actions") if ids is not None else None
        widgets = (ui.agency, ui.strand, ui.status, ui.dueDate, ui.overdue, ui.openOnly)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            ui.agency.setCurrentIndex(_find(ui.agency, agency))
            ui.strand.setCurrentIndex(_find(ui.strand, strand))
            ui.status.setCurrentIndex(_find(ui.status, status))
            ui.dueDate.set_date(due_before)
            ui.overdue.setChecked(bool(overdue))
            ui.openOnly.setChecked(bool(open_only))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.apply_filters()

    def clear_filters(self) -> None:
        self._set_filters()

    def show_filtered(self, **filters) -> bool:
        """The dashboard's drill-downs: status, strand, agency, overdue, open_only; or the
        ids of the actions a figure counted, with the words (`scope`) saying which."""
        wanted = {key: filters.get(key) for key in ("status", "strand", "agency", "overdue",
                                                    "open_only", "due_before", "ids", "scope")}
        self.refresh()
        self._set_filters(**wanted)
        return True

    def _counted(self) -> None:
        shown, total = self.model.rows, len(self.model.all)
        late = sum(1 for row in shown if row.rating.overdue_days)  # only open ones count days
        # Said with the count, so a list cut to a figure's actions never passes for all
        # of them; Clear filters shows every action again.
        chosen = f" · only {self.chosen[1]}" if self.chosen else ""
        self.ui.count.setText(f"{len(shown):,} of {plural.count(total, 'action')} shown · "
                                f"{late:,} overdue{chosen}")

    # -- the chosen action -------------------------------------------------------------------

    def current_id(self) -> str | None:
        row = self.model.row_at(self.ui.actions.currentIndex())
        return row.id if row else None

    def select(self, action_id: str) -> bool:
        return select_key(self.ui.actions, self.model, action_id)

    def open_record(self, kind: str, key: str) -> bool:
        if kind != "action":
            return False
        self.refresh()
        if self.select(key):
            return True
        if not any(row.id == key for row in self.model.all):
            return False
        self.clear_filters()  # it was filtered out: show everything rather than nothing
        return self.select(key)

    def _current_changed(self) -> None:
        self._enable()
        self.details_timer.start()

    def _show_details(self) -> None:
        key = self.current_id()
        try:
            self.details.show(self.context.backend.read(plan_rows.action, key) if key else None)
        except BoardError:
            self.details.show(None)

    def _enable(self) -> None:
        chosen = self.current_id() is not None
        for button in (self.ui.changeStatus, self.ui.edit, self.ui.openThreat):
            button.setEnabled(chosen)

    # -- what the buttons do -----------------------------------------------------------------

    def _open(self, make) -> None:
        try:
            dialog = make()
        except BoardError as exc:
            refused(self, "Actions", exc.message)
            self.load()
            return
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._closed)
        dialog.open()

    def _closed(self) -> None:
        self.dialog = None

    def change_status(self) -> None:
        if (key := self.current_id()) is not None:
            self._open(lambda: StatusDialog(self.context, key, self))

    def edit(self) -> None:
        if (key := self.current_id()) is not None:
            self._open(lambda: ActionDialog(self.context, key, parent=self))

    def open_threat(self) -> None:
        row = self.model.row_at(self.ui.actions.currentIndex())
        if row is not None:
            self.context.open_record("threat", row.threat_ref)

    def save_state(self) -> None:
        settings = self.context.settings
        settings.save_header("actions/table", self.ui.actions.horizontalHeader())
        settings.save_splitter("actions/splitter", self.ui.splitter)
        settings.save_splitter("actions/details", self.ui.details)


def _find(combo, wanted) -> int:
    """The item whose data, text or tooltip (an agency's short name) is `wanted`; else 'every'."""
    if wanted is None or wanted == "":
        return 0
    for number in range(combo.count()):
        for role in (Qt.ItemDataRole.UserRole, Qt.ItemDataRole.DisplayRole,
                     Qt.ItemDataRole.ToolTipRole):
            value = combo.itemData(number, role)
            if isinstance(value, str) and value.casefold() == str(wanted).casefold():
                return number
    return 0
