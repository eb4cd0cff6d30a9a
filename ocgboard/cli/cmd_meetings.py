"""Meeting commands: plan, agenda, attendance, decisions, distribution register."""

from __future__ import annotations

from ocgboard.cli import cmd_minutes
from ocgboard.cli.common import Parser, add_handling, add_json, done, emit_json, handling, table
from ocgboard.core import agenda, dates, distribution, lookup, meetings, views
from ocgboard.errors import InputError
from ocgboard.store.models import Action

AGENDA_COLUMNS = [("position", "No."), ("title", "Item"), ("purpose", "Purpose"),
                  ("presenter", "Presenter"), ("minutes", "Mins"), ("decision", "Decision")]


def register(commands) -> None:
    verbs = commands.add_parser("meeting", help="board meetings").add_subparsers(
        dest="verb", metavar="VERB", required=True, parser_class=Parser)
    p = verbs.add_parser("add", help="plan a meeting with the standard agenda")
    p.add_argument("--title", required=True)
    p.add_argument("--on", required=True, metavar="DATE")
    p.add_argument("--at", metavar="HH:MM", help="start time (default 10:00)")
    p.add_argument("--venue")
    p.add_argument("--chair", metavar="PERSON")
    p.add_argument("--next", metavar="DATE", help="date of the following meeting")
    p.add_argument("--threat", action="append", default=[], metavar="REF",
                   help="a threat to review (repeat for more)")
    p.add_argument("--no-due-reviews", action="store_true",
                   help="do not add the threats whose review falls due")
    p.set_defaults(func=meeting_add)
    p = verbs.add_parser("list", help="meetings, newest first")
    add_json(p)
    p.set_defaults(func=meeting_list)
    p = verbs.add_parser("show", help="a meeting: agenda, attendance, tracker, distribution")
    p.add_argument("meeting", help="its date (YYYY-MM-DD) or id")
    add_json(p)
    p.set_defaults(func=meeting_show)
    p = verbs.add_parser("edit", help="change a meeting (e.g. --status held)")
    p.add_argument("meeting")
    for flag in ("--title", "--venue", "--on", "--at", "--next", "--chair", "--status"):
        p.add_argument(flag)
    p.set_defaults(func=meeting_edit)
    _agenda_parser(verbs)
    p = verbs.add_parser("attend", help="record attendance: present, apologies or absent")
    p.add_argument("meeting")
    p.add_argument("--person", required=True)
    p.add_argument("--status", required=True)
    p.add_argument("--note")
    p.set_defaults(func=meeting_attend)
    p = verbs.add_parser("attendance", help="attendance figures over time")
    add_json(p)
    p.set_defaults(func=attendance_figures)
    p = verbs.add_parser("decide", help="record a decision on an agenda item or an action")
    p.add_argument("meeting")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--item", type=int, metavar="N")
    target.add_argument("--action", metavar="ID")
    p.add_argument("--text", required=True, help="the decision")
    p.add_argument("--status", help="new status for the action")
    add_handling(p, "decision")
    p.set_defaults(func=meeting_decide)
    cmd_minutes.register_approval(verbs)
    p = verbs.add_parser("distribution", help="the pack's distribution register")
    p.add_argument("meeting")
    close = p.add_mutually_exclusive_group()
    close.add_argument("--returned", type=int, metavar="COPY")
    close.add_argument("--destroyed", type=int, metavar="COPY")
    p.add_argument("--on", metavar="DATE")
    add_json(p)
    p.set_defaults(func=meeting_distribution)


def _agenda_parser(verbs) -> None:
    p = verbs.add_parser("agenda", help="show or change a meeting's agenda")
    p.add_argument("meeting")
    change = p.add_mutually_exclusive_group()
    change.add_argument("--add", metavar="KIND", help="add an item of this kind")
    change.add_argument("--move", type=int, metavar="N", help="move item N (with --to)")
    change.add_argument("--remove", type=int, metavar="N")
    p.add_argument("--to", type=int, metavar="POSITION")
    p.add_argument("--title")
    p.add_argument("--purpose", help="approval, assurance, discussion or information")
    p.add_argument("--presenter")
    p.add_argument("--minutes", type=int)
    p.add_argument("--threat", metavar="REF")
    add_json(p)
    p.set_defaults(func=meeting_agenda)


def meeting_add(ctx, args) -> None:
    with ctx.write() as s:
        made = meetings.add(s, args.title, args.on, at=args.at, venue=args.venue,
                            chair=args.chair, next_meeting_on=args.next, threats=args.threat,
                            with_due_reviews=not args.no_due_reviews)
        count = len(agenda.items(s, made))
        done(f"meeting '{made.title}' on {made.starts_at:%Y-%m-%d %H:%M} planned "
             f"({count} agenda items; id {made.id.hex[:8]})")


def meeting_list(ctx, args) -> None:
    with ctx.read() as s:
        rows = [views.meeting(s, m) for m in meetings.listing(s)]
    if args.json:
        emit_json(rows)
    else:
        table(rows, [("id", "Id"), ("starts_at", "When"), ("title", "Title"),
                     ("venue", "Venue"), ("status", "Status"), ("items", "Items")])


