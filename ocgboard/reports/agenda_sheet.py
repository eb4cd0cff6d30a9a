"""The agenda: each item with its time, purpose, presenter and the page of its paper."""

from __future__ import annotations

from ocgboard.reports import styles, tables
from ocgboard.reports.marks import Heading, Marks, PageRef
from ocgboard.reports.pack_data import Pack
from ocgboard.reports.styles import cell, heads, para


def agenda(pack: Pack, marks: Marks) -> list:
    chair = f" · Chair: {pack.chair}" if pack.chair else ""
    venue = f" · {pack.venue}" if pack.venue else ""
    story = [
        Heading(marks, "Agenda", key="agenda"),
        para(f"{pack.meeting_title} · {styles.long_day(pack.starts_at.date())}, "
             f"{pack.starts_at:%H:%M}{venue}{chair}", "body"),
        _table(pack, marks),
        para("A page number shows where the item's paper starts in this pack; "
             "an item without one is taken without a paper.", "small"),
        styles.section_end(),
    ]
    return story


def _table(pack: Pack, marks: Marks):
    w = styles.widths(0.45, 1.0, 5.0, 1.1, 2.6, 0.55)
    rows = [heads("Item", "Time", "Title", "Purpose", "Presenter", "Page")]
    for line in pack.agenda:
        rows.append([
            str(line.number), f"{line.starts:%H:%M}–{line.ends:%H:%M}", cell(line.title),
            line.purpose, tables.fitted(line.presenter, w[4]),
            PageRef(marks, line.key),
        ])
    return tables.table(rows, w, ("ALIGN", (0, 0), (0, -1), "RIGHT"))
