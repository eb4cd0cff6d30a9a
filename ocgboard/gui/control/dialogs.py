"""Adding or rewording a must-win battle or a local priority, editing a threat area
or the strategy's own words, and adopting a new strategy."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ocgboard.core import dates
from ocgboard.core.rows import control as control_rows
from ocgboard.gui.control.undo import (
    AddBattle,
    AddPriority,
    EditArea,
    EditStrategy,
    RewordBattle,
    RewordPriority,
)
from ocgboard.gui.discard import KeepsEdits
from ocgboard.gui.forms.ui_control_adopt_dialog import Ui_ControlAdoptDialog
from ocgboard.gui.forms.ui_control_area_dialog import Ui_ControlAreaDialog
from ocgboard.gui.forms.ui_control_battle_dialog import Ui_ControlBattleDialog
from ocgboard.gui.forms.ui_control_priority_dialog import Ui_ControlPriorityDialog
from ocgboard.gui.forms.ui_control_strategy_dialog import Ui_ControlStrategyDialog
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


NO_THEME = "(none)"


class AreaDialog(KeepsEdits, QDialog):
    """A threat area's management model, group and theme; never its name."""

    def __init__(self, page, shown: control_rows.StrategyShown, area: control_rows.AreaRow,
                 models: list[str]):
        super().__init__(page)
        self.page, self.area = page, area
        self.ui = Ui_ControlAreaDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.message.setTextFormat(Qt.TextFormat.PlainText)
        self.setWindowTitle(f"Edit threat area {area.number}")
        ui.explain.setText(
            f"<b>{area.number}. {escape(escaped(area.name))}</b><br>Its name stays: threats "
            "name their areas by it. To rename one, add the new area and move its threats.")
        for model in models:
            ui.model.addItem(model, model)
        ui.model.setCurrentIndex(max(0, ui.model.findData(area.management_model)))
        for group in dict.fromkeys(a.group for a in shown.areas):
            ui.group.addItem(escaped(group), group)
        ui.group.setCurrentText(area.group)
        ui.theme.addItem(NO_THEME, "")
        themes = list(shown.themes)
        if area.theme and area.theme not in themes:  # kept, though the strategy dropped it
            themes.append(area.theme)
        for theme in themes:
            ui.theme.addItem(escaped(theme), theme)
        ui.theme.setCurrentIndex(max(0, ui.theme.findData(area.theme or "")))
        ui.model.setFocus()
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self.keep_edits()

    def accept(self) -> None:
        ui = self.ui
        words = control_rows.AreaWords(ui.model.currentData(), ui.group.currentText(),
                                       ui.theme.currentData() or None)
        refusal = push(self.page.context,
                       EditArea(self.page.context, self.area.id, self.area.name, words))
        if refusal:
            ui.message.setText(refusal)
            return
        super().accept()
        self.page.saved(None, f"Threat area {self.area.name} changed")


class PriorityDialog(KeepsEdits, QDialog):
    """A new local priority (`priority` None), or new words for one."""

    def __init__(self, page, priority: control_rows.PriorityRow | None = None):
        super().__init__(page)
        self.page, self.priority = page, priority
        self.ui = Ui_ControlPriorityDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.message.setTextFormat(Qt.TextFormat.PlainText)  # the refusal quotes what was typed
        if priority is not None:
            self.setWindowTitle(f"Reword local priority {priority.number}")
            ui.text.setText(priority.text)
            ui.text.selectAll()
        ui.text.setFocus()
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self.keep_edits()

    def accept(self) -> None:
        text = self.ui.text.text()
        command: AddPriority | RewordPriority = (
            AddPriority(self.page.context, text) if self.priority is None
            else RewordPriority(self.page.context, self.priority.id, text))
        refusal = push(self.page.context, command)
        if refusal:
            self.ui.message.setText(refusal)
            return
        super().accept()
        if isinstance(command, AddPriority):
            self.page.priority_saved(command.row_id, "Local priority added")
        else:
            self.page.priority_saved(command.row_id,
                                     f"Local priority {self.priority.number} reworded")


class StrategyWordsDialog(KeepsEdits, QDialog):
    """The newest strategy's title, aim and themes (one a line)."""

    def __init__(self, page, shown: control_rows.StrategyShown):
        super().__init__(page)
        self.page = page
        self.ui = Ui_ControlStrategyDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.message.setTextFormat(Qt.TextFormat.PlainText)
        ui.title.setText(shown.title)
        ui.aim.setText(shown.aim or "")
        ui.aim.setCursorPosition(0)
        ui.themes.setPlainText("\n".join(shown.themes))
        ui.title.setFocus()
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self.keep_edits()

    def accept(self) -> None:
        ui = self.ui
        # A blank line between themes is spacing, not a theme.
        themes = tuple(line for line in ui.themes.toPlainText().splitlines() if line.strip())
        words = control_rows.StrategyWords(ui.title.text(), ui.aim.text() or None, themes)
        refusal = push(self.page.context, EditStrategy(self.page.context, words))
        if refusal:
            ui.message.setText(refusal)
            return
        super().accept()
        self.page.saved(None, "Control strategy changed")
