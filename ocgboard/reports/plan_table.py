"""A threat's 4P plan as the pack prints it: one table per strand in the template's
SMART columns (seed 003), without the paper a Word plan wastes.

Two things make a plan long without telling the board anything. The
template's Measurable, Achievable and Relevant wording is the same on every
tactic: where every action of a strand carries the same text in a column,
the text is printed once above the table and the column is left out, and
Specific gets the width. And actions completed or not pursued before the last
meeting have been reported on already: each takes one line (what, who, how
and when it closed), and its progress trail is left out, unless the chair
asks for the plan in full.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from reportlab.platypus import Table

from ocgboard.core import plural, rag, vocab
from ocgboard.core.plans import WITHDRAWN
from ocgboard.reports import fonts, styles, tables
from ocgboard.reports.pack_data import Task
from ocgboard.reports.styles import cell, heads, para, subhead
from ocgboard.reports.text import fit

TEMPLATE = ("measurable", "achievable", "relevant")
WIDTHS = {"No.": 26, "Specific": 0, "measurable": 96, "achievable": 96, "relevant": 104,
          "Timebound": 80, "Owner": 132, "Status and RAG": 112}
CLOSED_WIDTHS = styles.columns({"No.": 26, "Action": 0, "Owner": 170, "Closed": 150}, "Action")
SAME_FOR_ALL = "The same for every action in this strand"


def settled(tasks: list[Task], before: dt.date | None) -> tuple[list[Task], list[Task]]:
    """(printed in full, in a line each): the second holds the actions that closed
    before `before` (the last meeting); none when there is no `before`."""
    if before is None:
        return tasks, []
    full: list[Task] = []
    short: list[Task] = []
    for task in tasks:
        closed = closed_on(task)
        (short if closed is not None and closed < before else full).append(task)
    return full, short


def closed_on(task: Task) -> dt.date | None:
    """When a closed action reached its closing status (None while it is open)."""
    if rag.is_open(task.status):
        return None
    dates = [u.dated_on for u in task.updates if u.status == task.status]
    return max(dates) if dates else None


def _counted(tasks: list[Task]) -> str:
    """A strand's actions as the app's plan counts them: those withdrawn apart."""
    withdrawn = sum(1 for t in tasks if t.status == WITHDRAWN)
    live = len(tasks) - withdrawn
    said = plural.count(live, "action") if live else "no actions"
    return f"{said}, {withdrawn} withdrawn" if withdrawn else said


def plan(full: list[Task], short: list[Task], since: dt.date | None) -> list:
    story = subhead("4P disruption plan", room=140)
    every = _shared(full)
    if every:
        story.append(_hoisted("For every action in this plan", every))
    for strand in vocab.values("strands"):
        tasks = [t for t in full if t.strand == strand]
        closed = [t for t in short if t.strand == strand]
        count = len(tasks) + len(closed)
        story += subhead(f"{strand}: {_counted(tasks + closed)}", "h3",
                         room=96 if count else 36)
        if not count:
            story.append(para(f"No {strand} actions in the plan.", "small"))
            continue
        if tasks:
            story += plan_table(tasks, said=set(every))
        if closed:
            story += closed_lines(closed, since)
    return story


def _shared(tasks: list[Task]) -> dict[str, str]:
    """The template columns in which every one of `tasks` has the same text."""
    if not tasks:
        return {}
    return {name: getattr(tasks[0], name) for name in TEMPLATE
            if len({getattr(t, name) for t in tasks}) == 1}


def _hoisted(scope: str, shared: dict[str, str]):
    said = "; ".join(f"{name.capitalize()}: {text.rstrip('.')}" for name, text in shared.items())
    return para(f"{scope}. {said}.", "small")


def plan_table(tasks: list[Task], said: Collection[str] = ()) -> list:
    """The strand's table, with the template's wording hoisted above it where every
    action shares it (unless `said` already for the whole plan)."""
    shared = _shared(tasks)
    columns = [c for c in WIDTHS if c not in shared]
    widths = styles.columns({c: WIDTHS[c] for c in columns}, "Specific")
    rows = [heads(*(c.capitalize() if c in TEMPLATE else c for c in columns))]
    for t in tasks:
        owner = t.owner + (f"\n{t.officer}" if t.officer else "")
        cells = {"No.": str(t.number), "Specific": cell(t.specific),
                 "Timebound": cell(_timebound(t)),
                 "Owner": tables.fitted(owner, WIDTHS["Owner"]),
                 "Status and RAG": tables.RagMark(t.rating,
                                                  tables.rating_words(t.status, t.rating))}
        rows.append([cells[c] if c in cells else cell(getattr(t, c)) for c in columns])
    story: list = []
    unsaid = {name: text for name, text in shared.items() if name not in said}
    if unsaid:
        story.append(_hoisted(SAME_FOR_ALL, unsaid))
    return story + [tables.table(rows, widths)]


def _timebound(task: Task) -> str:
    due = f"Due {styles.day(task.due_on)}" if task.due_on else "No due date"
    return f"{due}\n{task.timebound}" if task.timebound else due


def _line(text: str, room: float) -> str:
    return fit(" ".join(text.split()), fonts.REGULAR, styles.CELL_SIZE, room)


def closed_lines(tasks: list[Task], since: dt.date | None) -> list:
    """One line per action closed before the last meeting."""
    room = CLOSED_WIDTHS[1] - 2 * styles.PADDING - 1
    rows = [heads("No.", f"Closed before the last meeting ({styles.day(since)})", "Owner",
                  "Closed")]
    owner_room = CLOSED_WIDTHS[2] - 2 * styles.PADDING - 1
    for t in tasks:
        rows.append([str(t.number), _line(t.specific, room), _line(t.owner, owner_room),
                     f"{t.status.capitalize()} {styles.day(closed_on(t))}"])
    table: Table = tables.table(rows, CLOSED_WIDTHS, zebra=False)
    return [table]
