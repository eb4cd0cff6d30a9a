"""The main window: navigation, search, menus, status bar; the pages do the work."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QWidget,
)

from ocgboard import __version__
from ocgboard.core import board, boards
from ocgboard.gui import icons, look, mnemonic
from ocgboard.gui.board.backups import back_up_now
from ocgboard.gui.board.desk import RECENT
from ocgboard.gui.board.preferences import PreferencesDialog
from ocgboard.gui.board.restore_dialog import RestoreDialog
from ocgboard.gui.board.settings_dialog import BoardSettingsDialog
from ocgboard.gui.context import JOIN, NEW, Context
from ocgboard.gui.control.page import ControlPage
from ocgboard.gui.dashboard.page import DashboardPage
from ocgboard.gui.exchange.page import ExchangePage
from ocgboard.gui.forms.ui_main_window import Ui_MainWindow
from ocgboard.gui.help import GuideWindow, ShortcutsWindow
from ocgboard.gui.history.page import HistoryPage
from ocgboard.gui.library.page import LibraryPage
from ocgboard.gui.meetings.page import MeetingsPage
from ocgboard.gui.office.export_dialog import OfficeExporter
from ocgboard.gui.office.import_wizard import OfficeImportWizard
from ocgboard.gui.office.writing import PLAN, TASKING, TRACKER
from ocgboard.gui.page import Page
from ocgboard.gui.people.page import AgenciesPage
from ocgboard.gui.plans.actions_page import ActionsPage
from ocgboard.gui.plans.my_tasks import MyTasksPage
from ocgboard.gui.search import SearchBox
from ocgboard.gui.strategy.page import StrategyPage
from ocgboard.gui.threats.page import ThreatsPage
from ocgboard.gui.watch import Watch
from ocgboard.printable import escaped
from ocgboard.store import vault

# In navigation order; Ctrl+1 is the first, Ctrl+0 the tenth (as a keyboard's row runs).
PAGES = (DashboardPage, ThreatsPage, ActionsPage, AgenciesPage, MeetingsPage, LibraryPage,
         StrategyPage, ControlPage, ExchangePage, HistoryPage)
# An agency's laptop holds its own tasks: the register, meetings and packs are the board's.
# Its history is what its extract and its own work hold.
AGENCY_PAGES = (MyTasksPage, ExchangePage, HistoryPage)


class MainWindow(QMainWindow):
    def __init__(self, context: Context):
        super().__init__()
        self.context = context
        context.window = self
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(look.app_icon())
        self.role = context.backend.info().agency  # None: a board laptop
        self.pages: list[Page] = []
        self.help_guide: GuideWindow | None = None
        self.help_shortcuts: ShortcutsWindow | None = None
        self._add_pages()
        self._add_search()
        self._add_menus()
        self._add_status()
        self.watch = Watch(self, context.backend, ("board", "device", "exchange_log"),
                           lambda _changes: self.refresh_status())
        self.refresh_status()
        self._restore()

    # -- building -------------------------------------------------------------

    def _add_pages(self) -> None:
        for number, page_class in enumerate(AGENCY_PAGES if self.role else PAGES, 1):
            page = page_class(self.context, self.ui.pages)
            self.pages.append(page)
            self.ui.pages.addWidget(page)
            self.ui.navigation.addItem(QListWidgetItem(icons.icon(page.name), page.title))
            go = QAction(mnemonic.literal(page.title), self)
            go.setShortcut(QKeySequence(f"Ctrl+{number % 10}"))
            go.triggered.connect(lambda _=False, n=number - 1: self.show_page(n))
            self.ui.menuGo.addAction(go)
        # Every title whole, however wide a page asks to be or the splitter was left.
        navigation = self.ui.navigation
        navigation.setMinimumWidth(navigation.sizeHintForColumn(0) + 2 * navigation.frameWidth())
        self.ui.navigation.currentRowChanged.connect(self._page_chosen)
        self.ui.navigation.setCurrentRow(0)
        self.ui.splitter.setStretchFactor(1, 1)

    def _add_search(self) -> None:
        """The main actions, then the search box at the far end of the toolbar."""
        toolbar, ui = self.ui.toolbar, self.ui
        if self.role is None:
            toolbar.addActions([ui.actionNew, ui.actionPrint])
            toolbar.addSeparator()
        toolbar.addActions([ui.actionImport, ui.actionExport])
        gap = QWidget(self)
        gap.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(gap)
        self.search = SearchBox(self.context.backend, self)
        self.search.chosen.connect(self.open_record)
        toolbar.addWidget(QLabel(" Search: ", self))
        toolbar.addWidget(self.search)

    def _add_menus(self) -> None:
        ui, undo = self.ui, self.context.undo
        undo_action = undo.createUndoAction(self, "&Undo")
        undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        undo_action.setIcon(icons.icon("undo"))
        redo_action = undo.createRedoAction(self, "&Redo")
        redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        redo_action.setIcon(icons.icon("redo"))
        icons.dress_actions(ui)
        ui.menuEdit.insertActions(ui.actionFind, [undo_action, redo_action])
        ui.menuEdit.insertSeparator(ui.actionFind)
        ui.actionFind.triggered.connect(self.focus_search)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionLock.triggered.connect(self._lock)
        ui.actionLock.setVisible(self.context.lock is not None)
        ui.actionNew.triggered.connect(lambda: self.current_page().new_record())
        ui.actionPrint.triggered.connect(self._print)
        ui.actionImport.triggered.connect(lambda: self.exchange("import_file"))
        ui.actionExport.triggered.connect(lambda: self.exchange("export_file"))
        ui.actionPreferences.triggered.connect(self._preferences)
        ui.actionBoardSettings.triggered.connect(self._board_settings)
        ui.actionBackUp.triggered.connect(lambda: back_up_now(self.context, self))
        ui.actionRestore.triggered.connect(self._restore_backup)
        ui.actionGuide.triggered.connect(self._guide)
        ui.actionShortcuts.triggered.connect(self._shortcuts)
        ui.actionAbout.triggered.connect(self._about)
        ui.menuBoards.aboutToShow.connect(self._fill_boards)
        ui.actionNew.setVisible(self.role is None)
        self._add_office_menus()

    def _add_office_menus(self) -> None:
        """File > Import Word or Excel papers, and Export Word or Excel papers: the
        board's (a board laptop's only)."""
        ui = self.ui
        self.office_exporter = OfficeExporter(self, self.context)
        ui.actionImportOffice.triggered.connect(self.import_office)
        ui.actionExportPlan.triggered.connect(lambda: self.office_exporter.run(PLAN))
        ui.actionExportTracker.triggered.connect(lambda: self.office_exporter.run(TRACKER))
        ui.actionExportTasking.triggered.connect(lambda: self.office_exporter.run(TASKING))
        ui.actionImportOffice.setVisible(self.role is None)
        ui.menuOfficeExport.menuAction().setVisible(self.role is None)

    def _add_status(self) -> None:
        self.board_label = QLabel(self)
        self.board_label.setAccessibleName("Board")
        self.marking_label = QLabel(self)
        self.marking_label.setAccessibleName("Protective marking")
        self.exchange_label = QLabel(self)
        self.exchange_label.setAccessibleName("Last exchange")
        self.lock_label = QLabel(self)
        self.lock_label.setAccessibleName("Encryption")
        self.status_labels = (self.board_label, self.marking_label, self.lock_label,
                              self.exchange_label)
        for label in self.status_labels:
            self.statusBar().addPermanentWidget(label)
        self.statusBar().messageChanged.connect(self._message_shown)
        font = self.ui.markingBanner.font()
        font.setBold(True)
        self.ui.markingBanner.setFont(font)

    def _message_shown(self, message: str) -> None:
        """A message has the whole bar while it shows: the board, marking and exchange
        beside it would cut a long one (they are back when it goes, and the marking is
        in the banner above all along). Past the window's width, its tooltip has it."""
        for label in self.status_labels:
            label.setVisible(not message)
        self.statusBar().setToolTip(message)

    def _restore(self) -> None:
        settings = self.context.settings
        settings.restore_window(self)
        settings.restore_splitter("main", self.ui.splitter)

    # -- behaviour ------------------------------------------------------------

    def refresh_status(self) -> None:
        info = self.context.backend.info()
        last = self.context.backend.read(board.last_exchange)
        name = escaped(info.name or "No board")
        role = f"{escaped(info.agency)}'s laptop" if info.agency else escaped(info.device_name)
        self.setWindowTitle(f"{name} — {role} — ocgboard")
        self.board_label.setText(f"{name} · {role}")
        self.marking_label.setText(f"  {info.marking}  ")
        self.ui.markingBanner.setText(info.marking)
        self.exchange_label.setText(f"Last exchange: {last}" if last else "No exchange yet")
        self.lock_label.setText("Encrypted" if vault.encrypted() else
                                f"<b><font color='{look.warning(self.palette()).name()}'>"
                                "Not encrypted</font></b>")

    def current_page(self) -> Page:
        return self.pages[self.ui.pages.currentIndex()]

    def show_page(self, index: int) -> None:
        self.ui.navigation.setCurrentRow(index)

    def page(self, page_class) -> Page:
        return next(p for p in self.pages if isinstance(p, page_class))

    def _page_chosen(self, row: int) -> None:
        if row >= 0:
            self.ui.pages.setCurrentIndex(row)
            if self.isVisible():
                self.pages[row].refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # The page loads once the window is on screen, never before it.
        QTimer.singleShot(0, lambda: self.current_page().refresh())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def open_record(self, kind: str, key: str) -> None:
        for index, page in enumerate(self.pages):
            if page.open_record(kind, key):
                self.show_page(index)
                return
        self.statusBar().showMessage(f"No page shows {kind} records yet", 4000)

    def show_filtered(self, page: str, **filters) -> None:
        """Show the page called `page` ("threats", "actions") with its list filtered."""
        found = next((p for p in self.pages if p.name == page), None)
        if found is not None and found.show_filtered(**filters):
            self.show_page(self.pages.index(found))

    def _print(self) -> None:
        if not self.current_page().print_page():
            self.statusBar().showMessage("Nothing to print on this page: packs are printed "
                                         "from Meetings", 5000)

    def _fill_boards(self) -> None:
        """The boards this laptop holds, the most recently opened first and this one
        ticked; joining or setting up another."""
        menu = self.ui.menuBoards
        menu.clear()
        here = self.context.backend.store.path
        recent = {path: n for n, path in enumerate(self.context.settings.value(RECENT) or [])}
        for held in sorted(boards.held(), key=lambda h: recent.get(str(h.path), len(recent))):
            chosen = menu.addAction(escaped(held.label))
            chosen.setCheckable(True)
            chosen.setChecked(here is not None and held.path == here)
            chosen.triggered.connect(lambda _=False, p=str(held.path): self._switch(p))
        menu.addSeparator()
        menu.addAction("&Join a board from a file…", lambda: self._switch(JOIN))
        menu.addAction("Set up a &new board…", lambda: self._switch(NEW))

    def _lock(self) -> None:
        if self.context.lock is not None:
            self.context.lock()

    def _switch(self, what: str) -> None:
        if self.context.switch_board is not None:
            self.context.switch_board(what)

    def exchange(self, verb: str, *args) -> None:
        """Open the Exchange page and start its `verb` (import_file, export_file)."""
        page = self.page(ExchangePage)
        self.show_page(self.pages.index(page))
        action = getattr(page, verb, None)
        if action is not None:
            action(*args)

    def import_office(self, path: str | None = None) -> None:
        self.office_wizard = OfficeImportWizard(self.context, path, self)
        self.office_wizard.open()

    def _preferences(self) -> None:
        PreferencesDialog(self.context, self).exec()
        self.refresh_status()

    def _board_settings(self) -> None:
        BoardSettingsDialog(self.context, self).exec()
        self.refresh_status()

    def _restore_backup(self) -> None:
        dialog = RestoreDialog(self.context, self)
        if dialog.exec() == RestoreDialog.DialogCode.Accepted and dialog.ready is not None:
            if self.context.restore_board is not None:
                self.context.restore_board(dialog.ready)  # closes this window
            else:
                dialog.ready.discard()

    def _guide(self) -> None:
        if self.help_guide is None:
            self.help_guide = GuideWindow(self)
        self.help_guide.show()
        self.help_guide.raise_()

    def _shortcuts(self) -> None:
        if self.help_shortcuts is None:
            self.help_shortcuts = ShortcutsWindow(self.menuBar(), self)
        self.help_shortcuts.fill()
        self.help_shortcuts.show()
        self.help_shortcuts.raise_()

    def _about(self) -> None:
        QMessageBox.about(self, "About ocgboard",
                          f"<b>ocgboard {__version__}</b><p>A case-board for local organised "
                          "crime partnership boards: the threat register, 4P plans, "
                          "meetings and packs, and encrypted exchange files.</p>")

    def closeEvent(self, event) -> None:
        if self.context.runner.working:
            answer = QMessageBox.question(
                self, "Work in progress",
                "A task is still running (a pack, an export or an import). Quit anyway? "
                "Nothing half-done is kept.")
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        settings = self.context.settings
        settings.save_window(self)
        settings.save_splitter("main", self.ui.splitter)
        for page in self.pages:
            page.save_state()
        settings.sync()
        super().closeEvent(event)
