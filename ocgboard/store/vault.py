"""The laptop's lock: one random key that opens everything ocgboard keeps here.

Each laptop (data folder) has a random 256-bit key. Its stores, their
backups and work files are SQLCipher databases under a key derived from it,
and its device keys are sealed with another. On disk the key exists only
wrapped (AES-256-GCM) under a key derived from the user's passphrase with
Argon2id; the Argon2id parameters are kept beside it, tuned when the lock is
made to take about a second on this laptop. Changing the passphrase wraps
the same key again: nothing is re-encrypted.

A laptop set up with no passphrase (explicitly) has a lock file that says
so, and its stores are plain SQLite. While the app runs, the unwrapped key
is held in this process only, per data folder, until lock() drops it.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ocgboard import files, paths
from ocgboard.errors import BoardError, StoreError

LOCK_FILE = "lock.json"
KEY_BYTES = 32
WRAP_CONTEXT = b"ocgboard laptop key v1"
MIN_PASSPHRASE = 8
SEALED = b"OCGS1"  # what a sealed secret starts with
MAX_MEMORY_KIB = 4 * 1024 * 1024  # Argon2id's memory, at most 4 GiB
# Tests and benchmarks pin a cost (OCGBOARD_KDF="memory_kib,iterations") so that a
# hundred laptops are not each a second to unlock; a real laptop is tuned.
COST_ENV = "OCGBOARD_KDF"
# A laptop first used with this set to 1 keeps its data unencrypted: test and
# throw-away demo installs only, as `ocgboard init --no-passphrase` does.
PLAIN_ENV = "OCGBOARD_NO_PASSPHRASE"

_unlocked: dict[str, bytes] = {}  # data folder -> the laptop's key, while unlocked


class Locked(StoreError):
    """The laptop's key is needed and not unlocked."""


@dataclass(frozen=True)
class Cost:
    memory_kib: int = 262_144
    iterations: int = 3
    lanes: int = 2


def _lock_path() -> Path:
    return paths.keys_dir() / LOCK_FILE


def _home() -> str:
    return str(paths.home().resolve())


def exists() -> bool:
    return _lock_path().is_file()


def encrypted() -> bool:
    """Whether this laptop keeps its data encrypted (False with no lock yet)."""
    return exists() and not _read().get("plain", False)


def unencrypted_by_choice() -> bool:
    return os.environ.get(PLAIN_ENV) == "1"


def is_unlocked() -> bool:
    return _home() in _unlocked or (exists() and not encrypted())


# -- making and opening the lock ---------------------------------------------------------

def create(passphrase: str | None, cost: Cost | None = None) -> None:
    """Lock this laptop under `passphrase` (None: an explicit choice of no lock)."""
    if exists():
        raise StoreError("this laptop has a passphrase already: change it instead")
    if passphrase is None:
        files.write_private(_lock_path(), json.dumps({"version": 1, "plain": True}).encode(),
                            "lock file")
        return
    check_strength(passphrase)
    key = os.urandom(KEY_BYTES)
    _write(key, passphrase, cost or tuned())
    _unlocked[_home()] = key


def unlock(passphrase: str) -> None:
    """Unwrap the laptop's key; StoreError on a wrong passphrase, nothing changed."""
    data = _read()
    if data.get("plain"):
        return
    try:
        kdf = data["kdf"]
        kek = _derive(passphrase, base64.b64decode(kdf["salt"]), _bounded(kdf))
        wrapped = base64.b64decode(data["wrapped"])
        key = AESGCM(kek).decrypt(wrapped[:12], wrapped[12:], WRAP_CONTEXT)
    except InvalidTag:
        raise StoreError("wrong passphrase for this laptop") from None
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise StoreError(f"this laptop's lock file is damaged ({exc})") from None
    _unlocked[_home()] = key


def change(old: str, new: str) -> None:
    """Wrap the same key under a new passphrase (the old one must be right)."""
    unlock(old)
    check_strength(new)
    _write(_unlocked[_home()], new, tuned())


def cost() -> Cost | None:
    """The Argon2id cost this laptop's lock was made with (None: no passphrase)."""
    kdf = _read().get("kdf")
    return _bounded(kdf) if kdf else None


def lock() -> None:
    """Drop the key from memory: nothing of the board can be read until unlocked."""
    _unlocked.pop(_home(), None)


