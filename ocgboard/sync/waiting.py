"""Records held back: what waits, for whom, and the chair's way to let it go.

The import holds a record back when it follows a record, or supersedes one,
that this laptop has not got (chains.py). Honest exchanges release them at
a later import; what a hostile or broken laptop sent may wait for ever, and
the chair may discard it, device by device. Discarding applies nothing: it
only forgets records that were never part of the board.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ocgboard.errors import NotFound
from ocgboard.store.models import Device, HeldRecord


@dataclass(frozen=True)
class Waiting:
    device: str
    name: str
    records: int
    first: int
    last: int
    reason: str


def listing(session: Session) -> list[Waiting]:
    names = {uuid: name for uuid, name in session.execute(select(Device.uuid, Device.name))}
    found = session.execute(
        select(HeldRecord.device, func.count(), func.min(HeldRecord.seq),
               func.max(HeldRecord.seq), func.min(HeldRecord.reason))
        .group_by(HeldRecord.device).order_by(HeldRecord.device)).all()
    return [Waiting(device, names.get(device) or f"device {device[:8]}", count, first, last,
                    reason) for device, count, first, last, reason in found]


def discard(session: Session, device: str) -> Waiting:
    """Forget every record held back from one device (named by its id or its start)."""
    wanted = device.strip().lower()
    matches = [w for w in listing(session) if wanted and w.device.startswith(wanted)]
    if len(matches) != 1:
        raise NotFound(f"no single device with records held back starts with '{device}' "
                       "(see: ocgboard held list)")
    session.execute(delete(HeldRecord).where(HeldRecord.device == matches[0].device))
    session.flush()
    return matches[0]
