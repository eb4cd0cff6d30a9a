"""The address book: partners' cards, trusted for what their role allows.

A 'board' contact is another board laptop (chair or deputy): it may receive
and send full replicas. An 'agency' contact belongs to one agency: it gets
that agency's extract and may only return changes within it.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocgboard import clock
from ocgboard.core import lookup, validate
from ocgboard.errors import InputError, NotFound
from ocgboard.store.models import Agency, Contact, Device
from ocgboard.sync.keys import Card


def add(session: Session, card: Card, *, agency: str | None = None, board: bool = False,
        name: str | None = None) -> Contact:
    if bool(agency) == bool(board):
        raise InputError("say whose card this is: --agency AGENCY, or --board for "
                         "another board laptop")
    owner = lookup.agency(session, agency) if agency else None
    for existing in listing(session):
        if existing.key_id == card.key_id:
            raise InputError(f"that card is already in the address book as '{existing.name}'")
        if existing.device_uuid == card.device_id:
            raise InputError(f"that card claims the device id of '{existing.name}', with other "
                             "keys: it was altered; not added")
    local = session.scalar(select(Device.uuid).where(Device.is_local))
    if card.device_id == local:
        raise InputError("that card claims this laptop's own device id: it was altered; "
                         "not added")
    contact = Contact(
        name=validate.name(name or card.device, "contact name"),
        role="agency" if owner else "board", agency_id=owner.id if owner else None,
        board_name=card.board, device_uuid=card.device_id, age_recipient=card.recipient,
        signing_key=card.signing_key, key_id=card.key_id, fingerprint=card.fingerprint,
        removed=False, sent_upto=0, added_at=clock.of(session).stamp())
    session.add(contact)
    session.flush()
    return contact


def listing(session: Session) -> list[Contact]:
    return list(session.scalars(select(Contact).where(~Contact.removed).order_by(Contact.name)))


def get(session: Session, name: str) -> Contact:
    wanted = validate.utf8(name, "contact").strip().lower()
    for contact in listing(session):
        if wanted in (contact.name.lower(), contact.fingerprint.lower(), contact.key_id):
            return contact
    raise NotFound(f"no contact called '{name}' (see: ocgboard keys list)")


def remove(session: Session, name: str) -> Contact:
    contact = get(session, name)
    contact.removed = True
    session.flush()
    return contact


def by_key_id(session: Session, key_id: bytes) -> Contact | None:
    return session.scalars(select(Contact).where(
        Contact.key_id == key_id.hex(), ~Contact.removed)).first()


def for_agency(session: Session, agency: Agency) -> list[Contact]:
    return list(session.scalars(select(Contact).where(
        Contact.agency_id == agency.id, ~Contact.removed)))


def agency_name(session: Session, contact: Contact) -> str | None:
    if contact.agency_id is None:
        return None
    found = session.get(Agency, contact.agency_id)
    return found.name if found else None
