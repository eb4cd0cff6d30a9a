"""The register's commands: agency, person, ocg (every threat kind), member."""

from __future__ import annotations

from ocgboard.cli.common import add_json, done, emit_json, table
from ocgboard.core import agencies, lookup, members, plans, views
from ocgboard.core import disruptions as disruption_log
from ocgboard.core import register as threats

THREAT_OPTIONS = (
    ("--kind", "kind", "OCG, Priority Individual or Vulnerability"),
    ("--status", "status", "active, dormant, dismantled or archived"),
    ("--band", "band", "OCGM band, e.g. 2B, or unscored"),
    ("--areas", "threat_areas", "threat areas, comma-separated (control strategy)"),
    ("--model", "management_model", "management model, e.g. force-led"),
    ("--corruption", "extent_corruption", "infiltration/corruption/subversion extent"),
    ("--awareness", "extent_awareness", "tactical awareness extent"),
    ("--violence", "extent_violence", "violent capability extent"),
    ("--lro", "lro_id", "Lead Responsible Officer (person)"),
    ("--sro", "sro_id", "Senior Responsible Officer (person)"),
    ("--lead-agency", "lead_agency_id", "lead agency"),
    ("--area", "area", "geographical area"),
    ("--mapped", "mapped_on", "date mapped"),
    ("--assessed", "last_assessed_on", "date last assessed"),
    ("--review", "next_review_on", "date of next review"),
    ("--summary", "summary", "narrative summary"),
    ("--disseminable", "disseminable", "yes if partners may see the threat: its name, band, "
                                       "areas, officers and summary"),
)
THREAT_COLUMNS = [("reference", "Reference"), ("name", "Name"), ("kind", "Kind"),
                  ("status", "Status"), ("band", "Band"), ("area", "Area"), ("lro", "LRO"),
                  ("next_review_on", "Review")]


def register(commands) -> None:
    _agency(commands.add_parser("agency", help="partner agencies").add_subparsers(
        dest="verb", metavar="VERB", required=True))
    _person(commands.add_parser("person", help="people in partner agencies").add_subparsers(
        dest="verb", metavar="VERB", required=True))
    _threat(commands.add_parser("ocg", help="the threat register (OCGs, PIs, vulnerabilities)")
            .add_subparsers(dest="verb", metavar="VERB", required=True))
    _member(commands.add_parser("member", help="members of a threat").add_subparsers(
        dest="verb", metavar="VERB", required=True))


def _agency(verbs) -> None:
    p = verbs.add_parser("add", help="add a partner agency")
    p.add_argument("name")
    p.add_argument("--short", help="short name, e.g. DWP")
    p.set_defaults(func=agency_add)
    p = verbs.add_parser("list", help="list agencies")
    add_json(p)
    p.set_defaults(func=agency_list)


def agency_add(ctx, args) -> None:
    with ctx.write() as s:
        made = agencies.add_agency(s, args.name, args.short)
        done(f"agency '{made.name}' added")


def agency_list(ctx, args) -> None:
    with ctx.read() as s:
        rows = [views.agency(a) for a in agencies.list_agencies(s)]
    emit_json(rows) if args.json else table(rows, [("name", "Agency"), ("short_name", "Short")])


def _person(verbs) -> None:
    p = verbs.add_parser("add", help="add a person")
    p.add_argument("name")
    p.add_argument("--agency")
    p.add_argument("--role")
    p.add_argument("--email")
    p.add_argument("--phone")
    p.set_defaults(func=person_add)
    p = verbs.add_parser("list", help="list people")
    p.add_argument("--agency")
    add_json(p)
    p.set_defaults(func=person_list)


def person_add(ctx, args) -> None:
    with ctx.write() as s:
        made = agencies.add_person(s, args.name, args.agency, args.role, args.email, args.phone)
        done(f"{made.name} added ({made.id.hex[:8]})")


def person_list(ctx, args) -> None:
    with ctx.read() as s:
        rows = [views.person(s, p) for p in agencies.list_people(s, args.agency)]
    if args.json:
        emit_json(rows)
    else:
        table(rows, [("name", "Name"), ("agency", "Agency"), ("role", "Role"),
                     ("email", "Email")])


def _threat(verbs) -> None:
    p = verbs.add_parser("add", help="add a threat to the register")
    p.add_argument("reference", help="e.g. 'OCG 05/00283'")
    p.add_argument("--name", required=True)
    for flag, dest, text in THREAT_OPTIONS:
        p.add_argument(flag, dest=dest, help=text)
    p.set_defaults(func=threat_add)
    p = verbs.add_parser("edit", help="change a threat's fields")
    p.add_argument("reference")
    p.add_argument("--reference", dest="new_reference", metavar="NEW")
    p.add_argument("--name")
    for flag, dest, text in THREAT_OPTIONS:
        p.add_argument(flag, dest=dest, help=text)
    p.set_defaults(func=threat_edit)
    p = verbs.add_parser("list", help="list the register")
    p.add_argument("--kind")
    p.add_argument("--status")
    p.add_argument("--band")
    p.add_argument("--area")
    p.add_argument("--lro")
    p.add_argument("--all", action="store_true", help="include dismantled and archived")
    p.add_argument("--review-due", type=int, metavar="DAYS", help="review due within DAYS")
    p.add_argument("--overdue-review", action="store_true")
    add_json(p)
    p.set_defaults(func=threat_list)
    p = verbs.add_parser("show", help="a threat's profile, members, plan and disruptions")
    p.add_argument("reference")
    add_json(p)
    p.set_defaults(func=threat_show)
    p = verbs.add_parser("archive", help="archive a threat (it stays in the history)")
    p.add_argument("reference")
    p.set_defaults(func=threat_archive)


