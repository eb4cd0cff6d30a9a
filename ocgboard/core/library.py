"""The tactic library, seeded from the 4P template (seed 003)."""

from __future__ import annotations

import json
from functools import cache

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ocgboard import paths
from ocgboard.core import lookup, textsearch, vocab
from ocgboard.store.models import Tactic

PLACEHOLDER = "OCG number **"
GUIDANCE = ("what", "procedure", "help", "watch")


@cache
def library_file() -> dict:
    with open(paths.resources_dir() / "tactics.json", encoding="utf-8") as fh:
        return json.load(fh)


def seed(session: Session, make_id) -> int:
    """Load the built-in tactics once; a board's own edits to them are kept."""
    if session.scalar(select(func.count()).select_from(Tactic).where(Tactic.builtin)):
        return 0
    rows = library_file()["tactics"]
    for row in rows:
        guidance = row.get("guidance") or {}
        session.add(Tactic(
            id=make_id("tactic", row["code"]), code=row["code"], strand=row["strand"],
            lifestyle_area=row["lifestyle_area"],
            specific=row["specific"], legislation=row.get("legislation") or None,
            default_owner=row["default_owner"], owner_role=row.get("owner_role"),
            measurable=row.get("measurable"), achievable=row.get("achievable"),
            relevant=row.get("relevant"), builtin=True,
            **{f"guidance_{key}": guidance.get(key) for key in GUIDANCE},
        ))
    session.flush()
    return len(rows)


def search(session: Session, *, strand: str | None = None, lifestyle_area: str | None = None,
           agency: str | None = None, text: str | None = None) -> list[Tactic]:
    query = select(Tactic).where(~Tactic.deleted).order_by(Tactic.code)
    if strand:
        query = query.where(Tactic.strand == vocab.canonical("strands", strand))
    if lifestyle_area:
        query = query.where(
            Tactic.lifestyle_area == vocab.canonical("lifestyle_areas", lifestyle_area))
    if agency:
        owner = lookup.agency(session, agency)
        query = query.where(Tactic.default_owner == owner.name)
    if text:
        query = query.where(or_(
            textsearch.like(Tactic.specific, text),
            textsearch.like(Tactic.legislation, text),
            textsearch.like(Tactic.default_owner, text),
            textsearch.like(Tactic.owner_role, text),
        ))
    order = {strand: i for i, strand in enumerate(vocab.values("strands"))}
    return sorted(session.scalars(query), key=lambda t: (order.get(t.strand, 9), t.code))


def fill(text: str | None, reference: str) -> str | None:
    """Put the threat's reference where the template says 'OCG number **'."""
    if text is None:
        return None
    return text.replace(PLACEHOLDER, reference).replace("OCG number**", reference)
