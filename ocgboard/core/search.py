"""One search box over the board: threats, members (aliases too) and actions."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ocgboard.core import textsearch
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
