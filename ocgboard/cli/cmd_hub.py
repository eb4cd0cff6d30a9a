"""ocgboard hub: a replica of many boards on a server, fed and answered by files."""

from __future__ import annotations

import sys
from pathlib import Path

from ocgboard.cli.common import add_json, done, emit_json, table
from ocgboard.core import dates
from ocgboard.errors import InputError
from ocgboard.hub import across, report, serve
from ocgboard.hub.folder import Hub
from ocgboard.sync import join

FIGURES = [("threats_disrupted", "Threats disrupted"), ("threats_dismantled", "Dismantled"),
           ("threats_frustrated", "Frustrated"), ("disruptions", "Disruptions"),
           ("actions_raised", "Actions raised"), ("actions_completed", "Completed"),
           ("open_actions", "Open actions"), ("actions_overdue", "Overdue")]


def register(commands) -> None:
    verbs = commands.add_parser(
        "hub", help="serve several boards from a server database: files in, answers out") \
        .add_subparsers(dest="verb", metavar="VERB", required=True)
    p = verbs.add_parser("join", help="serve a board, from the full replica its chair sent")
    p.add_argument("file")
    p.add_argument("--store", required=True, metavar="URL",
                   help="the board's own database, e.g. postgresql://hub@/board_north?host=/run"
                        "/postgresql (empty: the hub sets it up)")
    p.add_argument("--name", default="Hub", help="the hub's name on that board")
    p.add_argument("--yes", action="store_true",
                   help="join without asking (once the sender's fingerprint is checked)")
    _folder(p)
    p.set_defaults(func=run_join)
    p = verbs.add_parser("boards", help="the boards this hub serves")
    add_json(p)
    _folder(p)
    p.set_defaults(func=run_boards)
    p = verbs.add_parser("run", help="import every file in the inbox, then write each board "
                                     "laptop's answer to the outbox")
    add_json(p)
    _folder(p)
    p.set_defaults(func=run_inbox)
    p = verbs.add_parser("stats", help="figures across every board served, and threats that "
                                       "appear on two boards")
    p.add_argument("--from", dest="start", metavar="DATE")
    p.add_argument("--to", dest="end", metavar="DATE")
    add_json(p)
    _folder(p)
    p.set_defaults(func=run_stats)
    p = verbs.add_parser("report", help="the period report across every board served (PDF)")
    p.add_argument("--from", dest="start", metavar="DATE")
    p.add_argument("--to", dest="end", metavar="DATE")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    _folder(p)
    p.set_defaults(func=run_report)


def _folder(parser) -> None:
    parser.add_argument("--folder", metavar="DIR",
                        help="the hub's folder: inbox, outbox, its list of boards "
                             "(default: hub/ in the data folder)")


def _hub(ctx, args) -> Hub:
    if ctx.db is not None or ctx.board is not None:
        raise InputError("the hub keeps a database per board: leave out --db and --board")
    return Hub.at(args.folder)


def run_join(ctx, args) -> int:
    hub = _hub(ctx, args)
    path = Path(args.file)
    offer = join.read(path)
    sys.stderr.write(f"This file is {offer.words()}.\nCheck that fingerprint with the "
                     "sender, by phone, before the hub serves the board.\n")
    if not args.yes:
        if not sys.stdin.isatty():
            raise InputError("add --yes to serve the board, once you have checked the "
                             "fingerprint")
        if input("Serve this board? [y/N] ").strip().lower() not in ("y", "yes"):
            raise InputError("not joined; nothing changed")
    served, result = serve.join_board(hub, path, args.store, name=args.name)
    done(f"the hub serves '{served.name}': {result.summary.headline()}")
    return 0


def run_boards(ctx, args) -> None:
    hub = _hub(ctx, args)
    rows = [{"name": b.name, "id": b.board_id, "outbox": str(hub.tray("outbox") / b.slug)}
            for b in hub.boards()]
    if args.json:
        emit_json(rows)
    elif not rows:
        print("the hub serves no board yet: ocgboard hub join FILE --store URL")
    else:
        table(rows, [("name", "Board"), ("id", "Id"), ("outbox", "Answers in")], width=70)


def run_inbox(ctx, args) -> int:
    hub = _hub(ctx, args)
    taken = serve.take_inbox(hub)
    answers = serve.answer(hub)
    if args.json:
        emit_json({"taken": [vars(t) for t in taken],
                   "answers": [{**vars(a), "path": str(a.path)} for a in answers]})
    else:
        for t in taken:
            done(f"{'refused' if t.refused else 'took'} {t.file}"
                 f"{' for ' + t.board if t.board else ''}: {t.words}")
        for a in answers:
            done(f"answered {a.laptop} of {a.board}: {a.records:,} changes in {a.path}")
        if not taken and not answers:
            done("nothing in the inbox, and every board laptop has all the hub holds")
    return 1 if any(t.refused for t in taken) else 0


def run_stats(ctx, args) -> None:
    found = across.gather(_hub(ctx, args), args.start, args.end)
    if args.json:
        emit_json(found.as_dict())
        return
    print(f"Across {len(found.boards)} boards, {dates.day(found.start)} to "
          f"{dates.day(found.end)}")
    rows = [{"board": name, **{k: getattr(f.period, k) for k, _ in FIGURES}}
            for name, f in [*found.boards, ("All boards", found.total)]]
    table(rows, [("board", "Board"), *FIGURES], width=40)
    if found.crossings:
        print(f"\nThreats on two boards ({len(found.crossings)}):")
        for crossing in found.crossings:
            print(f"  {crossing.words()}")


def run_report(ctx, args) -> None:
    made = report.build(_hub(ctx, args), args.output, args.start, args.end)
    done(f"wrote {made.path}: the period report across the boards, {dates.day(made.start)} "
         f"to {dates.day(made.end)}, {made.pages} pages")
