"""Choosing tactics from the library for a threat's plan.

Filter the library by strand, lifestyle area, default owner and words; tick
the tactics wanted (Space ticks the highlighted one). Each ticked tactic
starts from its defaults: its owner agency, its SMART texts, and a preview
of its Specific text with 'OCG number **' replaced by the threat's
reference; all can be changed before "Add to plan", which adds them all
(or none, if one is refused) as one undoable step. A tactic already in the
plan (not withdrawn) says so in the list and when ticked, and adding it
again is asked first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import astuple, dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from ocgboard.core import dates, library
from ocgboard.core.plans import WITHDRAWN
from ocgboard.core.rows import plans as plan_rows
from ocgboard.core.rows import tactics as tactic_rows
from ocgboard.errors import BoardError
from ocgboard.gui.discard import KeepsEdits
from ocgboard.gui.forms.ui_tactic_picker import Ui_TacticPicker
from ocgboard.gui.library.filters import fill_filters, filters_of
from ocgboard.gui.library.models import TacticsModel
from ocgboard.gui.plans import undo as undo_plans

NEW_DUE = dt.timedelta(weeks=12)
SMART_EDITS = ("measurable", "achievable", "relevant")
OWNER_CHARACTERS = 16


@dataclass
class Draft:
    owner: str | None
    due: str  # as typed: read when the tactics are added, each with its own reason
    measurable: str
    achievable: str
    relevant: str
    timebound: str = ""


class TacticPicker(KeepsEdits, QDialog):
    def __init__(self, context, plan: plan_rows.Plan, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.plan = context, plan
        self.ui = ui = Ui_TacticPicker()
        ui.setupUi(self)
        self.agencies = context.backend.read(tactic_rows.agencies)
        self.known: dict[str, tactic_rows.TacticRow] = {}
        self.drafts: dict[str, Draft] = {}
        self.made: list[str] = []
        self._loading = False
        self.model = TacticsModel(self, checkable=True)
        self.in_plan = {a.tactic_code: a for a in reversed(plan.actions)  # the first kept
                        if a.tactic_code and a.status != WITHDRAWN}
        self.model.in_plan = {code: f"{a.label} ({a.status})" for code, a in self.in_plan.items()}
        self._build()
        self.search()
        self.keep_edits()

    def _build(self) -> None:
        ui = self.ui
        self.setWindowTitle(f"Add tactics from the library — {self.plan.reference}")
        ui.intro.setText(f"Tick the tactics to add to the 4P plan of <b>{self.plan.reference}"
                         f"</b> ({self.plan.name}). Each starts with its usual owner and "
                         "wording: change them on the right before adding.")
        fill_filters(ui.strand, ui.area, ui.agency, self.agencies)
        for row in self.agencies:
            ui.owner.addItem(row.name, row.name)
        ui.tactics.setModel(self.model)
        ui.tactics.verticalHeader().hide()
        ui.tactics.verticalHeader().setDefaultSectionSize(ui.tactics.fontMetrics().height() + 8)
        ui.tactics.installEventFilter(self)
        ui.words.installEventFilter(self)
        header = ui.tactics.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TacticsModel.C.SPECIFIC, QHeaderView.ResizeMode.Stretch)
        # A long owner ("Gangmasters and Labour Abuse Authority") would push the
        # tactic's own words out of sight: the owner column is given a readable
        # width, its full name in the cell's tooltip and on the right once ticked.
        header.setSectionResizeMode(TacticsModel.C.OWNER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TacticsModel.C.OWNER, ui.tactics.fontMetrics().averageCharWidth()
                             * OWNER_CHARACTERS)
        ui.tactics.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        ui.splitter.setSizes([700, 460])
        # The library is what is read to choose: it takes the larger share of any width.
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        self.add_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText("&Add to plan")
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        for combo in (ui.strand, ui.area, ui.agency):
            combo.currentIndexChanged.connect(self.search)
        ui.words.textChanged.connect(self.search)
        self.model.chosen_changed.connect(self._chosen_changed)
        ui.chosen.currentItemChanged.connect(lambda *_: self._show_draft())
        ui.owner.currentIndexChanged.connect(self._keep_draft)
        ui.due.setup("due date", dates.PLANNED, self.context.backend.today, optional=True,
                     empty="no due date")
        ui.due.textChanged.connect(self._keep_draft)
        ui.dueForAll.clicked.connect(self._due_for_every_tactic)
        ui.timebound.textChanged.connect(self._keep_draft)
        for name in SMART_EDITS:
            getattr(ui, name).textChanged.connect(self._keep_draft)
        self._chosen_changed()

    # -- the library ----------------------------------------------------------------------

    def search(self) -> None:
        ui = self.ui
        try:
            found = self.context.backend.read(tactic_rows.tactics, **filters_of(
                ui.strand, ui.area, ui.agency, ui.words.text()))
        except BoardError as exc:
            self.ui.message.setText(exc.message)
            return
        self.known.update({row.code: row for row in found})
        self.model.set_rows(found)
        self.ui.message.setText("" if found else "No tactic in the library matches these "
                                "filters.")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Space or Enter on a tactic ticks it; Enter in the words goes to the list.
        # Neither may press "Add to plan" behind the chair's back.
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.ui.tactics and (enter or key == Qt.Key.Key_Space):
            current = self.ui.tactics.currentIndex()
            if current.isValid():
                self.model.toggle(current.row())
            return True
        if watched is self.ui.words and enter:
            self.ui.tactics.setFocus()
            if not self.ui.tactics.currentIndex().isValid() and self.model.rowCount():
                self.ui.tactics.setCurrentIndex(self.model.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    # -- the chosen tactics -----------------------------------------------------------------

    def _chosen_changed(self) -> None:
        chosen = self.model.chosen
        for code in chosen:
            if code not in self.drafts:
                self.drafts[code] = self._defaults(self.known[code])
        for code in set(self.drafts) - set(chosen):
            del self.drafts[code]
        current = self.ui.chosen.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current else None
        newest = chosen[-1] if chosen and chosen[-1] not in self._listed() else keep
        self.ui.chosen.clear()
        for code in chosen:
            again = f" · again: in the plan as {self.in_plan[code].label}" \
                if code in self.in_plan else ""
            item = QListWidgetItem(f"{code} · {self.known[code].strand} · "
                                   f"{self.known[code].default_owner}{again}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.ui.chosen.addItem(item)
            if code == newest:
                self.ui.chosen.setCurrentItem(item)
        self.ui.dueForAll.setVisible(len(chosen) > 1)
        self.add_button.setEnabled(bool(chosen))
        self.add_button.setText(f"&Add {len(chosen)} to plan" if len(chosen) > 1
                                else "&Add to plan")
        self._show_draft()

    def _listed(self) -> set[str]:
        return {self.ui.chosen.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(self.ui.chosen.count())}

    def _defaults(self, tactic: tactic_rows.TacticRow) -> Draft:
        wanted = tactic.default_owner.casefold()
        owner = next((a.name for a in self.agencies
                      if wanted in (a.name.casefold(), (a.short_name or "").casefold())), None)
        return Draft(owner, dates.typed(self.context.backend.today() + NEW_DUE),
                     tactic.measurable or "",
                     tactic.achievable or "",
                     library.fill(tactic.relevant, self.plan.reference) or "")

    def current_code(self) -> str | None:
        item = self.ui.chosen.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_draft(self) -> None:
        ui, code = self.ui, self.current_code()
        ui.draft.setEnabled(code is not None)
        self._loading = True
        try:
            self._say_in_plan(code)
            if code is None:
                ui.draft.setTitle("Tick a tactic to choose it")
                ui.preview.setText("")
                return
            draft, tactic = self.drafts[code], self.known[code]
            ui.draft.setTitle(f"{code}, as it will be added")
            ui.preview.setText(library.fill(tactic.specific, self.plan.reference))
            ui.owner.setCurrentIndex(ui.owner.findData(draft.owner))
            ui.due.set_text(draft.due)
            for name in SMART_EDITS:
                getattr(ui, name).setPlainText(getattr(draft, name))
            ui.timebound.setText(draft.timebound)
        finally:
            self._loading = False

    def edits(self) -> object:
        """What closing would lose: the tactics ticked and how each was changed."""
        return [(code, astuple(self.drafts[code])) for code in self.model.chosen]

    def _say_in_plan(self, code: str | None) -> None:
        """Said as the tactic is chosen, not only when it is added."""
        there = self.in_plan.get(code) if code else None
        said = self.ui.message.text()
        if there is not None:
            self.ui.message.setText(f"{code} is in this plan already, as {there.label}: "
                                    "adding it again makes a second action.")
        elif "in this plan already" in said:
            self.ui.message.setText("")

    def _add_again(self) -> bool:
        """True when no chosen tactic is in the plan, or the chair says to add it again."""
        again = [self.in_plan[code] for code in self.model.chosen if code in self.in_plan]
        if not again:
            return True
        said = " ".join(f"{a.tactic_code} is in this plan already, as {a.label} ({a.status})."
                        for a in again)
        answer = QMessageBox.question(
            self, "Add again?", f"{said} Add {'it' if len(again) == 1 else 'them'} again?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _keep_draft(self) -> None:
        code = self.current_code()
        if self._loading or code is None:
            return
        ui, draft = self.ui, self.drafts[code]
        draft.owner = ui.owner.currentData()
        draft.due = ui.due.text()
        for name in SMART_EDITS:
            setattr(draft, name, getattr(ui, name).toPlainText())
        draft.timebound = ui.timebound.text()

    def _due_for_every_tactic(self) -> None:
        try:
            due = self.ui.due.value()
        except dates.DateRefused:
            return  # the reason is beside the field
        typed = self.ui.due.text()
        for draft in self.drafts.values():
            draft.due = typed
        self.ui.message.setText(f"All {len(self.drafts)} ticked tactics are due "
                                f"{dates.day(due)}." if due else
                                f"None of the {len(self.drafts)} ticked tactics has a due date.")

    # -- adding ---------------------------------------------------------------------------------

    def _due_dates(self) -> dict[str, dt.date | None] | None:
        """Each chosen tactic's due date; None when one cannot be taken, that tactic shown
        with the reason beside its field."""
        found = {}
        today = self.context.backend.today()
        for code in self.model.chosen:
            try:
                found[code] = dates.take(self.drafts[code].due, "due date", dates.PLANNED,
                                         today)
            except dates.DateRefused as refused:
                self._choose(code)
                self.ui.due.show_refusal(refused.reason)
                self.ui.due.setFocus()
                self.ui.message.setText(f"{code}: {refused.message}")
                return None
        return found

    def _choose(self, code: str) -> None:
        for row in range(self.ui.chosen.count()):
            if self.ui.chosen.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.ui.chosen.setCurrentRow(row)

    def accept(self) -> None:
        due = self._due_dates()
        if due is None or not self._add_again():
            return
        drafts = [tactic_rows.TacticDraft(code, d.owner, due[code], d.measurable,
                                          d.achievable, d.relevant, d.timebound)
                  for code in self.model.chosen if (d := self.drafts[code])]
        try:
            made = self.context.backend.write(plan_rows.add_tactics, self.plan.threat_id,
                                              drafts)
        except BoardError as exc:
            self.ui.message.setText(exc.message)
            return
        self.made = made
        count = f"{len(made)} tactics" if len(made) > 1 else f"tactic {drafts[0].code}"
        self.context.undo.push(undo_plans.AddActions(
            self.context, made, f"Add {count} to {self.plan.reference}'s plan"))
        self.context.status(f"Added {count} to {self.plan.reference}'s plan "
                            "(Edit > Undo takes them back)")
        super().accept()