def meeting_show(ctx, args) -> None:
    with ctx.read() as s:
        meeting = meetings.get(s, args.meeting)
        data = views.meeting(s, meeting)
        data["agenda"] = [views.agenda_item(s, i) for i in agenda.items(s, meeting)]
        data["attendance"] = [{"person": p.name, "status": a.status, "note": a.note}
                              for p, a in meetings.attendance(s, meeting)]
        data["tracker"] = [views.action(s, a, today=meeting.starts_at.date())
                           for a in meetings.tracker(s, meeting)]
        data["distribution"] = _register(s, meeting)
    if args.json:
        emit_json(data)
        return
    print(f"{data['title']} — {data['starts_at']} — {data['venue'] or ''} ({data['status']})")
    print("\nAgenda")
    table(data["agenda"], AGENDA_COLUMNS)
    print("\nAttendance")
    table(data["attendance"], [("person", "Person"), ("status", "Status"), ("note", "Note")])
    print(f"\nAction tracker: {len(data['tracker'])} open actions")
    table(data["tracker"][:20], [("id", "Id"), ("label", "Action"), ("owner", "Owner"),
                                 ("rag_label", "RAG"), ("specific", "Specific")], width=50)
    print("\nDistribution")
    table(data["distribution"], REGISTER_COLUMNS)


def meeting_edit(ctx, args) -> None:
    with ctx.write() as s:
        meeting = meetings.get(s, args.meeting)
        next_on = meeting.next_meeting_on
        meetings.edit(s, meeting, title=args.title, venue=args.venue, on=args.on, at=args.at,
                      next_meeting_on=args.next, chair=args.chair, status=args.status)
        moved = (f"; next meeting moved to {dates.day(meeting.next_meeting_on)}, keeping "
                 "the interval" if not args.next and meeting.next_meeting_on != next_on else "")
        done(f"meeting {meeting.starts_at:%Y-%m-%d} updated ({meeting.status}){moved}")


def meeting_agenda(ctx, args) -> None:
    changing = args.add or args.move or args.remove
    with ctx.write() if changing else ctx.read() as s:
        meeting = meetings.get(s, args.meeting)
        if args.add:
            agenda.add_item(s, meeting, args.add, args.title, purpose=args.purpose,
                            presenter=args.presenter, minutes=args.minutes, threat=args.threat,
                            position=args.to)
        elif args.move:
            if args.to is None:
                raise InputError("--move needs --to POSITION")
            agenda.move(s, meeting, args.move, args.to)
        elif args.remove:
            agenda.remove(s, meeting, args.remove)
        rows = [views.agenda_item(s, i) for i in agenda.items(s, meeting)]
    emit_json(rows) if args.json else table(rows, AGENDA_COLUMNS)


def meeting_attend(ctx, args) -> None:
    with ctx.write() as s:
        meeting = meetings.get(s, args.meeting)
        row = meetings.attend(s, meeting, args.person, args.status, args.note)
        done(f"attendance recorded: {row.status}")


def attendance_figures(ctx, args) -> None:
    with ctx.read() as s:
        rows = meetings.attendance_figures(s)
    if args.json:
        emit_json(rows)
    else:
        table(rows, [("person", "Person"), ("meetings", "Meetings"), ("present", "Present"),
                     ("apologies", "Apologies"), ("absent", "Absent"),
                     ("attendance_rate", "Rate")])


def meeting_decide(ctx, args) -> None:
    with ctx.write() as s:
        meeting = meetings.get(s, args.meeting)
        if args.item is not None:
            if args.status:
                raise InputError("--status applies to an action, not an agenda item")
            item = agenda.item_at(s, meeting, args.item)
            agenda.decide(s, item, args.text, board_only=args.board_only)
            done(f"decision recorded on item {args.item}"
                 f"{handling(item.board_only)}")
        else:
            action = lookup.by_id(s, Action, args.action, "action")
            entry = meetings.decide_on_action(s, meeting, action, args.text, args.status,
                                              board_only=args.board_only)
            done(f"decision recorded on action {action.id.hex[:8]} ({entry.status}, "
                 f"{entry.dated_on}){handling(entry.board_only)}")


def meeting_distribution(ctx, args) -> None:
    closing = args.returned or args.destroyed
    with ctx.write() if closing else ctx.read() as s:
        meeting = meetings.get(s, args.meeting)
        if args.returned:
            distribution.close(s, meeting, args.returned, "returned", args.on)
        elif args.destroyed:
            distribution.close(s, meeting, args.destroyed, "destroyed", args.on)
        rows = _register(s, meeting)
    if args.json:
        emit_json(rows)
    else:
        table(rows, REGISTER_COLUMNS)


REGISTER_COLUMNS = [("copy_number", "Copy"), ("version", "Version"), ("person", "To"),
                    ("variant", "Variant"), ("agency", "For agency"), ("issued_on", "Issued"),
                    ("returned_on", "Returned"), ("destroyed_on", "Destroyed")]


def _register(s, meeting) -> list[dict]:
    """The register's copies: which version each is, and whose an agency copy is."""
    copies = distribution.register(s, meeting)
    names = distribution.agency_names(s, [d for d, _p in copies])
    return [views.copy(d, p, names.get(d.agency_id)) for d, p in copies]
