"""The boards this laptop holds: one store each, in the data folder.

The first board lives in board.sqlite, as it always has; each board joined or
set up beside it has a file of its own under boards/, named for the board. A
board is asked for by its name (any case, spaces or not), the start of its id,
or its file's name. One laptop has one identity (its keys) on every board.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ocgboard import paths
from ocgboard.core.setup import SEED_DEVICE
from ocgboard.errors import InputError, StoreError
from ocgboard.store import cipher

SUFFIX = ".sqlite"


@dataclass(frozen=True)
class Held:
    path: Path
    board_id: str | None
    name: str  # the board's name, or the file's where the store names none yet
    agency: str | None  # the agency this laptop works for on that board, if it is one's

    @property
    def label(self) -> str:
        return self.name + (f" ({self.agency}'s laptop)" if self.agency else "")


def first_path() -> Path:
    return paths.default_db_path()


def held() -> list[Held]:
    """Every board store in the data folder, the first board first; not the first
    board's file while it holds no board yet (the app makes it before its wizard)."""
    found = []
    first = first_path()
    if first.exists() and not unused(first):
        found.append(_read(first))
    folder = paths.boards_dir()
    found += sorted((_read(p) for p in folder.glob(f"*{SUFFIX}") if not p.name.startswith(".")),
                    key=lambda h: h.name.casefold())
    return found


def find(wanted: str) -> Held:
    """The board asked for: by its name, the first words of it, its file's name or the
    start of its id; one line naming the boards held where none or several fit."""
    key = _key(wanted)
    boards = held()
    exact = [h for h in boards if key in (_key(h.name), _key(h.path.stem))]
    fitting = exact or [h for h in boards if key and (_key(h.name) + " ").startswith(key + " ")
                        ] or [h for h in boards if len(wanted) >= 4
                              and (h.board_id or "").startswith(wanted.lower())]
    if len(fitting) == 1:
        return fitting[0]
    names = ", ".join(f"'{h.name}'" for h in boards) or "none yet"
    if not fitting:
        raise InputError(f"this laptop holds no board '{wanted}' (it holds: {names})")
    raise InputError(f"'{wanted}' fits several boards on this laptop: {names}; give more of "
                     "the name or the id")


def for_board(board_id: str | None) -> Held | None:
    if not board_id:
        return None
    return next((h for h in held() if h.board_id == board_id), None)


def new_path(name: str, board_id: str) -> Path:
    """Where a board set up or joined beside the first one is kept."""
    slug = _key(name).replace(" ", "-")[:60].strip("-") or "board"
    return paths.boards_dir() / f"{slug}-{board_id[:8]}{SUFFIX}"


def unused(path: Path) -> bool:
    """Whether a store holds no board yet: none named, nothing in its log but the
    library's seed, which every store makes for itself."""
    held = _read(path)
    if held.board_id is not None:
        return False
    try:
        conn = cipher.open_existing(path)
    except (*cipher.Error, StoreError):
        return False
    try:
        return conn.execute("SELECT 1 FROM change c JOIN device d ON d.id = c.device_id "
                            "WHERE d.uuid != ? LIMIT 1", (SEED_DEVICE,)).fetchone() is None
    except cipher.Error:
        return False
    finally:
        conn.close()


def remove(path: Path) -> None:
    """A store's file and SQLite's files beside it (a board half set up, given up)."""
    for extra in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{extra}").unlink(missing_ok=True)


def _key(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in folded if c.isascii())
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


def _read(path: Path) -> Held:
    """The board a store holds, read without opening it for writing (or migrating it)."""
    try:
        conn = cipher.open_existing(path)
    except (*cipher.Error, StoreError):
        return Held(path, None, path.stem, None)
    try:
        row = conn.execute("SELECT id, name FROM board WHERE NOT deleted ORDER BY id "
                           "LIMIT 1").fetchone()
        local = dict(conn.execute("SELECT key, value FROM local_setting WHERE key IN "
                                  "('board_id', 'board_name', 'agency')").fetchall())
    except cipher.Error:
        row, local = None, {}
    finally:
        conn.close()
    board_id = _hex(row[0]) if row else local.get("board_id")
    name = (row[1] if row and row[1] else None) or local.get("board_name") or path.stem
    return Held(path, board_id, name, local.get("agency"))


def _hex(value) -> str | None:
    if isinstance(value, bytes):
        return value.hex()
    return str(value).replace("-", "") if value else None
