"""The Control strategy page: the strategy in force, its threat areas and must-win
battles with the live work serving each, and its local priorities; an older one
read for the record."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QHeaderView

from ocgboard.core import dates
from ocgboard.core.rows import control as control_rows
from ocgboard.errors import BoardError
from ocgboard.gui import ask
from ocgboard.gui.control import priorities, tree
from ocgboard.gui.control.dialogs import (
    AdoptDialog,
    AreaDialog,
    BattleDialog,
    PriorityDialog,
    StrategyWordsDialog,
)
from ocgboard.gui.control.models import AdriftModel, WorkModel
from ocgboard.gui.control.undo import WithdrawBattle, WithdrawPriority
from ocgboard.gui.forms.ui_control_page import Ui_ControlPage
from ocgboard.gui.page import Page
from ocgboard.gui.undo import push
from ocgboard.gui.widgets import refused
from ocgboard.printable import escaped

# What the page shows: the strategy, and the work (and its owners) that serves it.
WATCHES = ("control_strategy", "control_area", "control_battle", "control_priority",
           "action", "strategy_item", "threat", "agency")

WIDTHS = {WorkModel.Columns.WORK: 125, WorkModel.Columns.STATUS: 90, WorkModel.Columns.OWNER: 80}


def when(choice) -> str:
    """A strategy's standing in words: "in force from 1 May 2024", "superseded on …"."""
    if choice.superseded_on is not None and choice.in_force:  # the next from a later day
        return (f"in force from {dates.day(choice.adopted_on)} until "
                f"{dates.day(choice.superseded_on)}")
    if choice.superseded_on is not None:
        return f"superseded on {dates.day(choice.superseded_on)}"
    if choice.in_force:
        return f"in force from {dates.day(choice.adopted_on)}"
    return f"adopted, in force from {dates.day(choice.adopted_on)}"


