"""An action's progress trail: dated updates, oldest first, each with its author."""

from __future__ import annotations

import enum

from ocgboard.gui.models.actions import day
from ocgboard.gui.models.table import Column, RowsModel


class UpdatesModel(RowsModel):
    class Columns(enum.IntEnum):
        DATE = 0
        STATUS = 1
        COMMENT = 2
        AUTHOR = 3

    C = Columns
    COLUMNS = {
        C.DATE: Column("Date", lambda r: day(r.dated_on), sort=lambda r: r.dated_on),
        C.STATUS: Column("Status", lambda r: r.status),
        C.COMMENT: Column("Comment", lambda r: r.comment, tooltip=lambda r: r.comment),
        C.AUTHOR: Column("By", lambda r: r.author),
    }
