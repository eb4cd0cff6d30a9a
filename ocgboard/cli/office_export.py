"""`ocgboard office export` (a plan as Word, the tracker and a tasking sheet as Excel)
and `ocgboard office return` (a tasking sheet an agency filled in and sent back)."""

from __future__ import annotations

import sys
from pathlib import Path

from ocgboard import files, printable
from ocgboard.cli.common import Parser, add_json, done, emit_json, review_withheld
from ocgboard.core import meetings, plural
from ocgboard.errors import InputError


def register(verbs) -> None:
    p = verbs.add_parser("export", help="a plan as Word, the tracker or a tasking sheet as Excel")
    kinds = p.add_subparsers(dest="kind", metavar="KIND", required=True, parser_class=Parser)
    k = kinds.add_parser("plan", help="a threat's 4P plan in the board's Word template")
    k.add_argument("reference", metavar="REF", help="the threat's reference")
    _common(k, ".docx", meeting=False)
    k.set_defaults(func=export_plan)
    k = kinds.add_parser("tasking", help="an agency's tasking sheet, to fill in and send back")
    k.add_argument("agency", metavar="AGENCY")
    _common(k, ".xlsx", variants=False)
    k.set_defaults(func=export_tasking)
    k = kinds.add_parser("tracker", help="the action tracker: open actions, overdue first")
    _common(k, ".xlsx")
    k.set_defaults(func=export_tracker)

    p = verbs.add_parser("return", help="take a tasking sheet an agency filled in and sent back")
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--preview", action="store_true", help="show what it would take; write nothing")
    p.add_argument("--yes", action="store_true",
                   help="take it (the preview is shown first; without --yes nothing is taken)")
    add_json(p)
    p.set_defaults(func=take_return)


def _common(parser, suffix: str, *, variants: bool = True, meeting: bool = True) -> None:
    parser.add_argument("-o", "--output", required=True, metavar=f"FILE{suffix}")
    parser.set_defaults(suffix=suffix)
    if variants:
        group = parser.add_mutually_exclusive_group()
        group.add_argument("--for", dest="agency", metavar="AGENCY",
                           help="an agency's copy: its actions only, redacted as its pack is")
        group.add_argument("--partner", action="store_true",
                           help="the partner copy: redacted as the partner pack is")
    if meeting:
        parser.add_argument("--meeting", metavar="MEETING",
                            help="the open actions of that meeting's pack (its date or id); "
                                 "default: every open action as at today")
    parser.add_argument("--yes", action="store_true",
                        help="write a partner or agency copy although it withholds names "
                             "(the places are listed first)")


def _variant(args) -> str:
    if getattr(args, "agency", None):
        return "agency"
    return "partner" if getattr(args, "partner", False) else "chair"


def _target(args) -> Path:
    if Path(args.output).suffix.lower() != args.suffix:
        raise InputError(f"the file to write must end in {args.suffix} (-o FILE{args.suffix})")
    return files.check_target(args.output, "Office file")


def _confirm(paper, yes: bool, what: str) -> None:
    if paper.withheld:
        review_withheld(yes, what)(paper.withheld)


def export_plan(ctx, args) -> None:
    from ocgboard.office import docx_out, gather

    target, variant = _target(args), _variant(args)
    with ctx.read() as s:
        paper = gather.threat_plan(s, args.reference, variant=variant, agency=args.agency)
        _confirm(paper, args.yes, f"the {variant} plan")
        docx_out.write(paper, target)
    assert paper.plan is not None
    done(f"{variant} 4P plan of {paper.plan.reference} written to {target}: "
         f"{len(paper.plan.tasks)} actions")


def export_tracker(ctx, args) -> None:
    from ocgboard.office import gather, xlsx_out

    target, variant = _target(args), _variant(args)
    with ctx.read() as s:
        meeting = meetings.get(s, args.meeting) if args.meeting else None
        paper = gather.open_tasks(s, variant=variant, agency=args.agency, meeting=meeting)
        _confirm(paper, args.yes, f"the {variant} tracker")
        xlsx_out.tracker(paper, target)
    done(f"{variant} action tracker written to {target}: {len(paper.tasks)} open actions")


def export_tasking(ctx, args) -> None:
    from ocgboard.office import gather, issue, tasking_sheet

    target = _target(args)
    with ctx.write() as s:  # the laptop's sealing key is made with its first sheet
        meeting = meetings.get(s, args.meeting) if args.meeting else None
        paper = gather.open_tasks(s, variant="agency", agency=args.agency, meeting=meeting)
        _confirm(paper, args.yes, f"{plural.possessive(paper.agency)} tasking sheet")
        secret = issue.key(s, create=True)
        assert secret is not None
        tasking_sheet.write(paper, secret, target)
    done(f"tasking sheet for {paper.agency} written to {target}: {len(paper.tasks)} open "
         "actions; its return: ocgboard office return FILE")


def take_return(ctx, args) -> None:
    from ocgboard.office import return_sheet, tasking_return

    sheet = return_sheet.read(args.file)
    try:
        if args.preview or not args.yes:
            with ctx.read() as s:
                found = tasking_return.check(s, sheet)
            _show(found, args.json)
            if not args.preview:
                raise InputError(f"{sheet.name} not taken: check the preview above, then run "
                                 "the command again with --yes")
            return
        with ctx.write() as s:
            found = tasking_return.check(s, sheet)
            tasking_return.apply(s, found)
    except tasking_return.ReturnRefused as refused:
        for problem in refused.problems:
            sys.stderr.write(f"  {problem}\n")
        raise
    _show(found, args.json)
    if not args.json:
        done(f"took {plural.possessive(found.agency)} tasking sheet: "
             f"{plural.count(len(found.changes), 'action')} updated")


def _show(found, as_json: bool) -> None:
    if as_json:
        emit_json({"agency": found.agency, "issued_on": found.issued_on,
                   "unchanged": found.unchanged, "notes": found.notes,
                   "changes": [{"row": c.row, "action": c.action_id.hex, "label": c.label,
                                "status": c.before, "new_status": c.after,
                                "update": c.update} for c in found.changes]})
        return
    stream = sys.stdout
    for line in found.lines():
        stream.write(printable.escaped(line) + "\n")
