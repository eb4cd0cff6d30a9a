"""Ed25519 signatures in minisign's format, so `minisign -V` checks ours.

Prehashed ("ED") signatures: Ed25519 over BLAKE2b-512 of the signed file,
plus the global signature over the signature and the trusted comment.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from ocgboard.errors import BoardError
from ocgboard.store.identity import parse_public_key, public_key_text

__all__ = ["Signature", "blake2b_file", "parse", "parse_public_key", "public_key_text",
           "sign", "verify"]

ALG_PREHASHED = b"ED"
CHUNK = 1 << 20


@dataclass(frozen=True)
class Signature:
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes


def blake2b_file(path: Path) -> bytes:
    digest = hashlib.blake2b(digest_size=64)
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.digest()


def sign(secret: Ed25519PrivateKey, key_id: bytes, digest: bytes, trusted_comment: str,
         untrusted_comment: str = "signature from an ocgboard device") -> str:
    signature = secret.sign(digest)
    global_sig = secret.sign(signature + trusted_comment.encode("utf-8"))
    return (f"untrusted comment: {untrusted_comment}\n"
            f"{base64.b64encode(ALG_PREHASHED + key_id + signature).decode()}\n"
            f"trusted comment: {trusted_comment}\n"
            f"{base64.b64encode(global_sig).decode()}\n")


def parse(text: str) -> Signature:
    lines = text.splitlines()
    try:
        if len(lines) < 4 or not lines[0].startswith("untrusted comment:") \
                or not lines[2].startswith("trusted comment: "):
            raise ValueError
        body = base64.b64decode(lines[1], validate=True)
        global_sig = base64.b64decode(lines[3], validate=True)
    except (ValueError, binascii.Error):
        raise BoardError("the file's signature is damaged") from None
    if len(body) != 74 or body[:2] != ALG_PREHASHED or len(global_sig) != 64:
        raise BoardError("the file's signature is damaged or not in minisign format")
    return Signature(body[2:10], body[10:], lines[2][len("trusted comment: "):], global_sig)


def verify(sig: Signature, public: bytes, digest: bytes) -> bool:
    key = Ed25519PublicKey.from_public_bytes(public)
    try:
        key.verify(sig.signature, digest)
        key.verify(sig.global_signature, sig.signature + sig.trusted_comment.encode("utf-8"))
    except InvalidSignature:
        return False
    return True
