"""The outer envelope: a tar of the signed container and its .minisig, in age.

    age( tar( ocgboard-exchange.bin, ocgboard-exchange.bin.minisig ) )

so that a partner can check a file with the standard tools alone:
`age -d -i KEY FILE | tar x` then `minisign -Vm ocgboard-exchange.bin -P KEY`.
Nothing is read into memory whole except for passphrase files (pyrage has no
streaming passphrase mode); every size is bounded before it is trusted.
"""

from __future__ import annotations

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


def open_envelope(path: Path, workdir: Path, *, identities: list | None = None,
                  passphrase: str | None = None) -> tuple[Path, str]:
    """Decrypt and unpack; returns the inner container's path and its signature."""
    check_file(path)
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


def _unpack(bundle: Path, workdir: Path) -> tuple[Path, str]:
    inner_path = workdir / INNER
    try:
        with tarfile.open(bundle, "r:") as tar:
            members = {m.name: m for m in tar.getmembers()}
            if set(members) != {INNER, SIGNATURE} or not all(m.isfile()
                                                             for m in members.values()):
                raise tarfile.TarError
            if members[SIGNATURE].size > MAX_SIGNATURE:
                raise tarfile.TarError
            signature = _opened(tar, members[SIGNATURE]).read().decode("utf-8")
            with _opened(tar, members[INNER]) as src, open(inner_path, "wb") as dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
    except (tarfile.TarError, UnicodeDecodeError, EOFError, OSError) as exc:
        if isinstance(exc, OSError) and exc.errno is not None:
            raise
        raise BoardError("decrypted, but this is not an ocgboard exchange file") from None
    finally:
        bundle.unlink(missing_ok=True)
    os.chmod(inner_path, 0o600)
    return inner_path, signature
