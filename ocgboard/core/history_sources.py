"""Where a change came from, when another laptop made it: "from DWP's return of
5 Dec 2026", "from Deputy's replica of 1 Dec 2026", "from the board's extract of
3 Dec 2026".

The log does not say which import brought a record, but it says which laptop
made it, the address book says whose that laptop is, and the exchange log when
this laptop imported a file from it. A record came in with the first import
from its laptop after it was made (a record cannot arrive before it exists);
failing that, the last. An agency's laptop holds the board's records only as
its latest extract gave them. A laptop no contact names says nothing.
"""

from __future__ import annotations

import bisect
import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard.core.history_feed import DeviceInfo
from ocgboard.core.history_names import day
from ocgboard.store import record
from ocgboard.store.models import Agency, Contact, ExchangeLog


class Sources:
    def __init__(self, session: Session, devices: dict[int, DeviceInfo]):
        self.devices = devices
        agencies = {a.id: a.short_name or a.name for a in session.scalars(select(Agency))}
        self.contacts: dict[str, tuple[int, str]] = {}  # device id -> (contact, how named)
        for contact in session.scalars(select(Contact)):
            whose = agencies.get(contact.agency_id) if contact.agency_id else None
            said = f"{whose}'s return" if contact.role == "agency" and whose \
                else f"{contact.name}'s replica"
            self.contacts[contact.device_uuid] = (contact.id, said)
        self.imports: dict[int | None, list[dt.datetime]] = {}
        for contact_id, at in session.execute(
                select(ExchangeLog.contact_id, ExchangeLog.at)
                .where(ExchangeLog.direction == "import").order_by(ExchangeLog.at)):
            self.imports.setdefault(contact_id, []).append(at)

    def of(self, device: int, when: dt.datetime) -> str:
        """Where a record this device made at `when` (aware) came from; "" if made here."""
        info = self.devices[device]
        if info.is_local:
            return ""
        if info.uuid == record.BOARD:
            every = sorted(at for ats in self.imports.values() for at in ats)
            return f"from the board's extract of {_day(every[-1])}" if every else ""
        known = self.contacts.get(info.uuid)
        if known is None:
            return ""
        contact, said = known
        ats = self.imports.get(contact, [])
        if not ats:
            return ""
        made = when.astimezone(dt.UTC).replace(tzinfo=None)  # as the exchange log keeps it
        at = bisect.bisect_left(ats, made)
        return f"from {said} of {_day(ats[min(at, len(ats) - 1)])}"


def _day(at: dt.datetime) -> str:
    """The local day of a time the store keeps (naive UTC)."""
    return day(at.replace(tzinfo=dt.UTC).astimezone().date())
