"""The board's strategic action plan, for the agenda item that reviews its progress."""

from __future__ import annotations

from reportlab.platypus import PageBreak

from ocgboard.reports import styles, tables
from ocgboard.reports.marks import Heading, Marks
from ocgboard.reports.pack_data import Pack
from ocgboard.reports.styles import cell, heads, para

WIDTHS = styles.widths(0.4, 6.0, 2.4, 1.0, 1.3)


def strategic_plan(pack: Pack, marks: Marks) -> list:
    if not pack.strategy:
        return []
    rows = [heads("No.", "Strategic action", "Lead partners", "Target date", "Status")]
    rows += [[str(s.number), cell(s.action), cell(s.lead_partners), styles.day(s.target_on),
              tables.fitted(s.status.capitalize(), WIDTHS[4])] for s in pack.strategy]
    return [
        Heading(marks, "Strategic action plan", key="strategy"),
        para("The board's own plan and where each action stands.", "body"),
        tables.table(rows, WIDTHS),
        PageBreak(),
    ]
