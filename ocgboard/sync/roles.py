"""What an agency's laptop may send back, record by record.

An agency laptop may add progress updates to its own actions and move their
status along the vocabulary; nothing else. Each record is held to the same
vocabularies and limits the app applies to its own users, and to the dates
a person could honestly write. Every refusal names the record and the rule.

An agency's own actions are those the board's log ever gave it: work done
on an action before the agency heard it went to another is still the
agency's to return, and the board sees it (refused, it would stay in the
agency's signed chain and stop every later return).

- action: only `status`, of the agency's own actions, from the value the
  agency saw (what the records it supersedes say, never what it claims) to
  one the vocabulary allows next (a concurrent move elsewhere
  becomes a conflict, not a refusal);
- action_update: new rows on the agency's own actions (the action fixed at
  creation), or rows its own device made; never a board meeting; a status
  from the vocabulary, never a withdrawal (the board's); a comment within
  the limit; dated no later than tomorrow and no earlier than 2000; the
  author a name that is not one of the board's other people's; marked board
  only, or not, by its author.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, select, text

from ocgboard import clock
from ocgboard.core import plans, validate, vocab
from ocgboard.errors import InputError
from ocgboard.store import heads, record
from ocgboard.store import raw as rawdb
from ocgboard.store.log import Log
from ocgboard.store.models import Action, Person
from ocgboard.store.record import AUTHOR, DEVICE, ENTITY, FIELDS, HLC, ROW, SEQ, SUPERSEDES

EARLIEST = dt.date(2000, 1, 1)
UPDATE_FIELDS = {"action_id", "dated_on", "status", "comment", "author", "recorded_at",
                 "deleted", "board_only"}


class AgencyReturn:
    """Checks each record an agency's device sent against what it may touch."""

    def __init__(self, conn: Connection, agency_id, agency_device: int | None,
                 wall: clock.Clock):
        self.device = agency_device  # its number in this store
        self.actions = {i.hex for i in conn.scalars(
            select(Action.id).where(Action.owner_agency_id == agency_id))} | {
            r for (r,) in conn.execute(text(
                "SELECT DISTINCT row_id FROM change WHERE entity = 'action' "
                f"AND {_field(conn, 'owner_agency_id')} = :agency"),
                {"agency": agency_id.hex})}
        self.own_updates = set() if agency_device is None else {r for (r,) in conn.execute(
            text("SELECT row_id FROM change WHERE device_id = :pk AND entity = "
                 f"'action_update' AND {_has_field(conn, 'action_id')}"),
            {"pk": agency_device})}
        self.log = Log(rawdb.of(conn))
        self.uuid = conn.execute(text("SELECT uuid FROM device WHERE id = :pk"),
                                 {"pk": agency_device}).scalar() or ""
        self.sent: dict[str, tuple[int, str, dict]] = {}  # this file's records, by id
        self.new_updates: set[str] = set()
        self.others = {" ".join(n.split()).casefold() for n in conn.scalars(
            select(Person.name).where((Person.agency_id != agency_id)
                                      | Person.agency_id.is_(None)))}
        self.today = wall.today()
        self.now = wall.stamp()

    def __call__(self, rec: tuple, row_known: bool) -> str | None:
        device, author, entity, row_id = rec[DEVICE], rec[AUTHOR], rec[ENTITY], rec[ROW]
        if device != self.device:
            return f"{entity} {row_id[:8]}: a change made on another laptop, relayed by " \
                "the agency"
        problem = self._author(author, "its change record's author")
        if problem:
            return f"{entity} {row_id[:8]}: {problem}"
        try:
            values = record.values(rec[FIELDS])
            replaced = record.replaced(rec[SUPERSEDES], values)
        except record.Malformed as exc:
            return f"{entity} {row_id[:8]}: a malformed record ({exc})"
        self.sent[record.record_id(self.uuid, rec[SEQ])] = (rec[HLC], self.uuid, values)
        # action_id first: whether the update is the agency's to write depends on it.
        for fld in sorted(values, key=lambda f: f != "action_id"):
            problem = self._field(rec, fld, values[fld], replaced.get(fld), row_known)
            if problem:
                return problem
        return None

    def _field(self, rec: tuple, fld: str, value, supersedes: str | None,
               row_known: bool) -> str | None:
        entity, row_id = rec[ENTITY], rec[ROW]
        where = f"{entity} {row_id[:8]}.{fld}"
        if entity == "action" and row_id in self.actions and fld == "status":
            return self._status_move(where, self._before(row_id, supersedes, fld), value)
        if entity == "action_update":
            return self._update(where, row_id, fld, value, row_known)
        return f"{where}: outside what an agency may change"

    def _before(self, row_id: str, supersedes: str | None, fld: str):
        """The value the agency saw: what the records it supersedes there say (the
        latest of them, as the app showed it)."""
        seen = []
        for rec_id in record.ids(supersedes):
            found = self.sent.get(rec_id) or self._held(row_id, rec_id)
            if found is not None and fld in found[2]:
                seen.append(heads.Rec(rec_id, found[0], found[1], found[2][fld], ()))
        return heads.winner(seen).new if seen else None

    def _held(self, row_id: str, rec_id: str) -> tuple[int, str, dict] | None:
        """(clock, device id, values) of a record held, named as the agency names it:
        the board's by their hash (record.py), its own by "device:seq"."""
        digest = record.hashed(rec_id)
        if digest is not None:
            by_hash = self.log.in_row(row_id, digest)
            device, found = (by_hash[0], by_hash[2:]) if by_hash else ("", None)
        else:
            device, _, seq = rec_id.rpartition(":")
            found = self.log.by_id(device, int(seq)) if seq.isdigit() else None
        if found is None:
            return None
        try:
            return found[0], device, record.values(found[1])
        except record.Malformed:
            return None

    # -- the rules ----------------------------------------------------------------

    def _status_move(self, where: str, before, after) -> str | None:
        before, after = _text(before), _text(after)
        if after not in vocab.values("action_statuses"):
            return f"{where}: {_shown(after)} is not an action status"
        if before is None:
            return f"{where}: a move to {after} that supersedes no status it moves from"
        if after not in vocab.transitions(before):
            return f"{where}: an action that is {_shown(before)} cannot become {after}"
        return None

    def _update(self, where: str, row_id: str, fld: str, new,
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

    def _update_value(self, where: str, fld: str, value) -> str | None:
        try:
            if fld == "status":
                if value not in vocab.values("action_statuses"):
                    return f"{where}: {_shown(value)} is not an action status"
                if value == plans.WITHDRAWN:
                    return f"{where}: only the board withdraws an action"
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
            elif fld in ("deleted", "board_only") and not isinstance(value, bool):
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


def _text(value) -> str | None:
    return value if isinstance(value, str) else None


def _string(value) -> str:
    if not isinstance(value, str):
        raise ValueError("not text")
    return value


def _shown(value) -> str:
    if not isinstance(value, str):
        return "a value that is not text"
    return repr(value if len(value) <= 40 else value[:37] + "...")


def _field(conn, name: str) -> str:
    """SQL for one field of a record's JSON text, as text (NULL where it has none)."""
    if conn.dialect.name == "postgresql":
        return f"(fields::json ->> '{name}')"
    return f"json_extract(fields, '$.{name}')"


def _has_field(conn, name: str) -> str:
    """SQL: whether a record's JSON text sets the field at all (even to null)."""
    if conn.dialect.name == "postgresql":
        return f"(fields::json -> '{name}') IS NOT NULL"
    return f"json_type(fields, '$.{name}') IS NOT NULL"
