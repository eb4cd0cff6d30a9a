"""4P plan commands: tactic, plan, action, strategy (the disruption log: cmd_disruptions)."""

from __future__ import annotations

from ocgboard.cli.common import (
    Parser,
    add_handling,
    add_json,
    done,
    emit_json,
    handling,
    table,
)
from ocgboard.core import dates, library, lookup, plans, sharing, strategy, views
from ocgboard.errors import InputError
from ocgboard.store.models import Action

BATTLE = ("the must-win battle of the control strategy it serves: its numbers as "
          "'control show' gives them (4.2) or its words")
CLEAR = "; 'none' for no battle"

ACTION_COLUMNS = [("id", "Id"), ("threat", "Threat"), ("number", "No."), ("strand", "Strand"),
                  ("owner", "Owner"), ("status", "Status"), ("rag_label", "RAG"),
                  ("due_on", "Due"), ("specific", "Specific")]


def _verbs(commands, name: str, text: str):
    return commands.add_parser(name, help=text).add_subparsers(
        dest="verb", metavar="VERB", required=True, parser_class=Parser)


def register(commands) -> None:
    _tactic(_verbs(commands, "tactic", "the tactic library"))
    _plan(_verbs(commands, "plan", "add tactics or free-text actions to a threat's 4P plan"))
    _action(_verbs(commands, "action", "actions: the chase list and status updates"))
    _strategy(_verbs(commands, "strategy", "the board's strategic action plan"))


def _tactic(verbs) -> None:
    p = verbs.add_parser("list", help="search the library")
    p.add_argument("--strand")
    p.add_argument("--lifestyle", help="lifestyle area: lifestyle, behaviour, vehicles, ...")
    p.add_argument("--agency", help="default owner")
    p.add_argument("--text", help="words in the tactic, its legislation or owner")
    add_json(p)
    p.set_defaults(func=tactic_list)
    p = verbs.add_parser("show", help="a tactic with its guidance")
    p.add_argument("code")
    add_json(p)
    p.set_defaults(func=tactic_show)


def tactic_list(ctx, args) -> None:
    with ctx.read() as s:
        rows = [views.tactic(t) for t in library.search(
            s, strand=args.strand, lifestyle_area=args.lifestyle, agency=args.agency,
            text=args.text)]
    if args.json:
        emit_json(rows)
    else:
        table(rows, [("code", "Code"), ("strand", "Strand"), ("lifestyle_area", "Area"),
                     ("default_owner", "Owner"), ("specific", "Tactic")], width=70)


def tactic_show(ctx, args) -> None:
    with ctx.read() as s:
        data = views.tactic(lookup.tactic(s, args.code), full=True)
    if args.json:
        emit_json(data)
        return
    for key in ("code", "strand", "lifestyle_area", "default_owner", "owner_role",
                "legislation", "specific", "measurable", "achievable", "relevant"):
        print(f"{key.replace('_', ' '):>15}: {data[key] or ''}")
    for key, value in data["guidance"].items():
        print(f"{('guidance: ' + key):>15}: {value or ''}")


def _plan(verbs) -> None:
    p = verbs.add_parser("add", help="add a library tactic (--tactic) or free text (--text)")
    p.add_argument("reference")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--tactic", metavar="CODE")
    source.add_argument("--text")
    p.add_argument("--strand", help="strand of a free-text action")
    p.add_argument("--owner", metavar="AGENCY", help="owner agency (default: the tactic's)")
    p.add_argument("--person", help="named owner within the agency")
    p.add_argument("--due", metavar="DATE")
    p.add_argument("--battle", help=BATTLE)
    for field in ("measurable", "achievable", "relevant", "timebound"):
        p.add_argument(f"--{field}")
    p.set_defaults(func=plan_add)


def plan_add(ctx, args) -> None:
    smart = {k: getattr(args, k) for k in ("measurable", "achievable", "relevant", "timebound")}
    with ctx.write() as s:
        threat = lookup.threat(s, args.reference)
        if args.tactic:
            made = plans.add_from_tactic(s, threat, lookup.tactic(s, args.tactic),
                                         owner=args.owner, person=args.person,
                                         due_on=args.due, battle=args.battle, **smart)
        else:
            if not args.strand or not args.owner:
                raise InputError("a free-text action needs --strand and --owner")
            made = plans.add_free(s, threat, args.text, args.strand, owner=args.owner,
                                  person=args.person, due_on=args.due, battle=args.battle,
                                  **smart)
        done(f"action {made.id.hex[:8]} added to {threat.reference}'s plan as "
             f"{views.label(threat.reference, made.number)} ({made.strand})")


def _action(verbs) -> None:
    p = verbs.add_parser("list", help="every action: filter by agency, strand, status, due")
    p.add_argument("--threat", metavar="REF")
    p.add_argument("--agency")
    p.add_argument("--strand")
    p.add_argument("--status")
    p.add_argument("--open", action="store_true", help="only open actions")
    p.add_argument("--overdue", action="store_true")
    p.add_argument("--due-before", metavar="DATE")
    add_json(p)
    p.set_defaults(func=action_list)
    p = verbs.add_parser("show", help="an action with its progress trail")
    p.add_argument("id")
    add_json(p)
    p.set_defaults(func=action_show)
    p = verbs.add_parser("update", help="change status (or note progress) with a comment")
    p.add_argument("id")
    p.add_argument("--status")
    p.add_argument("--comment", required=True)
    p.add_argument("--on", metavar="DATE", help="date of the update (default today)")
    add_handling(p, "update")
    p.set_defaults(func=action_update)
    p = verbs.add_parser("edit", help="change an action's SMART fields, owner, due date or "
                                      "the must-win battle it serves")
    p.add_argument("id")
    p.add_argument("--owner")
    p.add_argument("--person")
    p.add_argument("--due")
    p.add_argument("--battle", help=BATTLE + CLEAR)
    p.add_argument("--rag", dest="rag_override", help="red, amber, green or auto")
    for field in ("specific", "measurable", "achievable", "relevant", "timebound"):
        p.add_argument(f"--{field}")
    p.set_defaults(func=action_edit)
    p = verbs.add_parser("withdraw", help="strike an action off its plan, with the reason "
                                          "(it keeps its number)")
    p.add_argument("id")
    p.add_argument("--reason", required=True)
    p.add_argument("--on", metavar="DATE", help="date of the withdrawal (default today)")
    add_handling(p, "reason")
    p.set_defaults(func=action_withdraw)


