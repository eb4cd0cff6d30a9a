"""The period report across every board the hub serves.

    ocgboard hub report --from 2026-06-01 --to 2026-11-30 -o region.pdf

The board's own period report (reports/period.py), its figures added across
the boards, then a table by board and the threats that appear on two boards.
Like the board's report it holds figures and references only, never the name
of a subject: a threat on two boards is shown by its references, and a member
in common by how many there are, not by name. It carries the most
restrictive of the boards' protective markings.
"""

from __future__ import annotations

import os

from ocgboard import clock
from ocgboard.core import vocab
from ocgboard.hub import across
from ocgboard.hub.folder import Hub
from ocgboard.reports import period, styles, tables, writer
from ocgboard.reports.marks import Heading, Marks
from ocgboard.reports.styles import cell, heads, para

COLUMNS = (("threats_disrupted", "Disrupted"), ("threats_dismantled", "Dismantled"),
           ("threats_frustrated", "Frustrated"), ("disruptions", "Disruptions"),
           ("actions_raised", "Actions raised"), ("actions_completed", "Completed"),
           ("open_actions", "Open actions"), ("actions_overdue", "Overdue"))


def build(hub: Hub, target: str | os.PathLike, start=None, end=None) -> period.Report:
    path = writer.check_target(target)
    found = across.gather(hub, start, end)
    marking = most_restrictive(found.markings)
    name = f"All {len(found.boards)} boards of the hub"
    with writer.safe_output(path) as handle:
        pages = period.lay_out(found.total, handle, board_name=name, area=None,
                               marking=marking, produced_on=clock.current().today(),
                               made_at=clock.current().now(),
                               after=lambda marks: _by_board(found, marks))
    return period.Report(str(path), pages, found.start, found.end)


def most_restrictive(markings: list[str]) -> str:
    """The highest of the boards' markings; one the vocabulary does not know ranks above
    all it does (the hub cannot tell it is lower)."""
    known = vocab.values("markings")
    if not markings:
        return known[0]
    return max(markings, key=lambda m: (known.index(m) if m in known else len(known), m))


def _by_board(found: across.Across, marks: Marks) -> list:
    width = (styles.FRAME_WIDTH - 120) / len(COLUMNS)
    rows = [[cell("Board", "cell_bold"), *(cell(label, "cell_bold") for _k, label in COLUMNS)]]
    for name, figures in [*found.boards, ("All boards", found.total)]:
        rows.append([cell(name), *(cell(f"{getattr(figures.period, key):,}")
                                   for key, _label in COLUMNS)])
    story = [Heading(marks, "By board", key="by-board"),
             para("Each board's figures, counted in its own register exactly as its chair's "
                  "report counts them; the last row is their sum.", "small"),
             tables.table(rows, [120] + [width] * len(COLUMNS))]
    story += [Heading(marks, "Threats on two boards", key="crossings"),
              para(_crossing_words(found), "small")]
    if found.crossings:
        rows = [heads("Boards and references", "Why")]
        for crossing in found.crossings:
            where = "; ".join(f"{p.board}: {p.reference}" for p in crossing.places)
            rows.append([cell(where), cell(_why(crossing))])
        story.append(tables.table(rows, [styles.FRAME_WIDTH - 170, 170]))
    return story


def _crossing_words(found: across.Across) -> str:
    if not found.crossings:
        return "No threat appears on two boards: no reference and no member's name is shared."
    return (f"{len(found.crossings)} threat(s) appear on more than one board, by the same "
            "reference or a member of the same name. Agree between the boards which leads.")


def _why(crossing: across.Crossing) -> str:
    why = ["the same reference"] if crossing.same_reference else []
    if crossing.members:
        n = len(crossing.members)
        why.append(f"{n} member{'s' if n != 1 else ''} in common")
    return " and ".join(why)

