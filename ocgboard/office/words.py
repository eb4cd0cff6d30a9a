"""An import's plan in the board's words: what will be made, what is there already,
how owners and statuses were read, what needs the chair, and what was not read."""

from __future__ import annotations

from collections import Counter

from ocgboard.core import dates, vocab
from ocgboard.office.preview import Adding, Making, Plan

SHORT = 70


def _short(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= SHORT else text[: SHORT - 1] + "…"


def per_strand(makings: list[Making]) -> str:
    counts = Counter(m.strand for m in makings)
    return ", ".join(f"{s} {counts[s]}" for s in vocab.values("strands") if counts[s])


def lines(plan: Plan) -> list[str]:
    paper = plan.paper
    article = "an" if paper.kind[:1] in "aeiou" else "a"
    said = [f"{paper.name}: {article} {paper.kind}" + (f" ('{_short(paper.title)}')" if paper.title
                                                else "")]
    if plan.named:
        said.append(f"  its title names {plan.named}; --threat is used instead")
    for reference, kind in plan.new_threats.items():
        said.append(f"New threat: {reference} ({kind}) does not exist yet and will be created")
    said += _actions(plan)
    said += _items(plan)
    said += _owners(plan)
    if plan.statuses:
        said.append("Statuses, in the board's words:")
        said += [f"  '{words}' → {status}" for words, status in plan.statuses.items()]
    if plan.unmatched:
        said.append("Owners that are no agency on this board (map each with "
                    "--map \"OWNER=AGENCY\"):")
        said += [f"  '{owner or '(no owner written)'}': {', '.join(where)}"
                 for owner, where in plan.unmatched.items()]
    if plan.unread:
        said.append("Not read, or not as written:")
        said += [f"  {line}" for line in plan.unread]
    if not plan.makes_anything:
        said.append("Nothing to add: everything in the file is on the board already")
    return said


def _actions(plan: Plan) -> list[str]:
    said: list[str] = []
    by_threat: dict[str, list[Making]] = {}
    for m in plan.to_make:
        by_threat.setdefault(m.threat, []).append(m)
    for reference, makings in by_threat.items():
        said.append(f"{len(makings)} action{'s' if len(makings) != 1 else ''} to add to "
                    f"{reference}'s plan ({per_strand(makings)}):")
        said += [f"  {_action(m)}" for m in makings]
    already = [m for m in plan.actions if m.already is not None]
    if already:
        said.append(f"{len(already)} already on the plan, not added again:")
        said += [f"  {m.strand} · {m.already}: {_short(m.fields['specific'])}" for m in already]
    return said


def _action(m: Making) -> str:
    owner = m.owner.agency or "?"
    due = f"due {dates.day(m.due_on)}" if m.due_on else (m.fields["timebound"] or "no due date")
    parts = [m.strand, owner, due] + ([m.status] if m.status != "proposed" else [])
    if m.update_on:
        parts.append(f"update of {dates.day(m.update_on)}")
    elif m.update:
        parts.append("update")
    if m.tactic:
        parts.append(f"tactic {m.tactic}")
    return " · ".join(parts) + f": {_short(m.fields['specific'])}"


def _items(plan: Plan) -> list[str]:
    said: list[str] = []
    if plan.to_add:
        said.append(f"{len(plan.to_add)} item{'s' if len(plan.to_add) != 1 else ''} to add to "
                    "the strategic action plan:")
        said += [f"  {_item(a)}" for a in plan.to_add]
    already = [a for a in plan.items if a.already is not None]
    if already:
        said.append(f"{len(already)} already on the strategic plan, not added again:")
        said += [f"  {a.already or '(earlier in this file)'}: {_short(a.item.action)}"
                 for a in already]
    return said


def _item(a: Adding) -> str:
    number = str(a.number) if a.number is not None else "next number"
    target = a.item.target or (dates.day(a.item.target_on) if a.item.target_on else "")
    trail = f" · {len(a.trail)} dated update{'s' if len(a.trail) != 1 else ''}" \
        if a.trail else ""
    return f"{number} · {a.item.lead_partners or 'no lead'} · {target or 'no target'}{trail}: " \
           f"{_short(a.item.action)}"


def _owners(plan: Plan) -> list[str]:
    read = {(m.row.owner, m.owner.agency, m.owner.how) for m in plan.to_make
            if m.owner.agency and m.owner.how != "name"}
    if not read:
        return []
    return ["Owners read as agencies:"] + [f"  '{owner}' → {agency} ({how})"
                                          for owner, agency, how in sorted(read)]


def as_dict(plan: Plan) -> dict:
    """The plan for --json."""
    return {
        "file": plan.paper.name, "kind": plan.paper.kind, "title": plan.paper.title,
        "new_threats": plan.new_threats,
        "actions": [{"threat": m.threat, "strand": m.strand, "owner": m.owner.agency,
                     "owner_as_written": m.row.owner, "due_on": m.due_on, "status": m.status,
                     "update_on": m.update_on, "update": m.update, "tactic": m.tactic,
                     "already": m.already, "where": m.row.where, **m.fields}
                    for m in plan.actions],
        "items": [{"number": a.number, "action": a.item.action, "already": a.already,
                   "lead_partners": a.item.lead_partners, "target": a.item.target,
                   "target_on": a.item.target_on,
                   "trail": [{"dated_on": on, "status": s, "comment": c} for on, s, c in a.trail]}
                  for a in plan.items],
        "statuses": plan.statuses, "unmatched": plan.unmatched, "unread": plan.unread,
    }
