"""A built pack in the window: read it page by page, zoom, print it, or open it elsewhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QWidget

from ocgboard.core import plural
from ocgboard.gui.forms.ui_pack_preview import Ui_PackPreview
from ocgboard.gui.meetings.pack_printer import PackPrinter
from ocgboard.gui.runner import TaskRunner
from ocgboard.gui.widgets import refused

ZOOM_STEP = 1.25


class PackPreview(QDialog):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PackPreview()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.document = QPdfDocument(self)
        self.path: str | None = None
        self.about = ""  # the file and its pages, under the view
        self.printer = PackPrinter(self, runner)
        self.printer.said.connect(lambda line: self.ui.info.setText(f"{self.about} · {line}"))
        view = self.ui.view
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._wire()

    def _wire(self) -> None:
        ui, navigator = self.ui, self.ui.view.pageNavigator()
        ui.previousButton.clicked.connect(lambda: self.go(self.current_page() - 1))
        ui.nextButton.clicked.connect(lambda: self.go(self.current_page() + 1))
        ui.page.editingFinished.connect(lambda: self.go(ui.page.value() - 1))
        ui.zoomInButton.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        ui.zoomOutButton.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        ui.fitWidthButton.clicked.connect(
            lambda: self.ui.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        ui.fitPageButton.clicked.connect(
            lambda: self.ui.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        ui.printButton.clicked.connect(self.print_dialog)
        ui.openButton.clicked.connect(self.open_in_viewer)
        ui.buttons.rejected.connect(self.close)
        navigator.currentPageChanged.connect(self._page_changed)
        ui.view.zoomFactorChanged.connect(self._zoom_changed)
        ui.view.zoomModeChanged.connect(self._zoom_changed)
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, lambda: self.zoom(ZOOM_STEP)),
                           (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom(1 / ZOOM_STEP)),
                           (QKeySequence.StandardKey.Print, self.print_dialog)):
            action = QAction(self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            self.addAction(action)

    def show_pack(self, path: str, note: str = "") -> bool:
        """Load the PDF at `path`; False (with a message) if it cannot be read."""
        self.document.close()
        error = self.document.load(path)
        if error != QPdfDocument.Error.None_:
            refused(self, "Meeting pack", f"cannot show {path}: {error.name}")
            return False
        self.path = path
        pages = self.document.pageCount()
        self.setWindowTitle(f"{Path(path).name} — meeting pack")
        self.ui.page.setMaximum(max(pages, 1))
        self.ui.pageCount.setText(f"of {pages}")
        self.about = f"{path} · {plural.count(pages, 'page')}{' · ' + note if note else ''}"
        self.ui.info.setText(self.about)
        self.ui.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._zoom_changed()
        self.go(0)
        return True

    def current_page(self) -> int:
        return self.ui.view.pageNavigator().currentPage()

    def go(self, page: int) -> None:
        if 0 <= page < self.document.pageCount():
            self.ui.view.pageNavigator().jump(page, QPointF(), self.ui.view.zoomFactor())
        self._page_changed(self.current_page())

    def _page_changed(self, page: int) -> None:
        ui = self.ui
        ui.page.setValue(page + 1)
        ui.previousButton.setEnabled(page > 0)
        ui.nextButton.setEnabled(page + 1 < self.document.pageCount())

    def zoom(self, factor: float) -> None:
        view = self.ui.view
        current = view.zoomFactor()
        view.setZoomMode(QPdfView.ZoomMode.Custom)
        view.setZoomFactor(max(0.25, min(4.0, current * factor)))

    def _zoom_changed(self, *_args) -> None:
        view = self.ui.view
        mode = view.zoomMode()
        self.ui.zoomLabel.setText("Width" if mode == QPdfView.ZoomMode.FitToWidth else
                                  "Page" if mode == QPdfView.ZoomMode.FitInView else
                                  f"{view.zoomFactor():.0%}")

    def print_dialog(self) -> bool:
        """Ask how to print the pack, then print it on the runner; False if there is
        nothing to print or a print is already being asked for or sent."""
        if self.path is None or self.document.pageCount() == 0:
            return False
        first = self.document.pagePointSize(0)  # the pack's pages are all one size
        return self.printer.start(self.path, self.document.pageCount(),
                                  (first.width(), first.height()))

    def open_in_viewer(self) -> bool:
        if self.path and QDesktopServices.openUrl(QUrl.fromLocalFile(self.path)):
            return True
        refused(self, "Open in viewer", "no PDF viewer is set up to open the pack")
        return False

    def closeEvent(self, event) -> None:
        # Release the file, so the user may move or delete it while the app runs.
        self.document.close()
        self.path = None
        super().closeEvent(event)
