"""The Exchange page: export and import files, resolve conflicts, manage contacts.

File > Export (Ctrl+E) and File > Import (Ctrl+I) come here; so does a
file dropped anywhere on the page.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QHeaderView

from ocgboard.core.rows import exchange as exchange_rows
from ocgboard.gui.exchange.conflicts_view import ConflictsView
from ocgboard.gui.exchange.contacts_view import ContactsView
from ocgboard.gui.exchange.export_wizard import ExportWizard
from ocgboard.gui.exchange.import_task import Outcome
from ocgboard.gui.exchange.import_wizard import ImportWizard
from ocgboard.gui.exchange.models import ExchangeLogModel
from ocgboard.gui.forms.ui_exchange_page import Ui_ExchangePage
from ocgboard.gui.opening import dropped_file
from ocgboard.gui.page import Page
from ocgboard.gui.table import SORT_ROLE

CONFLICTS_TAB, CONTACTS_TAB, LOG_TAB = range(3)


class ExchangePage(Page):
    title = "Exchange"
    name = "exchange"
    # The log of files, the open conflicts, the address book and this laptop's card.
    watches = ("exchange_log", "conflict", "contact", "agency", "device", "board")

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.export_wizard: ExportWizard | None = None
        self.import_wizard: ImportWizard | None = None
        self.ui = Ui_ExchangePage()
        self.ui.setupUi(self)
        ui = self.ui
        self.conflicts = ConflictsView(context, ui.conflictsTab)
        ui.conflictsLayout.addWidget(self.conflicts)
        self.conflicts.counted.connect(self._count_conflicts)
        self.contacts = ContactsView(context, ui.contactsTab)
        ui.contactsLayout.addWidget(self.contacts)
        self.log = ExchangeLogModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.log)
        proxy.setSortRole(SORT_ROLE)
        ui.logView.setModel(proxy)
        ui.logView.verticalHeader().hide()
        header = ui.logView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        ui.exportButton.clicked.connect(self.export_file)
        ui.importButton.clicked.connect(lambda: self.import_file())
        context.settings.restore_header("exchange_log", header)

    def reload(self, _changes) -> None:
        self.conflicts.refresh()
        self.contacts.refresh()
        self._refresh_log()

    def _refresh_log(self) -> None:
        self.log.set_rows(self.context.backend.read(exchange_rows.exchange_log))
        if self.log.rows and self.ui.logView.columnWidth(ExchangeLogModel.Columns.SCOPE) < 150:
            self.ui.logView.resizeColumnsToContents()

    def _count_conflicts(self, count: int) -> None:
        self.ui.tabs.setTabText(CONFLICTS_TAB, f"&Conflicts ({count})" if count
                                else "&Conflicts")

    # -- the wizards ------------------------------------------------------------------

    def export_file(self) -> None:
        self.export_wizard = ExportWizard(self.context, self)
        self.export_wizard.open()

    def import_file(self, path: str | None = None) -> None:
        self.import_wizard = ImportWizard(self.context, path, self)
        self.import_wizard.imported.connect(self._imported)
        self.import_wizard.open()

    def _imported(self, found: Outcome) -> None:
        if found.conflicts:
            self.ui.tabs.setCurrentIndex(CONFLICTS_TAB)

    # -- drag and drop ------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.import_file(path)

    def save_state(self) -> None:
        self.context.settings.save_header("exchange_log", self.ui.logView.horizontalHeader())
        self.conflicts.save_state()
        self.contacts.save_state()
