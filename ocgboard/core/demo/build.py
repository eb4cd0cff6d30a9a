"""Generating a demo board: register, plans, trails, disruptions, strategy.

Everything is drawn from one seeded Random and dated relative to `today`, so
the same seed and day give the same board. Rows go through the bulk writer,
change log included, because a national board is far too big for the ORM.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocgboard import clock, paths
from ocgboard.core import board, library, vocab
from ocgboard.core.demo import areas
from ocgboard.core.demo.meetings import add_meetings
from ocgboard.core.demo.names import Names, data
from ocgboard.core.demo.people import Staff
from ocgboard.core.demo.trail import PlannedAction, plan_trail
from ocgboard.errors import InputError
from ocgboard.store.bulk import BulkWriter
from ocgboard.store.models import (
    Agency,
    Device,
    Disruption,
    Member,
    StrategyItem,
    StrategyUpdate,
    Tactic,
    Threat,
)

DAY = dt.timedelta(days=1)
MINUTE = dt.timedelta(minutes=1)
OFFICE_HOURS = dt.time(10, 0)


@dataclass(frozen=True)
class Scale:
    threats: int
    members: int
    actions: int
    disruptions: int
    agencies: int


SCALES = {
    "small": Scale(threats=12, members=70, actions=150, disruptions=36, agencies=16),
    "force": Scale(threats=300, members=1_800, actions=7_200, disruptions=1_200, agencies=25),
    "national": Scale(threats=5_000, members=30_000, actions=120_000, disruptions=20_000,
                      agencies=25),
}

KINDS = (("OCG", 80), ("Priority Individual", 15), ("Vulnerability", 5))
STATUSES = (("active", 75), ("dormant", 10), ("dismantled", 8), ("archived", 7))
BANDS = (("1A", 2), ("1B", 3), ("1C", 4), ("2A", 6), ("2B", 9), ("2C", 10), ("3A", 10),
         ("3B", 12), ("3C", 14), ("4A", 5), ("4B", 5), ("4C", 5), ("unscored", 15))
LEVELS = (("major", 12), ("moderate", 30), ("minor", 40), ("none", 12), ("negative", 6))
STRAND_WEIGHT = {"Pursue": 60, "Protect": 15, "Prepare": 10, "Prevent": 15}


def weighted(rng: random.Random, table) -> str:
    values, weights = zip(*table, strict=True)
    return rng.choices(values, weights=weights)[0]


def _spread(rng: random.Random, total: int, parts: int) -> list[int]:
    """Split `total` over `parts` unevenly, as real boards are."""
    if parts == 0:
        return []
    weights = [rng.random() ** 2 + 0.15 for _ in range(parts)]
    scale = total / sum(weights)
    counts = [int(w * scale) for w in weights]
    for i in rng.sample(range(parts), total - sum(counts)):
        counts[i] += 1
    return counts


class DemoBuilder:
    def __init__(self, session: Session, scale: Scale, seed: int, today: dt.date):
        self.session, self.scale, self.today = session, scale, today
        self.rng = random.Random(seed)
        self.names = Names(self.rng)
        self.writer = BulkWriter(session)
        self.tactics = list(session.scalars(select(Tactic).where(~Tactic.deleted)))
        self.strands = {s: [t for t in self.tactics if t.strand == s] for s in STRAND_WEIGHT}
        self.counts = {"threats": 0, "members": 0, "actions": 0, "updates": 0,
                       "disruptions": 0}

    def new_id(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def day_between(self, start: dt.date, end: dt.date) -> dt.date:
        if end <= start:
            return start
        return start + DAY * self.rng.randrange((end - start).days + 1)

    def build(self) -> dict:
        first_seq = self.writer.recorder.seq
        self.areas = areas.drawn_from(self.session)
        self.staff = Staff(self, self.session)
        self.staff.build()
        self.kinds = [weighted(self.rng, KINDS) for _ in range(self.scale.threats)]
        # Vulnerabilities have no members and a Priority Individual has one:
        # the rest of the board's members belong to its groups.
        groups = [i for i, kind in enumerate(self.kinds) if kind == "OCG"]
        per_group = _spread(self.rng, self.scale.members - self.kinds.count(
            "Priority Individual"), len(groups))
        per_threat_members = [0] * self.scale.threats
        for index, count in zip(groups, per_group, strict=True):
            per_threat_members[index] = count
        per_threat_actions = _spread(self.rng, self.scale.actions, self.scale.threats)
        per_threat_disruptions = _spread(self.rng, self.scale.disruptions, self.scale.threats)
        with self.writer:
            for number in range(self.scale.threats):
                self.threat(number, per_threat_members[number], per_threat_actions[number],
                            per_threat_disruptions[number])
            self.strategy()
        held = add_meetings(self.session, self.rng, self.today, self.scale.threats)
        self.counts["meetings"], decisions = held
        self.counts["updates"] += decisions
        self.session.flush()
        top = select(Device.last_seq).where(Device.is_local)  # the recorder's: always there
        logged = self.session.execute(top).scalar_one() - first_seq
        return dict(self.counts, records=logged)

    def threat(self, number: int, members: int, actions: int, disruptions: int) -> None:
        rng = self.rng
        kind = self.kinds[number]
        status = weighted(rng, STATUSES)
        mapped = self.day_between(self.today - DAY * 2900, self.today - DAY * 60)
        # Live threats are reassessed every few months; a few slip past review.
        assessed = self.day_between(max(mapped, self.today - DAY * 200), self.today - DAY)
        given, surname = self.names.family()
        prefix = {"OCG": "OCG", "Priority Individual": "PI", "Vulnerability": "VUL"}[kind]
        reference = f"{prefix} {rng.choice((5, 5, 5, 12, 17)):02d}/{number + 100:05d}"
        if kind == "OCG":
            name = self.names.group(surname) if rng.random() < 0.6 else self.names.operation(number)
        elif kind == "Priority Individual":
            name = f"{rng.choice(given)} {surname}"
        else:
            name = rng.choice(("Drones over HMP Northgate", "Cash-only car washes on the A61",
                               "Bitcoin ATMs in Millbrook", "Unlicensed HMOs in Riverside",
                               "Clandestine entry at Saltmarsh port"))
        picked = rng.sample(self.areas, rng.choice((1, 1, 2, 3)))
        named = [name for _word, name in picked]
        district = self.names.pick("districts")
        closed = self.day_between(assessed, self.today) if status in ("dismantled", "archived") \
            else None
        threat_id = self.writer.add(
            Threat, id=self.new_id(), reference=reference, name=name, kind=kind, status=status,
            band=weighted(rng, BANDS) if kind == "OCG" else "unscored", threat_areas=named,
            management_model=rng.choice(vocab.values("management_models")),
            extent_corruption=rng.choice(vocab.values("extents")),
            extent_awareness=rng.choice(vocab.values("extents")),
            extent_violence=rng.choice(vocab.values("extents")),
            lro_id=self.staff.lro(), sro_id=self.staff.sro(),
            lead_agency_id=self.staff.lead_agency(), area=district,
            mapped_on=mapped, last_assessed_on=assessed,
            next_review_on=assessed + DAY * rng.choice((90, 90, 120, 180)),
            closed_on=closed, summary=self.summary(kind, name, [word for word, _name in picked],
                                               district),
            disseminable=rng.random() < 0.7,
        )
        self.counts["threats"] += 1
        self.members(threat_id, kind, given, surname, members)
        planned = [self.action(threat_id, reference, mapped, closed) for _ in range(actions)]
        # Numbered as the board would have given them, as they were raised; written in
        # the order drawn, so that the rows stand where they stood before numbers.
        numbers = {id(a): n for n, a in enumerate(sorted(planned, key=lambda a: a.raised), 1)}
        for action in planned:
            action.write(self.writer, numbers[id(action)])
        action_ids = [(a.id, a.strand, a.owner, a.raised) for a in planned]
        for _ in range(disruptions):
            self.disruption(threat_id, mapped, action_ids)

    @staticmethod
    def summary(kind: str, name: str, areas: list[str], district: str) -> str:
        focus = " and ".join(areas)
        if kind == "OCG":
            return (f"{name} is assessed to be involved in {focus} across {district} and "
                    f"neighbouring districts, using local young people and cash-intensive "
                    f"businesses. Intelligence indicates links to suppliers outside the force "
                    f"area.")
        if kind == "Priority Individual":
            return (f"{name} is assessed to commit {focus} on a sustained basis in {district} "
                    f"without a recognised group around them.")
        return f"{name}: a vulnerability exploited for {focus} in {district}."

    def members(self, threat_id, kind: str, given: list, surname: str, count: int) -> None:
        rng = self.rng
        if kind == "Vulnerability":
            return
        if kind == "Priority Individual":
            count = 1
        for index in range(count):
            name = (f"{rng.choice(given)} {surname}" if rng.random() < 0.35
                    else self.names.person())
            standing = ("Principal Subject" if index == 0 else
                        rng.choice(("Significant Group Member", "Peripheral Subject",
                                    "Peripheral Subject")))
            self.writer.add(
                Member, id=self.new_id(), threat_id=threat_id, name=name,
                aliases=self.names.aliases(name),
                date_of_birth=self.day_between(self.today - DAY * 365 * 55,
                                               self.today - DAY * 365 * 16),
                standing=standing,
                roles=", ".join(rng.sample(data()["member_roles"], rng.choice((1, 1, 2)))),
                disseminable=rng.random() < 0.6,
            )
            self.counts["members"] += 1

    def action(self, threat_id, reference: str, mapped: dt.date,
               closed: dt.date | None) -> PlannedAction:
        """One action and its trail, drawn now and written once the threat's are numbered."""
        rng = self.rng
        strand = weighted(rng, tuple(STRAND_WEIGHT.items()))
        tactic = rng.choice(self.strands[strand])
        raised = self.day_between(mapped, (closed or self.today) - DAY * 7)
        trail = plan_trail(rng, raised, closed, self.today)
        owner = self.staff.agency_for(tactic.default_owner)
        row = dict(
            id=self.new_id(), threat_id=threat_id, tactic_id=tactic.id, strand=strand,
            specific=library.fill(tactic.specific, reference), measurable=tactic.measurable,
            achievable=tactic.achievable, relevant=library.fill(tactic.relevant, reference),
            owner_agency_id=owner, owner_person_id=self.staff.person_in(owner),
            raised_on=raised, due_on=trail.due_on, status=trail.status,
        )
        self.counts["actions"] += 1
        author = self.staff.name_in(owner)
        updates = []
        for step, (dated, status, comment) in enumerate(trail.updates):
            updates.append(dict(id=self.new_id(), action_id=row["id"], dated_on=dated,
                                status=status, comment=comment, author=author,
                                recorded_at=dt.datetime.combine(dated, OFFICE_HOURS)
                                + step * MINUTE))
            self.counts["updates"] += 1
        return PlannedAction(row, updates)

    def disruption(self, threat_id, mapped: dt.date, actions: list) -> None:
        rng = self.rng
        level = weighted(rng, LEVELS)
        linked = rng.choice(actions) if actions and rng.random() < 0.7 else None
        start = linked[3] if linked else mapped
        self.writer.add(
            Disruption, id=self.new_id(), threat_id=threat_id,
            dated_on=self.day_between(start, self.today),
            agency_id=linked[2] if linked else self.staff.lead_agency(),
            strand=linked[1] if linked else "Pursue", level=level,
            action_id=linked[0] if linked else None,
            justification=rng.choice(data()["justifications"][level]),
        )
        self.counts["disruptions"] += 1

    def strategy(self) -> None:
        with open(paths.resources_dir() / "demo_strategy.json", encoding="utf-8") as fh:
            items = json.load(fh)["items"]
        for item in items:
            target_on = dt.date.fromisoformat(item["target_on"]) if item["target_on"] else None
            status = self.rng.choice(vocab.values("strategy_statuses"))
            item_id = self.writer.add(
                StrategyItem, id=self.new_id(), number=item["number"], action=item["action"],
                lead_partners=item["lead_partners"], target=item["target"], target_on=target_on,
                deliverables=item["deliverables"], status=status)
            dated = self.today - DAY * self.rng.randrange(10, 200)
            self.writer.add(StrategyUpdate, id=self.new_id(), item_id=item_id, dated_on=dated,
                            recorded_at=dt.datetime.combine(dated, OFFICE_HOURS),
                            status=status, comment="Reviewed at the board.",
                            author=self.staff.chair)


def generate(session: Session, scale: str = "small", *, seed: int = 2024,
             today: dt.date | None = None) -> dict:
    """Fill an empty register with a demo board; returns what was made."""
    if scale not in SCALES:
        raise InputError(f"scale '{scale}' is not one of: {', '.join(SCALES)}")
    if session.scalar(select(func.count()).select_from(Threat).where(~Threat.deleted)):
        raise InputError("this store already has threats: give --db a new file for a demo board")
    if board.current(session) is None:
        board.init(session, "Northshire Organised Crime Partnership Board", area="Northshire")
    if not session.scalar(select(func.count()).select_from(Agency)):
        raise InputError("this store has no agencies: it was not set up by ocgboard")
    # Through the session, before the bulk writer takes the log's sequence.
    added = areas.add_to_strategy(session)
    made = DemoBuilder(session, SCALES[scale], seed,
                       today or clock.of(session).today()).build()
    return dict(made, records=made["records"] + added)
