"""One action's SMART fields, owner agency, named officer, due date, RAG override and
the must-win battle of the control strategy it serves.

Opened on an existing action (Edit…, Enter on a row) or to add a free-text
action to a threat's plan. OK writes at once, through the plan services,
and pushes one undoable command for everything changed.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ocgboard.core import dates, vocab
from ocgboard.core.rows import battles as battle_rows
from ocgboard.core.rows import plans as plan_rows
from ocgboard.core.rows import tactics as tactic_rows
from ocgboard.core.rows.common import iso
from ocgboard.errors import BoardError
from ocgboard.gui import withheld
from ocgboard.gui.discard import KeepsEdits
from ocgboard.gui.forms.ui_action_dialog import Ui_ActionDialog
from ocgboard.gui.plans import undo as undo_plans
from ocgboard.gui.widgets import rag_icon

TEXTS = ("specific", "measurable", "achievable", "relevant")
RAG_CHOICES = (("Worked out from the due date and status", "auto", None),
               ("Red (set by the board)", "red", "red"),
               ("Amber (set by the board)", "amber", "amber"),
               ("Green (set by the board)", "green", "green"))
NEW_DUE = dt.timedelta(weeks=12)
FIELD_WORDS = {"due_on": "due date", "rag_override": "RAG", "person": "officer",
               "owner": "owner agency", "battle": "must-win battle"}


class ActionDialog(KeepsEdits, QDialog):
    """`action_id` to edit an action; or `threat` (id or reference) to add a free-text one."""

    def __init__(self, context, action_id: str | None = None, *, threat: str | None = None,
                 reference: str = "", strand: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ActionDialog()
        self.ui.setupUi(self)
        self.threat, self.reference = threat, reference
        self.row = context.backend.read(plan_rows.action, action_id) if action_id else None
        self.agencies = context.backend.read(tactic_rows.agencies)
        self.people = context.backend.read(tactic_rows.people)
        self.battles = context.backend.read(battle_rows.choices)
        self._fill_choices(strand)
        self.ui.owner.currentIndexChanged.connect(self._fill_people)
        self.ui.due.setup("due date", dates.PLANNED, context.backend.today, optional=True,
                          empty="no due date")
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        if self.row:
            self._show(self.row)
        else:
            self._blank()
        self.old = self.values()
        ui = self.ui
        withheld.watch(context.backend, ui.withheldHint, ui.specific, ui.measurable,
                       ui.achievable, ui.relevant, ui.timebound)
        self.keep_edits()

    # -- filling --------------------------------------------------------------------

    def _fill_choices(self, strand: str | None) -> None:
        ui = self.ui
        ui.strand.addItems(vocab.values("strands"))
        if strand:
            ui.strand.setCurrentText(strand)
        for agency in self.agencies:
            shown = agency.name if agency.short_name in (None, agency.name) else \
                f"{agency.name} ({agency.short_name})"
            ui.owner.addItem(shown, agency.name)
        for text, value, rating in RAG_CHOICES:
            if rating:
                ui.rag.addItem(rag_icon(rating), text, value)
            else:
                ui.rag.addItem(text, value)
        ui.battle.addItem("(none)", "")
        for key, label in self.battles:
            ui.battle.addItem(label, key)
            ui.battle.setItemData(ui.battle.count() - 1, label, Qt.ItemDataRole.ToolTipRole)

    def _fill_people(self) -> None:
        wanted = next((a.id for a in self.agencies if a.name == self.ui.owner.currentData()),
                      None)
        keep = self.ui.person.currentData()
        self.ui.person.clear()
        self.ui.person.addItem("(nobody named)", "")
        for person in self.people:
            if person.agency_id in (wanted, None):
                self.ui.person.addItem(person.name, person.id)
        self.ui.person.setCurrentIndex(max(0, self.ui.person.findData(keep)))

    def _show(self, row: plan_rows.PlanRow) -> None:
        ui = self.ui
        self.setWindowTitle(f"Action — {row.threat_ref}")
        code = f" · tactic {row.tactic_code}" if row.tactic_code else " · free text"
        ui.heading.setText(f"<b>{escape(row.label)} · {escape(row.strand)}</b>{code} · "
                           f"{escape(row.status)} · {escape(row.rating.label)}")
        ui.form.setRowVisible(ui.strand, False)
        for name in TEXTS:
            getattr(ui, name).setPlainText(getattr(row, name) or "")
        ui.timebound.setText(row.timebound or "")
        ui.owner.setCurrentIndex(max(0, ui.owner.findData(row.owner_name)))
        self._fill_people()
        ui.person.setCurrentIndex(max(0, ui.person.findData(row.officer_id or "")))
        ui.due.set_date(row.due_on)
        ui.rag.setCurrentIndex(max(0, ui.rag.findData(row.rag_override or "auto")))
        self._show_battle(row.battle)

    def _show_battle(self, battle: tuple[str, str] | None) -> None:
        """The battle it serves, also one no longer offered (withdrawn, or of a superseded
        strategy: said so); no row at all where none may be chosen (an agency's laptop)."""
        ui = self.ui
        if battle and ui.battle.findData(battle[0]) < 0:
            ui.battle.addItem(battle[1], battle[0])
        ui.battle.setCurrentIndex(max(0, ui.battle.findData(battle[0] if battle else "")))
        ui.form.setRowVisible(ui.battle, bool(self.battles or battle))

    def _blank(self) -> None:
        ui = self.ui
        self.setWindowTitle(f"Add a free-text action — {self.reference}")
        ui.heading.setText(f"<b>A new action in {escape(self.reference)}'s plan</b>, "
                           "written SMART and owned by one agency")
        ui.owner.setCurrentIndex(-1)
        self._fill_people()
        ui.due.set_date(self.context.backend.today() + NEW_DUE)
        ui.form.setRowVisible(ui.rag, False)
        self._show_battle(None)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Add to plan")
        ui.specific.setFocus()

    # -- saving ---------------------------------------------------------------------

    def values(self) -> dict:
        """The form as plan_rows.edit takes it: "" clears a field. A due date that cannot
        be taken refuses (dates.DateRefused), its reason beside the field."""
        ui = self.ui
        found = {name: getattr(ui, name).toPlainText().strip() for name in TEXTS}
        found["timebound"] = ui.timebound.text().strip()
        found["owner"] = ui.owner.currentData() or ""
        found["person"] = ui.person.currentData() or ""
        found["due_on"] = iso(ui.due.value())
        found["rag_override"] = ui.rag.currentData() or "auto"
        found["battle"] = ui.battle.currentData() or ""
        return found

    def accept(self) -> None:
        try:
            saved = self._edit() if self.row else self._add()
        except BoardError as exc:
            self.ui.message.setText(exc.message)
            return
        if saved:
            super().accept()

    def _edit(self) -> bool:
        new = self.values()
        changed = {key: value for key, value in new.items() if value != self.old[key]}
        if changed:
            key = self.row.id
            self.context.backend.write(plan_rows.edit, key, **changed)
            fields = ", ".join(FIELD_WORDS.get(name, name) for name in changed)
            self.context.undo.push(undo_plans.EditAction(
                self.context, key, {name: self.old[name] for name in changed}, changed,
                f"Edit {fields} ({self.row.threat_ref})"))
        return True

    def _add(self) -> bool:
        values = self.values()
        del values["rag_override"]
        specific = values.pop("specific")
        strand = self.ui.strand.currentText()
        made = self.context.backend.write(plan_rows.add_free, self.threat, strand, specific,
                                          **values)
        self.made = made
        self.context.undo.push(undo_plans.AddActions(
            self.context, [made], f"Add a {strand} action to {self.reference}'s plan"))
        return True
