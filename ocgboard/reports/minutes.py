"""A meeting's minutes printed on their own, drafted from its record.

Until the next meeting approves them (core/minutes.py) they say DRAFT in
their title, in the PDF's title and at the top of every page; once approved
they say where. The chair's minutes hold every word, the board's own marked;
partners' minutes are redacted as a partner pack is, after the same review
(`confirm`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import withheld
from ocgboard.core.withheld import Place
from ocgboard.errors import InputError
from ocgboard.reports import minutes_gather, page, styles, writer
from ocgboard.reports.marks import Heading, Marks
from ocgboard.reports.minutes_data import Minutes
from ocgboard.reports.minutes_paper import KEY, body, state
from ocgboard.reports.styles import para
from ocgboard.store.models import Meeting

VARIANTS = ("chair", "partner")
DRAFT_STAMP = "DRAFT: not yet approved"
Confirm = Callable[[list[Place]], None]  # raises to stop the minutes


@dataclass(frozen=True)
class Written:
    path: str
    pages: int
    variant: str
    draft: bool


def build(session: Session, meeting: Meeting, target: str | os.PathLike, *,
          variant: str = "chair", confirm: Confirm | None = None) -> Written:
    """Write the meeting's minutes to `target`; `confirm` is shown where a partner's copy
    withholds a name, before anything is written, and raises to stop it."""
    if variant not in VARIANTS:
        raise InputError(f"minutes variant '{variant}' is not one of: {', '.join(VARIANTS)}")
    path = writer.check_target(target)
    redact = withheld.Review(withheld.Redactor() if variant == "chair"
                             else withheld.redactor(session))
    found = minutes_gather.collect(session, meeting, redact, variant=variant)
    if confirm is not None and redact.places:
        confirm(redact.places)
    made_at = clock.of(session).now()
    with writer.safe_output(path) as handle:
        pages = lay_out(found, variant, handle, made_at)
    return Written(str(path), pages, variant, found.draft)


def title(found: Minutes) -> str:
    words = "DRAFT minutes" if found.draft else "Minutes"
    return f"{words} of the meeting of {styles.long_day(found.starts_at.date())}"


def lay_out(found: Minutes, variant: str, target, made_at) -> int:
    marks = Marks()
    held = found.starts_at
    furniture = page.Furniture(
        marking=found.marking,
        running_head=f"{'DRAFT · ' if found.draft else ''}Minutes · {styles.day(held.date())} · "
                     f"{found.meeting_title} · {found.board}",
        variant_line=("Minutes: the board's full record" if variant == "chair"
                      else "Minutes for partners: non-disseminable content removed"),
        made_at=made_at, copy_stamp=DRAFT_STAMP if found.draft else None)
    story = [Heading(marks, title(found), "title", key=KEY),
             para(f"{found.board} · {found.meeting_title}", "subtitle"),
             para(state(found), "notice" if found.draft else "body"),
             *body(found)]
    return page.build(story, target, furniture, marks,
                      title=f"{title(found)}: {found.meeting_title}", author=found.board,
                      subject=f"Minutes ({found.marking})")
