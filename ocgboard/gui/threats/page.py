"""The Threats page: the register, filtered as you type, with the threat editor beside it.

The whole register is read in one query (core.register_rows) and kept in
memory, so filters and sorting never touch the database; the editor reads
only the threat it opens.

The 4P plan needs the width for its SMART columns: while its tab is shown the
register narrows to its reference and name, and widens again for the other
tabs. Each of the two splits is kept as the chair drags it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView

from ocgboard.core import control_areas, plural
from ocgboard.core.rows import members as member_rows
from ocgboard.core.rows import register as rows
from ocgboard.errors import BoardError
from ocgboard.gui.flow import wrap
from ocgboard.gui.forms.ui_threats_page import Ui_ThreatsPage
from ocgboard.gui.page import Page
from ocgboard.gui.threats.editor import Tab, ThreatEditor
from ocgboard.gui.threats.filters import RegisterFilters
from ocgboard.gui.threats.models import ThreatsModel
from ocgboard.gui.threats.new_threat import NewThreatDialog

FOLLOW_MS = 250  # the editor follows the selection once the arrow keys rest
WIDTHS = (110, 180, 100, 75, 70, 220, 110, 150)
SPLITS = {False: "threats", True: "threats/plan"}  # where each split is kept: plan shown?


class ThreatsPage(Page):
    title = "Threats"
    name = "threats"
    watches = ("threat", "person")  # the register, with each threat's LRO

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.ui = ui = Ui_ThreatsPage()
        ui.setupUi(self)
        wrap(ui.filterRow)
        self.model = ThreatsModel(context.backend.today(), self)
        ui.register.setModel(self.model)
        self._setup_view()
        self.filters = RegisterFilters(ui, self)
        self.filters.changed.connect(self.apply_filters)
        self.editor = ThreatEditor(context, ui.editorPane)
        ui.editorLayout.addWidget(self.editor)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([640, 560])
        self.dialog: NewThreatDialog | None = None
        self.loaded_on = None  # review words move on at midnight
        self._follow = QTimer(self, singleShot=True, interval=FOLLOW_MS)
        self._follow.timeout.connect(self._open_current)
        self._connect()
        context.settings.restore_splitter("threats", ui.splitter)
        context.settings.restore_header("threats/register", ui.register.horizontalHeader())
        self.plan_split = False
        self.review_in_sight = False
        self.editor.ui.tabs.currentChanged.connect(lambda index: self._split(index == Tab.PLAN))

    def _setup_view(self) -> None:
        view = self.ui.register
        rows_header = view.verticalHeader()
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row sizing
        rows_header.setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        # A column cut by the pane's edge still says what it is: its header is read
        # from the left, where a centred one would be out of sight.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in enumerate(WIDTHS):
            header.resizeSection(column, width)

    def _connect(self) -> None:
        ui = self.ui
        ui.register.activated.connect(lambda _index: self._open_current(focus=True))
        ui.register.selectionModel().currentRowChanged.connect(lambda *_: self._follow.start())
        ui.newThreat.clicked.connect(self.new_record)
        ui.search.returnPressed.connect(self._search_enter)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.editor)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(lambda: ui.register.setFocus(Qt.FocusReason.ShortcutFocusReason))

    # -- loading and filtering ------------------------------------------------

    def refresh(self) -> None:
        if self.loaded_on != self.context.backend.today():
            self.watch.invalidate()
        super().refresh()

    def reload(self, _changes) -> None:
        self.load()

    def load(self) -> None:
        found = self.context.backend.read(rows.register_rows)
        current = self.current_id()
        self.filters.update_choices(found, self.context.backend.read(control_areas.names))
        self.loaded_on = self.context.backend.today()
        self.model.load(found, self.loaded_on)
        self.watch.loaded()
        self.apply_filters(keep=current)
        if not self.review_in_sight:
            self.review_in_sight = True
            QTimer.singleShot(0, self._show_review)  # once the page is laid out

    def _show_review(self) -> None:
        """The first time, unless the person has set the split: the register as wide as
        its columns up to the next review, so an overdue review shows without scrolling,
        within two thirds of the page."""
        if self.context.settings.value(f"splitter/{SPLITS[False]}") is not None \
                or self.plan_split:
            return
        view, splitter = self.ui.register, self.ui.splitter
        last = ThreatsModel.C.NEXT_REVIEW
        header = view.horizontalHeader()
        # The columns may not have been fitted to what they hold yet: ask their content.
        widths = [max(view.columnWidth(c), view.sizeHintForColumn(c), header.sectionSizeHint(c))
                  for c in range(last + 1)]
        needed = (sum(widths) + 2 * view.frameWidth()
                  + view.verticalScrollBar().sizeHint().width())
        total = sum(splitter.sizes())
        wide = min(needed, total * 2 // 3)
        splitter.setSizes([wide, total - wide])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # The window calls refresh() right after showing a page; this catches up
        # when it is shown some other way (a catch-up with nothing new reads nothing).
        QTimer.singleShot(0, lambda: self.isVisible() and self.watch.catch_up())

    def apply_filters(self, keep: str | None = None) -> None:
        keep = keep or self.current_id() or self.editor.tid
        self.model.apply(rows.predicate(self.filters.current(), self.model.today))
        shown, total = len(self.model.rows), len(self.model.all)
        self.ui.count.setText(f"Showing {shown:,} of {plural.count(total, 'threat')}"
                              if shown != total else plural.count(total, "threat"))
        if keep:
            self.select(keep)

    def current_id(self) -> str | None:
        index = self.ui.register.currentIndex()
        row = self.model.row_at(index) if index.isValid() else None
        return row.id if row is not None else None

    def select(self, tid: str) -> bool:
        number = self.model.row_of(tid)
        if number < 0:
            return False
        self.ui.register.selectRow(number)
        self.ui.register.scrollTo(self.model.index(number, 0))
        self._follow.stop()  # choosing in code opens nothing by itself
        return True

    # -- opening --------------------------------------------------------------

    def _open_current(self, focus: bool = False) -> None:
        self._follow.stop()
        tid = self.current_id()
        if tid is not None and (tid != self.editor.tid or focus):
            self.editor.show_threat(tid)
        if focus and tid is not None:
            self.editor.ui.tabs.setFocus(Qt.FocusReason.OtherFocusReason)

    def _search_enter(self) -> None:
        if self.model.rows:
            if self.current_id() is None:
                self.ui.register.selectRow(0)
            self._open_current(focus=True)

    def _reveal(self, tid: str) -> None:
        """Select the threat in the register, clearing filters that hide it."""
        if self.watch.stale:
            self.load()
        if not self.select(tid):
            self.filters.set(status=rows.ALL_STATUSES)
            self.select(tid)

    def open_record(self, kind: str, key: str) -> bool:
        try:
            if kind == "threat":
                tid = self.context.backend.read(rows.threat_id, key)
                mid = None
            elif kind == "member":
                tid, _reference = self.context.backend.read(member_rows.member_threat, key)
                mid = key
            else:
                return False
        except BoardError as exc:
            self.context.status(exc.message)
            return False
        self._reveal(tid)
        if mid is None:
            return self.editor.show_threat(tid)
        self.editor.show_member(tid, mid)
        return True

    def show_filtered(self, **filters) -> bool:
        self.filters.set(**filters)  # the window's refresh() then loads, if need be
        return True

    def new_record(self) -> bool:
        dialog = NewThreatDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._added(dialog, result))
        self.dialog = dialog
        dialog.open()
        return True

    def _added(self, dialog: NewThreatDialog, result: int) -> None:
        self.dialog = None
        if result == QDialog.DialogCode.Accepted and dialog.added:
            tid, reference = dialog.added
            self._reveal(tid)
            self.editor.show_threat(tid, Tab.PROFILE)
            self.context.status(f"Added {reference} (Edit > Undo takes it back)")

    def _split(self, plan: bool) -> None:
        """The plan's split while its tab is shown, the register's for the others."""
        if plan == self.plan_split:
            return
        settings, splitter = self.context.settings, self.ui.splitter
        settings.save_splitter(SPLITS[self.plan_split], splitter)
        self.plan_split = plan
        if settings.value(f"splitter/{SPLITS[plan]}") is not None:
            settings.restore_splitter(SPLITS[plan], splitter)
        elif plan:  # the register keeps its reference and name
            view = self.ui.register
            narrow = (view.columnWidth(0) + view.columnWidth(1) + 2 * view.frameWidth()
                      + view.verticalScrollBar().sizeHint().width())
            splitter.setSizes([narrow, sum(splitter.sizes()) - narrow])

    def save_state(self) -> None:
        settings = self.context.settings
        settings.save_splitter(SPLITS[self.plan_split], self.ui.splitter)
        settings.save_header("threats/register", self.ui.register.horizontalHeader())