def _threat_fields(args) -> dict:
    return {dest: getattr(args, dest) for _, dest, _ in THREAT_OPTIONS
            if getattr(args, dest) is not None}


def threat_add(ctx, args) -> None:
    with ctx.write() as s:
        made = threats.add(s, args.reference, args.name, **_threat_fields(args))
        done(f"{made.kind} {made.reference} '{made.name}' added")


def threat_edit(ctx, args) -> None:
    fields = _threat_fields(args)
    if args.name is not None:
        fields["name"] = args.name
    if args.new_reference is not None:
        fields["reference"] = args.new_reference
    with ctx.write() as s:
        threat = threats.edit(s, lookup.threat(s, args.reference), **fields)
        done(f"{threat.reference} updated")


def threat_list(ctx, args) -> None:
    with ctx.read() as s:
        found = threats.listing(s, kind=args.kind, status=args.status, band=args.band,
                                 area=args.area, lro=args.lro, include_closed=args.all,
                                 review_due_within=args.review_due,
                                 overdue_review=args.overdue_review)
        rows = [views.threat(s, t, full=args.json) for t in found]
    emit_json(rows) if args.json else table(rows, THREAT_COLUMNS)


def threat_show(ctx, args) -> None:
    with ctx.read() as s:
        threat = lookup.threat(s, args.reference)
        data = views.threat(s, threat)
        data["members"] = [views.member(m) for m in members.listing(s, threat)]
        data["actions"] = [views.action(s, a, threat_ref=threat.reference)
                           for a in plans.listing(s, threat=threat)]
        data["disruptions"] = [views.disruption(s, d)
                               for d in disruption_log.listing(s, threat=threat)]
    if args.json:
        emit_json(data)
        return
    for key in ("reference", "name", "kind", "status", "band", "threat_areas",
                "management_model", "lro", "sro", "lead_agency", "area", "mapped_on",
                "last_assessed_on", "next_review_on", "summary"):
        value = data[key]
        shown = ", ".join(value) if isinstance(value, list) else value or ""
        print(f"{key.replace('_', ' '):>18}: {shown}")
    print("\nMembers")
    table(data["members"], [("name", "Name"), ("standing", "Standing"), ("aliases", "Aliases")])
    print("\n4P plan")
    table(data["actions"], [("id", "Id"), ("strand", "Strand"), ("owner", "Owner"),
                            ("status", "Status"), ("rag_label", "RAG"), ("due_on", "Due"),
                            ("specific", "Specific")], width=50)
    print("\nDisruptions")
    table(data["disruptions"], [("dated_on", "Date"), ("agency", "Agency"), ("level", "Level"),
                                ("justification", "Justification")])


def threat_archive(ctx, args) -> None:
    with ctx.write() as s:
        threat = threats.archive(s, lookup.threat(s, args.reference))
        done(f"{threat.reference} archived")


def _member(verbs) -> None:
    p = verbs.add_parser("add", help="add a member to a threat")
    p.add_argument("reference")
    p.add_argument("--name", required=True)
    p.add_argument("--aliases", help="comma-separated")
    p.add_argument("--dob", help="date of birth")
    p.add_argument("--standing", help="Principal Subject, Significant Group Member, ...")
    p.add_argument("--roles")
    p.add_argument("--disseminable", default="no", help="yes if partners may see this record")
    p.set_defaults(func=member_add)
    p = verbs.add_parser("list", help="list members (of one threat, or all)")
    p.add_argument("reference", nargs="?")
    add_json(p)
    p.set_defaults(func=member_list)


def member_add(ctx, args) -> None:
    with ctx.write() as s:
        threat = lookup.threat(s, args.reference)
        made = members.add(s, threat, args.name, aliases=args.aliases, date_of_birth=args.dob,
                           standing=args.standing, roles=args.roles,
                           disseminable=args.disseminable)
        done(f"{made.name} added to {threat.reference}")


def member_list(ctx, args) -> None:
    with ctx.read() as s:
        threat = lookup.threat(s, args.reference) if args.reference else None
        rows = [views.member(m) for m in members.listing(s, threat)]
    if args.json:
        emit_json(rows)
    else:
        table(rows, [("name", "Name"), ("standing", "Standing"), ("aliases", "Aliases"),
                     ("date_of_birth", "Born"), ("disseminable", "Shareable")])
