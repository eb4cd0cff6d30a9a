"""Finding records by what a person types: references, names, id prefixes.

Rows are keyed by UUID; people type a threat's reference, an agency's name
or short name, or the first few characters of an id (as with git hashes).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocgboard.core import validate
from ocgboard.errors import InputError, NotFound
from ocgboard.store.base import Syncable
from ocgboard.store.models import Agency, Person, Tactic, Threat

MIN_PREFIX = 4
_HEX = re.compile(r"^[0-9a-f-]+$")
M = TypeVar("M")
S = TypeVar("S", bound=Syncable)  # a row with a tombstone


def normalise_reference(reference: str) -> str:
    return " ".join(validate.utf8(reference, "reference").split())


def threat(session: Session, reference: str) -> Threat:
    ref = normalise_reference(reference)
    found = session.scalars(
        select(Threat).where(func.lower(Threat.reference) == ref.lower(), ~Threat.deleted)
    ).first()
    if found is None:
        raise NotFound(f"no threat with reference '{ref}'")
    return found


def threat_reference_taken(session: Session, reference: str,
                           except_id: uuid.UUID | None = None) -> bool:
    query = select(Threat.id).where(
        func.lower(Threat.reference) == normalise_reference(reference).lower(), ~Threat.deleted
    )
    if except_id is not None:
        query = query.where(Threat.id != except_id)
    return session.scalar(query) is not None


def agency(session: Session, name: str) -> Agency:
    wanted = " ".join(validate.utf8(name, "agency").split()).lower()
    candidates = session.scalars(select(Agency).where(~Agency.deleted)).all()
    for a in candidates:
        if a.name.lower() == wanted or (a.short_name or "").lower() == wanted:
            return a
    raise NotFound(f"no agency called '{name}' (see: ocgboard agency list)")


def person(session: Session, name: str) -> Person:
    wanted = " ".join(validate.utf8(name, "person").split())
    matches = session.scalars(
        select(Person).where(func.fold(Person.name) == func.fold(wanted), ~Person.deleted)
    ).all()
    if not matches:
        return by_id(session, Person, wanted, "person")
    if len(matches) > 1:
        raise InputError(f"{len(matches)} people are called '{wanted}': give the id instead")
    return matches[0]


def tactic(session: Session, code: str) -> Tactic:
    wanted = validate.utf8(code, "tactic").strip()
    found = session.scalars(
        select(Tactic).where(func.upper(Tactic.code) == wanted.upper(), ~Tactic.deleted)
    ).first()
    return found or by_id(session, Tactic, wanted, "tactic")


def by_id(session: Session, model, prefix: str, label: str):
    """The one live row of `model` whose id starts with `prefix`."""
    key = validate.utf8(prefix, f"{label} id").strip().lower().replace("-", "")
    if len(key) < MIN_PREFIX or not _HEX.match(key):
        raise NotFound(f"no {label} '{prefix}'")
    table = model.__table__
    # Uuid columns are stored as 32 hex characters on SQLite.
    rows = session.execute(
        select(table.c.id).where(func.substr(table.c.id, 1, len(key)) == key,
                                 table.c.deleted.is_(False)).limit(2)
    ).all()
    if not rows:
        raise NotFound(f"no {label} with id '{prefix}'")
    if len(rows) > 1:
        raise InputError(f"id '{prefix}' matches more than one {label}: type more of it")
    return session.get(model, rows[0][0])


def parse_id(text: str | None) -> uuid.UUID | None:
    """A full id (hex) as the desktop's views hold it; None if it is not one."""
    try:
        return uuid.UUID(hex=text) if text else None
    except (TypeError, ValueError, AttributeError):
        return None


def key(text: str, label: str) -> uuid.UUID:
    """A full id (hex) a view passed in; NotFound if it is not an id at all."""
    found = parse_id(text)
    if found is None:
        raise NotFound(f"no {label} with id '{text}'")
    return found


def keys(texts: Iterable[str], label: str) -> list[uuid.UUID]:
    return [key(text, label) for text in texts]


def row(session: Session, model: type[S], row_id: str, label: str, *,
        with_deleted: bool = False, gone: str | None = None) -> S:
    """The row of `model` with this full id (hex), as the desktop's editors and undo
    name rows; NotFound (`gone`, or a plain sentence) once it has gone, deleted
    here or by an import. Undo and redo of an add reach tombstoned rows too
    (`with_deleted`)."""
    wanted = parse_id(row_id)
    found = session.get(model, wanted) if wanted is not None else None
    if found is None or (found.deleted and not with_deleted):
        raise NotFound(gone or f"that {label} no longer exists (deleted, or removed by an "
                                "import)")
    return found


def referenced(session: Session, model: type[M], key: uuid.UUID, label: str) -> M:
    """The row a foreign key (or an id the caller was given) names. The store's
    references keep it there; missing, the store was changed behind our back."""
    found = session.get(model, key)
    if found is None:
        raise NotFound(f"the {label} {short_id(key)} is missing from the store")
    return found


def short_id(value: uuid.UUID) -> str:
    return value.hex[:8]
