"""The distribution register: numbered copies of a meeting's pack and where they are."""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt

from ocgboard.gui.models.meetings import day, iso_key
from ocgboard.gui.models.table import Column, RowsModel


def state(row) -> str:
    if row.destroyed_on:
        return "Destroyed"
    if row.returned_on:
        return "Returned"
    return "Still out"


class DistributionModel(RowsModel):
    class Columns(enum.IntEnum):
        COPY = 0
        PERSON = 1
        VARIANT = 2
        ISSUED = 3
        STATE = 4
        RETURNED = 5
        DESTROYED = 6

    COLUMNS = {
        Columns.COPY: Column("Copy", lambda r: r.copy_number, sort=lambda r: r.copy_number,
                             align=Qt.AlignmentFlag.AlignRight),
        Columns.PERSON: Column("Issued to", lambda r: r.person),
        Columns.VARIANT: Column("Pack", lambda r: f"{r.variant.capitalize()} pack"),
        Columns.ISSUED: Column("Issued", lambda r: day(r.issued_on),
                               sort=lambda r: r.issued_on.isoformat()),
        Columns.STATE: Column("Where it is", state),
        Columns.RETURNED: Column("Returned", lambda r: day(r.returned_on),
                                 sort=lambda r: iso_key(r.returned_on)),
        Columns.DESTROYED: Column("Destroyed", lambda r: day(r.destroyed_on),
                                  sort=lambda r: iso_key(r.destroyed_on)),
    }
