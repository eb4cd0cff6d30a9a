"""Board settings: the board's name, the area it covers and its protective marking, as
the first-run wizard promised they could be changed later; and the name this
laptop's operator works under.

The board's settings are a record like any edit (core/board.change_settings), so
the deputy's laptop and the agencies' next extracts take them. An agency's laptop
shows them read-only: they are the chair's, and come with each extract.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from ocgboard.core import board, vocab
from ocgboard.errors import BoardError
from ocgboard.gui.context import Context
from ocgboard.gui.forms.ui_board_settings import Ui_BoardSettingsDialog

READ_ONLY = ("These are the board's, and its chair changes them: this laptop holds "
             "{agency}'s extract, and the next extract brings any change.")


def _save(session, name: str, area: str, marking: str, operator: str, agency: bool) -> None:
    if not agency:
        board.change_settings(session, name, area, marking)
    if operator:
        board.set_operator(session, operator)


class BoardSettingsDialog(QDialog):
    def __init__(self, context: Context, parent=None):
        super().__init__(parent)
        self.context = context
        self.ui = ui = Ui_BoardSettingsDialog()
        ui.setupUi(self)
        self.info = info = context.backend.info()
        ui.boardName.setText(info.name)
        ui.area.setText(info.area or "")
        ui.marking.addItems(vocab.values("markings"))
        ui.marking.setCurrentText(info.marking)
        ui.operatorName.setText(info.operator or "")
        ui.readOnly.setVisible(info.agency is not None)
        if info.agency is not None:
            self._read_only(info.agency)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)

    def _read_only(self, agency: str) -> None:
        ui = self.ui
        for field in (ui.boardName, ui.area):
            field.setReadOnly(True)
        ui.marking.setEnabled(False)
        ui.readOnly.setText(READ_ONLY.format(agency=agency))
        ui.operatorName.setFocus()

    def accept(self) -> None:
        ui, backend = self.ui, self.context.backend
        operator = ui.operatorName.text().strip()
        before = backend.author
        # What the operator does from now on is in the name they give, this too.
        backend.author = operator or before
        try:
            backend.write(_save, ui.boardName.text(), ui.area.text().strip(),
                          ui.marking.currentText(), operator, self.info.agency is not None)
        except BoardError as exc:
            backend.author = before
            ui.message.setText(exc.message)
            return
        super().accept()
