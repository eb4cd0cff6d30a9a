"""Control strategy commands: the strategy in force, its must-win battles, threat areas,
local priorities and own words edited, a new one adopted."""

from __future__ import annotations

import dataclasses

from ocgboard.cli.common import Parser, add_json, done, emit_json, table
from ocgboard.core import (
    control,
    control_adopt,
    control_areas,
    control_coverage,
    control_edit,
    control_view,
    dates,
    plural,
    stats,
    validate,
)
from ocgboard.errors import InputError, NotFound


def register(commands) -> None:
    verbs = commands.add_parser(
        "control", help="the control strategy: threat areas, must-win battles, priorities"
    ).add_subparsers(dest="verb", metavar="VERB", required=True, parser_class=Parser)
    p = verbs.add_parser("show", help="the strategy in force (or --all: every one adopted)")
    p.add_argument("--on", metavar="DATE", help="the strategy in force that day")
    p.add_argument("--all", action="store_true", help="list every strategy adopted")
    add_json(p)
    p.set_defaults(func=show)
    battle = verbs.add_parser("battle", help="the newest strategy's must-win battles"
                              ).add_subparsers(dest="battle_verb", metavar="VERB",
                                               required=True, parser_class=Parser)
    p = battle.add_parser("add", help="add a must-win battle to a threat area")
    p.add_argument("area", help="the threat area's name or number")
    p.add_argument("text", help="the must-win battle")
    p.set_defaults(func=battle_add)
    p = battle.add_parser("edit", help="reword a must-win battle")
    p.add_argument("area", help="the threat area's name or number")
    p.add_argument("number", help="the battle's number in its area")
    p.add_argument("text", help="its new words")
    p.set_defaults(func=battle_edit)
    p = battle.add_parser("withdraw", help="strike a must-win battle from the strategy")
    p.add_argument("area", help="the threat area's name or number")
    p.add_argument("number", help="the battle's number in its area")
    p.set_defaults(func=battle_withdraw)
    area = verbs.add_parser("area", help="the newest strategy's threat areas"
                            ).add_subparsers(dest="area_verb", metavar="VERB", required=True,
                                             parser_class=Parser)
    p = area.add_parser("add", help="add a threat area, which threats may then name")
    p.add_argument("name", help="the threat area, e.g. 'Firearms'")
    p.add_argument("--group", required=True,
                   help="its group: SOC management, commodity, vulnerability, prosperity...")
    p.add_argument("--model", required=True, help="its management model, e.g. force-led")
    p.add_argument("--theme", help="the Strategic Policing Requirement theme it serves")
    p.set_defaults(func=area_add)
    p = area.add_parser("edit", help="change a threat area's management model, group or "
                                     "theme (not its name: threats name areas by it)")
    p.add_argument("area", help="the threat area's name or number")
    p.add_argument("--model", help="its management model, e.g. force-led")
    p.add_argument("--group", help="its group: SOC management, commodity, vulnerability...")
    p.add_argument("--theme", help="one of the strategy's themes ('' for none)")
    p.set_defaults(func=area_edit)
    priority = verbs.add_parser("priority", help="the newest strategy's local priorities"
                                ).add_subparsers(dest="priority_verb", metavar="VERB",
                                                 required=True, parser_class=Parser)
    p = priority.add_parser("add", help="add a local priority, last")
    p.add_argument("text", help="the local priority")
    p.set_defaults(func=priority_add)
    p = priority.add_parser("edit", help="reword a local priority")
    p.add_argument("number", help="its number (as `control show` lists them) or its words")
    p.add_argument("text", help="its new words")
    p.set_defaults(func=priority_edit)
    p = priority.add_parser("withdraw", help="strike a local priority from the strategy")
    p.add_argument("number", help="its number (as `control show` lists them) or its words")
    p.set_defaults(func=priority_withdraw)
    p = verbs.add_parser("edit", help="change the newest strategy's title, aim or themes")
    p.add_argument("--title")
    p.add_argument("--aim", help="what the strategy is for ('' for none)")
    p.add_argument("--themes", metavar="'A; B; C'",
                   help="its themes, separated by ';' ('' for none)")
    p.set_defaults(func=edit)
    p = verbs.add_parser("coverage", help="per threat area of the strategy in force: "
                                          "threats, open and overdue actions, disruptions, "
                                          "strands; per must-win battle of the newest: the "
                                          "live work serving it, or none")
    p.add_argument("--from", dest="start", metavar="DATE",
                   help="first day of the period (default: six months before --to)")
    p.add_argument("--to", dest="end", metavar="DATE", help="last day (default: today)")
    add_json(p)
    p.set_defaults(func=coverage)
    p = verbs.add_parser("adopt", help="adopt a new strategy, starting as a copy of the "
                                       "newest (which is kept for the record)")
    p.add_argument("--title", required=True)
    p.add_argument("--date", required=True, metavar="DATE", help="in force from this day")
    p.set_defaults(func=adopt)


