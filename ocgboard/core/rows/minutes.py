"""Approving a meeting's minutes, as rows for the desktop.

The approval is a decision on the approving meeting's "Minutes of the last
meeting" item, so the view records (and undoes) it as any decision on an
item; this says which item and in what words, or why not here and now.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ocgboard.core import minutes
from ocgboard.core.rows.meetings import AgendaRow, agenda_rows, meeting


@dataclass(frozen=True)
class Approving:
    item: AgendaRow  # the approving meeting's "Minutes of the last meeting"
    text: str  # the decision that approves them (the item's own, if it has one)
    minutes_of: dt.date  # the meeting whose minutes they are

    @property
    def done(self) -> bool:
        return self.item.decision == self.text


def to_approve(session: Session, meeting_id: str, today: dt.date) -> Approving:
    """What approving the last meeting's minutes at this one records (BoardError: why
    they cannot be approved here and now)."""
    before, item, text = minutes.to_approve(session, meeting(session, meeting_id), today)
    row = next(r for r in agenda_rows(session, meeting_id) if r.id == item.id.hex)
    return Approving(row, text, before.starts_at.date())
