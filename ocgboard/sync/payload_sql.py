"""The export's payload written by the database itself, in each database's SQL.

One line a record, fields separated by tabs (container.py); the device is named
by its number there, and the manifest's "devices" maps numbers to device ids.
The database builds a window of lines in one query while a worker thread
compresses the last (export.py).
"""

from __future__ import annotations

from ocgboard.store import raw as rawdb


# One printf() a record on SQLite: a chain of || would copy the line over again
# for each field. printf writes NULL as '' (the file's empty field); on a server,
# concat_ws would leave a NULL out, so each is given as ''.
def record_line(raw) -> str:
    """SQL for one record as a line of the payload: its nine fields, tab-separated."""
    if rawdb.is_sqlite(raw):
        return ("printf('" + "\t".join(["%d"] * 3 + ["%s"] * 6) + "', c.device_id, c.seq, "
                "c.hlc, c.author, c.entity, c.row_id, c.fields, c.supersedes, "
                "lower(hex(c.hash)))")
    return ("concat_ws(chr(9), c.device_id, c.seq, c.hlc, c.author, c.entity, c.row_id, "
            "coalesce(c.fields, ''), coalesce(c.supersedes, ''), encode(c.hash, 'hex'))")


def lines(raw, order: str) -> str:
    """SQL joining the records' lines into one text, in `order`."""
    if rawdb.is_sqlite(raw):  # SQLite joins them in the order the query reads them
        return f"group_concat({record_line(raw)}, char(10))"
    return f"string_agg({record_line(raw)}, chr(10) ORDER BY {order})"


def device_list(raw) -> str:
    """SQL listing the devices whose records a window holds, comma-separated."""
    if rawdb.is_sqlite(raw):
        return "group_concat(DISTINCT c.device_id)"
    return "string_agg(DISTINCT c.device_id::text, ',')"
