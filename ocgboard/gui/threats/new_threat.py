"""File > New on the Threats page: a threat's reference, name, kind, band and dates.

The mapped date starts empty: a threat is often put on the register after it
was mapped, and a guessed date (today) would refuse the disruptions and due
dates that came before it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ocgboard.core import dates, vocab
from ocgboard.core.rows.common import iso
from ocgboard.gui import undo
from ocgboard.gui.discard import KeepsEdits
from ocgboard.gui.forms.ui_new_threat import Ui_NewThreatDialog
from ocgboard.gui.threats import undo as undo_register


class NewThreatDialog(KeepsEdits, QDialog):
    """Adds the threat when OK is pressed; refused input keeps the dialog open."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_NewThreatDialog()
        self.ui.setupUi(self)
        self.added: tuple[str, str] | None = None  # (id, reference)
        for name, values in (("kind", "threat_kinds"), ("band", "bands")):
            for value in vocab.values(values):
                getattr(self.ui, name).addItem(value, value)
        self.ui.band.setCurrentIndex(self.ui.band.findData("unscored"))
        today = context.backend.today
        self.ui.mappedOn.setup("mapped date", dates.EVENT, today, optional=True,
                               empty="not given: add it when known")
        self.ui.nextReviewOn.setup("next review date", dates.PLANNED, today, optional=True,
                                   empty="no review date yet")
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Add threat")
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.keep_edits()

    def fields(self) -> dict:
        """The form; a date that cannot be taken refuses (dates.DateRefused)."""
        ui = self.ui
        fields = {"kind": ui.kind.currentData(), "band": ui.band.currentData(),
                  "area": ui.area.text(), "mapped_on": iso(ui.mappedOn.value())}
        review = ui.nextReviewOn.value()
        if review:
            fields["next_review_on"] = iso(review)
        return fields

    def accept(self) -> None:
        try:
            fields = self.fields()
        except dates.DateRefused as refused:
            self.ui.message.setText(f"Not added: {refused.message}")
            return
        command = undo_register.AddThreat(self.context, self.ui.reference.text(),
                                          self.ui.name.text(), fields)
        message = undo.push(self.context, command)
        if message:
            self.ui.message.setText(f"Not added: {message}")
            return
        self.added = (command.tid, command.reference)
        super().accept()
