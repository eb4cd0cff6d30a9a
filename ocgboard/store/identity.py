"""Who a laptop is: its keys, the device id derived from them, and its signed heads.

Each install has an age X25519 identity (others encrypt to it) and an
Ed25519 signing key (it signs what it sends). Both live in one 0600 file in
the keys folder, created on first use and sealed under the laptop's lock. A
device's id is a hash of its signing key, so no card, file or backup can
claim another laptop's id: to write records as a device, one needs that
device's secret key.

A device vouches for its own records by signing the head of its chain (its
last sequence number and hash) for one board; since each record's hash
covers the one before, the signed head vouches for the whole chain below it,
and a laptop that passes another's records on can neither forge nor alter
one of them.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from ocgboard import files, paths
from ocgboard.errors import BoardError
from ocgboard.store import vault
from ocgboard.store.fingerprint import fingerprint

KEY_FILE = "device-keys.json"  # sealed under the laptop's lock, where it has one
SEALED_AS = "device keys"
ALG_KEY = b"Ed"  # minisign's public key algorithm tag
HEAD_CONTEXT = b"ocgboard signed head v1"
SEP = b"\x1f"


def device_id(public: bytes) -> str:
    """The device id of a signing key: 128 bits of its hash, as hex."""
    if len(public) != 32:
        raise BoardError("a device's signing key is 32 bytes")
    return hashlib.sha256(b"ocgboard device id\x00" + public).digest()[:16].hex()


def public_key_text(key_id: bytes, public: bytes) -> str:
    """A signing key as minisign writes a public key."""
    return base64.b64encode(ALG_KEY + key_id + public).decode("ascii")


def parse_public_key(text: str) -> tuple[bytes, bytes]:
    """(key id, raw public key) from minisign's base64 public key."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise BoardError("the signing key is not a minisign public key") from None
    if len(raw) != 42 or raw[:2] != ALG_KEY:
        raise BoardError("the signing key is not a minisign public key")
    return raw[2:10], raw[10:]


def head_message(board_id: str, device: str, seq: int, digest: bytes) -> bytes:
    """What a device signs to vouch for its chain up to `seq`, on one board only."""
    return SEP.join((HEAD_CONTEXT, board_id.encode("ascii"), device.encode("ascii"),
                     str(seq).encode("ascii"), digest.hex().encode("ascii")))


def head_holds(public: bytes, signature: bytes, board_id: str, device: str, seq: int,
               digest: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(
            signature, head_message(board_id, device, seq, digest))
    except (InvalidSignature, ValueError):
        return False
    return True


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
    def device_id(self) -> str:
        return device_id(self.public)

    @property
    def signing_key(self) -> str:
        return public_key_text(self.key_id, self.public)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.recipient, self.signing_key)

    def sign_head(self, board_id: str, seq: int, digest: bytes) -> bytes:
        return self.signer.sign(head_message(board_id, self.device_id, seq, digest))


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
        data = json.loads(vault.unseal(path.read_bytes(), SEALED_AS).decode("utf-8"))
        seed = base64.b64decode(data["ed25519_seed"])
        return DeviceKeys(pyrage.x25519.Identity.from_str(data["age_identity"]),
                          Ed25519PrivateKey.from_private_bytes(seed),
                          bytes.fromhex(data["key_id"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise BoardError(f"this laptop's key file {path} is damaged ({exc})") from None


def reseal(folder: Path | None = None) -> None:
    """Keys kept before the laptop had a lock, sealed under it now."""
    path = (folder or paths.keys_dir()) / KEY_FILE
    if path.exists() and not vault.is_sealed(path.read_bytes()):
        _save(path, load(folder, create=False))


def _save(path: Path, keys: DeviceKeys) -> None:
    seed = keys.signer.private_bytes(serialization.Encoding.Raw,
                                     serialization.PrivateFormat.Raw,
                                     serialization.NoEncryption())
    data = {"age_identity": str(keys.identity),
            "ed25519_seed": base64.b64encode(seed).decode(),
            "key_id": keys.key_id.hex(), "fingerprint": keys.fingerprint}
    text = json.dumps(data, indent=2).encode()
    files.write_private(path, vault.seal(text, SEALED_AS), "key file")
