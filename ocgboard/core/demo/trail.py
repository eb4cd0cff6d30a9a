"""An action's believable life: due date, status and the dated updates behind it, drawn
whole and written once its threat's actions are numbered as raised."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass, field

from ocgboard.core.demo.names import data
from ocgboard.store.bulk import BulkWriter
from ocgboard.store.models import Action, ActionUpdate

DAY = dt.timedelta(days=1)
PATHS = {
    "proposed": ("proposed",),
    "agreed": ("proposed", "agreed"),
    "in progress": ("proposed", "in progress"),
    "completed": ("proposed", "in progress", "completed"),
    "not pursued": ("proposed", "not pursued"),
}
OPEN_WEIGHTS = (("proposed", 18), ("agreed", 17), ("in progress", 30), ("completed", 25),
                ("not pursued", 10))
CLOSED_WEIGHTS = (("completed", 75), ("not pursued", 25))


@dataclass
class Trail:
    status: str
    due_on: dt.date
    updates: list = field(default_factory=list)


def plan_trail(rng: random.Random, raised: dt.date, closed: dt.date | None,
               today: dt.date) -> Trail:
    table = CLOSED_WEIGHTS if closed else OPEN_WEIGHTS
    values, weights = zip(*table, strict=True)
    status = rng.choices(values, weights=weights)[0]
    end = min(closed or today, today)
    span = max((end - raised).days, 0)
    if status in ("proposed", "agreed", "in progress"):
        # Most open work is due ahead; some slips past its date: the chase list.
        due = today + DAY * rng.randrange(-45, 150)
        due = max(due, raised + DAY * 14)
    else:
        due = raised + DAY * rng.randrange(30, 240)
    trail = Trail(status, due)
    steps = PATHS[status]
    days = sorted(rng.randrange(span + 1) for _ in range(len(steps) - 1))
    dates = [raised] + [raised + DAY * d for d in days]
    comments = data()["update_comments"]
    for dated, step in zip(dates, steps, strict=True):
        text = "Added to the plan" if step == "proposed" else rng.choice(comments[step])
        trail.updates.append((dated, step, text))
    # A long-running action gets a progress note in between.
    if status == "in progress" and span > 60 and rng.random() < 0.4:
        trail.updates.append((end - DAY * rng.randrange(0, 30), "in progress",
                              rng.choice(comments["in progress"])))
    return trail


@dataclass(frozen=True)
class PlannedAction:
    """An action's row and its trail's, as drawn."""

    row: dict
    updates: list[dict]

    @property
    def id(self) -> uuid.UUID:
        return self.row["id"]

    @property
    def strand(self) -> str:
        return self.row["strand"]

    @property
    def owner(self):
        return self.row["owner_agency_id"]

    @property
    def raised(self) -> dt.date:
        return self.row["raised_on"]

    def write(self, writer: BulkWriter, number: int) -> None:
        writer.add(Action, number=number, **self.row)
        for update in self.updates:
            writer.add(ActionUpdate, **update)
