"""A built pack in the window: read it page by page, zoom, print it, or open it elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from ocgboard.gui.forms.ui_pack_preview import Ui_PackPreview
from ocgboard.gui.widgets import refused

ZOOM_STEP = 1.25
MAX_PRINT_DPI = 300  # enough for text and charts; a 1200 dpi bitmap of A4 is half a gigabyte


def print_document(document: QPdfDocument, printer: QPrinter,
                   going_on: Callable[[int, int], bool] | None = None) -> int:
    """Render the document's pages onto the printer; returns how many were printed.

    `going_on(done, total)` is asked before each page; False abandons the job.
    """
    count = document.pageCount()
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), min(printer.toPage() or count, count)
    painter = QPainter()
    if count == 0 or not painter.begin(printer):
        return 0
    printed = 0
    try:
        for number in range(first - 1, last):
            if going_on is not None and not going_on(printed, last - first + 1):
                printer.abort()
                break
            if printed:
                printer.newPage()
            _print_page(document, number, painter, printer.resolution())
            printed += 1
    finally:
        painter.end()
    return printed


def _print_page(document: QPdfDocument, number: int, painter: QPainter, dpi: int) -> None:
    """One page scaled to fit the printable area, centred, never cropped."""
    area = painter.viewport()
    points = document.pagePointSize(number)
    scale = min(area.width() / points.width(), area.height() / points.height())
    width, height = int(points.width() * scale), int(points.height() * scale)
    target = QRect(area.x() + (area.width() - width) // 2,
                   area.y() + (area.height() - height) // 2, width, height)
    sharpness = min(1.0, MAX_PRINT_DPI / max(dpi, 1))
    image = document.render(number, QSize(int(width * sharpness), int(height * sharpness)))
    painter.drawImage(target, image)


class PackPreview(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PackPreview()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.document = QPdfDocument(self)
        self.path: str | None = None
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
        self.ui.info.setText(f"{path} · {pages} pages{' · ' + note if note else ''}")
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

    def print_to(self, printer: QPrinter, going_on=None) -> int:
        printer.setDocName(Path(self.path or "pack").stem)
        return print_document(self.document, printer, going_on)

    def print_dialog(self) -> bool:
        """The system's print dialog, then the pages; False if the user cancelled."""
        if self.document.pageCount() == 0:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        dialog.setWindowTitle("Print the meeting pack")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        progress = QProgressDialog("Printing the pack…", "&Cancel", 0,
                                   self.document.pageCount(), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def going_on(done: int, total: int) -> bool:
            # Pages render on this thread; a modal progress dialog keeps the window alive.
            progress.setMaximum(total)
            progress.setValue(done)
            return not progress.wasCanceled()

        printed = self.print_to(printer, going_on)
        progress.reset()
        if printed == 0 and not progress.wasCanceled():
            refused(self, "Print", "the printer could not be started")
        return printed > 0

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
