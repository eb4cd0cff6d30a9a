"""One threat's 4P plan as a table, in the seed template's SMART columns.

The actions stand under a heading row for each strand (Pursue, Protect,
Prepare, Prevent), numbered as papers cite them, with owner, due date,
status and RAG in words after the SMART text.

The template's Measurable, Achievable and Relevant wording is the same on
every tactic. Where every action of a strand carries the same text in one of
those columns, the strand's heading row says it once, in that column, and
the actions' cells say "as above" (the text in their tooltip), as the pack
prints it once above the strand's table; the details pane below the plan
still shows each action's own text in full.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication

from ocgboard.core import plural
from ocgboard.core.plans import WITHDRAWN
from ocgboard.core.rows import plans as plan_rows
from ocgboard.gui import look
from ocgboard.gui.plans.models import LAST, STATUS_ORDER, STRAND_ORDER, day, rag_column
from ocgboard.gui.table import Column, RowsModel

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FONT = Qt.ItemDataRole.FontRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
AS_ABOVE = "as above"


@dataclass(frozen=True)
class StrandHeading:
    """A row naming the strand the actions below it belong to, and the wording (by
    column) that every one of them shares."""

    strand: str
    count: int  # its live actions: those withdrawn are counted apart
    shared: dict[int, str] = field(default_factory=dict)
    withdrawn: int = 0

    id = None


class PlanModel(RowsModel):
    """One threat's actions under strand headings, in the seed template's SMART columns."""

    class Columns(enum.IntEnum):
        NUMBER = 0
        SPECIFIC = 1
        MEASURABLE = 2
        ACHIEVABLE = 3
        RELEVANT = 4
        TIMEBOUND = 5
        OWNER = 6
        DUE = 7
        STATUS = 8
        RAG = 9

    C = Columns
    COLUMNS = {
        C.NUMBER: Column("No.", lambda r: "" if r.number is None else str(r.number),
                         tooltip=lambda r: r.label, align=Qt.AlignmentFlag.AlignRight),
        C.SPECIFIC: Column("Specific", lambda r: r.specific, tooltip=lambda r: r.specific),
        C.MEASURABLE: Column("Measurable", lambda r: r.measurable,
                             tooltip=lambda r: r.measurable),
        C.ACHIEVABLE: Column("Achievable", lambda r: r.achievable,
                             tooltip=lambda r: r.achievable),
        C.RELEVANT: Column("Relevant", lambda r: r.relevant, tooltip=lambda r: r.relevant),
        C.TIMEBOUND: Column("Timebound", lambda r: r.timebound, tooltip=lambda r: r.timebound),
        C.OWNER: Column("Owner", lambda r: f"{r.owner}\n{r.officer}" if r.officer else r.owner,
                        tooltip=lambda r: r.owner_name + (f", {r.officer}" if r.officer else "")),
        C.DUE: Column("Due", lambda r: day(r.due_on), sort=lambda r: r.due_on or LAST),
        C.STATUS: Column("Status", lambda r: r.status, sort=lambda r: STATUS_ORDER[r.status]),
        C.RAG: rag_column(),
    }
    SHAREABLE = {C.MEASURABLE: "measurable", C.ACHIEVABLE: "achievable",
                 C.RELEVANT: "relevant"}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.shared: dict[str, dict[int, str]] = {}  # strand -> column -> the text said once

    def show_plan(self, actions: Iterable[plan_rows.PlanRow]) -> None:
        """Every strand gets its heading, also when it has no action yet."""
        by_strand: dict[str, list] = {strand: [] for strand in STRAND_ORDER}
        for action in actions:
            by_strand.setdefault(action.strand, []).append(action)
        rows: list = []
        self.shared = {strand: shared(found) for strand, found in by_strand.items()}
        for strand, found in by_strand.items():
            withdrawn = sum(1 for row in found if row.status == WITHDRAWN)
            rows.append(StrandHeading(strand, len(found) - withdrawn, self.shared[strand],
                                      withdrawn))
            rows.extend(found)
        self.set_rows(rows)

    def headings(self) -> list[int]:
        return [n for n, row in enumerate(self.rows) if isinstance(row, StrandHeading)]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if isinstance(self.row_at(index), StrandHeading):
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    def data(self, index: QModelIndex, role=DISPLAY):
        row = self.row_at(index) if index.isValid() else None
        if isinstance(row, StrandHeading):
            return self._heading(row, index.column(), role)
        if not isinstance(row, plan_rows.PlanRow):
            return None
        if row.status == WITHDRAWN and role in (FONT, FOREGROUND):
            return _withdrawn(role)
        said = self.shared.get(row.strand, {}).get(index.column())
        if said is not None and role in (DISPLAY, TOOLTIP, FOREGROUND):
            return {DISPLAY: AS_ABOVE, TOOLTIP: said,
                    FOREGROUND: look.dimmed(QGuiApplication.palette())}[role]
        return super().data(index, role)

    @staticmethod
    def _heading(row: StrandHeading, column: int, role):
        if role == Qt.ItemDataRole.BackgroundRole:
            return QGuiApplication.palette().alternateBase()  # the theme's, for dark mode
        if column in row.shared:
            text = row.shared[column]
            return {DISPLAY: text, TOOLTIP: f"The same for every {row.strand} action: {text}"
                    }.get(role)
        if column != 0:
            return None
        if role == DISPLAY:
            count = plural.count(row.count, "action") if row.count else \
                ("no actions" if row.withdrawn else "no actions yet")
            return f"{row.strand} — {count}" + \
                (f", {row.withdrawn} withdrawn" if row.withdrawn else "")
        if role == FONT:
            font = QFont()
            font.setBold(True)
            return font
        return None


def shared(actions: list[plan_rows.PlanRow]) -> dict[int, str]:
    """The template columns in which every one of two or more actions has the same text
    (one action has nothing to share)."""
    if len(actions) < 2:
        return {}
    found = {}
    for column, name in PlanModel.SHAREABLE.items():
        texts = {getattr(action, name) or "" for action in actions}
        if len(texts) == 1 and (text := texts.pop()).strip():
            found[int(column)] = text
    return found


def _withdrawn(role):
    """A withdrawn action reads as struck off: its words struck through and dimmed;
    its Status and RAG columns say so in words."""
    if role == FONT:
        font = QFont()
        font.setStrikeOut(True)
        return font
    return look.dimmed(QGuiApplication.palette())
