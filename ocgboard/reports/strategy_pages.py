"""The board's strategic action plan, for the agenda item that reviews its progress."""

from __future__ import annotations

from ocgboard.reports import styles, tables
from ocgboard.reports.marks import Heading, Marks
from ocgboard.reports.pack_data import Pack, StrategyLine
from ocgboard.reports.styles import cell, heads, para

WIDTHS = styles.widths(0.4, 4.4, 1.8, 1.0, 1.2, 3.6)


def strategic_plan(pack: Pack, marks: Marks) -> list:
    if not pack.strategy:
        return []
    rows = [heads("No.", "Strategic action", "Lead partners", "Target date", "Status",
                  "Latest update")]
    rows += [[str(s.number), cell(s.action), cell(s.lead_partners), _target(s),
              tables.fitted(s.status.capitalize(), WIDTHS[4]), cell(_latest(s))]
             for s in pack.strategy]
    late = sum(1 for s in pack.strategy if s.overdue)
    return [
        Heading(marks, "Strategic action plan", key="strategy"),
        para(f"The board's own plan and where each action stood on {styles.day(pack.as_at)}: "
             "its status then and the last update in its trail by that day. An action whose "
             "target date had passed without it being complete is marked Overdue "
             f"({late} of {len(pack.strategy)}).", "body"),
        tables.table(rows, WIDTHS),
        styles.section_end(),
    ]


def _target(line: StrategyLine):
    day = styles.day(line.target_on)
    return [cell(day), cell("Overdue", "cell_restricted")] if line.overdue else day


def _latest(line: StrategyLine) -> str:
    if line.latest_on is None:
        return "No update recorded"
    said = f"{styles.day(line.latest_on)} · {(line.latest_status or '').capitalize()}"
    return f"{said}: {line.latest_comment}" if line.latest_comment else said
