"""Where ocgboard keeps its files.

Everything lives under the platform's per-user data directory unless
OCGBOARD_HOME names another folder (tests, portable installs). Folders are
created 0700 because they hold board data.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs

APP_NAME = "ocgboard"


def _private_dir(path: Path) -> Path:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def home() -> Path:
    override = os.environ.get("OCGBOARD_HOME")
    if override:
        return _private_dir(Path(override).expanduser())
    return _private_dir(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


@contextmanager
def home_at(folder: Path) -> Iterator[Path]:
    """Be the install whose files are in `folder` for a while (a second laptop in
    tests and tools): its store, keys and backups. Not thread-safe: it sets the
    process's environment."""
    before = os.environ.get("OCGBOARD_HOME")
    os.environ["OCGBOARD_HOME"] = str(folder)
    try:
        yield folder
    finally:
        if before is None:
            os.environ.pop("OCGBOARD_HOME", None)
        else:
            os.environ["OCGBOARD_HOME"] = before


def config_dir() -> Path:
    if os.environ.get("OCGBOARD_HOME"):
        return _private_dir(home() / "config")
    return _private_dir(Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)))


def backups_dir() -> Path:
    return _private_dir(home() / "backups")


def keys_dir() -> Path:
    return _private_dir(home() / "keys")


def exports_dir() -> Path:
    return _private_dir(home() / "exports")


def scratch_dir() -> Path:
    """Where work in progress lives (a decrypted file being imported): inside the
    0700 data folder, never the temp folder other users can list."""
    return _private_dir(home() / "scratch")


def default_db_path() -> Path:
    """The first board's store; boards joined beside it are in boards_dir()."""
    return home() / "board.sqlite"


def boards_dir() -> Path:
    return _private_dir(home() / "boards")


def db_url(explicit: str | None = None) -> str:
    """The store's SQLAlchemy URL: --db, then OCGBOARD_DB, then the default file.

    A bare path is accepted anywhere a URL is.
    """
    value = explicit or os.environ.get("OCGBOARD_DB") or str(default_db_path())
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def resources_dir() -> Path:
    """resources/ beside the package in a checkout, bundled inside a wheel, or in a
    desktop bundle's folder of data (PyInstaller's sys._MEIPASS), where the spec
    (packaging/pyinstaller/ocgboard.spec) puts it."""
    here = Path(__file__).resolve().parent
    candidates = [here.parent / "resources", here / "_resources"]
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        candidates.insert(0, Path(bundled) / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("ocgboard resources folder is missing from this installation")
