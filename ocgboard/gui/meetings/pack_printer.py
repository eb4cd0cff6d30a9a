"""Printing the pack from the preview, on the task runner.

Where CUPS is, the queues are listed off the GUI thread, our own dialog asks
for printer, pages, copies and sides, and the PDF itself goes to the queue
(`reports/printing.py`). Elsewhere the system's print dialog chooses, set to
the pack's orientation, and the pages are rendered onto the printer at 100 %
(`render_print.py`). Either way the outcome is one line: `said` on success,
a refusal box on failure.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSizeF, Qt, Signal
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from ocgboard.core import plural
from ocgboard.gui.meetings import render_print
from ocgboard.gui.meetings.print_dialog import PrintDialog
from ocgboard.gui.runner import TaskRunner
from ocgboard.gui.widgets import refused
from ocgboard.reports import printing

TITLE = "Print the meeting pack"
# Each window its own title, so a person can tell them apart among open windows.
CHOOSE_TITLE = "Choose a printer for the meeting pack"
PRINTING_TITLE = "Printing the meeting pack"


def _queues(_progress) -> printing.Queues:
    found = printing.queues()
    if not found.names:
        raise printing.PrintingError("no printer is set up here: CUPS lists no queue")
    return found


def _send(_progress, path: str, request: printing.Request, size: tuple[float, float],
          page_count: int) -> printing.Sent:
    return printing.send(path, request, size, page_count)


def system_dialog(printer: QPrinter, page_count: int, parent: QWidget | None) -> QPrintDialog:
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, page_count)
    for option in (QAbstractPrintDialog.PrintDialogOption.PrintPageRange,
                   QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies,
                   QAbstractPrintDialog.PrintDialogOption.PrintShowPageSize):
        dialog.setOption(option, True)
    dialog.setWindowTitle(CHOOSE_TITLE)
    return dialog


def printing_progress(parent: QWidget | None) -> QProgressDialog:
    progress = QProgressDialog("Printing the pack…", "&Cancel", 0, 100, parent)
    progress.setWindowTitle(PRINTING_TITLE)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(500)
    progress.setAutoClose(False)
    return progress


class PackPrinter(QObject):
    said = Signal(str)  # how the print went, in one line

    def __init__(self, parent: QWidget, runner: TaskRunner):
        super().__init__(parent)
        self.parent_widget, self.runner = parent, runner
        self.dialog: PrintDialog | QPrintDialog | None = None  # the one on screen
        self.task = None
        self.progress: QProgressDialog | None = None
        self.job: tuple[str, int, tuple[float, float]] = ("", 0, (0.0, 0.0))

    @property
    def busy(self) -> bool:
        return self.task is not None or self.dialog is not None

    def start(self, path: str, page_count: int, size: tuple[float, float]) -> bool:
        """Ask how to print the PDF at `path` (its pages `size` points); False if busy."""
        if self.busy:
            return False
        self.job = (path, page_count, size)
        if printing.available():
            self.task = self.runner.start("Printers", _queues, quiet=True,
                                          on_done=self._choose, on_failed=self._failed)
        else:
            self._system_dialog()
        return True

    def _choose(self, found: printing.Queues) -> None:
        self.task = None
        _path, page_count, size = self.job
        dialog = PrintDialog(found, page_count, size, self.parent_widget)
        self._show(dialog, lambda: self._send(dialog.chosen))

    def _send(self, request: printing.Request) -> None:
        path, page_count, size = self.job
        self.said.emit(f"Sending the pack to {request.printer}…")
        self.task = self.runner.start(TITLE, _send, path, request, size, page_count,
                                      on_done=self._sent, on_failed=self._failed)

    def _sent(self, sent: printing.Sent) -> None:
        self.task = None
        self.said.emit(f"Pack {sent.describe()}.")

    def _system_dialog(self) -> None:
        _path, page_count, size = self.job
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(printing.JOB_TITLE)  # the file's own name may name a person
        printer.setFullPage(True)
        render_print.lay_out(printer, QSizeF(*size))  # the dialog shows the pack's orientation
        dialog = system_dialog(printer, page_count, self.parent_widget)
        self._show(dialog, lambda: self._render(printer))

    def _render(self, printer: QPrinter) -> None:
        self.progress = progress = printing_progress(self.parent_widget)
        self.task = self.runner.start(TITLE, render_print.render, self.job[0], printer,
                                      on_done=self._rendered, on_failed=self._failed,
                                      on_cancelled=self._cancelled)
        self.task.signals.progress.connect(lambda percent, _text: progress.setValue(percent))
        progress.canceled.connect(self.task.progress.cancel)

    def _rendered(self, printed: int) -> None:
        self._end()
        self.said.emit(f"Pack printed: {plural.count(printed, 'page')} at 100 %.")

    def _cancelled(self) -> None:
        self._end()
        self.said.emit("Printing cancelled.")

    def _failed(self, message: str) -> None:
        self._end()
        self.said.emit("Not printed.")
        refused(self.parent_widget, "Print", message)

    def _end(self) -> None:
        self.task = None
        if self.progress is not None:
            self.progress.canceled.disconnect()  # closing would otherwise count as Cancel
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _show(self, dialog, then) -> None:
        """Window-modal, not exec(): the app keeps drawing while the person chooses.
        (finished, not accepted: QPrintDialog's accepted is overloaded.)"""
        self.dialog = dialog

        def closed(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted.value:
                then()

        dialog.finished.connect(closed)
        QDialog.open(dialog)  # QPrintDialog's own open() wants a slot to call
