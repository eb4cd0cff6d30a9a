"""Printed output: the meeting pack and the period report (PDF)."""

from __future__ import annotations

from contextlib import nullcontext

from ocgboard import files
from ocgboard.cli.common import done, review_withheld
from ocgboard.core import meetings
from ocgboard.errors import InputError
from ocgboard.reports import printing
from ocgboard.reports.pack_data import VARIANTS

# reportlab is imported only by the commands that print, not by every command.


def register(commands) -> None:
    p = commands.add_parser("pack", help="print a meeting's pack as one PDF")
    p.add_argument("meeting", metavar="MEETING",
                   help="the meeting's date (YYYY-MM-DD) or the start of its id")
    p.add_argument("-o", "--output", metavar="FILE.pdf",
                   help="where to write the PDF (created private to you); optional with --print")
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
    p.add_argument("--full-history", action="store_true",
                   help="print actions closed before the last meeting, and every earlier "
                        "progress update, in full (by default a line each, and the "
                        "progress since the last meeting)")
    add_printing(p)
    p.set_defaults(func=make_pack)

    p = commands.add_parser("report", help="the period report (PDF): figures with charts")
    p.add_argument("--from", dest="start", metavar="DATE",
                   help="first day of the period (default: six months before --to)")
    p.add_argument("--to", dest="end", metavar="DATE", help="last day (default: today)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.set_defaults(func=make_report)


def add_printing(parser) -> None:
    group = parser.add_argument_group(
        "printing", "the PDF itself goes to a CUPS queue: vector, in its own orientation, at "
                    "100 % (needs CUPS: lp and lpstat)")
    group.add_argument("--print", dest="send", action="store_true",
                       help="print the pack (with -o, also write it)")
    group.add_argument("--printer", metavar="QUEUE",
                       help="the printer queue (default: the system's default printer)")
    group.add_argument("--copies", type=int, metavar="N", help="how many copies (default 1)")
    group.add_argument("--pages", metavar="RANGES", help="such as 1-3,7 (default: all)")
    group.add_argument("--duplex", action="store_true",
                       help="both sides of the paper, turned on the edge that suits the "
                            "pages' orientation")


def make_pack(ctx, args) -> None:
    from ocgboard.reports import pack
    from ocgboard.reports.styles import PAGE  # every page of a pack is this size

    request = print_request(args)
    if args.output is None and request is None:
        raise InputError("give -o FILE.pdf to write the pack, --print to print it, or both")
    output = files.check_target(args.output, "PDF") if args.output is not None else None
    variant = args.variant or ("agency" if args.agency else "chair")
    scope = ctx.write() if args.copy_for else ctx.read()
    # A printed pack is built in private scratch and printed before the copy it may
    # issue is committed or the file written: a job the queue refuses leaves neither.
    work = files.private_workdir("pack-") if request else nullcontext(None)
    with scope as s, work as folder:
        meeting = meetings.get(s, args.meeting)
        target = folder / "pack.pdf" if folder else output
        built = pack.build(s, meeting, target, variant=variant, agency=args.agency,
                           copy_for=args.copy_for, full_history=args.full_history,
                           confirm=review_withheld(args.yes, f"the {variant} pack"))
        if request is not None:
            sent = printing.send(target, request, PAGE, built.pages)
            if output is not None:
                files.write_private(output, target.read_bytes(), "PDF")
    copy = f", copy {built.copy_number} for {args.copy_for}" if built.copy_number else ""
    if output is not None:
        done(f"{variant} pack written to {output}: {built.pages} pages{copy}")
    if request is not None:
        done(f"{variant} pack{copy} {sent.describe()}")


def print_request(args) -> printing.Request | None:
    """What --print asks for, checked before anything is built; None without --print."""
    asked = (args.printer, args.copies, args.pages)
    if not args.send:
        if any(value is not None for value in asked) or args.duplex:
            raise InputError("--printer, --copies, --pages and --duplex go with --print")
        return None
    if not printing.available():
        raise InputError("printing needs CUPS (lp and lpstat), which this computer has not "
                         "got: write the pack with -o and print it from the app")
    copies = 1 if args.copies is None else args.copies
    request = printing.checked(printing.Request(args.printer, copies, args.pages or "",
                                                args.duplex))
    printing.choose(printing.queues(), request.printer)  # before a copy is issued
    return request


def make_report(ctx, args) -> None:
    from ocgboard.reports import period

    with ctx.read() as s:
        made = period.build(s, args.output, args.start, args.end)
    done(f"period report {made.start.isoformat()} to {made.end.isoformat()} written to "
         f"{made.path}: {made.pages} pages")
