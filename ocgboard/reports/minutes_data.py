"""A meeting's minutes as plain data, as one reader may see them (minutes_gather.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ocgboard.core import minutes


@dataclass
class Attendee:
    name: str
    agency: str
    note: str


@dataclass
class ItemMinute:
    number: int
    title: str
    decision: str
    notes: str


@dataclass
class AgreedAction:
    label: str  # "OCG 05/00283 · 3": the threat's reference and the action's number
    specific: str
    owner: str
    due_on: dt.date | None
    status: str
    decision: str


@dataclass
class Minutes:
    board: str
    marking: str
    meeting_title: str
    starts_at: dt.datetime
    venue: str | None
    chair: str | None
    next_meeting_on: dt.date | None
    approval: minutes.Approval | None
    present: list[Attendee] = field(default_factory=list)
    apologies: list[Attendee] = field(default_factory=list)
    absent: list[Attendee] = field(default_factory=list)
    items: list[ItemMinute] = field(default_factory=list)
    actions: list[AgreedAction] = field(default_factory=list)

    @property
    def draft(self) -> bool:
        return self.approval is None
