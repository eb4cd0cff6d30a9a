"""The Tactic library: browse the 4P tactics, with each one's legislation and guidance."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import QHeaderView

from ocgboard.core import library, plural
from ocgboard.core.rows import tactics as tactic_rows
from ocgboard.errors import BoardError
from ocgboard.gui.forms.ui_library_page import Ui_LibraryPage
from ocgboard.gui.library.filters import fill_filters, filters_of
from ocgboard.gui.library.models import TacticsModel
from ocgboard.gui.page import Page
from ocgboard.gui.table import ROW_ROLE, SORT_ROLE
from ocgboard.gui.widgets import select_key

TYPING_DELAY_MS = 150
GUIDANCE = (("What it is", "guidance_what"), ("Procedure", "guidance_procedure"),
            ("Who can help", "guidance_help"), ("What to watch out for", "guidance_watch"))
SMART = (("Measurable", "measurable"), ("Achievable", "achievable"), ("Relevant", "relevant"))


def tactic_html(tactic: tactic_rows.TacticRow) -> str:
    owner = escape(tactic.default_owner)
    if tactic.owner_role:
        owner += f" — {escape(tactic.owner_role)}"
    parts = [f"<h3>{escape(tactic.code)} · {escape(tactic.strand)} · "
             f"{escape(tactic.lifestyle_area)}</h3>",
             f"<p><b>Specific:</b> {escape(tactic.specific)}</p>",
             f"<p><i>'{library.PLACEHOLDER}' is replaced by the threat's reference when the "
             "tactic is added to a plan.</i></p>" if library.PLACEHOLDER in tactic.specific
             else "",
             f"<p><b>Legislation:</b> {escape(tactic.legislation or 'none named')}</p>",
             f"<p><b>Default owner:</b> {owner}</p>"]
    parts += [f"<p><b>{label}:</b> {escape(value)}</p>" for label, name in SMART
              if (value := getattr(tactic, name))]
    parts.append("<h4>Guidance</h4>")
    parts += [f"<p><b>{label}.</b> {escape(value)}</p>" for label, name in GUIDANCE
              if (value := getattr(tactic, name))]
    return "".join(parts)


class LibraryPage(Page):
    title = "Tactic library"
    name = "library"
    watches = ("tactic", "agency")

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.ui = ui = Ui_LibraryPage()
        ui.setupUi(self)
        self.model = TacticsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        ui.tactics.setModel(self.proxy)
        # Unsorted until a header is clicked: the library's own order (strand, then code).
        ui.tactics.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        ui.tactics.setSortingEnabled(True)
        ui.tactics.verticalHeader().hide()
        ui.tactics.verticalHeader().setDefaultSectionSize(ui.tactics.fontMetrics().height() + 8)
        self.typing = QTimer(self, singleShot=True, interval=TYPING_DELAY_MS)
        self.typing.timeout.connect(self.search)
        self._layout()
        self.total = 0
        for combo in (ui.strand, ui.area, ui.agency):
            combo.currentIndexChanged.connect(self.search)
        ui.words.textChanged.connect(lambda _text: self.typing.start())
        ui.tactics.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

    def _layout(self) -> None:
        header = self.ui.tactics.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((70, 70, 110, 200)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.ui.splitter.setSizes([640, 520])
        settings = self.context.settings
        settings.restore_header("library/table", header)
        settings.restore_splitter("library", self.ui.splitter)

    def reload(self, _changes) -> None:
        self.load()

    def load(self) -> None:
        ui = self.ui
        agencies = self.context.backend.read(tactic_rows.agencies)
        for combo in (ui.strand, ui.area, ui.agency):
            combo.blockSignals(True)
        keep = (ui.strand.currentIndex(), ui.area.currentIndex(), ui.agency.currentData())
        for combo in (ui.strand, ui.area, ui.agency):
            combo.clear()
        fill_filters(ui.strand, ui.area, ui.agency, agencies)
        ui.strand.setCurrentIndex(max(0, keep[0]))
        ui.area.setCurrentIndex(max(0, keep[1]))
        ui.agency.setCurrentIndex(max(0, ui.agency.findData(keep[2])))
        for combo in (ui.strand, ui.area, ui.agency):
            combo.blockSignals(False)
        self.total = len(self.context.backend.read(tactic_rows.tactics))
        self.watch.loaded()
        self.search()

    def search(self) -> None:
        ui = self.ui
        keep = self.current()
        try:
            found = self.context.backend.read(tactic_rows.tactics, **filters_of(
                ui.strand, ui.area, ui.agency, ui.words.text()))
        except BoardError as exc:
            found = []
            self.context.status(exc.message)
        self.model.set_rows(found)
        ui.count.setText(f"{len(found):,} of {plural.count(self.total, 'tactic')} shown")
        if not self.select(keep.code if keep else None) and self.proxy.rowCount():
            self.select(self.proxy.index(0, 0).data(ROW_ROLE).code)
        self._show_current()

    def current(self) -> tactic_rows.TacticRow | None:
        index = self.ui.tactics.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select(self, code: str | None) -> bool:
        return select_key(self.ui.tactics, self.model, code or None, self.proxy)

    def _show_current(self) -> None:
        tactic = self.current()
        self.ui.details.setHtml(tactic_html(tactic) if tactic else
                                "<p>No tactic matches these filters.</p>")

    def save_state(self) -> None:
        settings = self.context.settings
        settings.save_header("library/table", self.ui.tactics.horizontalHeader())
        settings.save_splitter("library", self.ui.splitter)
