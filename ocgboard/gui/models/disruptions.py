"""A threat's disruption log: when, who, which strand, how much, and why."""

from __future__ import annotations

import enum

from ocgboard.gui.models.table import Column, RowsModel

LEVEL_ORDER = {"major": 0, "moderate": 1, "minor": 2, "none": 3, "negative": 4}


def _flat(text: str) -> str:
    return " ".join(text.split())


class DisruptionsModel(RowsModel):
    class Columns(enum.IntEnum):
        DATE = 0
        AGENCY = 1
        STRAND = 2
        LEVEL = 3
        ACTION = 4
        JUSTIFICATION = 5

    C = Columns
    COLUMNS = {
        C.DATE: Column("Date", lambda d: d.dated_on),
        C.AGENCY: Column("Agency", lambda d: d.agency),
        C.STRAND: Column("Strand", lambda d: d.strand),
        C.LEVEL: Column("Level", lambda d: d.level, sort=lambda d: LEVEL_ORDER.get(d.level, 9),
                        tooltip=lambda d: "Partner activity made the group more capable"
                        if d.level == "negative" else None),
        C.ACTION: Column("Linked action", lambda d: d.action or "—", tooltip=lambda d: d.action),
        C.JUSTIFICATION: Column("Justification", lambda d: _flat(d.justification),
                                tooltip=lambda d: d.justification),
    }
