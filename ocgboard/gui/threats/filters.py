"""The register's filter bar: search text, combos and review toggles, as one RegisterFilter."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox

from ocgboard.core import control_coverage, vocab
from ocgboard.core.rows.register import ALL_STATUSES, RegisterFilter, RegisterRow
from ocgboard.errors import BoardError

VOCABULARIES = {"kind": "threat_kinds", "status": "threat_statuses", "band": "bands",
                "threat_area": "threat_areas"}


def _canonical(name: str, value: str) -> str:
    if name == "threat_area":
        # A control strategy's area ('CSAE (organised / online)') chooses the
        # vocabulary's 'CSAE', which finds the same threats (rows.register matches
        # threat areas by control_coverage.key); an area the vocabulary lacks is
        # shown as asked.
        wanted = control_coverage.key(value)
        found = [v for v in vocab.values("threat_areas") if control_coverage.key(v) == wanted]
        return found[0] if found else value
    try:
        return vocab.canonical(VOCABULARIES[name], value)
    except BoardError:
        return value


class RegisterFilters(QObject):
    changed = Signal()

    def __init__(self, ui, parent=None):
        super().__init__(parent)
        self.ui = ui
        self._quiet = False
        self.combos: dict[str, QComboBox] = {
            "kind": ui.kind, "status": ui.status, "band": ui.band, "area": ui.area,
            "threat_area": ui.threatArea, "lro": ui.lro}
        self._fill(ui.kind, "Any kind", vocab.values("threat_kinds"))
        self._fill(ui.band, "Any band", vocab.values("bands"))
        self._fill(ui.threatArea, "Any threat area", vocab.values("threat_areas"))
        self._fill(ui.area, "Any area", [])
        self._fill(ui.lro, "Any LRO", [])
        ui.status.addItem("Open (active, dormant)", None)
        ui.status.addItem("All, including closed", ALL_STATUSES)
        for value in vocab.values("threat_statuses"):
            ui.status.addItem(value.capitalize(), value)
        ui.reviewDays.setEnabled(False)
        ui.search.textChanged.connect(self._emit)
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(self._emit)
        ui.reviewDue.toggled.connect(ui.reviewDays.setEnabled)
        ui.reviewDue.toggled.connect(self._emit)
        ui.reviewDays.valueChanged.connect(lambda _v: ui.reviewDue.isChecked() and self._emit())
        ui.overdueReview.toggled.connect(self._emit)
        ui.clearFilters.clicked.connect(self.reset)

    @staticmethod
    def _fill(combo: QComboBox, anything: str, values: list[str]) -> None:
        combo.addItem(anything, None)
        for value in values:
            combo.addItem(value, value)

    def _emit(self, *_args) -> None:
        if not self._quiet:
            self.changed.emit()

    def current(self) -> RegisterFilter:
        ui, data = self.ui, {name: combo.currentData() for name, combo in self.combos.items()}
        return RegisterFilter(
            text=ui.search.text(), **data,
            review_due_within=ui.reviewDays.value() if ui.reviewDue.isChecked() else None,
            overdue_review=ui.overdueReview.isChecked())

    def update_choices(self, rows: list[RegisterRow]) -> None:
        """Areas and LROs come from the register itself, so every choice finds something."""
        self._quiet = True
        for name, combo in (("area", self.ui.area), ("lro", self.ui.lro)):
            values = sorted({value for row in rows if (value := getattr(row, name))},
                            key=str.casefold)
            if [combo.itemData(n) for n in range(1, combo.count())] == values:
                continue
            chosen = combo.currentData()
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(value, value)
            self._choose(combo, chosen)
        self._quiet = False

    def _choose(self, combo: QComboBox, value) -> None:
        found = combo.findData(value)
        if found < 0 and value is not None:
            combo.addItem(value, value)  # asked for by a drill-down: show it, even if empty
            found = combo.count() - 1
        combo.setCurrentIndex(max(found, 0))

    def reset(self) -> None:
        self.set()

    def set(self, *, text: str = "", kind=None, status=None, band=None, area=None,
            threat_area=None, lro=None, review_due: int | None = None,
            overdue_review: bool = False) -> None:
        """Replace every filter at once (Clear filters, the dashboard's drill-downs)."""
        if isinstance(status, str) and status.casefold() in ("open", "all"):
            status = None if status.casefold() == "open" else ALL_STATUSES
        if area and area not in self._areas() and area in vocab.values("threat_areas"):
            area, threat_area = None, area  # a dashboard figure by threat area
        wanted = {"kind": kind, "status": status, "band": band, "area": area,
                  "threat_area": threat_area, "lro": lro}
        self._quiet = True
        self.ui.search.setText(text)
        for name, value in wanted.items():
            if value and name in VOCABULARIES:
                value = _canonical(name, value)
            self._choose(self.combos[name], value or None)
        self.ui.reviewDue.setChecked(review_due is not None)
        if review_due is not None:
            self.ui.reviewDays.setValue(int(review_due))
        self.ui.overdueReview.setChecked(bool(overdue_review))
        self._quiet = False
        self.changed.emit()

    def _areas(self) -> list[str]:
        return [self.ui.area.itemData(n) for n in range(1, self.ui.area.count())]
