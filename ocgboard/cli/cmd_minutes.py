"""Minutes: a meeting's minutes as a PDF, and their approval at the next meeting."""

from __future__ import annotations

from ocgboard.cli.common import done, review_withheld
from ocgboard.core import meetings, minutes

# reportlab is imported only by the command that prints, not by every command.
VARIANTS = ("chair", "partner")


def register(commands) -> None:
    p = commands.add_parser("minutes", help="a meeting's minutes as a PDF, drafted from its "
                                            "record (DRAFT until the next meeting approves them)")
    p.add_argument("meeting", metavar="MEETING",
                   help="the meeting's date (YYYY-MM-DD) or the start of its id")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                   help="where to write the PDF (created private to you)")
    p.add_argument("--variant", choices=VARIANTS, default="chair",
                   help="chair (everything; the default) or partner (non-disseminable "
                        "content removed)")
    p.add_argument("--yes", action="store_true",
                   help="write partners' minutes although they withhold names (the places "
                        "are listed first)")
    p.set_defaults(func=write_minutes)


def register_approval(verbs) -> None:
    """`meeting approve-minutes`, among the meeting verbs."""
    p = verbs.add_parser("approve-minutes",
                         help="record at this meeting that the last meeting's minutes are "
                              "approved as a true record")
    p.add_argument("meeting", help="the meeting that approves them: its date or id")
    p.set_defaults(func=approve_minutes)


def write_minutes(ctx, args) -> None:
    from ocgboard.reports import minutes as minutes_pdf

    with ctx.read() as s:
        meeting = meetings.get(s, args.meeting)
        written = minutes_pdf.build(s, meeting, args.output, variant=args.variant,
                                    confirm=review_withheld(args.yes, "the partners' minutes"))
    state = "draft minutes" if written.draft else "minutes (approved)"
    done(f"{state} of the meeting of {meeting.starts_at:%Y-%m-%d} written to {written.path}: "
         f"{written.pages} pages")


def approve_minutes(ctx, args) -> None:
    with ctx.write() as s:
        meeting = meetings.get(s, args.meeting)
        before = minutes.approve(s, meeting)
        item = minutes.item(s, meeting)
        done(f"minutes of the meeting of {before.starts_at:%Y-%m-%d} approved: recorded on "
             f"item {item.position if item else '?'} of the meeting of "
             f"{meeting.starts_at:%Y-%m-%d}")
