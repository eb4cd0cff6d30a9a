"""The profile tab: every register field, each saved the moment it changes.

Each change becomes a ThreatFieldEdit on the undo stack. The widgets are
filled with their signals blocked, so loading never counts as an edit, and a
field the user is typing in is left alone when its stored value already
matches what is typed (an edit's own reload must not move the cursor). A
date that cannot be taken, or that the register refuses, keeps its text with
the reason beside it, also when another field's edit reloads the profile; so
does a refused reference, name, area or summary (too long, empty), its reason
on the line under it, until it is put right or Escape in it puts back what is
stored.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QBoxLayout, QCheckBox, QComboBox, QFormLayout, QWidget

from ocgboard.core import control_areas, dates, vocab
from ocgboard.core.rows import register as rows
from ocgboard.core.rows.common import iso
from ocgboard.gui import field_note, undo
from ocgboard.gui.date_field import DateField
from ocgboard.gui.forms.ui_threat_profile import Ui_ThreatProfile
from ocgboard.gui.threats import undo as undo_register
from ocgboard.gui.widgets import refused

SUMMARY_PAUSE_MS = 800  # a pause in typing saves the summary; so does leaving it
COMBOS = {"kind": "threat_kinds", "status": "threat_statuses", "band": "bands",
          "extentCorruption": "extents", "extentAwareness": "extents",
          "extentViolence": "extents"}
FIELDS = {  # widget name -> register field
    "reference": "reference", "name": "name", "area": "area", "kind": "kind",
    "status": "status", "band": "band", "managementModel": "management_model",
    "extentCorruption": "extent_corruption", "extentAwareness": "extent_awareness",
    "extentViolence": "extent_violence", "lro": "lro_id", "sro": "sro_id",
    "leadAgency": "lead_agency_id", "mappedOn": "mapped_on",
    "lastAssessedOn": "last_assessed_on", "nextReviewOn": "next_review_on",
}
AREA_COLUMNS = 3
LINES = ("reference", "name", "area")
TYPED = (*LINES, "summary")  # kept as typed when refused, the reason under them
DATES = {  # widget name -> what it is called, its range, what empty means
    "mappedOn": ("mapped date", dates.EVENT, "not given"),
    "lastAssessedOn": ("last assessed date", dates.EVENT, "not given"),
    "nextReviewOn": ("next review date", dates.PLANNED, "no review date set"),
}


class ThreatProfile(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ThreatProfile()
        self.ui.setupUi(self)
        self.values: dict = {}
        self._fill_choices()
        for name, (label, rule, empty) in DATES.items():
            getattr(self.ui, name).setup(label, rule, context.backend.today, optional=True,
                                         empty=empty)
        self._align_labels()
        self.notes = {name: field_note.note_under(getattr(self.ui, name)) for name in TYPED}
        self.refused: set[str] = set()  # fields holding a refused edit, as typed
        self._summary_timer = QTimer(self, singleShot=True, interval=SUMMARY_PAUSE_MS)
        self._summary_timer.timeout.connect(self._save_summary)
        self._connect()

    # -- building -------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        for combo in self.findChildren(QComboBox):
            # Long choices ("force-led, ROCU-assisted") must not widen the whole panel.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        for name, vocabulary in COMBOS.items():
            combo: QComboBox = getattr(ui, name)
            for value in vocab.values(vocabulary):
                combo.addItem(value, value)
        ui.managementModel.addItem("(not set)", "")
        for value in vocab.values("management_models"):
            ui.managementModel.addItem(value, value)
        self.areas: dict[str, QCheckBox] = {}
        self._set_area_choices(self.context.backend.read(control_areas.names))
        self.fill_people()

    def _set_area_choices(self, choices: list[str]) -> None:
        """A tick for each threat area of the control strategy, and for any other the
        threat names (kept until unticked); rebuilt when the strategy's areas change."""
        if list(self.areas) == choices:
            return
        for box in self.areas.values():
            self.ui.threatAreasGrid.removeWidget(box)
            box.deleteLater()
        self.areas = {}
        for n, value in enumerate(choices):
            box = QCheckBox(value, self.ui.threatAreas)
            box.setAccessibleName(f"Threat area: {value}")
            box.toggled.connect(lambda _on: self._areas_done())
            self.ui.threatAreasGrid.addWidget(box, n // AREA_COLUMNS, n % AREA_COLUMNS)
            self.areas[value] = box
        boxes = list(self.areas.values())
        if not boxes:
            return
        self.ui.threatAreas.setFocusProxy(boxes[0])  # Alt+S lands on the first tick
        QWidget.setTabOrder(self.ui.nextReviewOn, boxes[0])
        for before, after in zip(boxes, [*boxes[1:], self.ui.summary], strict=True):
            QWidget.setTabOrder(before, after)

    def _align_labels(self) -> None:
        """One label width for both columns, so they line up when stacked."""
        labels = [form.itemAt(n, QFormLayout.ItemRole.LabelRole).widget()
                  for form in (self.ui.identityForm, self.ui.peopleForm)
                  for n in range(form.rowCount())
                  if form.itemAt(n, QFormLayout.ItemRole.LabelRole) is not None]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    def fill_people(self) -> None:
        """People and agencies change on another page; refilled on each load."""
        people = self.context.backend.read(rows.people)
        agencies = self.context.backend.read(rows.agency_names)
        for combo, choices in ((self.ui.lro, people), (self.ui.sro, people),
                               (self.ui.leadAgency, [(a, a) for a in agencies])):
            if [combo.itemData(n) for n in range(1, combo.count())] == [c[0] for c in choices]:
                continue
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("(none)", "")
            for key, label in choices:
                combo.addItem(label, key)
            combo.blockSignals(False)

    def _connect(self) -> None:
        ui = self.ui
        for name in LINES:
            edit = getattr(ui, name)
            edit.editingFinished.connect(lambda n=name: self._line_done(n))
            edit.installEventFilter(self)
        for name in DATES:
            getattr(ui, name).editingFinished.connect(lambda n=name: self._date_done(n))
        for name in (*COMBOS, "managementModel", "lro", "sro", "leadAgency"):
            combo: QComboBox = getattr(ui, name)
            combo.activated.connect(lambda _i, n=name: self._combo_done(n))
        ui.disseminable.toggled.connect(lambda on: self.save("disseminable", on))
        ui.summary.textChanged.connect(self._summary_timer.start)
        ui.summary.installEventFilter(self)

    def resizeEvent(self, event) -> None:
        """Two columns of fields when the panel is wide, one above the other when narrow."""
        super().resizeEvent(event)
        ui = self.ui
        needed = (ui.identityForm.minimumSize().width() + ui.peopleForm.minimumSize().width()
                  + 3 * ui.columns.spacing() + 24)
        wanted = (QBoxLayout.Direction.LeftToRight if event.size().width() >= needed
                  else QBoxLayout.Direction.TopToBottom)
        if ui.columns.direction() != wanted:
            ui.columns.setDirection(wanted)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.ui.summary and event.type() == event.Type.FocusOut:
            self._save_summary()
        name = watched.objectName()
        if name in self.refused and _escape(event):
            # Escape cancels the refused edit here; it does not leave the threat.
            if event.type() == QEvent.Type.KeyPress:
                self._cancel(name)
            event.accept()
            return True
        return super().eventFilter(watched, event)

    # -- loading --------------------------------------------------------------

    def load(self, values: dict) -> None:
        same_threat = self.values.get("id") == values["id"]
        self.values = dict(values)
        ui = self.ui
        if not same_threat:
            for name in list(self.refused):
                self._refusal(name, "")
        for name in LINES:
            edit = getattr(ui, name)
            if name not in self.refused and edit.text().strip() != values[FIELDS[name]]:
                edit.setText(values[FIELDS[name]])
        for name in DATES:
            self._load_date(getattr(ui, name), values[FIELDS[name]], same_threat)
        for name in (*COMBOS, "managementModel", "lro", "sro", "leadAgency"):
            self._choose(getattr(ui, name), values[FIELDS[name]])
        self._set_area_choices(values["area_choices"])
        for value, box in self.areas.items():
            box.blockSignals(True)
            box.setChecked(value in values["threat_areas"])
            box.blockSignals(False)
        if "summary" not in self.refused and ui.summary.toPlainText().strip() != \
                values["summary"]:
            ui.summary.blockSignals(True)
            ui.summary.setPlainText(values["summary"])
            ui.summary.blockSignals(False)
        ui.disseminable.blockSignals(True)
        ui.disseminable.setChecked(values["disseminable"])
        ui.disseminable.blockSignals(False)
        ui.closedOn.setText(dates.day(dates.parse(values["closed_on"]), "—"))
        self._show_review()

    @staticmethod
    def _load_date(field: DateField, stored: str, same_threat: bool) -> None:
        if same_threat and (field.refused() or field.problem() or iso(field.date()) == stored):
            return  # what the user typed stays, refused or already saved
        field.blockSignals(True)
        field.set_date(dates.parse(stored))
        field.blockSignals(False)

    def _choose(self, combo: QComboBox, value: str) -> None:
        found = combo.findData(value)
        if found < 0:  # a value the board's lists no longer hold: show it anyway
            combo.addItem(value, value)
            found = combo.count() - 1
        combo.blockSignals(True)
        combo.setCurrentIndex(found)
        combo.blockSignals(False)

    def _show_review(self) -> None:
        review = self.values.get("next_review_on")
        words = rows.review_words(dt.date.fromisoformat(review) if review else None,
                                  self.values.get("status", ""), self.context.backend.today())
        self.ui.reviewWords.setText(words or ("No review date set" if not review else ""))

    # -- saving ---------------------------------------------------------------

    def _line_done(self, name: str) -> None:
        self.save(FIELDS[name], getattr(self.ui, name).text(), typed=name)

    def _date_done(self, name: str) -> None:
        field: DateField = getattr(self.ui, name)
        if field.problem() is None:  # its reason is beside it already when there is one
            self.save(FIELDS[name], iso(field.date()), field)

    def _combo_done(self, name: str) -> None:
        self.save(FIELDS[name], getattr(self.ui, name).currentData())

    def _areas_done(self) -> None:
        self.save("threat_areas", [value for value, box in self.areas.items() if box.isChecked()])

    def flush(self) -> None:
        """Save a summary still waiting for its typing pause (before another threat opens)."""
        if self._summary_timer.isActive():
            self._save_summary()

    def _save_summary(self) -> None:
        self._summary_timer.stop()
        self.save("summary", self.ui.summary.toPlainText(), typed="summary")

    def save(self, field: str, value, date_field: DateField | None = None,
             typed: str | None = None) -> None:
        """`typed`: the text field it was typed into, which keeps it if refused."""
        if not self.values:
            return
        old = self.values[field]
        if value == old or (isinstance(value, str) and value.strip() == old):
            if typed:
                self._refusal(typed, "")  # typed back as stored: nothing to put right
            return
        command = undo_register.ThreatFieldEdit(self.context, self.values["id"],
                                                self.values["reference"], field, old, value)
        message = undo.push(self.context, command)
        if typed:
            self._refusal(typed, message or "")
        elif message and date_field is not None:
            date_field.show_refusal(message)  # kept as typed, to be put right
        elif message:
            refused(self, "Not saved", message)
            self.load(self.values)  # put the stored value back in the widget

    def _refusal(self, name: str, message: str) -> None:
        """Say why the text typed in `name` was not saved (kept as typed), or that it is
        no longer refused."""
        field_note.say(self.notes[name], message)
        (self.refused.add if message else self.refused.discard)(name)

    def _cancel(self, name: str) -> None:
        """Put the stored value back in a field holding a refused edit."""
        self._refusal(name, "")
        stored = self.values.get("summary" if name == "summary" else FIELDS[name], "")
        widget = getattr(self.ui, name)
        widget.blockSignals(True)
        if name == "summary":
            self._summary_timer.stop()
            widget.setPlainText(stored)
        else:
            widget.setText(stored)
        widget.blockSignals(False)


def _escape(event) -> bool:
    return (event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and event.key() == Qt.Key.Key_Escape)
