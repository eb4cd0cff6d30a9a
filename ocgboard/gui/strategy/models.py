"""The strategic action plan, and one item's dated status trail."""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt

from ocgboard.core import dates
from ocgboard.gui.table import Column, RowsModel


def _date(value) -> str:
    return dates.day(value)


def _target(row) -> str:
    if row.target and row.target_on and str(row.target_on.year) not in row.target:
        return f"{row.target} ({_date(row.target_on)})"
    return row.target or _date(row.target_on)


def _status(row) -> str:
    words = row.status.capitalize()
    return f"{words}, overdue" if row.overdue else words


class StrategyModel(RowsModel):
    class Columns(enum.IntEnum):
        NUMBER = 0
        ACTION = 1
        LEAD = 2
        TARGET = 3
        STATUS = 4
        UPDATED = 5

    COLUMNS = {
        Columns.NUMBER: Column("No.", lambda r: r.number, sort=lambda r: r.number,
                               align=Qt.AlignmentFlag.AlignRight),
        Columns.ACTION: Column("Action", lambda r: r.action, tooltip=lambda r: r.action),
        Columns.LEAD: Column("Lead partners", lambda r: r.lead_partners or ""),
        Columns.TARGET: Column("Target", _target,
                               sort=lambda r: (r.target_on.isoformat() if r.target_on
                                               else "9999", r.target or "")),
        Columns.STATUS: Column("Status", _status,
                               tooltip=lambda r: f"Target date {_date(r.target_on)} has passed"
                               if r.overdue else None),
        Columns.UPDATED: Column("Last update", lambda r: _date(r.updated_on),
                                sort=lambda r: r.updated_on.isoformat() if r.updated_on
                                else ""),
    }


class TrailModel(RowsModel):
    class Columns(enum.IntEnum):
        DATE = 0
        STATUS = 1
        COMMENT = 2
        AUTHOR = 3

    COLUMNS = {
        Columns.DATE: Column("Date", lambda r: _date(r.dated_on),
                             sort=lambda r: r.dated_on.isoformat()),
        Columns.STATUS: Column("Status", lambda r: r.status.capitalize()),
        Columns.COMMENT: Column("Comment", lambda r: r.comment or "",
                                tooltip=lambda r: r.comment),
        Columns.AUTHOR: Column("By", lambda r: r.author),
    }
