"""Printed output: the meeting pack and the period report (PDF)."""

from __future__ import annotations

from ocgboard.cli.common import done, review_withheld
from ocgboard.core import meetings
from ocgboard.reports.pack_data import VARIANTS

# reportlab is imported only by the commands that print, not by every command.


def register(commands) -> None:
    p = commands.add_parser("pack", help="print a meeting's pack as one PDF")
    p.add_argument("meeting", metavar="MEETING",
                   help="the meeting's date (YYYY-MM-DD) or the start of its id")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                   help="where to write the PDF (created private to you)")
    p.add_argument("--variant", choices=VARIANTS,
                   help="chair (everything; the default), partner (non-disseminable content "
                        "removed) or agency (one agency's tasks; needs --agency)")
    p.add_argument("--agency", metavar="AGENCY", help="the agency an agency pack is for")
    p.add_argument("--copy-for", metavar="PERSON",
                   help="issue a numbered copy to this person: stamped on every page and "
                        "recorded in the distribution register")
    p.add_argument("--yes", action="store_true",
                   help="write a partner or agency pack although it withholds names (the "
                        "places are listed first)")
    p.set_defaults(func=make_pack)

    p = commands.add_parser("report", help="the period report (PDF): figures with charts")
    p.add_argument("--from", dest="start", metavar="DATE",
                   help="first day of the period (default: six months before --to)")
    p.add_argument("--to", dest="end", metavar="DATE", help="last day (default: today)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.set_defaults(func=make_report)


def make_pack(ctx, args) -> None:
    from ocgboard.reports import pack

    variant = args.variant or ("agency" if args.agency else "chair")
    scope = ctx.write() if args.copy_for else ctx.read()
    with scope as s:
        meeting = meetings.get(s, args.meeting)
        built = pack.build(s, meeting, args.output, variant=variant, agency=args.agency,
                           copy_for=args.copy_for,
                           confirm=review_withheld(args.yes, f"the {variant} pack"))
    copy = f", copy {built.copy_number} for {args.copy_for}" if built.copy_number else ""
    done(f"{variant} pack written to {built.path}: {built.pages} pages{copy}")


def make_report(ctx, args) -> None:
    from ocgboard.reports import period

    with ctx.read() as s:
        made = period.build(s, args.output, args.start, args.end)
    done(f"period report {made.start.isoformat()} to {made.end.isoformat()} written to "
         f"{made.path}: {made.pages} pages")
