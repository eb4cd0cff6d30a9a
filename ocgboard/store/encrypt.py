"""Plain SQLite files made SQLCipher ones: a laptop's stores and backups from before
it had a lock.

A file is exported whole into an encrypted copy beside it (sqlcipher_export,
the way SQLCipher's own documentation converts a database), the copy is
checked and synced, and only then takes the plain file's place; the plain
file's WAL and shared-memory files go with it. A crash at any point leaves
either the plain file or the encrypted one, never half of either.
"""

from __future__ import annotations

import os
from contextlib import closing, suppress
from pathlib import Path

from ocgboard import files, paths
from ocgboard.errors import StoreError
from ocgboard.store import cipher, identity, vault

SUFFIXES = (".sqlite", ".db")


def in_place(path: Path, key: bytes) -> None:
    """Replace the plain database at `path` with the same data under `key`."""
    part = path.with_name(f".{path.name}.encrypting")
    with suppress(FileNotFoundError):
        part.unlink()
    try:
        with closing(cipher.plain_under_sqlcipher(path)) as plain:
            plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            cipher.attach(plain, part, "encrypted", key)
            plain.execute("SELECT sqlcipher_export('encrypted')")
            version = plain.execute("PRAGMA user_version").fetchone()[0]
            plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            plain.execute("DETACH DATABASE encrypted")
        _check(part, key)
        with open(part, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(part, path)
        files.sync_folder(path.parent)
    except OSError as exc:
        raise StoreError(f"cannot encrypt {path.name}: {exc.strerror or exc}; it was left "
                         "as it was") from None
    finally:
        with suppress(FileNotFoundError):
            part.unlink()
    for extra in ("-wal", "-shm"):
        with suppress(FileNotFoundError):
            Path(f"{path}{extra}").unlink()


def plain_files() -> list[Path]:
    """Every plain database this laptop keeps: stores and backups."""
    found = []
    for folder in (paths.home(), paths.boards_dir(), paths.backups_dir()):
        for path in sorted(folder.iterdir()):
            if path.suffix in SUFFIXES and path.is_file() and cipher.is_plain(path):
                found.append(path)
    return found


def laptop(key: bytes) -> list[Path]:
    """Encrypt every plain store and backup of this laptop; the files converted."""
    done = []
    for path in plain_files():
        in_place(path, key)
        done.append(path)
    return done


def _check(path: Path, key: bytes) -> None:
    with closing(cipher.connect_with(path, key)) as conn:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise StoreError(f"the encrypted copy of {path.name} failed its check; the "
                             "plain file was kept")


def protect(passphrase: str, cost: vault.Cost | None = None) -> list[Path]:
    """Give this laptop its lock: the key made and wrapped, the device keys sealed,
    and every plain store and backup encrypted; the files converted."""
    vault.create(passphrase, cost)
    identity.reseal()
    key = vault.data_key()
    return laptop(key) if key is not None else []
