"""The disruption log: record, list, and put right (edit, delete) a disruption."""

from __future__ import annotations

import sys

from ocgboard.cli.common import Parser, add_handling, add_json, done, emit_json, handling, table
from ocgboard.core import dates, disruptions, lookup, sharing, views
from ocgboard.errors import InputError
from ocgboard.store.models import Action, Disruption, Threat

FIELDS = ("on", "agency", "strand", "level", "justification")


def register(commands) -> None:
    verbs = commands.add_parser("disruption", help="the disruption log").add_subparsers(
        dest="verb", metavar="VERB", required=True, parser_class=Parser)
    p = verbs.add_parser("add", help="record a disruption against a threat")
    p.add_argument("reference")
    p.add_argument("--agency", required=True)
    p.add_argument("--strand", required=True)
    p.add_argument("--level", required=True, help="major, moderate, minor, none or negative")
    p.add_argument("--justification", required=True)
    p.add_argument("--on", metavar="DATE", help="date (default today)")
    p.add_argument("--action", metavar="ID", help="the action that achieved it")
    add_handling(p, "justification")
    p.set_defaults(func=disruption_add)
    p = verbs.add_parser("list", help="the disruption log")
    p.add_argument("reference", nargs="?")
    p.add_argument("--from", dest="start", metavar="DATE")
    p.add_argument("--to", dest="end", metavar="DATE")
    add_json(p)
    p.set_defaults(func=disruption_list)
    _edit(verbs)
    p = verbs.add_parser("delete", help="take a disruption out of the log (asks first)")
    p.add_argument("id")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=disruption_delete)


def _edit(verbs) -> None:
    p = verbs.add_parser("edit", help="put a recorded disruption right: the fields given")
    p.add_argument("id")
    p.add_argument("--on", metavar="DATE")
    p.add_argument("--agency")
    p.add_argument("--strand")
    p.add_argument("--level", help="major, moderate, minor, none or negative")
    p.add_argument("--justification")
    link = p.add_mutually_exclusive_group()
    link.add_argument("--action", metavar="ID", help="link it to this action of the threat")
    link.add_argument("--no-action", action="store_true", help="link it to no action")
    add_handling(p, "justification")
    p.set_defaults(func=disruption_edit)


def disruption_add(ctx, args) -> None:
    with ctx.write() as s:
        threat = lookup.threat(s, args.reference)
        action = lookup.by_id(s, Action, args.action, "action") if args.action else None
        made = disruptions.add(s, threat, agency=args.agency, strand=args.strand,
                               level=args.level, justification=args.justification,
                               on=args.on, action=action, board_only=args.board_only)
        done(f"{made.level} disruption recorded against {threat.reference}"
             f"{handling(made.board_only)}")


def disruption_list(ctx, args) -> None:
    with ctx.read() as s:
        threat = lookup.threat(s, args.reference) if args.reference else None
        rows = [views.disruption(s, d) for d in disruptions.listing(
            s, threat=threat, start=args.start, end=args.end)]
    if args.json:
        emit_json(rows)
    else:
        shown = [{**r, "id": r["id"][:8],
                  "justification": sharing.marked(r["justification"], r["board_only"])}
                 for r in rows]
        table(shown, [("id", "Id"), ("dated_on", "Date"), ("threat", "Threat"),
                      ("agency", "Agency"), ("strand", "Strand"), ("level", "Level"),
                      ("justification", "Justification")])


def disruption_edit(ctx, args) -> None:
    given = {k: getattr(args, k) for k in FIELDS if getattr(args, k) is not None}
    if not (given or args.action or args.no_action or args.board_only is not None):
        raise InputError("nothing to change: give --on, --agency, --strand, --level, "
                         "--justification, --action or --no-action")
    with ctx.write() as s:
        found = lookup.by_id(s, Disruption, args.id, "disruption")
        action = lookup.by_id(s, Action, args.action, "action") if args.action else None
        disruptions.edit(s, found, action=action, unlink=args.no_action,
                         board_only=args.board_only, **given)
        done(f"disruption of {_described(s, found)} changed{handling(found.board_only)}")


def disruption_delete(ctx, args) -> None:
    with ctx.write() as s:
        found = lookup.by_id(s, Disruption, args.id, "disruption")
        said = _described(s, found)
        if not args.yes:
            if not sys.stdin.isatty():
                raise InputError(f"deleting the disruption of {said}: add --yes to confirm")
            answer = input(f"Delete the disruption of {said}? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                raise InputError("nothing deleted")
        disruptions.remove(s, found)
        done(f"disruption of {said} deleted (the change log keeps it)")


def _described(session, found: Disruption) -> str:
    """'OCG 05/00283 on 2 Nov 2026 (minor)': which disruption, in words."""
    threat = lookup.referenced(session, Threat, found.threat_id, "threat").reference
    return f"{threat} on {dates.day(found.dated_on)} ({found.level})"
