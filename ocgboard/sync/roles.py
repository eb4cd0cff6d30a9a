"""What an agency's laptop may send back, record by record.

An agency laptop may add progress updates to its own actions and move their
status along the vocabulary; nothing else. Each record is held to the same
vocabularies and limits the app applies to its own users, and to the dates
a person could honestly write. Every refusal names the record and the rule.

- action: only `status`, of the agency's own actions, from the value the
  agency saw to one the vocabulary allows next (a concurrent move elsewhere
  becomes a conflict, not a refusal);
- action_update: new rows on the agency's own actions (the action fixed at
  creation), or rows its own device made; never a board meeting; a status
  from the vocabulary; a comment within the limit; dated no later than
  tomorrow and no earlier than 2000; the author a name that is not one of
  the board's other people's.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, select, text

from ocgboard import clock
from ocgboard.core import validate, vocab
from ocgboard.errors import InputError
from ocgboard.store import rowcodec
from ocgboard.store.models import Action, Person

EARLIEST = dt.date(2000, 1, 1)
UPDATE_FIELDS = {"action_id", "dated_on", "status", "comment", "author", "recorded_at",
                 "deleted"}


class AgencyReturn:
    """Checks each record an agency's device sent against what it may touch."""

    def __init__(self, conn: Connection, agency_id, agency_device: int | None,
                 wall: clock.Clock):
        self.device = agency_device  # its number in this store
        self.actions = {i.hex for i in conn.scalars(
            select(Action.id).where(Action.owner_agency_id == agency_id))}
        self.own_updates = set() if agency_device is None else {r for (r,) in conn.execute(
            text("SELECT row_id FROM change WHERE device_id = :pk AND entity = "
                        "'action_update' AND field = 'action_id'"), {"pk": agency_device})}
        self.new_updates: set[str] = set()
        self.others = {" ".join(n.split()).casefold() for n in conn.scalars(
            select(Person.name).where((Person.agency_id != agency_id)
                                      | Person.agency_id.is_(None)))}
        self.today = wall.today()
        self.now = wall.stamp()

    def __call__(self, rec: tuple, row_known: bool) -> str | None:
        device, author, entity, row_id, fld = rec[0], rec[3], rec[4], rec[5], rec[6]
        where = f"{entity} {row_id[:8]}.{fld}"
        if device != self.device:
            return f"{where}: a change made on another laptop, relayed by the agency"
        problem = self._author(author, "its change record's author")
        if problem:
            return f"{where}: {problem}"
        if entity == "action" and row_id in self.actions and fld == "status":
            return self._status_move(where, rec[7], rec[8])
        if entity == "action_update":
            return self._update(where, row_id, fld, rec[8], row_known)
        return f"{where}: outside what an agency may change"

    # -- the rules ----------------------------------------------------------------

    def _status_move(self, where: str, old: str | None, new: str | None) -> str | None:
        before, after = _text(old), _text(new)
        if after not in vocab.values("action_statuses"):
            return f"{where}: {_shown(after)} is not an action status"
        if before is None or after not in vocab.transitions(before):
            return f"{where}: an action that is {_shown(before)} cannot become {after}"
        return None

    def _update(self, where: str, row_id: str, fld: str, new: str | None,
                row_known: bool) -> str | None:
        fresh = row_id in self.new_updates or not row_known
        if not fresh and row_id not in self.own_updates:
            return f"{where}: a progress update the agency did not write"
        if fld not in UPDATE_FIELDS:
            return f"{where}: an agency's update never names a {fld.replace('_', ' ')}"
        if fld == "action_id":
            if not fresh:
                return f"{where}: an update cannot move to another action"
            if (_text(new) or "") not in self.actions:
                return f"{where}: an update to an action outside the agency's extract"
            self.new_updates.add(row_id)
            return None
        if fld == "deleted" and row_id not in self.own_updates:
            return f"{where}: an agency cannot delete a progress update"
        return self._update_value(where, fld, new)

    def _update_value(self, where: str, fld: str, new: str | None) -> str | None:
        value = _decoded(new)
        try:
            if fld == "status":
                if value not in vocab.values("action_statuses"):
                    return f"{where}: {_shown(value)} is not an action status"
            elif fld == "comment":
                validate.text(_string(value), "the comment", required=True)
            elif fld == "author":
                return self._author(_string(value), "the update's author")
            elif fld == "dated_on":
                return self._date(where, dt.date.fromisoformat(_string(value)))
            elif fld == "recorded_at":
                moment = dt.datetime.fromisoformat(_string(value))
                if moment.tzinfo is not None:
                    moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
                if moment - self.now > dt.timedelta(days=1):
                    return f"{where}: recorded in the future ({moment:%Y-%m-%d})"
            elif fld == "deleted" and not isinstance(value, bool):
                return f"{where}: not true or false"
        except (InputError, ValueError, TypeError) as exc:
            return f"{where}: {getattr(exc, 'message', None) or 'not a valid value'}"
        return None

    def _date(self, where: str, dated: dt.date) -> str | None:
        if dated > self.today + dt.timedelta(days=1):
            return f"{where}: dated {dated.isoformat()}, in the future"
        if dated < EARLIEST:
            return f"{where}: dated {dated.isoformat()}, before any board kept records"
        return None

    def _author(self, name: str | None, label: str) -> str | None:
        try:
            checked = validate.name(name, label)
        except InputError as exc:
            return exc.message
        if " ".join(checked.split()).casefold() in self.others:
            return f"{label} {_shown(checked)} is one of the board's other people"
        return None


def _decoded(new: str | None):
    if new is None:
        return None
    try:
        return rowcodec.decode(new)
    except (ValueError, TypeError):
        return _Invalid()


class _Invalid:
    """A value that is not JSON: no rule accepts it."""


def _text(new: str | None) -> str | None:
    value = _decoded(new)
    return value if isinstance(value, str) else None


def _string(value) -> str:
    if not isinstance(value, str):
        raise ValueError("not text")
    return value


def _shown(value) -> str:
    if not isinstance(value, str):
        return "a value that is not text"
    return repr(value if len(value) <= 40 else value[:37] + "...")
