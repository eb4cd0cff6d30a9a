"""The period report: the board's six-monthly figures with charts, marked like the pack.

    ocgboard report --from 2026-06-01 --to 2026-11-30 -o report.pdf
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import PageBreak, Spacer

from ocgboard import clock
from ocgboard.core import board, withheld
from ocgboard.reports import control_data, control_pages, page, styles, tables, writer
from ocgboard.reports import figures as figures_module
from ocgboard.reports.figures import Figures
from ocgboard.reports.marks import Heading, Marks
from ocgboard.reports.statistics import (
    AS_AT_HEADLINES,
    PERIOD_HEADLINES,
    headline_figures,
    statistics,
)
from ocgboard.reports.styles import cell, heads, para


@dataclass(frozen=True)
class Report:
    path: str
    pages: int
    start: dt.date
    end: dt.date


def build(session, target: str | os.PathLike, start=None, end=None,
          today: dt.date | None = None) -> Report:
    """Write the period report for `start`–`end` (default: the six months to today)."""
    path = writer.check_target(target)
    today = today or clock.of(session).today()
    figures = figures_module.redact_areas(figures_module.collect(session, start, end,
                                                                 today=today),
                                          withheld.redactor(session))
    # The report says it names no subject: the strategy's words are redacted as a
    # partner's pack has them.
    figures.control = control_data.gather(session, figures.period.start, figures.period.end,
                                          withheld.redactor(session), today=today)
    found = board.current(session)
    name = found.name if found else "Organised crime partnership board"
    marking = board.marking(session)
    with writer.safe_output(path) as handle:
        pages = lay_out(figures, handle, board_name=name, area=found.area if found else None,
                        marking=marking, produced_on=today, made_at=clock.of(session).now())
    return Report(str(path), pages, figures.period.start, figures.period.end)


def lay_out(figures: Figures, target, *, board_name: str, area: str | None, marking: str,
            produced_on: dt.date, made_at: dt.datetime,
            after: Callable[[Marks], list] | None = None) -> int:
    """`after`: more of the report after its figures (a hub's, by board)."""
    p = figures.period
    span = f"{styles.day(p.start)} to {styles.day(p.end)}"
    marks = Marks()
    story = _front(figures, marks, board_name, area, marking, produced_on, span)
    story += statistics(figures, marks, title="Figures for the period", key="figures")
    if after is not None:
        story += after(marks)
    # The board at the head, what and when at the foot: each has its half of the line.
    furniture = page.Furniture(marking=marking, running_head=board_name,
                               variant_line=f"Period report, {span}", made_at=made_at)
    return page.build(story, target, furniture, marks, title=f"Period report, {span}",
                      author=board_name, subject=f"Period report ({marking})")


def _front(figures: Figures, marks: Marks, board_name: str, area: str | None, marking: str,
           produced_on: dt.date, span: str) -> list:
    rows = [heads("Document control", ""),
            [cell("Board", "cell_bold"), cell(board_name + (f" ({area})" if area else ""))],
            [cell("Period", "cell_bold"), cell(span)],
            *([[cell("Control strategy", "cell_bold"),
                cell(control_pages.in_force(figures.control))]] if figures.control else []),
            [cell("Protective marking", "cell_bold"), cell(marking)],
            [cell("Produced on", "cell_bold"), cell(styles.day(produced_on))]]
    control = tables.table(rows, [130, 300], ("SPAN", (0, 0), (-1, 0)), zebra=False)
    return [
        Heading(marks, board_name, "title", key="cover", outline="Period report"),
        para(f"Period report: {span}", "subtitle"),
        Spacer(1, 6), control, Spacer(1, 10),
        para("In summary", "h2"),
        para(_summary(figures), "body"),
        para(f"This report is marked {marking}. Share it only with those who need to know; "
             "keep it secure and do not forward it without the chair's agreement. It holds "
             "figures only: no names of subjects.", "small"),
        PageBreak(),
    ]


def _summary(figures: Figures) -> str:
    values = headline_figures(figures)

    def said(headlines) -> str:
        return "; ".join(f"{label.lower()}: {values[key]:,}" for key, label in headlines)

    top = next(iter(figures.period.disruptions_by_agency.items()), None)
    lead = f" {top[0]} recorded the most disruptions ({top[1]:,})." if top else ""
    return (f"In the period: {said(PERIOD_HEADLINES)}. As at "
            f"{styles.day(figures.period.end)}, on live plans: {said(AS_AT_HEADLINES)}.{lead}")