def show(ctx, args) -> None:
    with ctx.read() as s:
        if args.all:
            rows = [control_view.summary(s, row) for row in control.strategies(s)]
            if args.json:
                emit_json(rows)
            for row in [] if args.json else rows:
                until = (f" until {dates.day(row['superseded_on'])}"
                         if row["superseded_on"] else "")
                print(f"{dates.day(row['adopted_on'])}{until}: {row['title']}")
            return
        on = dates.take(args.on, "--on", dates.ANY, ctx.store().clock.today())
        row = control.in_force(s, on)
        if row is None:
            raise NotFound("no control strategy was in force "
                           + (f"on {dates.day(on)}" if on else "today"))
        data = control_view.strategy(s, row)
    if args.json:
        emit_json(data)
    else:
        _print(data)


def _print(data: dict) -> None:
    until = f", superseded {dates.day(data['superseded_on'])}" if data["superseded_on"] else ""
    print(f"{data['title']} (adopted {dates.day(data['adopted_on'])}{until})")
    if data["aim"]:
        print(data["aim"])
    if data["themes"]:
        print("Themes: " + "; ".join(data["themes"]))
    group = None
    for area in data["areas"]:
        if area["group"] != group:
            group = area["group"]
            print(f"\n{group}")
        print(f"  {area['number']}. {area['name']} ({area['management_model']})")
        for battle in area["battles"]:
            print(f"     {battle['number']}. {battle['text']}")
    if data["priorities"]:
        print("\nLocal priorities: " + "; ".join(
            f"{n}. {p}" for n, p in enumerate(data["priorities"], 1)))


def area_add(ctx, args) -> None:
    with ctx.write() as s:
        row = control_areas.add_area(s, args.name, args.group, args.model, args.theme)
        number = len(control.areas(s, control.newest(s)))
        done(f"threat area {number} added: {row.name} ({row.management_model})")


def area_edit(ctx, args) -> None:
    if (args.model, args.group, args.theme) == (None, None, None):
        raise InputError("say what to change: --model, --group or --theme")
    with ctx.write() as s:
        row = control_edit.edit_area(s, control.area(s, args.area),
                                     management_model=args.model, group=args.group,
                                     theme=args.theme)
        done(f"threat area {row.name} changed: {row.management_model}, group "
             f"{row.group_name}, theme {row.theme or 'none'}")


def priority_add(ctx, args) -> None:
    with ctx.write() as s:
        control_edit.add_priority(s, args.text)
        number = len(control.priorities(s, control.newest(s)))
        done(f"local priority {number} added")


def priority_edit(ctx, args) -> None:
    with ctx.write() as s:
        row = control_edit.priority(s, args.number)
        number = _priority_number(s, row)
        control_edit.reword_priority(s, row, args.text)
        done(f"local priority {number} reworded")


