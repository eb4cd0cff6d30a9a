"""An import's plan carried out through the core services, in the caller's one session.

Threats through `register.add`, actions through `plans.add_from_tactic` or
`plans.add_free`, their statuses and updates through `plans.change_status`,
strategic items through `strategy.add` and `strategy.update`: the same doors the
command line and the desktop use, so the vocabularies and limits are the app's
own and the change log records each write as the operator's work. The caller's
session commits all of it or none.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import lookup, plans, register, strategy
from ocgboard.errors import InputError
from ocgboard.office.preview import Adding, Making, Plan


@dataclass
class Made:
    threats: list[str] = field(default_factory=list)
    actions: Counter = field(default_factory=Counter)  # per strand
    updates: int = 0
    items: int = 0
    entries: int = 0
    already: int = 0

    def words(self) -> str:
        strands = ", ".join(f"{s} {n}" for s, n in self.actions.items())
        count = sum(self.actions.values())
        said = [f"{count} action{'s' if count != 1 else ''} added ({strands})"] if count else []
        if self.updates:
            said.append(f"{self.updates} updates")
        if self.items:
            said.append(f"{self.items} strategic items with {self.entries} dated updates")
        if self.threats:
            said.append(f"threat{'s' if len(self.threats) > 1 else ''} "
                        f"{', '.join(self.threats)} created")
        if self.already:
            said.append(f"{self.already} already on the board, not added again")
        return "; ".join(said) or "nothing added"


def apply(session: Session, plan: Plan) -> Made:
    unmatched = plan.unmatched
    if unmatched:
        owners = ", ".join(f"'{o or '(no owner written)'}'" for o in unmatched)
        raise InputError(f"{len(unmatched)} owner{'s are' if len(unmatched) > 1 else ' is'} "
                         f"no agency on this board ({owners}): map each with "
                         "--map \"OWNER=AGENCY\"; nothing was written")
    made = Made(already=sum(1 for m in plan.actions if m.already is not None)
                + sum(1 for a in plan.items if a.already is not None))
    for reference, kind in plan.new_threats.items():
        register.add(session, reference, reference, kind=kind)
        made.threats.append(reference)
    for making in plan.to_make:
        with _at(making.row.where):
            _action(session, making, plan.paper.name, made)
    for adding in plan.to_add:
        with _at(adding.item.where):
            _item(session, adding, plan.paper.name, made)
    return made


@contextmanager
def _at(where: str) -> Iterator[None]:
    """A service's refusal, said with the row of the file it came from."""
    try:
        yield
    except InputError as exc:
        raise InputError(f"{where}: {exc.message}; nothing was written") from None


def _action(session: Session, m: Making, source: str, made: Made) -> None:
    threat = lookup.threat(session, m.threat)
    agency = lookup.agency(session, m.owner.agency or "")
    today = clock.of(session).today()
    raised = min(m.update_on, today) if m.update_on else today
    smart = {k: v for k, v in m.fields.items() if k != "specific" and v}
    if m.tactic:
        action = plans.add_from_tactic(session, threat, lookup.tactic(session, m.tactic),
                                       owner=agency, due_on=m.due_on, today=raised, **smart)
    else:
        action = plans.add_free(session, threat, m.fields["specific"] or "", m.strand,
                                owner=agency, due_on=m.due_on, today=raised, **smart)
    made.actions[m.strand] += 1
    if m.status != action.status or m.update:
        comment = m.update or f"Status '{m.row.status}' in {source}"
        plans.change_status(session, action, m.status, comment, on=m.update_on)
        made.updates += 1


def _item(session: Session, a: Adding, source: str, made: Made) -> None:
    item = strategy.add(session, a.item.action, lead_partners=a.item.lead_partners or None,
                        target=a.item.target or None, target_on=a.item.target_on,
                        deliverables=a.item.deliverables or None, number=a.number)
    made.items += 1
    for on, status, comment in sorted(a.trail, key=lambda e: e[0] or dt.date.max):
        strategy.update(session, item, status=status,
                        comment=comment or f"{status.capitalize()}, as {source} records it",
                        on=on)
        made.entries += 1
