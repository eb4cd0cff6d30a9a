"""The meeting pack: one PDF, as a chair would hand it out.

    cover and document control · agenda · minutes of the last meeting ·
    action tracker · threat summary · one section per threat · agency
    tasking sheets · strategic plan · period statistics

`build` gathers the variant's data (pack_data/gather), records a numbered
copy in the distribution register when the pack is issued to a person, lays
the story out once and writes it safely (writer.py).

A `progress` callback, if given, hears (percent, text) at each section
boundary; when it raises (the user pressed Cancel), the build stops there
and the safe writer leaves no file behind.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus.flowables import CallerMacro, CondPageBreak, PageBreak
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import dates, distribution, lookup
from ocgboard.core.withheld import Place
from ocgboard.reports import page, writer
from ocgboard.reports.agenda_sheet import agenda
from ocgboard.reports.cover import cover
from ocgboard.reports.gather import gather
from ocgboard.reports.marks import Marks
from ocgboard.reports.minutes_paper import paper as minutes_paper
from ocgboard.reports.pack_data import Pack
from ocgboard.reports.statistics import statistics
from ocgboard.reports.strategy_pages import strategic_plan
from ocgboard.reports.tasking import tasking_sheets
from ocgboard.reports.threat_section import threat_sections
from ocgboard.reports.threat_summary import threat_summary
from ocgboard.reports.tracker import action_tracker
from ocgboard.store.models import Agency, Meeting

# Progress: gathering takes the first 30 per cent (about its share of the time
# on a long agenda), laying out runs to 92, and writing the held pages out
# (page N of M) is the rest.
Progress = Callable[[int, str], None]
Confirm = Callable[[list[Place]], None]  # raises to stop the pack
GATHERED, LAID_OUT = 30, 92
MARKS_PER_SECTION = 20  # so the bar still moves through forty threat sections
SECTIONS = ("cover", "agenda", "minutes of the last meeting", "action tracker",
            "threat summary", "threat sections", "agency tasking sheets", "strategic plan",
            "statistics")


@dataclass(frozen=True)
class Built:
    """What was written: where, how many pages, and the copy number if issued."""

    path: str
    pages: int
    variant: str
    copy_number: int | None = None


def build(session: Session, meeting: Meeting, target: str | os.PathLike, *,
          variant: str = "chair", agency: str | None = None, copy_for: str | None = None,
          today: dt.date | None = None, progress: Progress | None = None,
          confirm: Confirm | None = None, full_history: bool = False) -> Built:
    """Write the meeting's pack to `target`; with `copy_for`, issue it as a numbered copy.
    `confirm` is shown the places where the pack withholds a name, before anything is
    written, and raises to stop it (the caller's session then rolls the issue back).
    `full_history` prints actions closed before the last meeting in full."""
    path = writer.check_target(target)
    today = today or clock.of(session).today()
    issued = None
    if progress:
        progress(0, "Gathering the pack's content")
    if copy_for:
        recipient = lookup.person(session, copy_for)
        issued = distribution.issue(session, meeting, recipient, variant, today=today,
                                    agency=agency if variant == "agency" else None)
    pack = gather(session, meeting, variant=variant, agency=agency, today=today,
                  copy_number=issued.copy_number if issued else None)
    pack.full_history = full_history
    if issued is not None:
        pack.copy_recipient = _recipient(session, recipient)
        pack.version = issued.version
    if confirm is not None and pack.withheld:
        confirm(pack.withheld)
    with writer.safe_output(path) as handle:
        pages = lay_out(pack, handle, progress) if progress else lay_out(pack, handle)
    return Built(str(path), pages, variant, pack.copy_number)


def _recipient(session: Session, person) -> str:
    agency = session.get(Agency, person.agency_id) if person.agency_id else None
    return f"{person.name} ({agency.name})" if agency else person.name


def story(pack: Pack, marks: Marks, progress: Progress | None = None) -> list:
    parts = [cover(pack, marks), agenda(pack, marks), minutes_paper(pack.minutes, marks),
             action_tracker(pack, marks), threat_summary(pack, marks),
             threat_sections(pack, marks),
             tasking_sheets(pack, marks), strategic_plan(pack, marks)]
    if pack.figures is not None:
        parts.append(statistics(pack.figures, marks))
    if progress:
        parts = _with_milestones(parts, progress)
    return [flowable for part in parts for flowable in part]


def _with_milestones(parts: list[list], progress: Progress) -> list[list]:
    """Zero-size marks that report when layout reaches them: one at the start of each
    section, and more through a long one.

    Sections are weighed by their number of flowables, a fair proxy for the
    time they take. A mark never splits a heading from what it is kept with,
    empty sections get none, and the last mark goes before the closing page
    break: a mark after it would start a blank page.
    """
    total = sum(len(part) for part in parts) or 1
    done, marked = 0, []
    for name, part in zip(SECTIONS, parts, strict=False):
        step = max(1, len(part) // MARKS_PER_SECTION)
        with_marks = []
        for index, flowable in enumerate(part):
            if index % step == 0 and not (index and _kept_with_next(part[index - 1])):
                percent = GATHERED + (LAID_OUT - GATHERED) * (done + index) // total
                with_marks.append(_milestone(progress, percent, f"Laying out the {name}"))
            with_marks.append(flowable)
        if part:
            marked.append(with_marks)
        done += len(part)
    if marked:
        last = marked[-1]
        end = len(last) - 1 if isinstance(last[-1], PageBreak | CondPageBreak) else len(last)
        last.insert(end, _last_milestone(progress, "Numbering the pages and writing the file"))
    return marked


def _kept_with_next(flowable) -> bool:
    keep = getattr(flowable, "getKeepWithNext", None)
    return bool(keep()) if keep else False


def _milestone(progress: Progress, percent: int, text: str) -> CallerMacro:
    """Said with the page layout has reached, so a long section is seen to move."""
    return _unseen(CallerMacro(drawCallable=lambda mark: progress(
        percent, f"{text}, page {mark.canv.getPageNumber()}")))


def _last_milestone(progress: Progress, text: str) -> CallerMacro:
    return _unseen(CallerMacro(drawCallable=lambda _mark: progress(LAID_OUT, text)))


def _unseen(mark: CallerMacro) -> CallerMacro:
    # The frame overlaps a flowable's space after with the next one's space before; a
    # mark between them would end that overlap and move what follows down the page.
    # Passing the space on keeps the pack page for page the one built without marks.
    mark._SPACETRANSFER = True
    return mark


def lay_out(pack: Pack, target, progress: Progress | None = None) -> int:
    """Lay the pack out into `target` (a path or binary file); returns the page count."""
    marks = Marks()
    marks.items = {line.key: line.number for line in pack.agenda if line.key}
    furniture = page.Furniture(
        marking=pack.marking,
        # The board first: cut short, a head would lose the date, not whose pack it is.
        running_head=f"{pack.board} · {dates.day(pack.starts_at.date())}",
        variant_line=pack.variant_line, made_at=pack.produced_at, copy_stamp=pack.copy_stamp)
    return page.build(story(pack, marks, progress), target, furniture, marks,
                      title=f"{pack.meeting_title}, {pack.starts_at:%Y-%m-%d}: "
                            f"{pack.variant_title}",
                      author=pack.board, subject=f"Meeting pack ({pack.marking})")
