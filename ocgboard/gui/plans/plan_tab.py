"""A threat's 4P plan, as a tab of the threat editor.

The actions stand under their strand (Pursue, Protect, Prepare, Prevent) in
the SMART columns of the seed template, with owner, due date, status and RAG
in words; as many columns as the panel has room for (plan_columns), the
summary naming those hidden. Text wraps, a row growing up to MAX_LINES lines.
The selected action is shown in full below with its dated progress trail.
Adding (from the library or as free text), changing a status, editing and
withdrawing go through dialogs that write at once and push an undoable
command. A withdrawn action stays in its strand, marked so, with its number.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from ocgboard.core import plural, rag
from ocgboard.core.plans import WITHDRAWN
from ocgboard.core.rows import plans as plan_rows
from ocgboard.errors import BoardError
from ocgboard.gui.forms.ui_plan_tab import Ui_PlanTab
from ocgboard.gui.plans.action_details import ActionDetails
from ocgboard.gui.plans.action_dialog import ActionDialog
from ocgboard.gui.plans.plan_columns import PlanColumns
from ocgboard.gui.plans.plan_model import PlanModel
from ocgboard.gui.plans.status_dialog import StatusDialog
from ocgboard.gui.plans.tactic_picker import TacticPicker
from ocgboard.gui.plans.withdraw_dialog import WithdrawDialog
from ocgboard.gui.watch import Watch
from ocgboard.gui.widgets import refused, select_key
from ocgboard.store.changes import Changes

MAX_LINES = 5
# What a plan shows: its actions and their trails, the threat, owners and officers.
WATCHED = ("action", "action_update", "threat", "agency", "person")
# Narrower than this, the chosen action's text and its trail stand one above the other.
COMPACT_BELOW = 1000


class PlanTab(QWidget):
    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = ui = Ui_PlanTab()
        ui.setupUi(self)
        self.threat: str | None = None  # the threat's id once loaded: a reference can change
        self.plan: plan_rows.Plan | None = None
        self.dialog: QWidget | None = None
        self.compact: bool | None = None
        self.model = PlanModel(self)
        ui.plan.setModel(self.model)
        ui.plan.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        ui.plan.verticalHeader().hide()
        ui.plan.viewport().installEventFilter(self)
        self.details = ActionDetails(ui.smart, ui.trail)
        self._layout_columns()
        ui.addFromLibrary.clicked.connect(self.add_from_library)
        ui.addFree.clicked.connect(self.add_free)
        ui.changeStatus.clicked.connect(self.change_status)
        ui.edit.clicked.connect(self.edit)
        ui.withdraw.clicked.connect(self.withdraw)
        ui.plan.activated.connect(lambda _index: self.edit())
        ui.plan.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        self.watch = Watch(self, context.backend, WATCHED, lambda _changes: self.reload(),
                           relevant=self._concerns)
        self.watch.loaded()  # nothing shown yet: show_threat loads
        self._enable()

    def _layout_columns(self) -> None:
        header = self.ui.plan.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)  # Specific takes what is left (plan_columns)
        self.ui.splitter.setSizes([480, 220])  # the plan first; the details under it
        self.ui.details.setSizes([560, 440])
        settings = self.context.settings
        settings.restore_splitter("plan/splitter", self.ui.splitter)
        settings.restore_splitter("plan/details", self.ui.details)
        self.columns = PlanColumns(self.ui.plan, settings, self._fitted)

    # -- loading ----------------------------------------------------------------------

    def show_threat(self, reference: str) -> None:
        """Load the plan of the threat with this reference."""
        self.threat = None
        self._load(reference)

    def reload(self) -> None:
        if self.threat is not None:
            self._load(self.threat)

    def _load(self, key: str) -> None:
        chosen = self.current_action()
        self.watch.loaded()
        try:
            self.plan = self.context.backend.read(plan_rows.plan, key)
        except BoardError as exc:
            self.plan = None
            self.model.show_plan([])
            self.ui.summary.setText(exc.message)
            self._enable()
            return
        self.threat = self.plan.threat_id
        self.model.show_plan(self.plan.actions)
        self._spans()
        self.columns.measure()  # fits the columns, then the rows and the summary
        self._summarise()
        if not (chosen and self.select(chosen.id)):
            self.details.show(None)
        self._enable()

    def _spans(self) -> None:
        """A heading's strand name spans the columns up to the first wording it says once
        for the strand; each such wording has its own column's cell."""
        view = self.ui.plan
        view.clearSpans()
        for row in self.model.headings():
            said = self.model.rows[row].shared
            start = 0
            for column in [*sorted(said), len(PlanModel.Columns)]:
                if column - start > 1:
                    view.setSpan(row, start, 1, column - start)
                start = column + 1

    def _fitted(self) -> None:
        self._fit_rows()
        if self.plan is not None:
            self._summarise()

    def _fit_rows(self) -> None:
        # Whole SMART texts make rows too tall to scan; the details pane has them in full.
        view = self.ui.plan
        view.resizeRowsToContents()
        limit = view.fontMetrics().lineSpacing() * MAX_LINES + 8
        for row in range(self.model.rowCount()):
            if view.rowHeight(row) > limit:
                view.setRowHeight(row, limit)

    def _summarise(self) -> None:
        plan = self.plan
        actions = plan.actions
        open_ = sum(rag.is_open(a.status) for a in actions)
        late = sum(a.rating.overdue_days > 0 and rag.is_open(a.status) for a in actions)
        done = sum(a.status == "completed" for a in actions)
        gone = sum(a.status == WITHDRAWN for a in actions)
        if not actions:
            counts = "no actions yet: add tactics from the library or a free-text action"
        else:
            counts = (f"{plural.count(len(actions), 'action')}: {open_} open "
                      f"({late} overdue), {done} completed"
                      + (f", {gone} withdrawn" if gone else ""))
        self.ui.summary.setText(f"<b>4P plan for {plan.reference}</b> · {counts}"
                                f"{self._hidden_words()}")

    def _hidden_words(self) -> str:
        names = [PlanModel.COLUMNS[c].header for c in self.columns.hidden]
        if not names:
            return ""
        listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        return (f" · <i>{listed} hidden for want of room: the chosen action is shown in "
                "full below</i>")

    def _concerns(self, changes: Changes) -> bool:
        """This threat's plan changed (an action, an update on one), or a name it shows."""
        if self.threat is None:
            return False
        shown = {a.id for a in self.plan.actions} if self.plan is not None else set()
        return (changes.within("threat", self.threat) or bool(changes.ids("action") & shown)
                or changes.touches("agency", "person"))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.watch.catch_up()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.ui.plan.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_to_width()
        return super().eventFilter(watched, event)

    def _fit_to_width(self) -> None:
        compact = self.width() < COMPACT_BELOW
        if compact != self.compact:
            self.compact = compact
            self.ui.details.setOrientation(Qt.Orientation.Vertical if compact
                                           else Qt.Orientation.Horizontal)
        self.columns.fit()

    def hideEvent(self, event) -> None:
        self.save_state()
        super().hideEvent(event)

    # -- the chosen action --------------------------------------------------------------

    def current_action(self) -> plan_rows.PlanRow | None:
        row = self.model.row_at(self.ui.plan.currentIndex())
        return row if isinstance(row, plan_rows.PlanRow) else None

    def select(self, action_id: str) -> bool:
        return select_key(self.ui.plan, self.model, action_id)

    def _chosen(self) -> None:
        self.details.show(self.current_action())
        self._enable()

    def _enable(self) -> None:
        loaded = self.plan is not None
        current = self.current_action()
        live = current is not None and current.status != WITHDRAWN  # takes no more updates
        self.ui.addFromLibrary.setEnabled(loaded)
        self.ui.addFree.setEnabled(loaded)
        self.ui.changeStatus.setEnabled(live)
        self.ui.edit.setEnabled(current is not None)
        self.ui.withdraw.setEnabled(live)

    # -- what the buttons open ------------------------------------------------------------

    def _open(self, make) -> None:
        try:
            dialog = make()
        except BoardError as exc:  # the action went (an import, another window)
            refused(self, "4P plan", exc.message)
            self.reload()
            return
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._closed)
        dialog.open()

    def _closed(self) -> None:
        made = getattr(self.dialog, "made", None)
        self.dialog = None
        for key in [made] if isinstance(made, str) else made or []:
            self.select(key)
            break

    def add_from_library(self) -> None:
        if self.plan is not None:
            self._open(lambda: TacticPicker(self.context, self.plan, self))

    def add_free(self) -> None:
        if self.plan is None:
            return
        current = self.current_action()
        self._open(lambda: ActionDialog(
            self.context, threat=self.plan.threat_id, reference=self.plan.reference,
            strand=current.strand if current else None, parent=self))

    def change_status(self) -> None:
        if (current := self.current_action()) is not None:
            self._open(lambda: StatusDialog(self.context, current.id, self))

    def edit(self) -> None:
        if (current := self.current_action()) is not None:
            self._open(lambda: ActionDialog(self.context, current.id, parent=self))

    def withdraw(self) -> None:
        if (current := self.current_action()) is not None and current.status != WITHDRAWN:
            self._open(lambda: WithdrawDialog(self.context, current.id, self))

    def save_state(self) -> None:
        settings = self.context.settings  # the columns keep a width as a person sets it
        settings.save_splitter("plan/splitter", self.ui.splitter)
        settings.save_splitter("plan/details", self.ui.details)
