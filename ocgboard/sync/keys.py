"""This laptop's keys, and the contact card that introduces it to partners.

Each install has an age X25519 identity (others encrypt to it) and an
Ed25519 signing key (it signs what it sends). Both live in one 0600 file in
the keys folder, created on first use. The fingerprint is short enough to
read out over the phone when a card arrives by email.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ocgboard import files, paths
from ocgboard.errors import BoardError, InputError
from ocgboard.store.fingerprint import fingerprint  # verify checks contacts by it too
from ocgboard.sync import minisig

KEY_FILE = "device-keys.json"
CARD_HEADER = "ocgboard contact card v1"


@dataclass
class DeviceKeys:
    identity: pyrage.x25519.Identity
    signer: Ed25519PrivateKey
    key_id: bytes

    @property
    def recipient(self) -> str:
        return str(self.identity.to_public())

    @property
    def public(self) -> bytes:
        return self.signer.public_key().public_bytes(serialization.Encoding.Raw,
                                                     serialization.PublicFormat.Raw)

    @property
    def signing_key(self) -> str:
        return minisig.public_key_text(self.key_id, self.public)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.recipient, self.signing_key)


def load(folder: Path | None = None, *, create: bool = True) -> DeviceKeys:
    path = (folder or paths.keys_dir()) / KEY_FILE
    if not path.exists():
        if not create:
            raise BoardError("this laptop has no keys yet: run 'ocgboard keys show'")
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        keys = DeviceKeys(pyrage.x25519.Identity.generate(), Ed25519PrivateKey.generate(),
                          os.urandom(8))
        _save(path, keys)
        return keys
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        seed = base64.b64decode(data["ed25519_seed"])
        return DeviceKeys(pyrage.x25519.Identity.from_str(data["age_identity"]),
                          Ed25519PrivateKey.from_private_bytes(seed),
                          bytes.fromhex(data["key_id"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise BoardError(f"this laptop's key file {path} is damaged ({exc})") from None


def _save(path: Path, keys: DeviceKeys) -> None:
    seed = keys.signer.private_bytes(serialization.Encoding.Raw,
                                     serialization.PrivateFormat.Raw,
                                     serialization.NoEncryption())
    data = {"age_identity": str(keys.identity),
            "ed25519_seed": base64.b64encode(seed).decode(),
            "key_id": keys.key_id.hex(), "fingerprint": keys.fingerprint}
    files.write_private(path, json.dumps(data, indent=2).encode(), "key file")


def card(keys: DeviceKeys, board_name: str, device_name: str, device_id: str) -> str:
    return "\n".join([
        CARD_HEADER,
        f"board: {board_name}",
        f"device: {device_name}",
        f"device id: {device_id}",
        f"age recipient: {keys.recipient}",
        f"signing key: {keys.signing_key}",
        f"fingerprint: {keys.fingerprint}",
    ]) + "\n"


@dataclass(frozen=True)
class Card:
    board: str
    device: str
    device_id: str
    recipient: str
    signing_key: str
    fingerprint: str

    @property
    def key_id(self) -> str:
        return minisig.parse_public_key(self.signing_key)[0].hex()


def parse_card(text: str) -> Card:
    lines = [line.strip() for line in text.strip().splitlines()]
    if not lines or lines[0] != CARD_HEADER:
        raise InputError("that file is not an ocgboard contact card")
    fields = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
    try:
        found = Card(fields["board"], fields["device"], fields["device id"],
                     fields["age recipient"], fields["signing key"], fields["fingerprint"])
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
