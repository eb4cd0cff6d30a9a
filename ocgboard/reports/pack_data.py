"""Everything a meeting pack prints, gathered once into plain data.

The variant's rules are applied here and nowhere else, so the layout code
never sees what a reader may not: a partner or agency pack gets no
non-disseminable member, a neutral line in place of a non-disseminable
summary, and those members' names and aliases blanked out of free text
(progress notes, justifications, decisions), and no update or disruption
its author marked board only. An agency pack holds only
that agency's actions, with just enough of each threat to place them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from ocgboard.core import rag
from ocgboard.core.withheld import Place
from ocgboard.reports.figures import Figures
from ocgboard.reports.minutes_data import Minutes

WITHHELD = "Summary withheld: not for dissemination."
VARIANTS = ("chair", "partner", "agency")


@dataclass
class Update:
    dated_on: dt.date
    status: str
    comment: str
    author: str
    board_only: bool = False  # only ever in the chair's pack


@dataclass
class Task:
    """One action of a 4P plan, as the pack prints it."""

    id: uuid.UUID
    threat_id: uuid.UUID
    threat_ref: str
    threat_name: str
    number: int | None  # given when raised; None only where the board has not said yet
    strand: str
    specific: str
    measurable: str
    achievable: str
    relevant: str
    timebound: str
    owner_id: uuid.UUID
    owner: str
    owner_short: str
    officer: str | None
    due_on: dt.date | None
    status: str
    rating: rag.Rating
    updates: list[Update] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.threat_ref} · {self.number}" if self.number else self.threat_ref



@dataclass
class MemberLine:
    name: str
    aliases: str
    standing: str
    date_of_birth: dt.date | None
    roles: str
    restricted: bool = False  # not for dissemination (only ever in the chair's pack)


@dataclass
class DisruptionLine:
    dated_on: dt.date
    level: str
    agency: str
    strand: str
    action_number: int | None
    justification: str
    board_only: bool = False  # only ever in the chair's pack


@dataclass
class ThreatPart:
    """One threat's section: its profile, members, plan and disruptions."""

    id: uuid.UUID
    reference: str
    name: str
    profile: dict[str, str]
    summary: str
    summary_withheld: bool
    summary_restricted: bool
    members: list[MemberLine]
    tasks: list[Task]
    disruptions: list[DisruptionLine]
    earlier_disruptions: int = 0

    @property
    def key(self) -> str:
        return f"threat-{self.id.hex}"

    def open_tasks(self) -> list[Task]:
        return [t for t in self.tasks if rag.is_open(t.status)]


@dataclass
class AgendaLine:
    number: int
    title: str
    purpose: str
    presenter: str
    starts: dt.time
    ends: dt.time
    key: str | None


@dataclass
class DistributionLine:
    copy_number: int
    name: str
    agency: str
    variant: str
    issued_on: dt.date
    state: str
    version: int | None = None  # None: issued before versions were kept
    for_agency: str | None = None  # whose tasks an agency copy holds


@dataclass
class StrategyLine:
    number: int
    action: str
    lead_partners: str
    target_on: dt.date | None
    status: str  # as at the pack's date
    overdue: bool = False  # its target date had passed and it was not complete
    latest_on: dt.date | None = None  # its latest update by the pack's date
    latest_status: str | None = None
    latest_comment: str = ""


@dataclass
class Pack:
    variant: str
    agency: str | None
    board: str
    area: str | None
    marking: str
    meeting_title: str
    starts_at: dt.datetime
    venue: str | None
    chair: str | None
    version: int | None  # of the build issued; None for a draft, which is no version
    previous_meeting_on: dt.date | None
    as_at: dt.date
    produced_on: dt.date
    produced_at: dt.datetime  # the moment it was gathered: the PDF's creation date
    copy_number: int | None = None
    copy_recipient: str | None = None
    latest_version: int | None = None  # the last build issued, which a draft comes after
    distribution: list[DistributionLine] = field(default_factory=list)
    other_copies: int = 0  # issued copies a partner's pack counts but does not list
    withheld: list[Place] = field(default_factory=list)  # where a name was blanked
    agenda: list[AgendaLine] = field(default_factory=list)
    tracker: list[Task] = field(default_factory=list)
    threats: list[ThreatPart] = field(default_factory=list)
    tasking: list[tuple[str, list[Task]]] = field(default_factory=list)
    figures: Figures | None = None
    strategy: list[StrategyLine] = field(default_factory=list)
    minutes: Minutes | None = None  # of the last meeting held: the paper for its item
    # Actions closed before the last meeting in full, not a line each (the chair asks).
    full_history: bool = False

    @property
    def variant_title(self) -> str:
        if self.variant == "agency":
            return f"Agency pack: {self.agency}"
        return {"chair": "Chair's pack", "partner": "Partner pack"}[self.variant]

    @property
    def variant_line(self) -> str:
        return {
            "chair": "Chair's pack: full content",
            "partner": "Partner pack: non-disseminable content removed",
            "agency": f"Agency pack for {self.agency}: its tasks only, "
                      "non-disseminable content removed",
        }[self.variant]

    @property
    def copy_stamp(self) -> str | None:
        if self.copy_number is None:
            return None
        return f"Copy {self.copy_number} · issued to {self.copy_recipient}"
