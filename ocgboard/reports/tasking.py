"""Agency tasking sheets: each agency's open actions on a page of its own.

A sheet can be torn off and handed to the agency's representative: it names
the threat and the action's number in its plan, what is asked, by when, and
leaves room to write the update the board will want at the meeting.
"""

from __future__ import annotations

from reportlab.platypus import PageBreak, Spacer

from ocgboard.reports import styles, tables
from ocgboard.reports.marks import Anchor, Heading, Marks
from ocgboard.reports.pack_data import Pack, Task
from ocgboard.reports.styles import cell, heads, para

WIDTHS = styles.columns({"Threat · no.": 108, "Action": 0, "Officer": 84, "RAG": 124,
                         "Update": 140}, "Action")
WRITING_ROOM = 30  # points of blank cell to write an update in


def tasking_sheets(pack: Pack, marks: Marks) -> list:
    story = []
    for n, (agency, tasks) in enumerate(pack.tasking):
        if n == 0:
            story.append(Anchor(marks, "tasking", "Agency tasking sheets"))
        story += sheet(pack, agency, tasks, marks)
    return story


def sheet_key(agency: str) -> str:
    return "tasking-" + "-".join(agency.lower().split())


def sheet(pack: Pack, agency: str, tasks: list[Task], marks: Marks) -> list:
    overdue = sum(1 for t in tasks if t.rating.overdue_days)
    return [
        Heading(marks, f"Tasking sheet: {agency}", key=sheet_key(agency), level=1,
                outline=agency),
        para(f"{pack.meeting_title}, {styles.day(pack.starts_at.date())}. Open actions owned "
             f"by {agency} as at {styles.day(pack.as_at)}: {len(tasks)} open, {overdue} "
             "overdue. Please bring an update on each to the meeting.", "body"),
        _table(tasks),
        PageBreak(),
    ]


def _table(tasks: list[Task]):
    rows = [heads("Threat · no.", "Action", "Officer", "RAG and due date",
                  "Update for the board")]
    for t in tasks:
        action = t.specific + (f"\n{t.timebound}" if t.timebound else "")
        rows.append([
            tables.placed(t), cell(action), tables.fitted(t.officer or "", WIDTHS[2]),
            tables.standing(t),
            Spacer(1, WRITING_ROOM),
        ])
    return tables.table(rows, WIDTHS, zebra=False)
