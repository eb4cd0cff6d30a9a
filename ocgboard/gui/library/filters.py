"""The tactic library's filters, shared by the Tactic library page and the tactic
picker: strand, lifestyle area, default owner and words."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from ocgboard.core import vocab
from ocgboard.core.rows import tactics as tactic_rows


def fill_filters(strand: QComboBox, area: QComboBox, agency: QComboBox,
                 agencies: list[tactic_rows.AgencyRow]) -> None:
    """The library's filter choices: 'any' first, then the board's vocabularies."""
    strand.addItem("Any strand", None)
    for value in vocab.values("strands"):
        strand.addItem(value, value)
    area.addItem("Any area", None)
    for value in vocab.values("lifestyle_areas"):
        area.addItem(value.capitalize(), value)
    agency.addItem("Any owner", None)
    for row in agencies:
        agency.addItem(row.name, row.name)


def filters_of(strand: QComboBox, area: QComboBox, agency: QComboBox, words: str) -> dict:
    return {"strand": strand.currentData(), "lifestyle_area": area.currentData(),
            "agency": agency.currentData(), "text": words.strip() or None}
