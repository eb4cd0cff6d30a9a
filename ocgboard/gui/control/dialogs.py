"""Adding or rewording a must-win battle, and adopting a new strategy."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ocgboard.core import dates
from ocgboard.core.rows import control as control_rows
from ocgboard.gui.control.undo import AddBattle, RewordBattle
from ocgboard.gui.discard import KeepsEdits
from ocgboard.gui.forms.ui_control_adopt_dialog import Ui_ControlAdoptDialog
from ocgboard.gui.forms.ui_control_battle_dialog import Ui_ControlBattleDialog
from ocgboard.gui.undo import push
from ocgboard.printable import escaped


class BattleDialog(KeepsEdits, QDialog):
    """A new battle for a threat area (`battle` None), or new words for one."""

    def __init__(self, page, shown: control_rows.StrategyShown, area_id: str | None,
                 battle: control_rows.BattleRow | None = None):
        super().__init__(page)
        self.page, self.battle = page, battle
        self.ui = Ui_ControlBattleDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.message.setTextFormat(Qt.TextFormat.PlainText)  # the refusal quotes what was typed
        for area in shown.areas:
            ui.area.addItem(escaped(f"{area.number}. {area.name}"), area.id)
        ui.area.setCurrentIndex(max(0, ui.area.findData(area_id)))
        if battle is not None:
            self.setWindowTitle(f"Reword must-win battle {battle.number}")
            ui.area.setEnabled(False)  # a battle stays in its area: withdraw it, add anew
            ui.text.setText(battle.text)
            ui.text.selectAll()
        ui.text.setFocus()
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self.keep_edits()

    def accept(self) -> None:
        text = self.ui.text.text()
        if self.battle is None:
            command: AddBattle | RewordBattle = AddBattle(self.page.context,
                                                          self.ui.area.currentData(), text)
        else:
            command = RewordBattle(self.page.context, self.battle.id, text)
        refusal = push(self.page.context, command)
        if refusal:
            self.ui.message.setText(refusal)
            return
        super().accept()
        if isinstance(command, AddBattle):
            self.page.saved(command.row_id, "Must-win battle added")
        else:
            self.page.saved(self.battle.id, f"Must-win battle {self.battle.number} reworded")


class AdoptDialog(KeepsEdits, QDialog):
    def __init__(self, page, newest: control_rows.StrategyChoice):
        super().__init__(page)
        self.page = page
        self.ui = Ui_ControlAdoptDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.message.setTextFormat(Qt.TextFormat.PlainText)
        ui.explain.setText(
            f"The new strategy starts as a copy of <b>{escape(escaped(newest.title))}</b> "
            "(its aim, themes, threat areas, must-win battles and local priorities), which "
            "is kept as it is, for the record. Open actions and strategic actions serving "
            "its battles move to the new one's.")
        ui.adoptedOn.setup("adoption date", dates.MEETING, page.context.backend.today)
        ui.adoptedOn.set_date(page.context.backend.today())
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self.keep_edits()

    def accept(self) -> None:
        ui = self.ui
        try:
            day = ui.adoptedOn.value()
        except dates.DateRefused as refused:
            ui.message.setText(refused.message)
            return
        # Not undoable: it moves the live tasking, and the board adopts after a decision.
        refusal, new_id = self.page.write_refusing(control_rows.adopt, ui.title.text(), day)
        if refusal:
            ui.message.setText(refusal)
            return
        super().accept()
        self.page.adopted(new_id)
