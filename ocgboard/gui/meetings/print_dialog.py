"""Where and how the pack goes to a CUPS queue: printer, pages, copies, both sides.

The orientation and paper are the PDF's own and are shown, not chosen: the
pack is printed as it is, at 100 %.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ocgboard.core import plural
from ocgboard.errors import BoardError
from ocgboard.gui.forms.ui_print_dialog import Ui_PrintDialog
from ocgboard.reports import printing

MM_PER_POINT = 25.4 / 72


def page_words(size: tuple[float, float], page_count: int) -> str:
    """Such as "42 pages, landscape A4 (297 × 210 mm)"."""
    width, height = (round(side * MM_PER_POINT) for side in size)
    paper = printing.media(size)
    return (f"{plural.count(page_count, 'page')}, "
            f"{printing.orientation(size)} {paper + ' ' if paper else ''}"
            f"({width} × {height} mm)")


def duplex_words(size: tuple[float, float]) -> str:
    edge = "short" if printing.orientation(size) == printing.LANDSCAPE else "long"
    return f"Print on &both sides (turned on the {edge} edge, as {printing.orientation(size)} " \
           "pages need)"


class PrintDialog(QDialog):
    def __init__(self, found: printing.Queues, page_count: int, size: tuple[float, float],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PrintDialog()
        self.ui.setupUi(self)
        self.page_count = page_count
        self.chosen: printing.Request | None = None
        ui = self.ui
        ui.printer.addItems(list(found.names))
        if found.default in found.names:
            ui.printer.setCurrentText(found.default)
        ui.orientation.setText(page_words(size, page_count))
        ui.pages.setPlaceholderText(f"all {plural.count(page_count, 'page')}, or such as 1-3,7")
        ui.copies.setMaximum(printing.MAX_COPIES)
        ui.duplex.setText(duplex_words(size))
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Print")
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.pages.textEdited.connect(lambda _text: ui.problem.hide())

    def request(self) -> printing.Request:
        ui = self.ui
        return printing.Request(ui.printer.currentText(), ui.copies.value(), ui.pages.text(),
                                ui.duplex.isChecked())

    def accept(self) -> None:
        """Pages the pack has not got are said here, under the fields, and the dialog stays."""
        try:
            self.chosen = printing.checked(self.request(), self.page_count)
        except BoardError as exc:
            self.ui.problem.setText(exc.message)
            self.ui.problem.show()
            self.ui.pages.setFocus()
            return
        super().accept()
