"""The contact card that introduces this laptop to partners.

The keys themselves, and the device id derived from the signing key, are the
store's (store/identity.py). A card carries the keys and the fingerprint that
covers them, and names the board and the laptop as labels the receiver
confirms; its device id is never written on it but derived from its key, so
no edit of a card can make it claim another laptop's id.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import pyrage

from ocgboard.errors import BoardError, InputError
from ocgboard.store.fingerprint import fingerprint  # verify checks contacts by it too
from ocgboard.store.identity import KEY_FILE, DeviceKeys, device_id, load
from ocgboard.sync import minisig

__all__ = ["CARD_HEADER", "KEY_FILE", "Card", "DeviceKeys", "card", "device_id", "fingerprint",
           "load", "parse_card"]

CARD_HEADER = "ocgboard contact card v2"
OLD_HEADERS = ("ocgboard contact card v1",)
CARD_FIELDS = ("board", "device", "age recipient", "signing key", "fingerprint")


class PublicKeys(Protocol):
    """What a card shows of a laptop's keys: this laptop's, or a card read before."""

    @property
    def recipient(self) -> str: ...

    @property
    def signing_key(self) -> str: ...

    @property
    def fingerprint(self) -> str: ...


def card(keys: PublicKeys, board_name: str, device_name: str) -> str:
    return "\n".join([
        CARD_HEADER,
        f"board: {board_name}",
        f"device: {device_name}",
        f"age recipient: {keys.recipient}",
        f"signing key: {keys.signing_key}",
        f"fingerprint: {keys.fingerprint}",
    ]) + "\n"


@dataclass(frozen=True)
class Card:
    board: str
    device: str
    recipient: str
    signing_key: str
    fingerprint: str

    @property
    def key_id(self) -> str:
        return minisig.parse_public_key(self.signing_key)[0].hex()

    @property
    def device_id(self) -> str:
        return device_id(minisig.parse_public_key(self.signing_key)[1])


def parse_card(text: str) -> Card:
    lines = [line.strip() for line in text.strip().splitlines()]
    if lines and lines[0] in OLD_HEADERS:
        raise InputError("that contact card was made by an older ocgboard, whose device ids "
                         "were not derived from their keys: ask for a new card")
    if not lines or lines[0] != CARD_HEADER:
        raise InputError("that file is not an ocgboard contact card")
    fields = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
    if "device id" in fields:
        raise InputError("the contact card names a device id, which a card never carries (a "
                         "laptop's id is derived from its key): it was altered; not added")
    unknown = sorted(set(fields) - set(CARD_FIELDS))
    if unknown or len(lines) != len(fields) + 1:
        raise InputError("the contact card holds lines ocgboard never writes: it was altered; "
                         "not added")
    try:
        found = Card(fields["board"], fields["device"], fields["age recipient"],
                     fields["signing key"], fields["fingerprint"])
        pyrage.x25519.Recipient.from_str(found.recipient)
        minisig.parse_public_key(found.signing_key)
    except KeyError as exc:
        raise InputError(f"the contact card has no {exc.args[0]} line") from None
    except (pyrage.RecipientError, ValueError, BoardError):
        raise InputError("the contact card's keys are damaged") from None
    if fingerprint(found.recipient, found.signing_key) != found.fingerprint:
        raise InputError("the contact card's fingerprint does not match its keys: "
                         "it was altered or mistyped")
    return found


def sender_card(manifest: dict) -> Card:
    """The card of the laptop a file says sent it, with every check a card gets and
    its device id its key's: to be confirmed by its fingerprint, and kept."""
    given = manifest.get("sender") or {}
    try:
        claimed = Card("", str(given["name"]), str(given["age_recipient"]),
                       str(given["signing_key"]), str(given["fingerprint"]))
        parsed = parse_card(card(claimed, "-", claimed.device))
    except (KeyError, InputError):
        raise BoardError("the file does not say who sent it in a way ocgboard can check: "
                         "refused") from None
    if parsed.device_id != given.get("device"):
        raise BoardError("the file's sender claims a device id that is not its key's: "
                         "refused")
    return parsed
