"""One search box over the board: threats, members (aliases too) and actions."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ocgboard.core import textsearch, views
from ocgboard.store.models import Action, Member, Threat


@dataclass
class Found:
    threats: list
    members: list  # (Member, threat reference)
    actions: list


def everything(session: Session, text: str, limit: int = 50) -> Found:
    threats = session.scalars(
        select(Threat).where(~Threat.deleted, or_(
            textsearch.like(Threat.reference, text), textsearch.like(Threat.name, text)))
        .order_by(Threat.reference).limit(limit)).all()
    members = session.execute(
        select(Member, Threat.reference).join(Threat, Threat.id == Member.threat_id)
        .where(~Member.deleted, ~Threat.deleted, or_(
            textsearch.like(Member.name, text), textsearch.like(Member.aliases, text)))
        .order_by(Member.name).limit(limit)).all()
    actions = session.scalars(
        select(Action).where(~Action.deleted, textsearch.like(Action.specific, text))
        .order_by(Action.due_on).limit(limit)).all()
    return Found(list(threats), [tuple(row) for row in members], list(actions))


@dataclass(frozen=True)
class Hit:
    """One search result, as the search box lists it."""

    kind: str  # "threat", "member" or "action"
    key: str  # threat reference; member and action ids (hex)
    label: str
    detail: str


def hits(session: Session, text: str, limit: int = 25) -> list[Hit]:
    found = everything(session, text, limit)
    refs = dict(session.execute(select(Threat.id, Threat.reference).where(
        Threat.id.in_([a.threat_id for a in found.actions]))).all()) if found.actions else {}
    result = [Hit("threat", t.reference, f"{t.reference} · {t.name}", t.kind)
              for t in found.threats]
    result += [Hit("member", m.id.hex, m.name,
                   f"member of {ref}" + (f" · aka {', '.join(m.aliases)}" if m.aliases else ""))
               for m, ref in found.members]
    result += [Hit("action", a.id.hex, _short(a.specific),
                   f"{views.label(refs.get(a.threat_id, ''), a.number)} · {a.strand} · {a.status}")
               for a in found.actions]
    return result


def _short(text: str, width: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
