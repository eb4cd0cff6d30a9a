"""An agency's extract: what that agency may see now, not the board's log.

For each row in the agency's scope (scope.py) only the records that are now a
head of a field it may see travel, cut to those fields, every text through the
board's redactor. So no old value leaves: a note scrubbed of a name, a status
moved on, a member once disseminable, are all gone from what is sent, and the
agency's laptop, which replaces what it held with each extract
(`sync/replace.py`), forgets them too. A head keeps what it supersedes only
among the agency's own records and the library's seed, which the agency's
laptop holds itself; every other id it once superseded stays at the board.

The board answers as one: a head made by any board laptop travels as a
record of no laptop the agency could name (record.BOARD), numbered in the
extract's own order, with its hash, by which the agency knows it and
supersedes it (record.py). So no board laptop's id, nor how many records
one has made, leaves with it.

The extract is always whole: it replaces, so a part of one would withdraw the
rest.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator

from ocgboard.core import setup
from ocgboard.core.withheld import Review
from ocgboard.store import heads, record
from ocgboard.store.engine import to_json
from ocgboard.store.raw import Raw
from ocgboard.store.record import DEVICE, ENTITY, FIELDS, HLC, SEQ, SUPERSEDES
from ocgboard.sync import redaction, scope
from ocgboard.sync.compressor import Compressor

ROWS_AT_ONCE = 500
AS_BOARD = 0  # the file's number for record.BOARD: no store numbers a device 0


def write(raw: Raw, squeeze: Compressor, rows: list[tuple[str, str]],
          redact: Review, kept_devices: set[str]) -> tuple[int, set[int]]:
    """Every head record of `rows` ((row id, kind)) as a line of the payload; how
    many, and which devices made them. `kept_devices`: the devices (ids) whose
    records the agency's laptop holds itself, the only ones a head may name as
    superseded."""
    uuid_of = dict(raw.execute("SELECT id, uuid FROM device"))
    count, used = 0, set()
    numbers = itertools.count(1)
    shown = scope.extract_fields()
    rows = _in_log_order(raw, rows)
    for start in range(0, len(rows), ROWS_AT_ONCE):
        chunk = dict(rows[start:start + ROWS_AT_ONCE])
        lines = []
        for row_id, records in _records_of(raw, list(chunk)):
            kind = chunk[row_id]
            for device, line in _heads(records, uuid_of, set(shown[kind]), kept_devices,
                                       redact, numbers):
                lines.append(line)
                used.add(device)
        if lines:
            squeeze.put(("\n".join(lines) + "\n").encode())
            count += len(lines)
    return count, used


def _in_log_order(raw, rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The rows in the order the log first met them, as a full replica sends them:
    the chair's review then lists the places in the same order every time."""
    raw.execute("CREATE TEMP TABLE IF NOT EXISTS x_rows (row_id TEXT PRIMARY KEY, kind TEXT)")
    raw.execute("DELETE FROM x_rows")
    raw.executemany("INSERT INTO x_rows VALUES (?, ?) ON CONFLICT DO NOTHING", rows)
    return [(row_id, kind) for row_id, kind, _first in raw.execute(
        "SELECT r.row_id, r.kind, (SELECT min(c.id) FROM change c WHERE c.row_id = r.row_id) "
        "AS first FROM x_rows r ORDER BY first, r.row_id")]


def _records_of(raw, row_ids: list[str]) -> Iterator[tuple[str, list[tuple]]]:
    marks = ", ".join("?" * len(row_ids))
    found: dict[str, list[tuple]] = defaultdict(list)
    for rec in raw.execute(f"SELECT device_id, seq, hlc, author, entity, row_id, fields, "
                           f"supersedes, hash FROM change WHERE row_id IN ({marks}) "
                           "ORDER BY id", row_ids):
        found[rec[record.ROW]].append(rec)
    for row_id in row_ids:
        if row_id in found:
            yield row_id, found[row_id]


def _heads(records: list[tuple], uuid_of: dict[int, str], visible: set[str],
           kept_devices: set[str], redact: Review,
           numbers: Iterator[int]) -> Iterator[tuple[int, str]]:
    """The lines of one row, each with its device's number in the file: each
    record that heads a visible field, with only those fields."""
    by_field = heads.by_field((uuid_of[r[DEVICE]], r[SEQ], r[HLC], r[FIELDS], r[SUPERSEDES],
                               r[record.HASH]) for r in records)
    headed: dict[str, list[str]] = defaultdict(list)
    for fld, recs in by_field.items():
        if fld in visible:
            for head in heads.heads_of(recs):
                headed[head.id].append(fld)
    for rec in records:
        device = uuid_of[rec[DEVICE]]
        fields = headed.get(record.record_id(device, rec[SEQ]))
        if not fields or device == setup.SEED_DEVICE:
            continue  # every laptop makes the library's seed for itself
        values = record.values(rec[FIELDS])
        text = redaction.redacted(redact, rec[ENTITY],
                                  to_json({f: values[f] for f in fields}))
        number, seq = (rec[DEVICE], rec[SEQ]) if device in kept_devices else \
            (AS_BOARD, next(numbers))
        line = "\t".join((str(number), str(seq), str(rec[HLC]), rec[record.AUTHOR],
                          rec[ENTITY], rec[record.ROW], text or "",
                          _kept_supersedes(rec[SUPERSEDES], fields, kept_devices),
                          bytes(rec[record.HASH]).hex()))
        yield number, line


def _kept_supersedes(supersedes: str | None, fields: list[str], kept_devices: set[str]) -> str:
    replaced = record.replaced(supersedes)
    kept: dict[str, str | None] = {
        f: " ".join(i for i in record.ids(replaced.get(f)) if i.rsplit(":", 1)[0] in kept_devices)
        for f in fields}
    return record.supersedes_text(kept) or ""
