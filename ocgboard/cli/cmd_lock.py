"""The laptop's passphrase on the command line: unlocking before a command, giving
a laptop its passphrase, and changing it.

A passphrase is read from a file (`ocgboard --passphrase-file FILE COMMAND`,
or the file OCGBOARD_PASSPHRASE_FILE names) or typed at a terminal, never
taken from an argument, where other users of the machine could see it.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from ocgboard import files
from ocgboard.cli.common import done, passphrase_of
from ocgboard.errors import InputError
from ocgboard.store import encrypt, identity, vault

ENV = "OCGBOARD_PASSPHRASE_FILE"
WHERE = ("--passphrase-file FILE before the command, the file OCGBOARD_PASSPHRASE_FILE "
         "names, or typed at a terminal")


def register(commands) -> None:
    p = commands.add_parser("lock", help="this laptop's passphrase: status, set, change")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    q = verbs.add_parser("status", help="whether this laptop's boards are encrypted")
    q.set_defaults(func=status, unlocks=False)
    q = verbs.add_parser("change", help="a new passphrase (the data is not re-encrypted)")
    q.add_argument("--new-passphrase-file", metavar="FILE",
                   help="the new passphrase, first line of FILE (else typed twice)")
    q.set_defaults(func=change, unlocks=False)


def register_export_identity(verbs) -> None:
    p = verbs.add_parser("export-identity",
                         help="write this laptop's age identity, for the standard age tool")
    p.add_argument("-o", "--output", metavar="FILE", required=True)
    p.set_defaults(func=export_identity)


def export_identity(_ctx, args) -> None:
    """The secret that opens every file sent to this laptop, outside the lock: for
    checking a file by hand with age, and then to be deleted."""
    mine = identity.load()
    files.write_private(Path(args.output), f"{mine.identity}\n".encode(), "identity file")
    sys.stderr.write(f"WARNING: {args.output} opens every exchange file sent to this "
                     "laptop, and is not under its passphrase: delete it when done\n")
    done(f"age identity written to {args.output} (readable by you only)")


def unlock(args) -> None:
    """Before a command: the laptop unlocked, or given its lock the first time."""
    if vault.exists():
        if not vault.is_unlocked():
            given = _given(args, new=False)
            if given is None:
                raise InputError(f"this laptop is locked: give its passphrase ({WHERE})")
            vault.unlock(given)
            key = vault.data_key()
            if key is not None and encrypt.plain_files():
                encrypt.laptop(key)  # left plain by a crash while it was converted
        return
    if getattr(args, "no_passphrase", False) or vault.unencrypted_by_choice():
        vault.create(None)
        return
    given = _given(args, new=True)
    if given is None:
        raise InputError(f"this laptop has no passphrase yet: give one ({WHERE}), or set "
                         "it up unencrypted with 'ocgboard init --no-passphrase'")
    converted = encrypt.protect(given)
    if converted:
        sys.stderr.write(f"encrypted {len(converted)} database(s) kept before this laptop "
                         "had a passphrase\n")


def status(_ctx, _args) -> None:
    if not vault.exists():
        done("this laptop has no passphrase yet")
    elif vault.encrypted():
        done("this laptop's boards, backups and keys are encrypted under its passphrase")
    else:
        done("this laptop's boards are NOT encrypted (set up with --no-passphrase)")


def change(_ctx, args) -> None:
    old = _given(args, new=False)
    if old is None:
        raise InputError(f"give the current passphrase ({WHERE})")
    new = passphrase_of(args.new_passphrase_file) if args.new_passphrase_file else \
        _typed("New passphrase: ", twice=True)
    if new is None:
        raise InputError("give the new passphrase with --new-passphrase-file FILE or at a "
                         "terminal")
    vault.change(old, new)
    done("passphrase changed; the boards were not re-encrypted (the same key, wrapped anew)")


def _given(args, *, new: bool) -> str | None:
    path = getattr(args, "laptop_passphrase_file", None) or os.environ.get(ENV)
    if path:
        return passphrase_of(path)
    return _typed("New passphrase for this laptop: " if new else
                  "Passphrase for this laptop: ", twice=new)


def _typed(prompt: str, *, twice: bool) -> str | None:
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(prompt)
    if twice and getpass.getpass("Again: ") != first:
        raise InputError("the two passphrases differ; nothing was changed")
    return first
