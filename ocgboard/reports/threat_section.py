"""One threat's section: profile, members, the 4P plan in SMART columns, progress, disruptions.

The plan follows the board's 4P template (seed 003): grouped by strand, each
action in the template's columns (Specific, Measurable, Achievable, Relevant,
Timebound, Owner), numbered so the tracker and tasking sheets can point here.
"""

from __future__ import annotations

from itertools import islice

from reportlab.platypus import PageBreak, Table

from ocgboard.core import sharing, vocab
from ocgboard.reports import styles, tables
from ocgboard.reports.marks import Anchor, Heading, Marks
from ocgboard.reports.pack_data import Pack, Task, ThreatPart
from ocgboard.reports.styles import cell, heads, para, subhead

PLAN_WIDTHS = styles.columns({"No.": 24, "Specific": 0, "Measurable": 96, "Achievable": 96,
                              "Relevant": 104, "Timebound": 76, "Owner": 90, "RAG": 100},
                             "Specific")
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
    story += _plan(part)
    story += _trail(part)
    story += _disruptions(pack, part)
    story.append(PageBreak())
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


def _plan(part: ThreatPart) -> list:
    story = subhead("4P disruption plan", room=140)
    for strand in vocab.values("strands"):
        tasks = [t for t in part.tasks if t.strand == strand]
        title = f"{strand}: {len(tasks)} action{'s' if len(tasks) != 1 else ''}"
        story += subhead(title, "h3", room=96 if tasks else 36)
        if not tasks:
            story.append(para(f"No {strand} actions in the plan.", "small"))
            continue
        story.append(plan_table(tasks))
    return story


def plan_table(tasks: list[Task]) -> Table:
    rows = [heads("No.", "Specific", "Measurable", "Achievable", "Relevant", "Timebound",
                  "Owner", "Status and RAG")]
    for t in tasks:
        owner = t.owner + (f"\n{t.officer}" if t.officer else "")
        rows.append([
            str(t.number), cell(t.specific), cell(t.measurable), cell(t.achievable),
            cell(t.relevant), cell(_timebound(t)), tables.fitted(owner, PLAN_WIDTHS[6]),
            tables.RagMark(t.rating, tables.rating_words(t.status, t.rating)),
        ])
    return tables.table(rows, PLAN_WIDTHS)


def _timebound(task: Task) -> str:
    due = f"Due {styles.day(task.due_on)}" if task.due_on else "No due date"
    return f"{due}\n{task.timebound}" if task.timebound else due


def _trail(part: ThreatPart) -> list:
    rows = [heads("No.", "Date", "Status", "Progress", "By")]
    for task in part.tasks:
        rows += [[str(task.number), styles.day(u.dated_on), u.status,
                  tables.fitted(sharing.marked(u.comment, u.board_only), TRAIL_WIDTHS[3]),
                  tables.fitted(u.author, TRAIL_WIDTHS[4])] for u in task.updates]
    if len(rows) == 1:
        return [*subhead("Progress trail"), para("No progress recorded.", "small")]
    return [*subhead("Progress trail"), tables.table(rows, TRAIL_WIDTHS)]


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
