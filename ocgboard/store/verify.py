"""Checking the database and its change log.

Four checks: SQLite's own integrity and foreign keys; each device's hash
chain (an edited, removed or inserted record breaks it); that every
syncable row holds exactly what its log's heads say (an edit that bypassed
the log shows up as a difference); and that the open conflicts are exactly
the fields whose heads disagree (a deleted conflict row is found).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter

from sqlalchemy import Boolean, Connection, select, text

from ocgboard.store import heads, record, rowcodec
from ocgboard.store.base import logged_columns, syncable_tables
from ocgboard.store.changelog import encode
from ocgboard.store.engine import is_sqlite
from ocgboard.store.fingerprint import fingerprint as keys_fingerprint
from ocgboard.store.models import Change, Device
from ocgboard.store.record import GENESIS

MAX_LISTED = 50


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    records: int = 0
    rows: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def problem(self, message: str) -> None:
        if len(self.problems) < MAX_LISTED:
            self.problems.append(message)
        elif len(self.problems) == MAX_LISTED:
            self.problems.append("... further problems not listed")


def verify(conn: Connection) -> Report:
    report = Report()
    _sqlite_checks(conn, report)
    _no_foreign_objects(conn, report)
    _contacts(conn, report)
    partial = conn.execute(text(
        "SELECT value FROM local_setting WHERE key = 'replica'")).scalar() == "partial"
    for device in conn.execute(select(Device).order_by(Device.id)).all():
        _chain(conn, device, report, partial)
    conflicts = {(row, fld): noted for row, fld, noted in conn.execute(text(
        "SELECT row_id, field, heads FROM conflict"))}
    for entity, model in sorted(syncable_tables().items()):
        _replay(conn, entity, model, report, partial, conflicts)
    for row, fld in conflicts:
        report.problem(f"an open conflict on {row[:8]}.{fld} names a field with no records")
    return report


def _sqlite_checks(conn: Connection, report: Report) -> None:
    """SQLite's own checks of its file; a PostgreSQL server checks keys on every write."""
    if not is_sqlite(conn):
        return
    for (line,) in conn.execute(text("PRAGMA integrity_check")):
        if line != "ok":
            report.problem(f"database integrity: {line}")
    for row in conn.execute(text("PRAGMA foreign_key_check")):
        report.problem(f"table {row[0]} row {row[1]} points to a missing {row[2]} row")


def _no_foreign_objects(conn: Connection, report: Report) -> None:
    """ocgboard makes tables and indexes only: a trigger or view was put there by
    someone else (one could copy every comment into a shared field)."""
    for kind, name in conn.execute(text(_FOREIGN_OBJECTS if is_sqlite(conn)
                                        else _FOREIGN_OBJECTS_PG)):
        report.problem(f"the database holds a {kind} ({name}), which ocgboard never makes")


_FOREIGN_OBJECTS = "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')"
_FOREIGN_OBJECTS_PG = (
    "SELECT 'trigger', tgname::text FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
    "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace "
    "UNION ALL SELECT 'view', viewname::text FROM pg_views "
    "WHERE schemaname = current_schema()")


def _contacts(conn: Connection, report: Report) -> None:
    """A contact's keys must be the ones its fingerprint, read out by phone, vouches for."""
    for name, recipient, signing_key, fingerprint in conn.execute(text(
            "SELECT name, age_recipient, signing_key, fingerprint FROM contact")):
        if keys_fingerprint(recipient, signing_key) != fingerprint:
            report.problem(f"contact {name}: its keys do not match its fingerprint")


def _chain(conn: Connection, device, report: Report, partial: bool) -> None:
    """Walk one device's records in order. An agency's laptop holds only the
    records of its extract, each cut to the fields the agency may see: there
    other devices' chains have gaps and their hashes cannot be checked."""
    label = "this laptop" if device.is_local else f"device {device.name or device.uuid[:8]}"
    checked = device.is_local or not partial
    prev: bytes | None = GENESIS
    expected = 1
    query = (select(Change.seq, Change.hlc, Change.author, Change.entity, Change.row_id,
                    Change.fields, Change.supersedes, Change.hash)
             .where(Change.device_id == device.id)
             .order_by(Change.seq).execution_options(yield_per=20_000))
    for rec in conn.execute(query):
        report.records += 1
        if rec.seq != expected:
            if checked:
                report.problem(f"{label}: records {expected}–{rec.seq - 1} are missing")
            else:
                report.notes.append(f"{label}: records {expected}–{rec.seq - 1} not held here")
            prev = None
        if checked and prev is not None and rec.hash != record.digest(
                prev, device.uuid, rec.seq, rec.hlc, rec.author, rec.entity, rec.row_id,
                rec.fields, rec.supersedes):
            report.problem(f"{label}: record {rec.seq} ({rec.entity} {rec.row_id[:8]}) was "
                           "altered")
        prev, expected = rec.hash, rec.seq + 1
    if device.is_local and expected - 1 != device.last_seq:
        report.problem(f"{label}: the log ends at record {expected - 1} "
                       f"but {device.last_seq} were written")
    elif device.is_local and device.last_seq and prev != device.last_hash:
        report.problem(f"{label}: the last record does not match the chain head")


