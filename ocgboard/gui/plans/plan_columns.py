"""Which of the 4P plan's columns fit the panel, and how wide each one is.

The plan has ten columns and is often shown beside the register, so it rarely
has room for all of them. Columns are let go one at a time, the least needed
first (DROP): the template's stock Achievable and Relevant wording, then
Measurable, Timebound and the due date (the RAG words still say when an action
is late). No., Specific, Owner, Status and RAG always stay. The details pane
under the plan shows every field of the chosen action whatever is hidden.

Widths follow what the columns hold, measured after each load: No., Due,
Status and RAG are as wide as their widest cell, Owner too up to a limit
(OWNER_MOST: an agency's name and its officer's, each on a line of its own);
the SMART text columns are given at least a readable width (FLOOR, in average
characters) and grow towards their longest text up to a ceiling, where the
text wraps instead; Specific takes the width that is left over, so there is
no empty band on the right. No column is narrower than its heading. A width a
person sets by dragging a column's edge is theirs: it is kept, also in later
sessions, and never fitted again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTableView

from ocgboard.gui.plans.plan_model import PlanModel

C = PlanModel.Columns
DROP = (C.ACHIEVABLE, C.RELEVANT, C.MEASURABLE, C.TIMEBOUND, C.DUE)
# (floor, ceiling) in average characters for the columns whose text wraps.
FLOOR = {C.SPECIFIC: (24, 70), C.MEASURABLE: (14, 30), C.ACHIEVABLE: (14, 30),
         C.RELEVANT: (14, 30), C.TIMEBOUND: (10, 24)}
OWNER_MOST = 24
LEAST_SPECIFIC = 12  # characters, when even the columns always kept do not fit
KEY = "plan/widths"  # the widths a person set, as "column:width,column:width"


class PlanColumns:
    """Fits the plan's columns to its view's width; `fitted_to` is the viewport width
    last fitted, `hidden` the columns let go for want of room."""

    def __init__(self, view: QTableView, settings, fitted: Callable[[], None]):
        self.view, self.settings, self.fitted = view, settings, fitted
        self.fitted_to: int | None = None
        self._room: int | None = None  # the width last fitted to
        self.hidden: list[C] = []
        self.wants: dict[C, int] = {}
        header = view.horizontalHeader()  # measured while no column is hidden
        self.heads = {c: header.sectionSizeHint(c) for c in C}
        self.kept = _read(settings.value(KEY, ""))
        self._fitting = False
        view.horizontalHeader().sectionResized.connect(self._resized)

    def measure(self) -> None:
        """What each column holds, once a plan is loaded: then fit again."""
        view = self.view
        self.wants = {c: max(view.sizeHintForColumn(c), self.heads[c]) for c in C}
        self._room = None
        self.fit()

    def fit(self) -> None:
        view = self.view
        # The vertical scroll bar's room is kept whether it shows or not, so that its
        # coming and going does not shift the columns (and the rows' heights) again.
        room = view.width() - 2 * view.frameWidth() - view.verticalScrollBar().sizeHint().width()
        if not self.wants or room == self._room:
            self.fitted_to = view.viewport().width()
            return
        self._room = room
        self.hidden = self._hidden_for(room)
        widths = self._widths([c for c in C if c not in self.hidden], room)
        self._fitting = True
        try:
            for column in C:
                view.setColumnHidden(column, column in self.hidden)
                if column in widths and view.columnWidth(column) != widths[column]:
                    view.setColumnWidth(column, widths[column])
        finally:
            self._fitting = False
        self.fitted_to = view.viewport().width()
        self.fitted()

    def _chars(self, count: int) -> int:
        return self.view.fontMetrics().averageCharWidth() * count + 12

    def _need(self, column: C) -> int:
        """The least width the column is readable at."""
        if column in self.kept:
            return self.kept[column]
        if column in FLOOR:
            return max(self.heads[column], min(self._chars(FLOOR[column][0]), self.wants[column]))
        if column == C.OWNER:
            return max(self.heads[column], min(self._chars(OWNER_MOST), self.wants[column]))
        return self.wants[column]

    def _hidden_for(self, room: int) -> list[C]:
        shown, gone = list(C), []
        for column in DROP:
            if sum(self._need(c) for c in shown) <= room:
                break
            shown.remove(column)
            gone.append(column)
        return gone

    def _widths(self, shown: list[C], room: int) -> dict[C, int]:
        widths = {c: self._need(c) for c in shown}
        growing = {c: min(self.wants[c], self._chars(FLOOR[c][1])) - widths[c]
                   for c in shown if c in FLOOR and c not in self.kept}
        wanted = sum(max(0, more) for more in growing.values())
        spare = room - sum(widths.values())
        if spare > 0 and wanted:
            share = min(1.0, spare / wanted)
            for column, more in growing.items():
                widths[column] += int(max(0, more) * share)
        if C.SPECIFIC not in self.kept:  # what is left over, or what is short
            spare = room - sum(widths.values())
            widths[C.SPECIFIC] = max(self._chars(LEAST_SPECIFIC), widths[C.SPECIFIC] + spare)
        return widths

    def _resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting or new == 0:
            return
        self.kept[C(column)] = new  # a person dragged its edge: theirs from now on
        self.settings.set_value(KEY, ",".join(f"{int(c)}:{w}" for c, w in self.kept.items()))
        self.fitted()  # the rows' heights follow


def _read(value) -> dict[C, int]:
    kept: dict[C, int] = {}
    for part in str(value or "").split(","):
        column, _, width = part.partition(":")
        if column.isdigit() and width.isdigit() and int(column) in list(C):
            kept[C(int(column))] = int(width)
    return kept