class ControlPage(Page):
    title = "Control strategy"
    name = "control"
    watches = WATCHES

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.dialog: QDialog | None = None
        self.shown: control_rows.StrategyShown | None = None
        self.choices: list[control_rows.StrategyChoice] = []
        self.ui = Ui_ControlPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.work = WorkModel(self)
        self.adrift = AdriftModel(self)
        for view, model in ((ui.work, self.work), (ui.adrift, self.adrift)):
            view.setModel(model)
            view.verticalHeader().hide()
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            for column, width in WIDTHS.items():
                view.setColumnWidth(column, width)
            # The words take what is left, wrapped: never a scroll sideways.
            for column in (WorkModel.Columns.TEXT, AdriftModel.Columns.BATTLE):
                if column < model.columnCount():
                    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        ui.adrift.setMaximumHeight(150)
        tree.set_up(ui.areas)
        ui.splitter.setSizes([600, 480])
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 1)
        ui.strategy.activated.connect(lambda _n: self.load(ui.strategy.currentData()))
        ui.areas.currentItemChanged.connect(lambda *_: self._show_battle())
        ui.areas.itemActivated.connect(lambda *_: self.reword_battle())
        ui.addBattle.clicked.connect(self.add_battle)
        ui.rewordBattle.clicked.connect(self.reword_battle)
        ui.withdrawBattle.clicked.connect(self.withdraw_battle)
        ui.adopt.clicked.connect(self.adopt)
        ui.editArea.clicked.connect(self.edit_area)
        ui.editStrategy.clicked.connect(self.edit_strategy)
        ui.addPriority.clicked.connect(self.add_priority)
        ui.rewordPriority.clicked.connect(self.reword_priority)
        ui.withdrawPriority.clicked.connect(self.withdraw_priority)
        ui.priorities.currentItemChanged.connect(lambda *_: self._enable())
        ui.priorities.itemActivated.connect(lambda *_: self.reword_priority())
        context.settings.restore_splitter("control", ui.splitter)
        self._enable()

    # -- reading ---------------------------------------------------------------------

    def reload(self, _changes) -> None:
        self.load(self.shown.id if self.shown else None)

    def load(self, strategy_id: str | None = None, battle_id: str | None = None,
             priority_id: str | None = None) -> None:
        """Show a strategy (None: the one in force), keeping the battle (or area) and
        the priority chosen."""
        self.watch.loaded()
        kept = battle_id or self._current_key()
        kept_priority = priority_id or self._current_priority_id()
        self.choices = self.context.backend.read(control_rows.choices)
        if strategy_id not in {c.id for c in self.choices}:
            strategy_id = None  # gone (an import removed it): the one in force
        self.shown = self.context.backend.read(control_rows.shown, strategy_id)
        self._fill_choices()
        self._fill_summary()
        tree.fill(self.ui.areas, self.shown, kept)
        priorities.fill(self.ui.priorities, self.shown, kept_priority)
        self._fill_adrift()
        self._show_battle()

    def _current_key(self) -> str | None:
        found = tree.chosen(self.ui.areas) or tree.area_of(self.ui.areas)
        return found.id if found is not None else None

    def _current_priority_id(self) -> str | None:
        found = priorities.chosen(self.ui.priorities)
        return found.id if found is not None else None

    def _fill_choices(self) -> None:
        combo = self.ui.strategy
        combo.clear()
        for choice in self.choices:
            combo.addItem(escaped(f"{choice.title} ({when(choice)})"), choice.id)
        if self.shown is not None:
            combo.setCurrentIndex(combo.findData(self.shown.id))

    def _fill_summary(self) -> None:
        shown = self.shown
        if shown is None:
            self.ui.summary.setText("This board has no control strategy.")
            return
        lines = [f"<b>{escape(escaped(shown.title))}</b>, {when(shown)}"]
        if shown.aim:
            lines.append(f"Aim: {escape(escaped(shown.aim))}")
        if shown.themes:
            lines.append("Themes: " + "; ".join(escape(escaped(t)) for t in shown.themes))
        self.ui.summary.setText("<br>".join(lines))

    def _fill_adrift(self) -> None:
        found = self.shown.adrift if self.shown else ()
        self.adrift.set_rows(found)
        self.ui.adrift.resizeRowsToContents()
        self.ui.adriftBox.setVisible(bool(found))

    def _show_battle(self) -> None:
        battle, area = tree.chosen(self.ui.areas), tree.area_of(self.ui.areas)
        self._enable()
        rows = [*battle.actions, *battle.items] if battle is not None else []
        self.work.set_rows(rows)
        self.ui.work.resizeRowsToContents()
        self.ui.battle.setText(self._battle_words(battle, area))

    def _battle_words(self, battle, area) -> str:
        if battle is None:
            return "Choose a must-win battle to see the work serving it."
        head = (f"<b>{battle.number}</b> {escape(escaped(battle.text))}"
                f" ({escape(escaped(area.name))})")
        if not self.editable():
            return head + "<br>Kept for the record: the work serving it is counted for the " \
                          "newest strategy only."
        if battle.no_live_action:
            return head + f"<br>{tree.warning_html(self, 'No live action')}: no open action " \
                          "or strategic action serves it."
        return head + "<br>Live work serving it: " + tree.served_words(battle)

    # -- editing ---------------------------------------------------------------------

    def editable(self) -> bool:
        """Only the newest strategy is edited; an older one is kept for the record."""
        return self.shown is not None and self.shown.superseded_on is None

    def _enable(self) -> None:
        ui, can = self.ui, self.editable()
        battle = tree.chosen(ui.areas)
        ui.addBattle.setEnabled(can)
        ui.rewordBattle.setEnabled(can and battle is not None)
        ui.withdrawBattle.setEnabled(can and battle is not None)
        ui.adopt.setEnabled(can)
        ui.editArea.setEnabled(can and tree.area_of(ui.areas) is not None)
        ui.editStrategy.setEnabled(can)
        ui.addPriority.setEnabled(can)
        chosen = priorities.chosen(self.ui.priorities) is not None
        ui.rewordPriority.setEnabled(can and chosen)
        ui.withdrawPriority.setEnabled(can and chosen)
        ui.readOnly.setText(f"Kept for the record, {when(self.shown)}: only the newest "
                            "strategy is edited" if self.shown is not None and not can else "")

    def new_record(self) -> bool:
        if not self.editable():
            return False
        self.add_battle()
        return True

    def add_battle(self) -> None:
        if self.editable() and self.shown is not None:
            area = tree.area_of(self.ui.areas)
            self.dialog = BattleDialog(self, self.shown, area.id if area else None)
            self.dialog.open()

    def reword_battle(self) -> None:
        battle = tree.chosen(self.ui.areas)
        if self.editable() and self.shown is not None and battle is not None:
            self.dialog = BattleDialog(self, self.shown, tree.area_of(self.ui.areas).id,
                                       battle)
            self.dialog.open()

    def withdraw_battle(self) -> None:
        battle = tree.chosen(self.ui.areas)
        if not self.editable() or battle is None:
            return
        work = len(battle.actions) + len(battle.items)
        still = (f" The {tree.served_words(battle)} serving it will be listed as work on a "
                 "battle no longer in the strategy." if work else "")
        if not ask.before(self, "Withdraw a must-win battle",
                          f"Strike must-win battle {battle.number} '{battle.text}' from the "
                          f"strategy?{still}", "&Withdraw"):
            return
        refusal = push(self.context, WithdrawBattle(self.context, battle.id, battle.number))
        if refusal:
            refused(self, "Withdraw not possible", refusal)
            return
        self.saved(None, f"Must-win battle {battle.number} withdrawn")

    def edit_area(self) -> None:
        area = tree.area_of(self.ui.areas)
        if self.editable() and self.shown is not None and area is not None:
            models = self.context.backend.read(control_rows.management_models)
            self.dialog = AreaDialog(self, self.shown, area, models)
            self.dialog.open()

    def edit_strategy(self) -> None:
        if self.editable() and self.shown is not None:
            self.dialog = StrategyWordsDialog(self, self.shown)
            self.dialog.open()

    def add_priority(self) -> None:
        if self.editable():
            self.dialog = PriorityDialog(self)
            self.dialog.open()

    def reword_priority(self) -> None:
        chosen = priorities.chosen(self.ui.priorities)
        if self.editable() and chosen is not None:
            self.dialog = PriorityDialog(self, chosen)
            self.dialog.open()

    def withdraw_priority(self) -> None:
        chosen = priorities.chosen(self.ui.priorities)
        if not self.editable() or chosen is None:
            return
        if not ask.before(self, "Remove a local priority",
                          f"Strike local priority {chosen.number} '{chosen.text}' from the "
                          "strategy?", "&Remove"):
            return
        refusal = push(self.context, WithdrawPriority(self.context, chosen.id, chosen.number))
        if refusal:
            refused(self, "Remove not possible", refusal)
            return
        self.saved(None, f"Local priority {chosen.number} removed")

    def adopt(self) -> None:
        newest = self.choices[0] if self.choices else None
        if newest is not None and self.editable():
            self.dialog = AdoptDialog(self, newest)
            self.dialog.open()

    def write_refusing(self, fn, *args):
        """A write not on the undo stack: (the refusal's one line, None) or (None, result)."""
        try:
            return None, self.context.backend.write(fn, *args)
        except BoardError as exc:
            return exc.message, None

    def adopted(self, strategy_id: str) -> None:
        self.load(strategy_id)
        self.context.status(f"Control strategy adopted, {when(self.shown)}")

    def saved(self, battle_id: str | None, message: str) -> None:
        self.load(self.shown.id if self.shown else None, battle_id)
        self.context.status(f"{message} (Ctrl+Z undoes)")

    def priority_saved(self, priority_id: str | None, message: str) -> None:
        self.load(self.shown.id if self.shown else None, priority_id=priority_id)
        self.context.status(f"{message} (Ctrl+Z undoes)")

    def save_state(self) -> None:
        self.context.settings.save_splitter("control", self.ui.splitter)
