"""Printing where there is no CUPS (Windows): the pages rendered by Qt, true to size.

Each page goes onto paper of its own size and orientation, set on the
printer before the page starts, in full-page mode: drawn at 100 % from the
paper's corner, not fitted between the driver's margins. Pages are
pictures here (QtPdf renders only to images), at the printer's resolution
up to MAX_PRINT_DPI.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from ocgboard.errors import BoardError
from ocgboard.gui.runner import Cancelled, Progress

# A page rendered at 1200 dpi is over half a gigabyte of bitmap; 600 dpi keeps
# small type sharp at a quarter of that.
MAX_PRINT_DPI = 600
POINTS_PER_INCH = 72


def page_layout(points: QSizeF) -> QPageLayout:
    """The page's own paper and orientation, full page, without margins."""
    width, height = points.width(), points.height()
    paper = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point)
    turned = (QPageLayout.Orientation.Landscape if width > height
              else QPageLayout.Orientation.Portrait)
    layout = QPageLayout(paper, turned, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    layout.setMode(QPageLayout.Mode.FullPageMode)  # the printer's full page mode lives here
    return layout


def lay_out(printer: QPrinter, points: QSizeF) -> None:
    """Set the next page's paper; a driver without that paper still gets the orientation."""
    layout = page_layout(points)
    if not printer.setPageLayout(layout):
        printer.setPageOrientation(layout.orientation())


def chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """The page numbers (from 0) the print dialog chose."""
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), min(printer.toPage() or count, count)
    return list(range(first - 1, last))


def print_document(document: QPdfDocument, printer: QPrinter,
                   going_on: Callable[[int, int], bool] | None = None) -> int:
    """Render the chosen pages onto the printer; returns how many were printed.

    `going_on(done, total)` is asked before each page; False abandons the job.
    """
    numbers = chosen_pages(printer, document.pageCount())
    if not numbers:
        return 0
    printer.setFullPage(True)
    lay_out(printer, document.pagePointSize(numbers[0]))
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for number in numbers:
            if going_on is not None and not going_on(printed, len(numbers)):
                printer.abort()
                break
            if printed:
                lay_out(printer, document.pagePointSize(number))
                printer.newPage()
            _print_page(document, number, painter, printer)
            printed += 1
    finally:
        painter.end()
    return printed


def _print_page(document: QPdfDocument, number: int, painter: QPainter,
                printer: QPrinter) -> None:
    """The page at 100 %, centred on the paper: the same size as the page, unless the
    driver kept paper of its own, which then crops it as CUPS does at 100 %."""
    dpi = printer.resolution()
    paper = QRectF(printer.pageLayout().fullRectPixels(dpi))
    # The painter keeps the first page's geometry through newPage(): give it this one's.
    painter.setViewport(paper.toRect())
    painter.setWindow(paper.toRect())
    points = document.pagePointSize(number)
    scale = dpi / POINTS_PER_INCH
    target = QRectF(0, 0, points.width() * scale, points.height() * scale)
    target.moveCenter(paper.center())
    sharp = min(dpi, MAX_PRINT_DPI) / POINTS_PER_INCH
    image = document.render(number, QSize(round(points.width() * sharp),
                                          round(points.height() * sharp)))
    painter.drawImage(target, image)


def render(progress: Progress, path: str, printer: QPrinter) -> int:
    """On the worker thread: the pack at `path` onto the printer; how many pages."""
    document = QPdfDocument()  # its own: the preview's lives on the GUI thread
    if document.load(path) != QPdfDocument.Error.None_:
        raise BoardError(f"cannot read the pack at {path} to print it")

    def going_on(done: int, total: int) -> bool:
        if progress.cancelled:
            return False
        progress.report(100 * done // total, f"Printing page {done + 1} of {total}")
        return True

    try:
        printed = print_document(document, printer, going_on)
    finally:
        document.close()
    if progress.cancelled:
        raise Cancelled()
    if printed == 0:
        raise BoardError("the printer could not be started")
    return printed
