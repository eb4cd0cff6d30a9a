"""The threat summary: one line per threat on the agenda, its plan's 4P balance at a glance."""

from __future__ import annotations

from ocgboard.core import vocab
from ocgboard.reports import fonts, styles, tables
from ocgboard.reports.marks import Heading, Marks, PageRef
from ocgboard.reports.pack_data import Pack, ThreatPart
from ocgboard.reports.styles import MARKING_RED, heads, para


def threat_summary(pack: Pack, marks: Marks) -> list:
    since = (f"since the last meeting ({styles.day(pack.previous_meeting_on)})"
             if pack.previous_meeting_on else "on record")
    story = [
        Heading(marks, "Threat summary", key="summary"),
        para(_intro(pack, since), "body"),
    ]
    if pack.threats:
        story.append(_table(pack.threats, marks, with_balance=pack.agency is None))
    else:
        story.append(para("No threats in this pack.", "body"))
    story.append(styles.section_end())
    return story


def _intro(pack: Pack, since: str) -> str:
    if pack.agency:
        return (f"The threats on this agenda with tasks for {pack.agency}, and that agency's "
                f"open actions on each by strand. Disruptions are its own, {since}.")
    return ("The threats on this agenda. Open actions by strand show each plan's balance "
            "across the 4Ps; a plan with open work under Pursue alone is flagged. "
            f"Disruptions are those {since}.")


def balance(part: ThreatPart) -> tuple[dict[str, int], str]:
    """Open actions per strand, and the plan's balance in words."""
    counts = dict.fromkeys(vocab.values("strands"), 0)
    for task in part.open_tasks():
        counts[task.strand] = counts.get(task.strand, 0) + 1
    used = [s for s, n in counts.items() if n]
    if not used:
        words = "No open actions"
    elif used == ["Pursue"]:
        words = "Pursue only"
    elif len(used) == len(counts):
        words = "All four Ps"
    else:
        words = f"{len(used)} of {len(counts)} Ps"
    return counts, words


# Fixed widths (points) for the short columns; the name takes what is left. A band
# holds "unscored" on one line.
FIXED = {"Reference": 74, "Band": 50, "Status": 48, "LRO": 86, "Open": 32, "Overdue": 48,
         "strand": 46, "Balance": 62, "Disruptions": 64, "Page": 30}


def _widths(strands: list[str], with_balance: bool) -> list[float]:
    f = FIXED
    short = [f["Band"], f["Status"], f["LRO"], f["Open"], f["Overdue"],
             *[f["strand"]] * len(strands), *([f["Balance"]] if with_balance else []),
             f["Disruptions"], f["Page"]]
    name = styles.FRAME_WIDTH - f["Reference"] - sum(short)
    return [f["Reference"], name, *short]


def _table(parts: list[ThreatPart], marks: Marks, with_balance: bool):
    strands = vocab.values("strands")
    w = _widths(strands, with_balance)
    rows = [heads("Reference", "Name", "Band", "Status", "LRO", "Open", "Overdue", *strands,
                  *(["Balance"] if with_balance else []), "Disruptions", "Page")]
    flagged = []
    for n, part in enumerate(parts, 1):
        counts, words = balance(part)
        overdue = sum(1 for t in part.open_tasks() if t.rating.overdue_days)
        if with_balance and words == "Pursue only":
            flagged.append(n)
        rows.append([
            tables.fitted(part.reference, w[0]), tables.fitted(part.name, w[1]),
            tables.fitted(part.profile["OCGM band"], w[2]),
            tables.fitted(part.profile["Status"], w[3]),
            tables.fitted(part.profile["LRO"], w[4]),
            str(len(part.open_tasks())), str(overdue), *[str(counts[s]) for s in strands],
            *([tables.fitted(words, w[-3])] if with_balance else []),
            str(len(part.disruptions)), PageRef(marks, part.key),
        ])
    extra = [("ALIGN", (5, 1), (6 + len(strands), -1), "RIGHT"),
             ("ALIGN", (-2, 1), (-2, -1), "RIGHT")]
    balance_col = 7 + len(strands)
    for n in flagged:
        extra += [("TEXTCOLOR", (balance_col, n), (balance_col, n), MARKING_RED),
                  ("FONT", (balance_col, n), (balance_col, n), fonts.BOLD)]
    return tables.table(rows, w, *extra)
