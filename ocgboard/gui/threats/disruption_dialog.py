"""Recording a disruption of a threat, or putting a recorded one right.

Date, agency, strand, level, an optional linked action, and the justification.
The agency starts as the linked action's owner (else the threat's lead
agency) and follows the action as it is changed, until the chair chooses an
agency: a disruption is most often the work of the agency whose action
achieved it. An edit writes only the fields changed, undone by writing them
back as they were.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ocgboard.core import dates, vocab
from ocgboard.core.rows import common as common_rows
from ocgboard.core.rows import disruptions as disruption_rows
from ocgboard.core.rows import register as rows
from ocgboard.core.rows.common import iso
from ocgboard.gui import undo, withheld
from ocgboard.gui.discard import KeepsEdits
from ocgboard.gui.forms.ui_disruption_dialog import Ui_DisruptionDialog
from ocgboard.gui.threats import undo as undo_register


class DisruptionDialog(KeepsEdits, QDialog):
    """`did` to edit that disruption; without it, record a new one."""

    def __init__(self, context, tid: str, reference: str, parent=None, did: str | None = None):
        super().__init__(parent)
        self.context, self.tid, self.reference, self.did = context, tid, reference, did
        self.ui = ui = Ui_DisruptionDialog()
        ui.setupUi(self)
        self.owners, self.lead = context.backend.read(disruption_rows.usual_agencies, tid)
        self.old = context.backend.read(disruption_rows.disruption_fields, did) if did else None
        self._fill(self.old["action_id"] if self.old else None)
        if self.old is not None:
            self._show(self.old)
        else:
            self.setWindowTitle(f"Record disruption of {reference}")
            ui.boardOnly.setChecked(context.backend.read(
                common_rows.board_only_default, "threat", tid))
            self._choose_agency(self.lead)
        # Chosen by the chair when it is not what the linked action would have given.
        self.agency_chosen = self.old is not None and self.old["agency"] != self._usual()
        ui.agency.activated.connect(lambda _index: setattr(self, "agency_chosen", True))
        ui.action.currentIndexChanged.connect(lambda _index: self._action_changed())
        withheld.watch(context.backend, ui.withheldHint, ui.justification)
        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Save" if did else "&Record")
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self.keep_edits()

    def _fill(self, linked: str | None) -> None:
        ui, backend = self.ui, self.context.backend
        ui.date.setup("disruption date", dates.EVENT, backend.today)
        ui.date.set_date(backend.today())
        for name in backend.read(rows.agency_names):
            ui.agency.addItem(name, name)
        ui.agency.setCurrentIndex(-1)
        for name, values in (("strand", "strands"), ("level", "disruption_levels")):
            for value in vocab.values(values):
                getattr(ui, name).addItem(value, value)
        ui.action.addItem("(none)", None)
        for aid, label in backend.read(disruption_rows.threat_actions, self.tid, linked):
            ui.action.addItem(label, aid)
        ui.level.setCurrentIndex(max(0, ui.level.findData("minor")))

    def _show(self, old: dict) -> None:
        ui = self.ui
        self.setWindowTitle(f"Edit disruption of {self.reference}")
        ui.date.set_date(dates.parse(old["on"]))
        self._choose_agency(old["agency"])
        for name in ("strand", "level", "action"):
            combo = getattr(ui, name)
            combo.setCurrentIndex(max(0, combo.findData(old["action_id" if name == "action"
                                                           else name])))
        ui.justification.setPlainText(old["justification"])
        ui.boardOnly.setChecked(old["board_only"])

    def _usual(self) -> str | None:
        """The agency the linked action gives (its owner), or the threat's lead agency."""
        return self.owners.get(self.ui.action.currentData()) or self.lead

    def _choose_agency(self, name: str | None) -> None:
        self.ui.agency.setCurrentIndex(self.ui.agency.findData(name) if name else -1)

    def _action_changed(self) -> None:
        if not self.agency_chosen:
            self._choose_agency(self._usual())

    def fields(self) -> dict:
        """The form as record_disruption takes it; a date that cannot be taken refuses
        (dates.DateRefused)."""
        ui = self.ui
        return {"on": iso(ui.date.value()), "agency": ui.agency.currentData() or "",
                "strand": ui.strand.currentData(), "level": ui.level.currentData(),
                "action_id": ui.action.currentData(),
                "justification": ui.justification.toPlainText(),
                "board_only": ui.boardOnly.isChecked()}

    def accept(self) -> None:
        verb = "Not saved" if self.did else "Not recorded"
        try:
            fields = self.fields()
        except dates.DateRefused as refused:
            self.ui.message.setText(f"{verb}: {refused.message}")
            return
        if not fields["agency"]:
            self.ui.message.setText(f"{verb}: choose the agency whose work it was")
            return
        command = self._command(fields)
        message = undo.push(self.context, command) if command else None
        if message:
            self.ui.message.setText(f"{verb}: {message}")
            return
        super().accept()

    def _command(self, fields: dict) -> undo.EditCommand | None:
        if self.old is None:
            return undo_register.RecordDisruption(self.context, self.tid, self.reference,
                                                  fields)
        new = {k: v for k, v in fields.items() if v != self.old[k]}
        if not new:
            return None  # nothing changed: OK just closes
        return undo_register.EditDisruption(self.context, self.did, self.reference,
                                            {k: self.old[k] for k in new}, new)
