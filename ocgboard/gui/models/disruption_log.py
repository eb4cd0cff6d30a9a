"""The board's disruption log, across threats."""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt

from ocgboard.gui.models.table import Column, RowsModel


class DisruptionLogModel(RowsModel):
    class Columns(enum.IntEnum):
        DATE = 0
        THREAT = 1
        AGENCY = 2
        STRAND = 3
        LEVEL = 4
        JUSTIFICATION = 5

    COLUMNS = {
        Columns.DATE: Column("Date", lambda r: f"{r.dated_on:%d %b %Y}",
                             sort=lambda r: r.dated_on.isoformat()),
        Columns.THREAT: Column("Threat", lambda r: r.threat, tooltip=lambda r: r.threat_name),
        Columns.AGENCY: Column("Agency", lambda r: r.agency),
        Columns.STRAND: Column("Strand", lambda r: r.strand),
        Columns.LEVEL: Column("Level", lambda r: r.level.capitalize()),
        Columns.JUSTIFICATION: Column("Justification", lambda r: r.justification,
                                      tooltip=lambda r: r.justification,
                                      align=Qt.AlignmentFlag.AlignLeft),
    }

    def key(self, row) -> str:
        return row.threat
