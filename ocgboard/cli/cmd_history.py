"""ocgboard history [REF]: what was done, a line an operation, in the board's words.

The same lines as the desktop's History (core/history_lines.py), under day
headings, newest first; --raw lists the field records they are made of (the
change log itself), --json either as data.
"""

from __future__ import annotations

from ocgboard.cli.common import add_json, emit_json, table
from ocgboard.core import dates, history_lines, lookup
from ocgboard.core.history_lines import Query
from ocgboard.core.history_words import KINDS
from ocgboard.errors import InputError

LIMIT = history_lines.PAGE


def register(commands) -> None:
    p = commands.add_parser("history", help="what was done to the board (or to one threat), "
                                            "newest first, a line an operation")
    p.add_argument("reference", nargs="?", help="one threat's history (default: the board's)")
    p.add_argument("--author", help="only what this person did")
    p.add_argument("--kind", choices=sorted(KINDS), metavar="KIND",
                   help="only this kind of change: " + ", ".join(sorted(KINDS)))
    p.add_argument("--text", help="only lines holding these words (any case or accents)")
    p.add_argument("--since", metavar="DATE", help="from this day (31/01/2027, 31 Jan 2027)")
    p.add_argument("--until", metavar="DATE", help="up to and including this day")
    p.add_argument("--limit", type=int, default=LIMIT,
                   help=f"the newest N lines (default {LIMIT}; 0 for all)")
    p.add_argument("--raw", action="store_true",
                   help="the field records the lines are made of: the change log itself")
    add_json(p)
    p.set_defaults(func=show_history)


def show_history(ctx, args) -> None:
    if args.limit < 0:
        raise InputError("--limit must be 0 (all) or more")
    with ctx.read() as s:
        threat = lookup.threat(s, args.reference).id.hex if args.reference else None
        query = Query(threat=threat, author=args.author, kind=args.kind, text=args.text or "",
                      since=dates.parse(args.since, "--since"),
                      until=dates.parse(args.until, "--until"))
        found = history_lines.page(s, query, limit=args.limit or 10**9).lines
        records = [(line, history_lines.field_records(s, line)) for line in found] \
            if args.raw else []
    if args.raw:
        _raw(records, args.json)
    elif args.json:
        emit_json([line.as_dict() for line in found])
    else:
        _told(found)


def _told(found) -> None:
    if not found:
        print("(no changes)")
        return
    day = None
    for line in found:
        if history_lines.heading(line) != day:
            day = history_lines.heading(line)
            print(day if line is found[0] else f"\n{day}")
        when = history_lines.time_of_day(line)
        print(f"  {when + '  ' if when else ''}{line.sentence}")


def _raw(records, as_json: bool) -> None:
    rows = [{**field.as_dict(), "when": f"{field.when:%Y-%m-%d %H:%M:%S}", "author": line.author,
             "line": line.sentence} for line, fields in records for field in fields]
    if as_json:
        emit_json(rows)
        return
    table(rows, [("when", "When (UTC)"), ("author", "Author"), ("laptop", "Laptop"),
                 ("record", "Record"), ("row", "Id"), ("field", "Field"), ("old", "Was"),
                 ("new", "Now")], width=40)