def action_list(ctx, args) -> None:
    with ctx.read() as s:
        threat = lookup.threat(s, args.threat) if args.threat else None
        found = plans.listing(s, threat=threat, agency=args.agency, strand=args.strand,
                              status=args.status, open_only=args.open, overdue=args.overdue,
                              due_before=args.due_before)
        rows = [views.action(s, a) for a in found]
    emit_json(rows) if args.json else table(rows, ACTION_COLUMNS, width=50)


def action_show(ctx, args) -> None:
    with ctx.read() as s:
        action = lookup.by_id(s, Action, args.id, "action")
        data = views.action(s, action)
        data["updates"] = [views.update(u) for u in plans.trail(s, action)]
    if args.json:
        emit_json(data)
        return
    for key in ("id", "label", "strand", "owner", "owner_person", "status", "rag_label",
                "due_on", "specific", "measurable", "achievable", "relevant", "timebound",
                "battle"):
        print(f"{key.replace('_', ' '):>12}: {data[key] or ''}")
    print("\nProgress")
    shown = [{**u, "comment": sharing.marked(u["comment"], u["board_only"])}
             for u in data["updates"]]
    table(shown, [("dated_on", "Date"), ("status", "Status"), ("author", "By"),
                  ("comment", "Comment")], width=70)


def action_update(ctx, args) -> None:
    with ctx.write() as s:
        action = lookup.by_id(s, Action, args.id, "action")
        entry = plans.change_status(s, action, args.status, args.comment, on=args.on,
                                    board_only=args.board_only)
        done(f"action {action.id.hex[:8]} is {action.status} (update of {entry.dated_on})"
             f"{handling(entry.board_only)}")


def action_withdraw(ctx, args) -> None:
    with ctx.write() as s:
        action = lookup.by_id(s, Action, args.id, "action")
        entry = plans.withdraw(s, action, args.reason, on=args.on, board_only=args.board_only)
        cited = views.action(s, action)["label"]
        done(f"action {cited} withdrawn on {dates.day(entry.dated_on)}: it keeps its number"
             f"{handling(entry.board_only)}")


def action_edit(ctx, args) -> None:
    smart = {k: getattr(args, k) for k in plans.SMART}
    with ctx.write() as s:
        action = lookup.by_id(s, Action, args.id, "action")
        plans.edit(s, action, owner=args.owner, person=args.person, due_on=args.due,
                   rag_override=args.rag_override, battle=args.battle, **smart)
        done(f"action {action.id.hex[:8]} updated")


def _strategy(verbs) -> None:
    p = verbs.add_parser("add", help="add an item to the strategic action plan")
    p.add_argument("--action", required=True, help="the strategic action")
    p.add_argument("--lead", help="lead partners")
    p.add_argument("--target", help="target, as worded (e.g. 'March 2025')")
    p.add_argument("--target-on", metavar="DATE")
    p.add_argument("--deliverables")
    p.add_argument("--number", type=int)
    p.add_argument("--battle", help=BATTLE)
    p.set_defaults(func=strategy_add)
    p = verbs.add_parser("edit", help="change an item: the must-win battle it serves")
    p.add_argument("number")
    p.add_argument("--battle", required=True, help=BATTLE + CLEAR)
    p.set_defaults(func=strategy_edit)
    p = verbs.add_parser("list", help="the strategic action plan")
    add_json(p)
    p.set_defaults(func=strategy_list)
    p = verbs.add_parser("update", help="record progress on an item")
    p.add_argument("number")
    p.add_argument("--status", help="awaiting review, being progressed or complete")
    p.add_argument("--comment")
    p.add_argument("--on", metavar="DATE")
    p.set_defaults(func=strategy_update)


def strategy_add(ctx, args) -> None:
    with ctx.write() as s:
        item = strategy.add(s, args.action, lead_partners=args.lead, target=args.target,
                            target_on=args.target_on, deliverables=args.deliverables,
                            number=args.number, battle=args.battle)
        done(f"strategy item {item.number} added")


def strategy_edit(ctx, args) -> None:
    with ctx.write() as s:
        item = strategy.get(s, args.number)
        strategy.edit(s, item, battle=args.battle)
        serves = views.strategy_item(s, item)["battle"] or "no must-win battle"
        done(f"strategy item {item.number} serves {serves}")


def strategy_list(ctx, args) -> None:
    with ctx.read() as s:
        rows = [views.strategy_item(s, i) for i in strategy.listing(s)]
    if args.json:
        emit_json(rows)
    else:
        table(rows, [("number", "No."), ("action", "Action"), ("lead_partners", "Lead"),
                     ("target", "Target"), ("status", "Status"), ("battle", "Battle")],
              width=50)


def strategy_update(ctx, args) -> None:
    with ctx.write() as s:
        item = strategy.get(s, args.number)
        strategy.update(s, item, status=args.status, comment=args.comment, on=args.on)
        done(f"strategy item {item.number} is {item.status}")
