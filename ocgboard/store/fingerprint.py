"""A laptop's fingerprint: what partners read out by phone to vouch for its keys.

It covers the age recipient and the signing key together, so a card, a contact
or a backup whose keys were swapped no longer matches the fingerprint that was
checked. Short enough to read aloud: 16 base-32 characters in four groups.
"""

from __future__ import annotations

import base64
import hashlib


def fingerprint(recipient: str, signing_key: str) -> str:
    digest = hashlib.sha256(f"{recipient}\n{signing_key}".encode()).digest()
    text = base64.b32encode(digest[:10]).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, 16, 4))
