"""The hub's folder: which board lives in which database, and its file trays.

    hub/hub.json    the boards served: id, name, database URL (0600)
    hub/inbox/      exchange files from the boards' laptops, dropped by the transport
    hub/taken/      files imported (or already held), kept as the record of what came
    hub/refused/    files refused, each with FILE.why: the one-line reason
    hub/outbox/BOARD/  the answers for that board's laptops, one file per laptop

hub.json is replaced whole, fsync'd, so a failure leaves the old one.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from ocgboard import files, paths
from ocgboard.core import setup
from ocgboard.errors import InputError, StoreError
from ocgboard.store import Store

CONFIG = "hub.json"
TRAYS = ("inbox", "taken", "refused", "outbox")
HEX32 = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class Board:
    board_id: str
    name: str
    url: str  # the database that holds its replica

    @property
    def slug(self) -> str:
        """A folder name for its answers: the name's letters and the id's start."""
        return f"{slug(self.name) or 'board'}-{self.board_id[:8]}"


def slug(name: str) -> str:
    """A name's letters and digits, safe in a file name on any system."""
    return re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower()[:40]


@contextmanager
def opened(served: Board, *, create: bool = True) -> Iterator[Store]:
    """The board's store, closed after the block."""
    store = setup.open_board(served.url, create=create)
    try:
        yield store
    finally:
        store.close()


class Hub:
    def __init__(self, root: Path):
        self.root = root

    @classmethod
    def at(cls, folder: str | os.PathLike | None = None) -> Hub:
        root = Path(folder).expanduser() if folder else paths.home() / "hub"
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
        for tray in TRAYS:
            (root / tray).mkdir(mode=0o700, exist_ok=True)
        return cls(root)

    def tray(self, name: str) -> Path:
        return self.root / name

    def outbox(self, board: Board) -> Path:
        folder = self.root / "outbox" / board.slug
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return folder

    # -- the boards served -----------------------------------------------------------

    def boards(self) -> list[Board]:
        path = self.root / CONFIG
        if not path.exists():
            return []
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return [Board(str(b["board_id"]), str(b["name"]), str(b["url"]))
                    for b in data["boards"]]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"the hub's {CONFIG} cannot be read ({exc}): mend or restore "
                             "it before the hub runs again") from None

    def board(self, board_id: str | None) -> Board | None:
        return next((b for b in self.boards() if b.board_id == board_id), None)

    def find(self, named: str) -> Board:
        """A board by its name (any case) or the start of its id."""
        wanted = named.strip().casefold()
        found = [b for b in self.boards() if b.name.casefold() == wanted
                 or (len(wanted) >= 4 and b.board_id.startswith(wanted))]
        if len(found) != 1:
            raise InputError(f"the hub serves {'no' if not found else 'more than one'} board "
                             f"called '{named}' (see: ocgboard hub boards)")
        return found[0]

    def add(self, board: Board) -> None:
        if not HEX32.fullmatch(board.board_id):
            raise InputError("a board's id is 32 hexadecimal digits")
        held = self.boards()
        if any(b.board_id == board.board_id for b in held):
            raise InputError(f"the hub serves the board '{board.name}' already")
        if any(b.url == board.url for b in held):
            raise InputError("that database holds another board of the hub's already: "
                             "each board has a database of its own")
        self._save([*held, board])

    def _save(self, boards: list[Board]) -> None:
        text = json.dumps({"boards": [asdict(b) for b in boards]}, indent=2) + "\n"
        files.write_private(self.root / CONFIG, text.encode("utf-8"), "hub's list of boards")