def _latest_per_field(conn: Connection, entity: str, conflicts: dict, report: Report):
    """(row_id, {field: value}) for each row, in row_id order: per field the value
    its heads give (store/heads.py), as the merge decides it, whatever the clocks
    say. A field whose heads disagree must have its conflict row, and only then."""
    rows = conn.execute(text(
        "SELECT c.row_id, d.uuid, c.seq, c.hlc, c.fields, c.supersedes, c.hash "
        "FROM change c JOIN device d ON d.id = c.device_id "
        "WHERE c.entity = :entity ORDER BY c.row_id"), {"entity": entity})
    for row_id, records in groupby(rows, key=itemgetter(0)):
        try:
            by_field = heads.by_field(rec[1:] for rec in records)
        except record.Malformed as exc:
            report.problem(f"{entity} {row_id[:8]}: a record of it is malformed ({exc})")
            continue
        yield row_id, {fld: _settled(entity, row_id, fld, found, conflicts, report)
                       for fld, found in by_field.items()}


def _settled(entity: str, row_id: str, fld: str, found: list, conflicts: dict,
             report: Report) -> str | None:
    """The field's value as the log's JSON text."""
    if len(found) == 1:
        top = found
    else:
        top = heads.heads_of(found)
        if not top:
            report.problem(f"{entity} {row_id[:8]}.{fld}: its records supersede each other "
                           "in a circle")
            return None
    noted = conflicts.pop((row_id, fld), None)
    if heads.in_conflict(top):
        wanted = " ".join(sorted(rec.id for rec in top))
        if noted != wanted:
            report.problem(f"{entity} {row_id[:8]}.{fld} is in conflict, but "
                           + ("no conflict is open for it" if noted is None else
                              "its open conflict names other records"))
    elif noted is not None:
        report.problem(f"{entity} {row_id[:8]}.{fld} has an open conflict, but its records "
                       "agree")
    return encode(heads.winner(top).new)


def _replay(conn: Connection, entity: str, model, report: Report, partial: bool,
            conflicts: dict) -> None:
    """Every row against its log. On a partial replica a field its extract left out
    holds the column's absent value (rowcodec.absent) with no record behind it."""
    table = model.__table__
    columns = logged_columns(model)
    unsaid = {col: _unsaid(table.c[col], partial) for col in columns}
    stored = conn.execute(select(table).order_by(table.c.id)).mappings()
    logged = _latest_per_field(conn, entity, conflicts, report)
    withdrawn = _withdrawn(conn, entity) if partial else set()

    def missing(row_id: str) -> None:
        if row_id in withdrawn:
            report.notes.append(f"{entity} {row_id[:8]}: withdrawn by the board, this "
                                "laptop's records of it kept")
        else:
            report.problem(f"{entity} {row_id[:8]} is in the log but missing from the table")

    log_row = next(logged, None)
    for row in stored:
        report.rows += 1
        row_id = row["id"].hex
        while log_row is not None and log_row[0] < row_id:
            missing(log_row[0])
            log_row = next(logged, None)
        fields = log_row[1] if log_row is not None and log_row[0] == row_id else None
        if fields is None:
            report.problem(f"{entity} {row_id[:8]} was written outside the change log")
            continue
        log_row = next(logged, None)
        for col in columns:
            held = encode(row[col])
            left_out = col not in fields and col != "deleted" and partial
            said = fields.get(col, unsaid[col])
            if held != said:
                why = (f"its extract left it out, so it should hold {_show(said)}" if left_out
                       else f"the log says {_show(said)}")
                report.problem(f"{entity} {row_id[:8]}.{col} holds {_show(held)} but {why}")
    for leftover in logged:
        missing(leftover[0])


def _withdrawn(conn: Connection, entity: str) -> set[str]:
    """On an agency's laptop, the rows only its own records name: the board's extract
    has withdrawn them (sync/replace.py)."""
    return set(conn.execute(text(
        "SELECT c.row_id FROM change c JOIN device d ON d.id = c.device_id "
        "WHERE c.entity = :entity GROUP BY c.row_id "
        "HAVING count(*) = sum(CASE WHEN d.is_local THEN 1 ELSE 0 END)"),
        {"entity": entity}).scalars())


def _unsaid(column, partial: bool) -> str | None:
    """What a column holds when no record has set it: on a partial replica its absent
    value; on any replica, a flag's default (a row is made not deleted, and a flag
    added by a later schema starts at its default in rows made before it)."""
    flag = isinstance(column.type, Boolean) and column.default is not None \
        and column.default.is_scalar and not column.nullable
    return encode(rowcodec.absent(column)) if partial or flag else None


def _show(value: str | None) -> str:
    if value is None:
        return "nothing"
    return value if len(value) <= 40 else value[:37] + "..."
