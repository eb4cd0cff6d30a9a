"""The action tracker: open actions carried forward, overdue first, RAG in colour and words.

An action whose threat has its section in the pack is printed there in full,
in its 4P plan: here it takes one line, with the page of that plan (a link).
Only an action whose plan is not in the pack (one carried forward from the
last meeting's decisions on a threat not on this agenda) is printed in full.
"""

from __future__ import annotations

import uuid

from ocgboard.reports import styles, tables
from ocgboard.reports.marks import Heading, Marks, PageRef
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
             "most overdue at the top. Each action is numbered as in its threat's 4P plan; "
             "where that plan is in this pack, the action takes a line here and the last "
             "column gives the plan's page.", "body"),
    ]
    if pack.tracker:
        story.append(tracker_table(pack.tracker, {p.id: p.key for p in pack.threats}, marks))
    else:
        story.append(para("No open actions.", "body"))
    story.append(styles.section_end())
    return story


WIDTHS = styles.columns({"Threat · no.": 104, "Action": 0,
                         "Owner and officer": 84, "RAG and due date": 232, "Plan": 30},
                        "Action")


def tracker_table(tasks: list[Task], plans: dict[uuid.UUID, str], marks: Marks):
    """`plans`: the key of each threat section in the pack, by threat id."""
    rows = [heads("Threat · no.", "Action", "Owner", "RAG and due date", "Plan")]
    for t in tasks:
        plan = plans.get(t.threat_id)
        if plan is None:
            rows.append([tables.placed(t), cell(t.specific), tables.owned(t, WIDTHS[2]),
                         tables.standing(t), "—"])
        else:
            rows.append([tables.one_line(t.label, WIDTHS[0], bold=True),
                         tables.one_line(t.specific, WIDTHS[1]),
                         tables.one_line(t.owner_short or t.owner, WIDTHS[2]),
                         tables.RagMark(t.rating, tables.due_words(t)),
                         PageRef(marks, plan)])
    return tables.table(rows, WIDTHS)
