"""`ocgboard office import`: a board's Word 4P plan or Excel tracker, previewed, then
brought in in one transaction through the core services."""

from __future__ import annotations

import sys

from ocgboard.cli.common import add_json, done, emit_json
from ocgboard.errors import InputError
from ocgboard.office import apply, owners, preview, reading, words


def register(verbs) -> None:
    p = verbs.add_parser(
        "import", help="bring in a Word 4P plan (.docx) or an Excel tracker (.xlsx)",
        description="Reads the file, shows every action (or strategic item) it would make "
                    "and whatever it could not read, then makes them in one go.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--threat", metavar="REF",
                   help="the threat the file is for (default: the reference in its title)")
    p.add_argument("--map", metavar="OWNER=AGENCY", action="append", default=[],
                   help="read an owner as written in the file as this agency (repeatable)")
    p.add_argument("--preview", action="store_true", help="show what would be made; write "
                                                           "nothing")
    p.add_argument("--yes", action="store_true", help="make it without asking")
    add_json(p)
    p.set_defaults(func=run)


def run(ctx, args) -> int:
    paper = reading.read(args.file)
    maps = owners.parse_maps(args.map)
    with ctx.read() as s:
        plan = preview.make(s, paper, threat=args.threat, maps=maps)
    if args.json and (args.preview or not args.yes):
        emit_json({"applied": False, **words.as_dict(plan)})
    elif not args.json:
        print("\n".join(words.lines(plan)))
    if args.preview or not plan.makes_anything:
        return 0
    if not args.yes:
        _confirm()
    with ctx.write() as s:
        made = apply.apply(s, preview.make(s, paper, threat=args.threat, maps=maps))
    if args.json:
        emit_json({"applied": True, **words.as_dict(plan), "made": {
            "threats": made.threats, "actions": dict(made.actions), "updates": made.updates,
            "items": made.items, "entries": made.entries}})
    else:
        done(f"Imported {paper.name}: {made.words()}")
    return 0


def _confirm() -> None:
    if not sys.stdin.isatty():
        raise InputError("add --yes to make these (or --preview to look only)")
    if input("Make these? [y/N] ").strip().lower() not in ("y", "yes"):
        raise InputError("import cancelled; nothing was written")
