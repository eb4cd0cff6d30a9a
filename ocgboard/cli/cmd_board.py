"""Board-wide commands: init, demo, stats, search."""

from __future__ import annotations

import time

from ocgboard.cli.common import add_json, done, emit_json, table
from ocgboard.core import board, demo, search, stats, views


def register(commands) -> None:
    p = commands.add_parser("init", help="name the board and set up this laptop's store")
    p.add_argument("--board", required=True, metavar="NAME", help="the board's name")
    p.add_argument("--area", help="the area the board covers")
    p.add_argument("--marking", help="protective marking (default OFFICIAL-SENSITIVE)")
    p.add_argument("--device-name", help="a name for this laptop, shown to partners")
    p.add_argument("--operator", help="your name, recorded as the author of changes")
    p.add_argument("--no-passphrase", action="store_true",
                   help="keep this laptop's boards unencrypted (not for real board data)")
    p.set_defaults(func=init)

    p = commands.add_parser("demo", help="fill an empty store with a realistic demo board")
    p.add_argument("--scale", choices=sorted(demo.SCALES), default="small")
    p.add_argument("--seed", type=int, default=2024, help="random seed (same seed, same board)")
    p.set_defaults(func=make_demo)

    p = commands.add_parser("stats", help="period statistics (default: the last six months)")
    p.add_argument("--from", dest="start", metavar="DATE")
    p.add_argument("--to", dest="end", metavar="DATE")
    add_json(p)
    p.set_defaults(func=show_stats)

    p = commands.add_parser("search", help="find threats, members (aliases too) and actions")
    p.add_argument("text")
    add_json(p)
    p.set_defaults(func=find)


def init(ctx, args) -> None:
    with ctx.write(create=True) as s:
        made = board.init(s, args.board, area=args.area, marking=args.marking,
                          device_name=args.device_name, operator=args.operator)
        done(f"board '{made.name}' ready ({made.marking}) in {ctx.store().location}")


def make_demo(ctx, args) -> None:
    started = time.perf_counter()
    with ctx.write(create=True) as s:
        made = demo.generate(s, args.scale, seed=args.seed)
    took = time.perf_counter() - started
    done(f"demo board ({args.scale}): {made['threats']:,} threats, {made['members']:,} members, "
         f"{made['actions']:,} actions, {made['updates']:,} updates, "
         f"{made['disruptions']:,} disruptions, {made['records']:,} change records "
         f"in {took:.1f} s")


def show_stats(ctx, args) -> None:
    with ctx.read() as s:
        figures = stats.collect(s, args.start, args.end)
    if args.json:
        emit_json(figures.as_dict())
        return
    data = figures.as_dict()
    print(f"Period {data['start']} to {data['end']}")
    print(f"  in the period: threats disrupted {data['threats_disrupted']}, dismantled "
          f"{data['threats_dismantled']}, frustrated {data['threats_frustrated']}; "
          f"disruptions (major, moderate or minor) {data['disruptions']}, recorded as none "
          f"{data['disruptions_none']}, as negative {data['disruptions_negative']}; "
          f"actions raised {data['actions_raised']}, completed {data['actions_completed']}")
    print(f"  as at {data['end']}, on live plans: open actions {data['open_actions']}, "
          f"overdue {data['actions_overdue']}; multi-agency threats "
          f"{data['multi_agency_threats']}; reviews overdue {data['reviews_overdue']}")
    for key in ("threats_by_status", "threats_by_band", "actions_by_status", "actions_by_strand",
                "actions_by_agency", "disruptions_by_level", "disruptions_by_agency",
                "disruptions_by_strand"):
        counts = ", ".join(f"{k} {v}" for k, v in data[key].items()) or "none"
        print(f"  {key.replace('_', ' ')}: {counts}")


def find(ctx, args) -> None:
    with ctx.read() as s:
        found = search.everything(s, args.text)
        result = {
            "threats": [views.threat(s, t, full=False) for t in found.threats],
            "members": [dict(views.member(m), threat=ref) for m, ref in found.members],
            "actions": [views.action(s, a) for a in found.actions],
        }
    if args.json:
        emit_json(result)
        return
    print("Threats")
    table(result["threats"], [("reference", "Reference"), ("name", "Name"), ("kind", "Kind")])
    print("Members")
    table(result["members"], [("threat", "Threat"), ("name", "Name"), ("aliases", "Aliases")])
    print("Actions")
    table(result["actions"], [("id", "Id"), ("threat", "Threat"), ("specific", "Action")])
