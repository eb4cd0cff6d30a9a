"""What every command shares: the store it works on, output, and one-line errors."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ocgboard import paths, printable
from ocgboard.core import boards, setup
from ocgboard.errors import BoardError, InputError, StoreError
from ocgboard.store import Store
from ocgboard.store.engine import sqlite_path


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake in one line, not a usage block."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


class Context:
    """The store a command works on, opened only when the command needs it: --db, or
    the board --board names among those this laptop holds, or the first board."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.db = args.db
        self.board = args.use_board
        self.author = args.author
        self._store: Store | None = None

    def database(self) -> str | None:
        """--db, or the file of the board --board names; None: the default."""
        if self.board is not None and self.db is None:
            self.db = str(boards.find(self.board).path)
        return self.db

    def store(self, *, create: bool = False) -> Store:
        if self._store is None:
            url = paths.db_url(self.database())
            path = sqlite_path(url)
            if not create and path is not None and not path.exists():
                raise StoreError(
                    f"no board database at {path}: run 'ocgboard init --board NAME' first")
            self._store = setup.open_board(self.db, create=create)
        return self._store

    @contextmanager
    def write(self, *, create: bool = False) -> Iterator:
        store = self.store(create=create)
        with store.session(self.author) as session:
            yield session

    @contextmanager
    def read(self) -> Iterator:
        with self.store().reader() as session:
            yield session

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def add_handling(parser: argparse.ArgumentParser, what: str) -> None:
    """--board-only or --shared; neither: as the threat's marking says."""
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--board-only", dest="board_only", action="store_const", const=True,
                        help=f"the {what} is the board's alone: in no partner's pack or "
                             "extract (default when the threat is not disseminable)")
    choice.add_argument("--shared", dest="board_only", action="store_const", const=False,
                        help=f"partners may read the {what} (default when the threat "
                             "is disseminable)")


def handling(board_only: bool) -> str:
    """What a confirmation adds for a record partners will not see."""
    return " (board only)" if board_only else ""


def emit_json(data) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write(printable.json_escaped(text) + "\n")


def _default(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot show {type(value).__name__} as JSON")


def table(rows: list[dict], columns: list[tuple[str, str]], *, width: int = 60) -> None:
    """Aligned columns; long cells are shortened for the terminal, never in --json."""
    if not rows:
        print("(none)")
        return
    cells = [[_cell(_short(key, row.get(key)), width) for key, _ in columns] for row in rows]
    widths = [max(len(title), *(len(c[i]) for c in cells)) for i, (_, title) in
              enumerate(columns)]
    print("  ".join(title.ljust(w) for (_, title), w in zip(columns, widths, strict=True)))
    for line in cells:
        print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())


def _short(key: str, value):
    """Ids print as their first 8 characters: enough to type back, like git."""
    if key in ("id", "action", "row") and isinstance(value, str) and len(value) == 32:
        return value[:8]
    return value


def _cell(value, width: int) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def passphrase_of(path: str | None) -> str | None:
    """The passphrase in the first line of a file (never typed on the command line,
    where other users of the machine could see it)."""
    if path is None:
        return None
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the passphrase file {path}: {exc}") from None
    if not lines or not lines[0].strip():
        raise InputError(f"the passphrase file {path} is empty")
    return lines[0]


def done(message: str) -> None:
    print(message)


def fail(exc: BoardError) -> int:
    sys.stderr.write(f"ocgboard: error: {exc.message}\n")
    return exc.exit_code


MAX_REVIEWED = 50  # places listed before "and N more"


def review_withheld(yes: bool, what: str):
    """The command line's review of what a partner output withholds: every place on
    stderr; without --yes, the output stops there (InputError) and nothing is written."""
    said = what[:1].upper() + what[1:]

    def confirm(places) -> None:
        sys.stderr.write(f"{said} withholds a name in {len(places)} place"
                         f"{'s' if len(places) != 1 else ''}; partners see [withheld]:\n")
        for place in places[:MAX_REVIEWED]:
            sys.stderr.write(f"  {place.line()}\n")
        if len(places) > MAX_REVIEWED:
            sys.stderr.write(f"  and {len(places) - MAX_REVIEWED} more\n")
        if not yes:
            raise InputError(f"{said} not written: check the places listed above, then "
                             "run the command again with --yes")
    return confirm
