"""The ocgboard command line: the same operations as the app, scriptable.

Every command runs in one session: it commits when it succeeds and writes
nothing when it fails, printing a single line on stderr.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import SQLAlchemyError

from ocgboard import __version__
from ocgboard.cli import (
    cmd_admin,
    cmd_board,
    cmd_boards,
    cmd_control,
    cmd_disruptions,
    cmd_exchange,
    cmd_hub,
    cmd_lock,
    cmd_meetings,
    cmd_minutes,
    cmd_office,
    cmd_plans,
    cmd_register,
    cmd_reports,
)
from ocgboard.cli.common import Context, Parser, fail
from ocgboard.errors import BoardError
from ocgboard.printable import EscapingStream
from ocgboard.store import cipher

COMMAND_MODULES = (cmd_board, cmd_boards, cmd_register, cmd_plans, cmd_control, cmd_disruptions,
                   cmd_meetings, cmd_minutes, cmd_reports, cmd_exchange, cmd_admin, cmd_lock,
                   cmd_office, cmd_hub)


def build_parser() -> Parser:
    parser = Parser(prog="ocgboard", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"ocgboard {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="URL",
                       help="board database (SQLAlchemy URL or path; default: $OCGBOARD_DB "
                            "or the first board in the data folder)")
    where.add_argument("--board", metavar="NAME", dest="use_board",
                       help="which of the boards this laptop holds (see: ocgboard boards)")
    parser.add_argument("--passphrase-file", metavar="FILE", dest="laptop_passphrase_file",
                        help="this laptop's passphrase, first line of FILE (default: "
                             "$OCGBOARD_PASSPHRASE_FILE, else asked at a terminal)")
    parser.add_argument("--author", metavar="NAME",
                        help="who is making these changes (default: this laptop's operator)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    os.umask(0o077)  # whatever we write holds board data: owner-only
    with _escaping_output():
        return _run(argv)


@contextmanager
def _escaping_output() -> Iterator[None]:
    """Whatever is printed, from wherever it came, shows control characters escaped."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = EscapingStream(sys.stdout), EscapingStream(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def _run(argv: list[str] | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage mistake already reported
        return int(exc.code or 0)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0 if args.command is None else 2
    ctx = Context(args)
    try:
        if getattr(args, "unlocks", True):
            cmd_lock.unlock(args)
        return args.func(ctx, args) or 0
    except BoardError as exc:
        return fail(exc)
    except (SQLAlchemyError, *cipher.Error) as exc:
        return fail(BoardError(_database_message(exc)))
    except BrokenPipeError:
        # The reader (head, less) went away: not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        return fail(BoardError(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")))
    except KeyboardInterrupt:
        sys.stderr.write("ocgboard: interrupted; nothing was saved\n")
        return 130
    finally:
        ctx.close()


def _database_message(exc: Exception) -> str:
    original = getattr(exc, "orig", None) or exc
    text = str(original).splitlines()[0]
    if "disk is full" in text or "disk I/O" in text:
        return f"the disk is full or failing ({text}); nothing was saved"
    if "locked" in text:
        return "the board database is busy in another window; try again in a moment"
    return f"database error: {text}; nothing was saved"
