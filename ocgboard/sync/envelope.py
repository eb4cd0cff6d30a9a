"""The outer envelope: a tar of the signed container and its .minisig, in age.

    age( tar( ocgboard-exchange.bin, ocgboard-exchange.bin.minisig ) )

so that a partner can check a file with the standard tools alone:
`age -d -i KEY FILE | tar x` then `minisign -Vm ocgboard-exchange.bin -P KEY`.
Nothing is read into memory whole except for passphrase files (pyrage has no
streaming passphrase mode); every size is bounded before it is trusted.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import os
import tarfile
from pathlib import Path
from typing import IO

import pyrage

from ocgboard.errors import BoardError, InputError

INNER = "ocgboard-exchange.bin"
SIGNATURE = INNER + ".minisig"
MAX_FILE = 1_000_000_000
MAX_SIGNATURE = 4096
AGE_MAGIC = b"age-encryption.org/v1\n"
AGE_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
# A passphrase file names its own scrypt cost (log2 of N, r = 8): 18 is what the
# age tools write, rage picks about a second's worth (19 here); 20 takes 1 GiB of
# memory. A file asking for more is refused before any of it is spent.
MAX_SCRYPT_LOG_N = 20
MAX_HEADER = 16 << 10


def seal(inner: Path, signature: str, out, *, recipients: list[str] | None = None,
         passphrase: str | None = None, workdir: Path, made_at: dt.datetime) -> None:
    """Write the encrypted envelope to the open binary file `out`; its entries are
    dated `made_at` (the exporting store's clock), not by the file system."""
    bundle = workdir / "bundle.tar"
    stamp = int(made_at.timestamp())
    with tarfile.open(bundle, "w", format=tarfile.PAX_FORMAT) as tar:
        tar.add(inner, arcname=INNER, filter=lambda info: _plain(info, stamp))
        sig = signature.encode("utf-8")
        tar.addfile(_plain(tarfile.TarInfo(SIGNATURE), stamp, size=len(sig)),
                    io.BytesIO(sig))
    if passphrase is not None:
        out.write(pyrage.passphrase.encrypt(bundle.read_bytes(), passphrase))
        return
    keys = [pyrage.x25519.Recipient.from_str(r) for r in recipients or []]
    if not keys:
        raise InputError("an export needs recipients (--to) or a passphrase")
    with open(bundle, "rb") as src:
        pyrage.encrypt_io(src, out, keys)


def _plain(info: tarfile.TarInfo, mtime: int, size: int | None = None) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mode, info.mtime = 0o600, mtime
    if size is not None:
        info.size = size
    return info


def check_file(path: Path) -> None:
    """Refuse an empty, oversized or non-age file before decrypting anything."""
    if not path.is_file():
        raise InputError(f"no file at {path}")
    size = path.stat().st_size
    if size == 0:
        raise InputError(f"{path.name} is empty")
    if size >= MAX_FILE:
        raise InputError(f"{path.name} is {size / 1e9:.1f} GB: exchange files must be "
                         "under 1 GB")
    with open(path, "rb") as fh:
        start = fh.read(len(AGE_ARMOR))
    if not (start.startswith(AGE_MAGIC) or start.startswith(AGE_ARMOR)):
        raise InputError(f"{path.name} is not an encrypted exchange file (not in age format)")


def age_header(path: Path) -> list[bytes]:
    """The age header's lines (the armour taken off), up to its MAC line."""
    with open(path, "rb") as fh:
        head = fh.read(MAX_HEADER * 2)
    if head.startswith(AGE_ARMOR):
        text = b"".join(line.strip() for line in head.splitlines()[1:]
                        if line.strip() and not line.startswith(b"-----"))
        try:
            head = base64.b64decode(text[: len(text) // 4 * 4])
        except ValueError:
            raise InputError(f"{path.name} is damaged: its armour is not base64") from None
    lines = []
    for line in head[:MAX_HEADER].split(b"\n"):
        lines.append(line)
        if line.startswith(b"---"):
            return lines
    raise InputError(f"{path.name} is damaged or incomplete: its age header has no end")


def check_work_factor(path: Path) -> None:
    """Refuse a passphrase file whose scrypt cost is out of range, before paying it."""
    for line in age_header(path):
        if not line.startswith(b"-> scrypt"):
            continue
        parts = line.split()
        if len(parts) != 4 or not parts[3].isdigit() or len(parts[3]) > 3:
            raise InputError(f"{path.name} is damaged: its passphrase stanza is malformed")
        log_n = int(parts[3])
        if not 1 <= log_n <= MAX_SCRYPT_LOG_N:
            raise InputError(
                f"{path.name} asks for a passphrase work factor of 2^{log_n}; ocgboard opens "
                f"files of 2^1 to 2^{MAX_SCRYPT_LOG_N} (the age tools write 2^18): ask for it "
                "to be encrypted again")


def open_envelope(path: Path, workdir: Path, *, identities: list | None = None,
                  passphrase: str | None = None) -> tuple[Path, str]:
    """Decrypt and unpack; returns the inner container's path and its signature."""
    check_file(path)
    check_work_factor(path)
    bundle = workdir / "bundle.tar"
    try:
        if passphrase is not None:
            bundle.write_bytes(pyrage.passphrase.decrypt(path.read_bytes(), passphrase))
        else:
            with open(path, "rb") as src, open(bundle, "wb") as dst:
                pyrage.decrypt_io(src, dst, identities or [])
    except pyrage.DecryptError as exc:
        raise InputError(_decrypt_message(str(exc), passphrase is not None)) from None
    except OSError as exc:
        if exc.errno is not None:  # a real I/O failure (full disk...), not the file's fault
            raise
        # pyrage's streaming reader reports a failed authentication tag this way.
        raise InputError(_decrypt_message(str(exc), passphrase is not None)) from None
    return _unpack(bundle, workdir)


def _decrypt_message(error: str, by_passphrase: bool) -> str:
    text = error.lower()
    if "no matching keys" in text:
        return ("this file was not encrypted to this laptop's key (nor to the identity "
                "given): it is for someone else, or it was sent with a passphrase")
    if by_passphrase and ("decryption failed" in text or "passphrase" in text):
        return "wrong passphrase, or the file was not encrypted with a passphrase"
    if "passphrase" in text or "scrypt" in text:
        return "this file is protected by a passphrase: give the passphrase to open it"
    return "the file is damaged or incomplete and cannot be decrypted"


def _opened(tar: tarfile.TarFile, member: tarfile.TarInfo) -> IO[bytes]:
    """A member's content; tarfile gives None for what is not a regular file."""
    src = tar.extractfile(member)
    if src is None:
        raise tarfile.TarError
    return src


def _members(tar: tarfile.TarFile) -> dict[str, tarfile.TarInfo]:
    """The two entries, read header by header: anything else (a third entry, a
    link, a device, a sparse file that would unpack to gigabytes) is refused
    before a byte of it is written."""
    found: dict[str, tarfile.TarInfo] = {}
    for member in tar:
        if (member.name not in (INNER, SIGNATURE) or member.name in found
                or member.type not in (tarfile.REGTYPE, tarfile.AREGTYPE)
                or member.sparse is not None or member.size < 0):
            raise tarfile.TarError
        found[member.name] = member
    if len(found) != 2 or found[SIGNATURE].size > MAX_SIGNATURE:
        raise tarfile.TarError
    return found


def _unpack(bundle: Path, workdir: Path) -> tuple[Path, str]:
    inner_path = workdir / INNER
    try:
        with tarfile.open(bundle, "r:") as tar:
            members = _members(tar)
            signature = _opened(tar, members[SIGNATURE]).read().decode("utf-8")
            with _opened(tar, members[INNER]) as src, open(inner_path, "wb") as dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
    except (tarfile.TarError, UnicodeDecodeError, EOFError, OSError, ValueError) as exc:
        # ValueError: tarfile parsing a crafted header (a sparse map that is not numbers)
        if isinstance(exc, OSError) and exc.errno is not None:
            raise
        raise BoardError("decrypted, but this is not an ocgboard exchange file") from None
    finally:
        bundle.unlink(missing_ok=True)
    os.chmod(inner_path, 0o600)
    return inner_path, signature
