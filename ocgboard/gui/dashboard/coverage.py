"""The dashboard's control strategy coverage: per threat area of the strategy in force,
and per must-win battle of the newest, each figure opening the list of what it counts.

The figures and the ids behind them are read together (core/control_lists.py),
so a list opened from a figure is always the set that figure counted, even if
the board has changed since: the next change notice reads both again.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ocgboard.core import dates, plural
from ocgboard.core.control_coverage import AreaCoverage, BattleCoverage
from ocgboard.core.control_lists import AreaLists, Glance
from ocgboard.gui.table import Column, RowsModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
NO_LIVE_ACTION = "no live action"
HINT = "Enter or double-click a figure to see its list."


class AreasModel(RowsModel):
    """One row per threat area: (its coverage, the ids behind its figures)."""

    class Columns(enum.IntEnum):
        NUMBER = 0
        AREA = 1
        MODEL = 2
        THREATS = 3
        OPEN = 4
        OVERDUE = 5
        DISRUPTIONS = 6
        STRANDS = 7

    C = Columns
    COLUMNS = {
        C.NUMBER: Column("No.", lambda r: r[0].number, align=RIGHT),
        C.AREA: Column("Threat area", lambda r: r[0].name,
                       tooltip=lambda r: r[0].group or None),
        C.MODEL: Column("Management model", lambda r: r[0].management_model),
        C.THREATS: Column("Threats", lambda r: r[0].threats, align=RIGHT,
                          tooltip=lambda r: f"{plural.count(r[0].threats, 'live threat')} "
                                            "naming this area"),
        C.OPEN: Column("Open actions", lambda r: r[0].open_actions, align=RIGHT),
        C.OVERDUE: Column("Overdue", lambda r: r[0].overdue, align=RIGHT),
        C.DISRUPTIONS: Column("Disruptions", lambda r: r[0].disruptions, align=RIGHT,
                              tooltip=lambda r: _disruptions_said(r[0])),
        C.STRANDS: Column("Strands of open actions", lambda r: ", ".join(r[0].strands)
                          or "none"),
    }

    def key(self, row) -> object:
        return row[0].number


def _disruptions_said(area: AreaCoverage) -> str:
    said = f"{plural.count(area.disruptions, 'disruption')} with an effect in the period"
    if area.no_effect:
        said += f"; {area.no_effect:,} more with no effect or a negative one, not counted"
    return said


def work_said(battle: BattleCoverage) -> str:
    """The live work serving a battle, in words: never a colour alone."""
    if battle.no_live_action:
        return NO_LIVE_ACTION
    parts = []
    if battle.actions:
        parts.append(plural.count(len(battle.actions), "action"))
    if battle.items:
        parts.append(plural.count(len(battle.items), "strategic action"))
    return " and ".join(parts)


class BattlesModel(RowsModel):
    class Columns(enum.IntEnum):
        NUMBER = 0
        AREA = 1
        BATTLE = 2
        WORK = 3

    C = Columns
    COLUMNS = {
        C.NUMBER: Column("No.", lambda r: r.number, align=RIGHT),
        C.AREA: Column("Threat area", lambda r: r.area),
        C.BATTLE: Column("Must-win battle", lambda r: r.text, tooltip=lambda r: r.text),
        C.WORK: Column("Live work serving it", work_said,
                       tooltip=lambda r: "; ".join(w.label for w in (*r.actions, *r.items))
                       or "No open action and no strategic action serves this battle"),
    }

    def key(self, row) -> object:
        return row.number


# The figure a column of the areas' table opens: (page, which ids, words for the list).
OPENS: dict[int, tuple[str, Callable[[AreaLists], tuple[str, ...]], str]] = {
    AreasModel.C.THREATS: ("threats", lambda lists: lists.threats, ""),
    AreasModel.C.OPEN: ("actions", lambda lists: lists.open_actions, "the open actions"),
    AreasModel.C.OVERDUE: ("actions", lambda lists: lists.overdue, "the overdue actions"),
    AreasModel.C.DISRUPTIONS: ("disruptions", lambda lists: lists.disruptions,
                               "the disruptions with an effect"),
}


class CoveragePanel(QObject):
    """Fills the dashboard form's coverage box and opens a figure's list when asked.

    `open_list(page, **filters)` is the dashboard's own drill-down."""

    def __init__(self, ui, open_list: Callable[..., None], parent=None):
        super().__init__(parent)
        self.ui = ui
        self.open_list = open_list
        self.glance: Glance | None = None
        self.areas = AreasModel(self)
        self.battles = BattlesModel(self)
        for view, model in ((ui.areas, self.areas), (ui.battles, self.battles)):
            view.setModel(model)
            view.verticalHeader().hide()
            # As compact as the chase list's rows: the panel shares a scroll area.
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
            view.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        ui.areas.horizontalHeader().setSectionResizeMode(AreasModel.C.STRANDS,
                                                         QHeaderView.ResizeMode.Stretch)
        ui.battles.horizontalHeader().setSectionResizeMode(BattlesModel.C.BATTLE,
                                                           QHeaderView.ResizeMode.Stretch)
        ui.areas.activated.connect(self.open_area_figure)
        ui.battles.activated.connect(self.open_battle_work)
        ui.adrift.hide()

    def show(self, glance: Glance) -> None:
        self.glance = glance
        ui = self.ui
        if glance.strategy is None:
            ui.coverageNote.setText(f"No control strategy was in force on "
                                    f"{dates.day(glance.end)}, so there is no coverage "
                                    "by threat area to show.")
        else:
            ui.coverageNote.setText(
                f"{glance.strategy}: threats and actions as at {dates.day(glance.end)}, "
                f"disruptions with an effect since {dates.day(glance.start)}. {HINT}")
        ui.areas.setVisible(bool(glance.areas))
        self.areas.set_rows(list(zip(glance.areas, glance.lists, strict=True)))
        battles = glance.battles.battles if glance.battles else ()
        self.battles.set_rows(list(battles))
        ui.battles.setVisible(bool(battles))
        idle = sum(1 for b in battles if b.no_live_action)
        ui.battlesNote.setText(
            f"Must-win battles of '{glance.battles.title}': {idle:,} of "
            f"{plural.count(len(battles), 'battle')} {'has' if idle == 1 else 'have'} "
            f"{NO_LIVE_ACTION}." if glance.battles else "")
        adrift = glance.battles.adrift if glance.battles else ()
        ui.adrift.setVisible(bool(adrift))
        ui.adrift.setText("Live work serving a battle no longer in the strategy, to task "
                          "again: " + "; ".join(f"{w.label} ({w.battle})" for w in adrift))
        for view in (ui.areas, ui.battles):
            view.resizeColumnsToContents()
            _fit_height(view)

    def open_area_figure(self, index: QModelIndex) -> None:
        row = self.areas.row_at(index)
        opens = OPENS.get(index.column())
        if row is None or opens is None:
            return
        area, lists = row
        page, ids, words = opens
        if page == "threats":
            self.open_list("threats", threat_area=area.name)
        else:
            self.open_list(page, ids=ids(lists), scope=f"{words} of {area.name}")

    def open_battle_work(self, index: QModelIndex) -> None:
        battle = self.battles.row_at(index)
        if battle is None or not battle.actions:
            return  # a battle served by strategic actions alone: the Strategy page lists them
        self.open_list("actions", ids=tuple(w.id for w in battle.actions),
                       scope=f"the live actions serving battle {battle.number}")


def _fit_height(view: QTableView) -> None:
    """The whole table in the dashboard's own scroll area, not a scroll area of its own."""
    rows = view.model().rowCount()
    height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
    height += sum(view.rowHeight(n) for n in range(rows))
    view.setFixedHeight(height)