def priority_withdraw(ctx, args) -> None:
    with ctx.write() as s:
        row = control_edit.priority(s, args.number)
        number = _priority_number(s, row)
        control_edit.withdraw_priority(s, row)
        done(f"local priority {number} withdrawn: '{row.text}'")


def _priority_number(s, row) -> int:
    return [p.id for p in control.priorities(s, control.newest(s))].index(row.id) + 1


def edit(ctx, args) -> None:
    if (args.title, args.aim, args.themes) == (None, None, None):
        raise InputError("say what to change: --title, --aim or --themes")
    themes = None if args.themes is None else \
        [] if not args.themes.strip() else args.themes.split(";")
    with ctx.write() as s:
        row = control_edit.edit_strategy(s, title=args.title, aim=args.aim, themes=themes)
        changed = [what for what, given in (("title", args.title), ("aim", args.aim),
                                            ("themes", args.themes)) if given is not None]
        done(f"control strategy '{row.title}': {' and '.join(changed)} changed")


def battle_add(ctx, args) -> None:
    with ctx.write() as s:
        row = control.add_battle(s, args.area, args.text)
        where = control.place(s, row)
        done(f"must-win battle {where.number} added to {where.area}")


def battle_edit(ctx, args) -> None:
    with ctx.write() as s:
        row = control.edit_battle(s, control.battle(s, args.area, args.number), args.text)
        where = control.place(s, row)
        done(f"must-win battle {where.number} of {where.area} reworded")


def battle_withdraw(ctx, args) -> None:
    with ctx.write() as s:
        row = control.battle(s, args.area, args.number)
        where = control.place(s, row)
        control.withdraw_battle(s, row)
        done(f"must-win battle {where.number} of {where.area} withdrawn: '{row.text}'")


def adopt(ctx, args) -> None:
    with ctx.write() as s:
        row = control_adopt.adopt(s, args.title, args.date)
        done(f"control strategy '{row.title}' adopted, in force from "
             f"{dates.day(row.adopted_on)}")


def coverage(ctx, args) -> None:
    with ctx.read() as s:
        end = validate.date(args.end, "to date") or ctx.store().clock.today()
        start = validate.date(args.start, "from date") or stats.six_months_to(end)
        validate.date_range(start, end)
        rows = [dataclasses.asdict(c) for c in control_coverage.by_area(s, start, end)]
        battles = dataclasses.asdict(control_coverage.by_battle(s))
    if args.json:
        emit_json({"from": start, "to": end, "areas": rows, "battles": battles})
        return
    print(f"Coverage, {dates.day(start)} to {dates.day(end)} (threats, actions as at "
          f"{dates.day(end)})")
    for row in rows:
        row["strands"] = ", ".join(row["strands"]) or "none"
    table(rows, [("number", "No."), ("name", "Threat area"), ("battles", "Battles"),
                 ("threats", "Threats"), ("open_actions", "Open"), ("overdue", "Overdue"),
                 ("disruptions", "Disruptions"), ("strands", "Strands")], width=40)
    _print_battles(battles)


def _print_battles(data: dict) -> None:
    print(f"\nMust-win battles of '{data['title']}', with the live work serving them today")
    rows = [{**b, "actions": len(b["actions"]), "items": len(b["items"]),
             "work": "NO LIVE ACTION" if b["no_live_action"] else
             ", ".join(w["label"] for w in [*b["actions"], *b["items"]])}
            for b in data["battles"]]
    table(rows, [("number", "No."), ("area", "Threat area"), ("text", "Must-win battle"),
                 ("actions", "Actions"), ("items", "Strategic"), ("work", "Live work")],
          width=40)
    if data["adrift"]:
        print("Live work serving a battle no longer in the strategy: " + "; ".join(
            f"{w['label']} ({w['battle']})" for w in data["adrift"]))
    idle, every = sum(1 for b in data["battles"] if b["no_live_action"]), len(data["battles"])
    print(f"{idle} of {plural.count(every, 'must-win battle')} "
          f"{'has' if every == 1 else 'have'} no live action")
