"""Opening a database file of this laptop's: SQLCipher under the laptop's key, or
plain SQLite on a laptop kept unencrypted.

Every connection ocgboard makes to a file it keeps (stores, backups, the
staged log of an import, undo journals) comes from connect(), so none is
ever opened, or created, without the key. The key is given raw (x'…'), so
SQLCipher spends no time deriving it: the passphrase's cost was paid once,
by Argon2id, when the laptop was unlocked.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any

from ocgboard.errors import StoreError
from ocgboard.store import vault

try:  # the wheel that carries SQLCipher
    import sqlcipher3.dbapi2 as _sqlcipher  # type: ignore[import-untyped]
except ImportError:  # pragma: no cover - a broken install
    _sqlcipher = None
else:
    # sqlcipher3's binding looks for an adapter for any parameter that is not an
    # exact int, float or str by raising and clearing AttributeErrors, which makes
    # a NULL, a blob or a bool cost three times a number to bind. Registered here,
    # they are found at once: the same values bound, the national demo board
    # written a sixth faster.
    _sqlcipher.register_adapter(type(None), lambda value: None)
    _sqlcipher.register_adapter(bytes, lambda value: value)
    _sqlcipher.register_adapter(bool, int)


PAGE_SIZE = 16_384
CACHE_KIB = 262_144  # grows only as pages are read: a small board never fills it

# The DB-API errors of either module: SQLCipher's are not subclasses of sqlite3's.
_MODULES = (sqlite3, *([_sqlcipher] if _sqlcipher is not None else []))
Error = tuple(m.Error for m in _MODULES)
DatabaseError = tuple(m.DatabaseError for m in _MODULES)
IntegrityError = tuple(m.IntegrityError for m in _MODULES)
OperationalError = tuple(m.OperationalError for m in _MODULES)


def module(key: bytes | None) -> ModuleType:
    """The DB-API module for a database under `key` (sqlite3 for none)."""
    if key is None:
        return sqlite3
    if _sqlcipher is None:
        raise StoreError("this install lacks SQLCipher (the sqlcipher3 module): "
                         "reinstall ocgboard")
    return _sqlcipher


def connect(target: str | Path, *, uri: bool = False, **kwargs) -> Any:
    """A connection to `target` under this laptop's key (plain on a laptop kept
    unencrypted); StoreError if the key does not open it, or the laptop is locked."""
    return connect_with(target, vault.data_key(), uri=uri, **kwargs)


def connect_with(target: str | Path, key: bytes | None, *, uri: bool = False,
                 **kwargs) -> Any:
    """A connection to `target` under `key` (None: a plain SQLite file)."""
    conn = module(key).connect(str(target), uri=uri, **kwargs)
    if key is not None:
        apply_key(conn, key)
    return conn


def open_existing(path: str | Path, *, read_only: bool = True, **kwargs) -> Any:
    """A connection to a file this laptop keeps: plain if it is a plain SQLite file (a
    laptop kept unencrypted, or one from before the laptop had a lock), else under
    the laptop's key. Read-only unless asked."""
    path = Path(path)
    key = key_for(path)
    if read_only:
        return connect_with(f"{path.absolute().as_uri()}?mode=ro", key, uri=True, **kwargs)
    return connect_with(path, key, **kwargs)


def key_for(path: Path) -> bytes | None:
    """The key `path` opens with: none for a plain SQLite file, else the laptop's."""
    return None if is_plain(path) else vault.data_key()


def plain_under_sqlcipher(target: str | Path) -> Any:
    """A SQLCipher connection to a plain file: to export it into an encrypted one."""
    return module(b"key").connect(str(target))


def apply_key(conn, key: bytes) -> None:
    """The key, first of all statements, and a read that proves it opens the file."""
    # Every encrypted file of ours (and any attached to it) has 16 KiB pages: each
    # page is encrypted and authenticated on its own, and at SQLCipher's 4 KiB that
    # work costs a third more on a big write; at 16 KiB a few per cent.
    conn.execute(f"PRAGMA cipher_default_page_size = {PAGE_SIZE}")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:  # sqlcipher3's DatabaseError is not sqlite3's
        conn.close()
        raise StoreError("this database does not open with this laptop's key (it is "
                         "another laptop's, not a database, or damaged)") from exc
    # Pages in the cache are held decrypted: a larger cache decrypts less often.
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    # SQLite's temporary files (big sorts, temp tables) are never encrypted: keep
    # them in memory, whatever the build's default.
    conn.execute("PRAGMA temp_store = MEMORY")


def attach(conn, target: str | Path, name: str, key: bytes | None) -> None:
    """ATTACH the database at `target` (a path, or a URI on a URI connection) as
    `name`, under `key` (a plain file if None)."""
    quoted = str(target).replace("'", "''")
    if _sqlcipher is None or isinstance(conn, sqlite3.Connection):
        if key is not None:
            raise StoreError("an encrypted database cannot be attached to a plain one")
        conn.execute(f"ATTACH DATABASE '{quoted}' AS {name}")
        return
    secret = f"x'{key.hex()}'" if key is not None else ""
    conn.execute(f"PRAGMA cipher_default_page_size = {PAGE_SIZE}")  # what it is opened with
    conn.execute(f"ATTACH DATABASE '{quoted}' AS {name} KEY \"{secret}\"")


def is_plain(path: Path) -> bool:
    """Whether `path` is a plain SQLite file (its header readable)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False
