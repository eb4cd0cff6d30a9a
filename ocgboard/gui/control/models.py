"""The work serving a must-win battle, and the work left on one no longer in the
strategy: actions of 4P plans and items of the strategic action plan alike."""

from __future__ import annotations

import enum

from ocgboard.core import plural
from ocgboard.gui.table import Column, RowsModel


def served(actions: int, items: int) -> str:
    """How much live work serves a battle, in words: "2 actions, 1 strategic action"."""
    return (f"{plural.count(actions, 'action')}, "
            f"{plural.count(items, 'strategic action')}")


class WorkModel(RowsModel):
    class Columns(enum.IntEnum):
        WORK = 0
        TEXT = 1
        STATUS = 2
        OWNER = 3

    COLUMNS = {
        Columns.WORK: Column("Work", lambda r: r.label),
        Columns.TEXT: Column("What it does", lambda r: r.text, tooltip=lambda r: r.text),
        Columns.STATUS: Column("Status", lambda r: r.status.capitalize()),
        Columns.OWNER: Column("Owner", lambda r: r.owner or ""),
    }


class AdriftModel(RowsModel):
    class Columns(enum.IntEnum):
        WORK = 0
        TEXT = 1
        STATUS = 2
        OWNER = 3
        BATTLE = 4  # wide: last, beside the work's own words

    COLUMNS = {
        Columns.WORK: WorkModel.COLUMNS[WorkModel.Columns.WORK],
        Columns.TEXT: WorkModel.COLUMNS[WorkModel.Columns.TEXT],
        Columns.STATUS: WorkModel.COLUMNS[WorkModel.Columns.STATUS],
        Columns.OWNER: WorkModel.COLUMNS[WorkModel.Columns.OWNER],
        Columns.BATTLE: Column("Battle it serves", lambda r: r.battle,
                               tooltip=lambda r: r.battle),
    }