def strength(passphrase: str) -> tuple[int, str]:
    """(estimated bits, a word for them): the meter shown while one is chosen. A rough
    guess from length and the kinds of character used, discounted for repeats."""
    classes = ((str.islower, 26), (str.isupper, 26), (str.isdigit, 10))
    pool = sum(size for test, size in classes if any(test(c) for c in passphrase))
    if any(not c.isascii() for c in passphrase):
        pool += 100
    if any(c.isascii() and not c.isalnum() for c in passphrase):
        pool += 33
    distinct = len(set(passphrase))
    bits = int(min(len(passphrase), distinct * 2) * math.log2(pool)) if pool else 0
    word = "too short" if len(passphrase) < MIN_PASSPHRASE else "weak" if bits < 45 else \
        "fair" if bits < 65 else "good" if bits < 90 else "strong"
    return bits, word


def check_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise BoardError(f"a passphrase needs at least {MIN_PASSPHRASE} characters")


# -- what the key opens -------------------------------------------------------------------

def data_key() -> bytes | None:
    """The key of this laptop's databases; None on a laptop kept unencrypted."""
    if not encrypted():
        return None
    key = _unlocked.get(_home())
    if key is None:
        raise Locked("this laptop is locked: unlock it with its passphrase")
    return _subkey(key, b"ocgboard databases")


def seal(secret: bytes, purpose: str) -> bytes:
    """`secret` encrypted under the laptop's key (as is on an unencrypted laptop)."""
    key = data_key()
    if key is None:
        return secret
    nonce = os.urandom(12)
    return SEALED + nonce + AESGCM(_subkey(key, purpose.encode())).encrypt(
        nonce, secret, purpose.encode())


def is_sealed(blob: bytes) -> bool:
    return blob.startswith(SEALED)


def unseal(blob: bytes, purpose: str) -> bytes:
    if not is_sealed(blob):
        return blob  # kept before the laptop had a lock
    key = data_key()
    if key is None:
        raise StoreError("this laptop's secrets are sealed but it has no lock: restore its "
                         "keys folder")
    try:
        return AESGCM(_subkey(key, purpose.encode())).decrypt(blob[5:17], blob[17:],
                                                               purpose.encode())
    except InvalidTag:
        raise StoreError(f"this laptop's {purpose} are damaged or not this laptop's") from None


# -- the parts -----------------------------------------------------------------------------

def tuned(target_seconds: float = 1.0) -> Cost:
    """Argon2id's cost on this laptop for about `target_seconds`, from one timed run."""
    pinned = os.environ.get(COST_ENV)
    if pinned:
        memory, iterations = (int(part) for part in pinned.split(","))
        return Cost(memory, iterations, 1)
    probe = Cost(65_536, 2, 2)
    started = time.perf_counter()
    _derive("calibration", b"\0" * 16, probe)
    spent = max(time.perf_counter() - started, 1e-3)
    iterations = max(2, min(12, round(probe.iterations * target_seconds / spent / 4)))
    return Cost(262_144, iterations, 2)  # 256 MiB, as KeePassXC's default


def _bounded(kdf: dict) -> Cost:
    """The lock file's cost, within what a laptop can pay: a file altered to ask
    Argon2id for terabytes or a million passes is refused, not obeyed."""
    cost = Cost(kdf["memory_kib"], kdf["iterations"], kdf["lanes"])
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in asdict(cost).values()) \
            or not (8 * cost.lanes <= cost.memory_kib <= MAX_MEMORY_KIB
                    and 1 <= cost.iterations <= 64 and 1 <= cost.lanes <= 16):
        raise ValueError("its key derivation asks for more than any laptop can give")
    return cost


def _derive(passphrase: str, salt: bytes, cost: Cost) -> bytes:
    return Argon2id(salt=salt, length=KEY_BYTES, iterations=cost.iterations,
                    lanes=cost.lanes, memory_cost=cost.memory_kib).derive(
                        passphrase.encode("utf-8"))


def _subkey(key: bytes, purpose: bytes) -> bytes:
    return HKDF(hashes.SHA256(), KEY_BYTES, salt=None, info=purpose).derive(key)


def _write(key: bytes, passphrase: str, cost: Cost) -> None:
    salt, nonce = os.urandom(16), os.urandom(12)
    kek = _derive(passphrase, salt, cost)
    wrapped = nonce + AESGCM(kek).encrypt(nonce, key, WRAP_CONTEXT)
    data = {"version": 1, "kdf": {"name": "argon2id", "salt": base64.b64encode(salt).decode(),
                                  **asdict(cost)},
            "wrapped": base64.b64encode(wrapped).decode()}
    files.write_private(_lock_path(), json.dumps(data, indent=2).encode(), "lock file")


def _read() -> dict:
    try:
        data = json.loads(_lock_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise Locked("this laptop has no passphrase yet") from None
    except (OSError, ValueError) as exc:
        raise StoreError(f"this laptop's lock file is damaged ({exc})") from None
    if not isinstance(data, dict):
        raise StoreError("this laptop's lock file is damaged")
    return data
