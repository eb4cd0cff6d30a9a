"""The action tracker: open actions carried forward, overdue first, RAG in colour and words."""

from __future__ import annotations

from reportlab.platypus import PageBreak

from ocgboard.reports import styles, tables
from ocgboard.reports.marks import Heading, Marks
from ocgboard.reports.pack_data import Pack, Task
from ocgboard.reports.styles import cell, heads, para


def action_tracker(pack: Pack, marks: Marks) -> list:
    overdue = sum(1 for t in pack.tracker if t.rating.overdue_days)
    scope = ("owned by " + pack.agency if pack.agency
             else "on the threats on this agenda and from the last meeting's decisions")
    story = [
        Heading(marks, "Action tracker", key="tracker"),
        para(f"Open actions {scope}, as at {styles.day(pack.as_at)}: "
             f"{len(pack.tracker)} open, {overdue} overdue. Overdue actions come first, the "
             "most overdue at the top. Each action is numbered as in its threat's 4P plan.",
             "body"),
    ]
    if pack.tracker:
        story.append(tracker_table(pack.tracker))
    else:
        story.append(para("No open actions.", "body"))
    story.append(PageBreak())
    return story


def tracker_table(tasks: list[Task]):
    w = styles.columns({"Threat · no.": 86, "Strand": 46, "Action": 0, "Owner": 128,
                        "Officer": 92, "Due": 60, "RAG": 118}, "Action")
    rows = [heads("Threat · no.", "Strand", "Action", "Owner", "Officer", "Due", "RAG")]
    for t in tasks:
        rows.append([
            tables.placed(t), t.strand, cell(t.specific),
            tables.fitted(t.owner, w[3]), tables.fitted(t.officer or "", w[4]),
            styles.day(t.due_on), tables.RagMark(t.rating, tables.rating_words(t.status, t.rating)),
        ])
    return tables.table(rows, w)
