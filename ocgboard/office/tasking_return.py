"""A tasking sheet sent back: checked against the board, previewed, then taken.

A returned sheet is unsigned (it came by email, filled in by hand), so it is
held to the seal of its issue and to the rules an agency's exchange return
is held to (`sync/roles.py`), and the chair previews it and confirms:

- it must be the board's sheet, issued by this laptop to that agency, its
  rows and the statuses it showed unchanged since (`issue.check_seal`);
- only status and update are taken, and only on that agency's own actions:
  an action since given to another agency, withdrawn or deleted refuses the
  sheet where its row asks for anything;
- a status must be the vocabulary's, never a withdrawal (the board's), and a
  move the vocabulary allows from the status the sheet showed; where the
  board moved the action since, the board's status stands and the update is
  still taken (as an exchange makes such a move a conflict, not a loss);
- an update is held to the limits the app holds its own users to.

Any problem refuses the whole sheet and nothing is written. What is taken
goes through `core.plans.change_status`, so each is a dated update in the
action's trail and a change record of the chair who confirmed it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from ocgboard import printable
from ocgboard.core import dates, plans, plural, validate, vocab
from ocgboard.errors import InputError
from ocgboard.office import issue
from ocgboard.office.return_sheet import Sheet, SheetRow
from ocgboard.store.models import Action, ActionUpdate, Agency


class ReturnRefused(InputError):
    """The sheet is not taken; `problems` says why, a line each."""

    def __init__(self, sheet: str, problems: list[str]):
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"{sheet} not taken, nothing written: {problems[0]}{more}")
        self.problems = problems


@dataclass(frozen=True)
class Change:
    row: int
    action_id: uuid.UUID
    label: str
    before: str  # the action's status now
    after: str | None  # the status it moves to; None: kept
    update: str | None

    def line(self) -> str:
        moved = f"{self.before} → {self.after}" if self.after else f"stays {self.before}"
        said = f"; update: {_short(self.update)}" if self.update else ""
        return f"{self.label}: {moved}{said}"


@dataclass
class Return:
    sheet: str
    agency: str
    agency_id: uuid.UUID
    issued_on: dt.date
    changes: list[Change] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what is taken other than asked
    unchanged: int = 0

    def lines(self) -> list[str]:
        head = (f"{plural.possessive(self.agency)} tasking sheet issued "
                f"{dates.day(self.issued_on)}: "
                f"{plural.count(len(self.changes), 'action')} to update, "
                f"{self.unchanged} unchanged")
        return [head, *(f"  {c.line()}" for c in self.changes),
                *(f"  note: {n}" for n in self.notes)]


def check(session: Session, sheet: Sheet) -> Return:
    """What the board would take from the sheet; ReturnRefused if anything is wrong."""
    issue.check_seal(session, sheet.issue)
    agency = session.get(Agency, sheet.issue.agency_id)
    if agency is None or agency.deleted:
        raise InputError(f"{sheet.name} was issued to an agency this board no longer has")
    found = Return(sheet.name, agency.name, agency.id, sheet.issue.issued_on)
    problems: list[str] = []
    for row in sheet.rows:
        try:
            change = _row(session, sheet, row, found)
        except InputError as exc:
            problems.append(exc.message)
            continue
        if change is None:
            found.unchanged += 1
        else:
            found.changes.append(change)
    if problems:
        raise ReturnRefused(sheet.name, problems)
    return found


def _row(session: Session, sheet: Sheet, row: SheetRow, found: Return) -> Change | None:
    issued = sheet.issue.row(row.action_id)
    if issued is None:
        raise InputError(f"row {row.row} names an action the sheet was not issued with")
    where = f"row {row.row} ({issued.label})"
    asked = _status(where, row.status, issued.status)
    update = _update(where, row.update)
    if asked is None and update is None:
        return None
    action = session.get(Action, row.action_id)
    if action is None or action.deleted:
        raise InputError(f"{where}: the board has deleted this action")
    if action.owner_agency_id != found.agency_id:
        raise InputError(f"{where}: no longer {plural.possessive(found.agency)} action, "
                         "so not theirs to update")
    if action.status == plans.WITHDRAWN:
        raise InputError(f"{where}: withdrawn by the board, it takes no update")
    if asked is not None and action.status != issued.status:
        if asked != action.status:
            found.notes.append(f"{issued.label}: status left {action.status}, as the board "
                               f"moved it since the sheet was issued (the sheet asks "
                               f"{asked}); the update is taken")
        asked = None
    if update is not None and _taken(session, action, update, sheet.issue.issued_on):
        found.notes.append(f"{issued.label}: its update was already taken from a return of "
                           "this sheet: not taken again")
        update = None
    if asked is None and update is None:
        return None
    return Change(row.row, action.id, issued.label, action.status, asked, update)


def _taken(session: Session, action: Action, update: str, issued_on: dt.date) -> bool:
    """The same words in the action's trail since the sheet was issued: the sheet (or
    a copy of it) was taken before, and a replay adds nothing."""
    said = " ".join(update.split())
    return any(" ".join((u.comment or "").split()) == said
               for u in plans.trail(session, action) if u.dated_on >= issued_on)


def _status(where: str, typed: str | None, shown: str) -> str | None:
    """The status asked for, if it differs from the one the sheet showed."""
    if typed is None or not typed.strip():
        return None
    try:
        status = vocab.canonical("action_statuses", typed.strip())
    except InputError:
        raise InputError(f"{where}: {_short(typed)} is not an action status") from None
    if status == plans.WITHDRAWN:
        raise InputError(f"{where}: only the board withdraws an action")
    if status == shown:
        return None
    if status not in vocab.transitions(shown):
        allowed = ", ".join(vocab.transitions(shown)) or "none"
        raise InputError(f"{where}: an action that is {shown} cannot become {status} "
                         f"(allowed: {allowed})")
    return status


def _update(where: str, typed: str | None) -> str | None:
    try:
        said = validate.text(typed, f"{where}: the update")
    except InputError as exc:
        raise InputError(exc.message) from None
    if said is not None and printable.escaped(said) != said:
        raise InputError(f"{where}: the update holds characters that reorder or hide text "
                         "(a right-to-left override, a line separator): write it as plain words")
    return said


def apply(session: Session, found: Return) -> list[ActionUpdate]:
    """Take the checked return: a dated update on each action, by the session's author."""
    made = []
    for change in found.changes:
        action = session.get(Action, change.action_id)
        assert action is not None  # checked in this session
        comment = change.update or (f"Status from {plural.possessive(found.agency)} "
                                    f"tasking sheet of {dates.day(found.issued_on)}")
        made.append(plans.change_status(session, action, change.after, comment))
    return made


def _short(text: str | None) -> str:
    said = " ".join((text or "").split())
    return repr(said if len(said) <= 60 else said[:57] + "...")
