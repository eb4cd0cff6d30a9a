"""The threats a pack touches, read in bulk: plans, progress, members, disruptions.

`Scope.load` runs one query per kind of record for all the pack's threats
together; the rest is plain Python over what it read.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core import collation, dates, rag, sharing
from ocgboard.core.register import CLOSED
from ocgboard.reports import pack_data as pd
from ocgboard.store.models import Action, ActionUpdate, Agency, Disruption, Member, Person, Threat

STANDING_ORDER = {"Principal Subject": 0, "Significant Group Member": 1}


@dataclass
class Names:
    """Agencies' and people's names by id, read once."""

    agencies: dict
    short_names: dict
    people: dict

    @classmethod
    def load(cls, session: Session) -> Names:
        agencies, short = {}, {}
        for key, name, short_name in session.execute(
                select(Agency.id, Agency.name, Agency.short_name)):
            agencies[key], short[key] = name, short_name or name
        people = dict(session.execute(select(Person.id, Person.name)).all())
        return cls(agencies, short, people)

    def person(self, key) -> str:
        return self.people.get(key, "") if key else ""

    def agency(self, key) -> str:
        return self.agencies.get(key, "") if key else ""


class Scope:
    def __init__(self, threats: dict, actions: list, updates: dict, members: dict,
                 disruptions: dict, names: Names, as_at: dt.date, since: dt.date | None):
        self.threats, self.actions, self.updates = threats, actions, updates
        self.members, self.disruptions, self.names = members, disruptions, names
        self.partner_names: dict[uuid.UUID, str] = {}
        self.as_at, self.since = as_at, since
        # Keyed as looked up: a disruption may come from no action.
        self.numbers: dict[uuid.UUID | None, int | None] = {a.id: a.number for a in actions}

    @classmethod
    def load(cls, session: Session, listed: list[Threat], tracked: list[Action], names: Names,
             as_at: dt.date, since: dt.date | None) -> Scope:
        threats = {t.id: t for t in listed}
        missing = {a.threat_id for a in tracked} - threats.keys()
        if missing:
            threats.update((t.id, t) for t in session.scalars(
                select(Threat).where(Threat.id.in_(missing))))
        ids = list(threats)
        actions = list(session.scalars(select(Action).where(
            Action.threat_id.in_(ids), ~Action.deleted)))
        updates = defaultdict(list)
        for row in session.execute(
                select(ActionUpdate.action_id, ActionUpdate.dated_on, ActionUpdate.status,
                       ActionUpdate.comment, ActionUpdate.author, ActionUpdate.board_only)
                .join(Action, Action.id == ActionUpdate.action_id)
                .where(Action.threat_id.in_(ids), ~ActionUpdate.deleted)
                .order_by(ActionUpdate.dated_on, ActionUpdate.recorded_at)):
            updates[row[0]].append(row[1:])
        members = defaultdict(list)
        for member in session.scalars(select(Member).where(
                Member.threat_id.in_(ids), ~Member.deleted)):
            members[member.threat_id].append(member)
        disruptions = defaultdict(list)
        for found in session.scalars(select(Disruption).where(
                Disruption.threat_id.in_([t.id for t in listed]), ~Disruption.deleted)
                .order_by(Disruption.dated_on)):
            disruptions[found.threat_id].append(found)
        return cls(threats, actions, updates, members, disruptions, names, as_at, since)

    def threat_name(self, threat: Threat, variant: str, redact) -> str:
        """Asked once a threat, so that the review lists a withheld name in it once."""
        if variant == "chair":
            return threat.name
        if threat.id not in self.partner_names:
            self.partner_names[threat.id] = sharing.partner_name(threat, redact)
        return self.partner_names[threat.id]

    def tasks(self, redact, variant: str = "chair") -> dict[uuid.UUID, pd.Task]:
        made = {}
        for a in self.actions:
            where = f"{self.threats[a.threat_id].reference} action {self.numbers[a.id]}"
            made[a.id] = pd.Task(
                id=a.id, threat_id=a.threat_id, threat_ref=self.threats[a.threat_id].reference,
                threat_name=self.threat_name(self.threats[a.threat_id], variant, redact),
                number=self.numbers[a.id], strand=a.strand,
                specific=redact(a.specific, f"{where} · specific"),
                measurable=redact(a.measurable, f"{where} · measurable"),
                achievable=redact(a.achievable, f"{where} · achievable"),
                relevant=redact(a.relevant, f"{where} · relevant"),
                timebound=redact(a.timebound, f"{where} · timebound"),
                owner_id=a.owner_agency_id, owner=self.names.agency(a.owner_agency_id),
                owner_short=self.names.short_names.get(a.owner_agency_id, ""),
                officer=self.names.person(a.owner_person_id) or None, due_on=a.due_on,
                status=a.status, rating=rag.rate(a.status, a.due_on, self.as_at, a.rag_override),
                updates=[pd.Update(d, s, redact(c, f"{where} · progress update {d:%d/%m/%Y}"),
                                   redact(by, f"{where} · progress update's author"),
                                   board_only=only)
                         for d, s, c, by, only in self.updates[a.id]
                         if variant == "chair" or not only])
        return made

    def part(self, threat: Threat, tasks: dict, variant: str, redact,
             owner: Agency | None) -> pd.ThreatPart | None:
        plan = sorted((t for t in tasks.values() if t.threat_id == threat.id),
                      key=lambda t: (t.number is None, t.number or 0))
        if owner is not None and not plan:
            return None
        shown = variant == "chair" or sharing.shareable(threat)
        found = [d for d in self.disruptions[threat.id] if d.dated_on <= self.as_at
                 and (owner is None or d.agency_id == owner.id)
                 and (variant == "chair" or not d.board_only)]
        recent = [d for d in found if self.since is None or d.dated_on > self.since]
        return pd.ThreatPart(
            id=threat.id, reference=threat.reference,
            name=self.threat_name(threat, variant, redact),
            profile=self.profile(threat, redact) if shown else self.withheld_profile(threat),
            summary=(redact(threat.summary, f"{threat.reference} · summary")
                     or "No summary recorded.") if shown else pd.WITHHELD,
            summary_withheld=not shown, summary_restricted=shown and not threat.disseminable,
            members=self.member_lines(threat, variant, redact),
            tasks=plan, disruptions=[self.disruption_line(threat, d, redact) for d in recent],
            earlier_disruptions=len(found) - len(recent))

    def profile(self, t: Threat, redact) -> dict[str, str]:
        return {
            "Kind": t.kind, "Status": t.status.capitalize(), "OCGM band": t.band,
            # The board's own words (its control strategy's areas), so redacted too.
            "Threat areas": redact(", ".join(t.threat_areas or []),
                                   f"{t.reference} · threat areas") or "—",
            "Management model": t.management_model or "—",
            "Lead agency": self.names.agency(t.lead_agency_id) or "—",
            "LRO": self.names.person(t.lro_id) or "—", "SRO": self.names.person(t.sro_id) or "—",
            "Area": redact(t.area, f"{t.reference} · area") or "—", "Mapped": _day(t.mapped_on),
            "Last assessed": _day(t.last_assessed_on), "Next review": self.review_day(t),
            "Infiltration / corruption": t.extent_corruption,
            "Tactical awareness": t.extent_awareness, "Violent capability": t.extent_violence,
        }

    def review_day(self, t: Threat) -> str:
        """The next review date, flagged when it passed before the pack's date on a threat
        still open."""
        late = (t.next_review_on is not None and t.next_review_on < self.as_at
                and t.status not in CLOSED)
        return _day(t.next_review_on) + (" (overdue)" if late else "")

    def withheld_profile(self, t: Threat) -> dict[str, str]:
        """A threat partners may not see: its kind, and every other field withheld."""
        return {label: t.kind if label == "Kind" else sharing.WITHHELD_FIELD
                for label in self.profile(t, lambda text, where="": text)}

    def member_lines(self, threat: Threat, variant: str, redact) -> list[pd.MemberLine]:
        people = [m for m in self.members[threat.id] if variant == "chair" or m.disseminable]
        people.sort(key=lambda m: (STANDING_ORDER.get(m.standing, 2), collation.key(m.name)))
        return [pd.MemberLine(m.name, ", ".join(m.aliases or []), m.standing, m.date_of_birth,
                              redact(m.roles, f"{threat.reference} · {m.name}'s roles"),
                              restricted=not m.disseminable) for m in people]

    def disruption_line(self, threat: Threat, d: Disruption, redact) -> pd.DisruptionLine:
        return pd.DisruptionLine(
            d.dated_on, d.level, self.names.agency(d.agency_id), d.strand,
            self.numbers.get(d.action_id),
            redact(d.justification, f"{threat.reference} · disruption {d.dated_on:%d/%m/%Y}"),
            board_only=bool(d.board_only))


def _day(value: dt.date | None) -> str:
    return dates.day(value, "—")
