"""The selected action in full beside a list: its SMART text and its dated trail.

Used by the plan tab and the chase list; each puts a text browser and a
table in its own form and hands them here.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTextBrowser

from ocgboard.core.rows import plans as plan_rows
from ocgboard.gui.plans.models import UpdatesModel, day

FIELDS = (("Specific", "specific"), ("Measurable", "measurable"),
          ("Achievable", "achievable"), ("Relevant", "relevant"), ("Timebound", "timebound"))


def smart_html(row: plan_rows.PlanRow) -> str:
    """Every field of the action, whichever columns its list has room for."""
    officer = f", {escape(row.officer)}" if row.officer else ""
    due = f"due {day(row.due_on)}" if row.due_on else "no due date"
    parts = [f"<p><b>{escape(row.label)} · {escape(row.strand)}</b>"
             f"{' · tactic ' + escape(row.tactic_code) if row.tactic_code else ''}<br>"
             f"Owner: {escape(row.owner_name)}{officer}<br>"
             f"Status: {escape(row.status)}, {due} — <b>{escape(row.rating.label)}</b>"
             f"{latest(row)}</p>"]
    for label, name in FIELDS:
        value = getattr(row, name)
        if value:
            parts.append(f"<p><b>{label}:</b> {escape(value)}</p>")
    return "".join(parts)


def latest(row: plan_rows.PlanRow) -> str:
    """The newest update in a line, so that the text alone says where the action stands."""
    if not row.updates:
        return "<br>No update yet"
    update = row.updates[-1]
    said = f": {escape(update.comment)}" if update.comment else ""
    whose = " (board only)" if update.board_only and update.comment else ""
    return (f"<br>Latest update{whose}: {day(update.dated_on)}, {escape(update.status)}"
            f"{said} ({escape(update.author)})")


class ActionDetails:
    """Shows one PlanRow (or nothing) in a text browser and a trail table."""

    def __init__(self, text: QTextBrowser, trail: QTableView):
        self.text, self.trail = text, trail
        self.model = UpdatesModel(trail)
        trail.setModel(self.model)
        trail.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        trail.setWordWrap(True)
        trail.verticalHeader().hide()
        header = trail.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UpdatesModel.C.COMMENT, QHeaderView.ResizeMode.Stretch)
        self.row: plan_rows.PlanRow | None = None
        self.show(None)

    def show(self, row: plan_rows.PlanRow | None, about: str = "") -> None:
        """`about`: HTML shown under the action (an agency's view of its threat)."""
        self.row = row
        if row is None:
            self.text.setHtml("<p>Choose an action to see it in full, with its progress.</p>")
            self.model.set_rows([])
            return
        self.text.setHtml(smart_html(row) + about)
        self.model.set_rows(row.updates)
        self.trail.resizeRowsToContents()
        self.trail.scrollToBottom()
