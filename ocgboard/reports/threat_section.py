"""One threat's section: profile, members, the 4P plan in SMART columns, progress, disruptions.

The plan (plan_table.py) follows the board's 4P template (seed 003): grouped
by strand, each action numbered so the tracker and tasking sheets can point
here. The progress trail covers the actions printed in full.
"""

from __future__ import annotations

import datetime as dt
from itertools import islice

from reportlab.platypus import Table

from ocgboard.core import rag, sharing
from ocgboard.reports import plan_table, styles, tables
from ocgboard.reports.marks import Anchor, Heading, Marks
from ocgboard.reports.pack_data import Pack, Task, ThreatPart
from ocgboard.reports.styles import cell, heads, para, subhead

TRAIL_WIDTHS = styles.widths(0.38, 0.8, 0.85, 6.5, 1.6)
DISRUPTION_WIDTHS = styles.widths(0.8, 0.75, 1.6, 0.7, 0.55, 5.6)
RESTRICTED = "Not for dissemination"
MEMBER_WIDTHS = styles.widths(2.0, 2.2, 1.6, 0.9, 3.3)


def threat_sections(pack: Pack, marks: Marks) -> list:
    story = []
    for n, part in enumerate(pack.threats):
        if n == 0:
            story.append(Anchor(marks, "threats", "Threat reviews"))
        story += section(pack, part, marks)
    return story


def section(pack: Pack, part: ThreatPart, marks: Marks) -> list:
    title = f"{part.reference} · {part.name}"
    story = [Heading(marks, title, key=part.key, level=1), _profile(part)]
    if part.summary_restricted:
        story.append(para(RESTRICTED + ": the summary below is not shared with partners.",
                          "restricted"))
    story.append(para(part.summary, "withheld" if part.summary_withheld else "body"))
    story += _members(pack, part)
    full, short = plan_table.settled(
        part.tasks, None if pack.full_history else pack.previous_meeting_on)
    story += plan_table.plan(full, short, pack.previous_meeting_on)
    story += _trail(full, None if pack.full_history else pack.previous_meeting_on)
    story += _disruptions(pack, part)
    story.append(styles.section_end())
    return story


def _profile(part: ThreatPart) -> Table:
    items = list(part.profile.items())
    rows = []
    while items:
        chunk, items = list(islice(items, 3)), items[3:]
        row = []
        for label, value in chunk + [("", "")] * (3 - len(chunk)):
            row += [cell(label, "cell_bold"), cell(value)]
        rows.append(row)
    w = styles.widths(*[1.1, 1.9] * 3)
    t = Table(rows, colWidths=w, hAlign="LEFT", spaceAfter=6)
    t.setStyle(styles.grid(("BACKGROUND", (0, 0), (0, -1), styles.HEADER_FILL),
                           ("BACKGROUND", (2, 0), (2, -1), styles.HEADER_FILL),
                           ("BACKGROUND", (4, 0), (4, -1), styles.HEADER_FILL),
                           header_rows=0, zebra=False))
    return t


def _members(pack: Pack, part: ThreatPart) -> list:
    story = subhead("Members")
    if not part.members:
        empty = "No members recorded." if pack.variant == "chair" else \
            "No members are listed in this pack."
        return story + [para(empty, "small")]
    rows = [heads("Name", "Aliases", "Standing", "Born", "Roles")]
    rows += [[_member_name(m), cell(m.aliases), cell(m.standing),
              styles.day(m.date_of_birth), cell(m.roles)] for m in part.members]
    return story + [tables.table(rows, MEMBER_WIDTHS)]


def _member_name(member) -> list:
    name = [cell(member.name, "cell_bold")]
    return name + [cell(RESTRICTED, "cell_restricted")] if member.restricted else name


def _trail(tasks: list[Task], since: dt.date | None) -> list:
    """Each action's dated updates: with `since` (the last meeting), only those since,
    the actions with none named in a line, and the older updates counted."""
    rows = [heads("No.", "Date", "Status", "Progress", "By")]
    older, quiet = 0, []
    for task in tasks:
        shown = [u for u in task.updates if since is None or u.dated_on >= since]
        older += len(task.updates) - len(shown)
        if not shown and rag.is_open(task.status):
            quiet.append(str(task.number))
        rows += [[str(task.number), styles.day(u.dated_on), u.status.capitalize(),
                  tables.fitted(sharing.marked(u.comment, u.board_only), TRAIL_WIDTHS[3]),
                  tables.fitted(u.author, TRAIL_WIDTHS[4])] for u in shown]
    title = f"Progress since the last meeting ({styles.day(since)})" if since else \
        "Progress trail"
    story = subhead(title)
    story.append(tables.table(rows, TRAIL_WIDTHS) if len(rows) > 1 else
                 para("No progress recorded.", "small"))
    notes = []
    if quiet:
        notes.append(f"No update since the last meeting on open action"
                     f"{'s' if len(quiet) > 1 else ''} {', '.join(quiet)}.")
    if older:
        notes.append(f"{older} earlier update{'s are' if older != 1 else ' is'} not printed "
                     "(a pack made in full prints them).")
    if notes:
        story.append(para(" ".join(notes), "small"))
    return story


def _disruptions(pack: Pack, part: ThreatPart) -> list:
    since = (f"since the last meeting ({styles.day(pack.previous_meeting_on)})"
             if pack.previous_meeting_on else "on record")
    story = subhead(f"Disruptions {since}")
    if part.disruptions:
        rows = [heads("Date", "Level", "Agency", "Strand", "Action", "Justification")]
        rows += [[styles.day(d.dated_on), d.level, tables.fitted(d.agency, DISRUPTION_WIDTHS[2]),
                  d.strand, str(d.action_number or "—"),
                  cell(sharing.marked(d.justification, d.board_only))]
                 for d in part.disruptions]
        story.append(tables.table(rows, DISRUPTION_WIDTHS))
    else:
        story.append(para("None.", "small"))
    if part.earlier_disruptions:
        story.append(para(f"{part.earlier_disruptions} earlier disruption"
                          f"{'s are' if part.earlier_disruptions != 1 else ' is'} on the "
                          "register.", "small"))
    return story
