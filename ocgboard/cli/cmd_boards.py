"""The boards this laptop holds, and joining one from the file it sent."""

from __future__ import annotations

import sys
from pathlib import Path

from ocgboard.cli.common import add_json, done, emit_json, passphrase_of, table
from ocgboard.core import boards, validate
from ocgboard.errors import InputError
from ocgboard.sync import importer, join


def register(commands) -> None:
    p = commands.add_parser("boards", help="the boards this laptop holds")
    add_json(p)
    p.set_defaults(func=list_boards)

    p = commands.add_parser(
        "join", help="join a board from the file it sent (an agency's extract, or a full "
                     "replica for a deputy)")
    p.add_argument("file")
    key = p.add_mutually_exclusive_group()
    key.add_argument("--identity", metavar="FILE", help="an age identity file to decrypt with")
    key.add_argument("--passphrase-file", metavar="FILE")
    p.add_argument("--laptop", required=True, metavar="NAME",
                   help="this laptop's name, as the board will see it (e.g. 'DWP laptop 1')")
    p.add_argument("--operator", required=True, metavar="NAME",
                   help="who works on this laptop: the author of its updates")
    p.add_argument("--yes", action="store_true",
                   help="join without asking (once the sender's fingerprint is checked)")
    p.set_defaults(func=run_join)


def list_boards(ctx, args) -> None:
    rows = [{"name": h.name, "id": h.board_id, "laptop_of": h.agency or "the board",
             "file": str(h.path)} for h in boards.held()]
    if args.json:
        emit_json(rows)
    elif not rows:
        print("this laptop holds no board yet: ocgboard init --board NAME, or ocgboard join "
              "FILE")
    else:
        table(rows, [("name", "Board"), ("laptop_of", "This laptop is"), ("file", "File")],
              width=80)


def run_join(ctx, args) -> int:
    if ctx.db is not None or ctx.board is not None:
        raise InputError("join sets up a board of its own: leave out --db and --board")
    laptop = validate.name(args.laptop, "laptop name")
    operator = validate.name(args.operator, "operator name")
    options = {
        "identities": importer.read_identities(Path(args.identity)) if args.identity else None,
        "passphrase": passphrase_of(args.passphrase_file),
    }
    path = Path(args.file)
    offer = join.read(path, **options)
    sys.stderr.write(f"This file is {offer.words()}.\nCheck that fingerprint with the "
                     "sender, by phone, before you join.\n")
    if not args.yes:
        if not sys.stdin.isatty():
            raise InputError("add --yes to join, once you have checked the fingerprint")
        if input("Join this board? [y/N] ").strip().lower() not in ("y", "yes"):
            raise InputError("not joined; nothing changed")
    held, result = join.join(path, offer, laptop=laptop, operator=operator, sole_user=True,
                             **options)
    role = f"{offer.agency}'s laptop" if offer.agency else "a board laptop"
    done(f"joined '{held.name}' as {role} '{laptop}', worked on by {operator}: "
         f"{result.summary.headline()}")
    done(f"the sender is in this board's address book as '{offer.sender.device}'; work on "
         f"the board with: ocgboard --board '{held.name}' COMMAND")
    return 0

