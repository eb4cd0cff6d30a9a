"""Exchange commands: keys and contacts, export, import, conflicts."""

from __future__ import annotations

import sys
from pathlib import Path

from ocgboard import files
from ocgboard.cli import cmd_lock
from ocgboard.cli.common import (
    Parser,
    add_json,
    done,
    emit_json,
    passphrase_of,
    review_withheld,
    table,
)
from ocgboard.core import board, boards
from ocgboard.errors import InputError
from ocgboard.sync import conflicts, contacts, export, importer, join, keys, returns, waiting

SHOWN = 50


def register(commands) -> None:
    verbs = commands.add_parser("keys", help="this laptop's keys and partners' contact cards") \
        .add_subparsers(dest="verb", metavar="VERB", required=True, parser_class=Parser)
    p = verbs.add_parser("show", help="print this laptop's contact card (creates keys)")
    p.add_argument("-o", "--output", metavar="FILE", help="also write the card to FILE")
    p.set_defaults(func=keys_show)
    p = verbs.add_parser("import", help="add a partner's contact card")
    p.add_argument("card", metavar="CARD")
    whose = p.add_mutually_exclusive_group(required=True)
    whose.add_argument("--agency", help="the agency whose laptop this is")
    whose.add_argument("--board", action="store_true",
                       help="another board laptop (chair, deputy): trusted with replicas")
    p.add_argument("--name", help="a name for the contact (default: its device name)")
    p.set_defaults(func=keys_import)
    p = verbs.add_parser("list", help="the address book, with fingerprints")
    add_json(p)
    p.set_defaults(func=keys_list)
    p = verbs.add_parser("remove", help="remove a contact")
    p.add_argument("name")
    p.set_defaults(func=keys_remove)
    cmd_lock.register_export_identity(verbs)

    p = commands.add_parser("export", help="write an encrypted, signed exchange file")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--full", action="store_true", help="a replica for another board laptop")
    what.add_argument("--agency", help="that agency's extract")
    what.add_argument("--return", dest="as_return", action="store_true",
                      help="on an agency's laptop: its work, for the board laptops that "
                           "sent its extract")
    p.add_argument("--to", nargs="+", default=[], metavar="CONTACT")
    p.add_argument("--passphrase-file", metavar="FILE", help="encrypt with a passphrase instead")
    p.add_argument("--since-last", action="store_true",
                   help="only the changes not yet sent to these contacts (an agency's "
                        "extract is always whole: it replaces what the agency holds)")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="where to write it (a return may leave it out: it is named for what "
                        "it is, in this folder)")
    p.add_argument("--yes", action="store_true",
                   help="write an agency's extract although it withholds names (the places "
                        "are listed first)")
    p.set_defaults(func=run_export)

    p = commands.add_parser("import", help="preview or apply an exchange file")
    p.add_argument("file")
    key = p.add_mutually_exclusive_group()
    key.add_argument("--identity", metavar="FILE", help="an age identity file to decrypt with")
    key.add_argument("--passphrase-file", metavar="FILE")
    p.add_argument("--preview", action="store_true", help="show what would change; write nothing")
    p.add_argument("--yes", action="store_true", help="apply without asking")
    p.add_argument("--trust-signer", action="store_true",
                   help="with a passphrase: accept a signer not in the address book")
    add_json(p)
    p.set_defaults(func=run_import)

    verbs = commands.add_parser("conflicts", help="concurrent edits waiting for a choice") \
        .add_subparsers(dest="verb", metavar="VERB", required=True, parser_class=Parser)
    p = verbs.add_parser("list", help="open conflicts with both values")
    add_json(p)
    p.set_defaults(func=conflicts_list)
    p = verbs.add_parser("resolve", help="keep one value (mine, theirs) or give another")
    p.add_argument("id")
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", choices=("mine", "theirs"))
    choice.add_argument("--value")
    p.set_defaults(func=conflicts_resolve)

    verbs = commands.add_parser("held", help="received records waiting for what they follow") \
        .add_subparsers(dest="verb", metavar="VERB", required=True, parser_class=Parser)
    p = verbs.add_parser("list", help="what waits, by device, and why")
    add_json(p)
    p.set_defaults(func=held_list)
    p = verbs.add_parser("discard", help="forget what one device's records wait for")
    p.add_argument("device", help="the device id, or its first characters")
    p.set_defaults(func=held_discard)


def keys_show(ctx, args) -> None:
    mine = keys.load()
    with ctx.write(create=True) as s:
        info = board.info(s)
    text = keys.card(mine, info.name or "(no board yet)", info.device_name)
    if args.output:
        files.write_private(Path(args.output), text.encode(), "contact card")
    sys.stdout.write(text)


def keys_import(ctx, args) -> None:
    try:
        card_text = Path(args.card).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the card {args.card}: {exc}") from None
    card = keys.parse_card(card_text)
    with ctx.write(create=True) as s:
        contact = contacts.add(s, card, agency=args.agency, board=args.board, name=args.name)
        done(f"added {contact.name} ({contact.role}); fingerprint {contact.fingerprint} — "
             "check it with the sender by phone")


def keys_list(ctx, args) -> None:
    with ctx.write(create=True) as s:
        rows = [{"name": c.name, "role": c.role, "agency": contacts.agency_name(s, c),
                 "board": c.board_name, "fingerprint": c.fingerprint,
                 "age_recipient": c.age_recipient, "signing_key": c.signing_key}
                for c in contacts.listing(s)]
    if args.json:
        emit_json(rows)
    else:
        table(rows, [("name", "Contact"), ("role", "Role"), ("agency", "Agency"),
                     ("fingerprint", "Fingerprint")])


def keys_remove(ctx, args) -> None:
    with ctx.write() as s:
        gone = contacts.remove(s, args.name)
        done(f"{gone.name} removed from the address book")


def run_export(ctx, args) -> None:
    passphrase = passphrase_of(args.passphrase_file)
    if args.output is None and not args.as_return:
        raise InputError("say where to write the file: -o FILE")
    with ctx.write() as s:
        if args.as_return:
            made = returns.send(s, args.output, to=args.to, passphrase=passphrase)
        else:
            made = export.export(s, args.output, agency=args.agency, to=args.to,
                                 passphrase=passphrase, since_last=args.since_last,
                                 confirm=review_withheld(args.yes,
                                                         f"the extract for {args.agency}"))
    done(f"{made.scope}: {made.words()}; for {', '.join(made.recipients)}; written to "
         f"{made.path} ({made.size:,} bytes)")


def run_import(ctx, args) -> int:
    options = {
        "identities": importer.read_identities(Path(args.identity)) if args.identity else None,
        "passphrase": passphrase_of(args.passphrase_file),
        "trust_unknown_signer": args.trust_signer,
        "sole_user": True,  # the command runs alone: a big load may skip the WAL
    }
    path = Path(args.file)
    _route(ctx, path, options)
    store = ctx.store(create=True)
    if not args.yes:
        first = importer.import_file(store, path, preview=True, **options)
        _report(first, args, preview=True)
        if args.preview or not first.summary.changes_anything:
            return 0
        if not sys.stdin.isatty():
            raise InputError("add --yes to apply these changes (or --preview to look only)")
        if input("Apply these changes? [y/N] ").strip().lower() not in ("y", "yes"):
            raise InputError("import cancelled; nothing changed")
    result = importer.import_file(store, path, preview=False, **options)
    _report(result, args, preview=False)
    return 0


def _route(ctx, path: Path, options: dict) -> None:
    """On a laptop that holds several boards, a file goes to its own board's store."""
    if ctx.db is not None or ctx.board is not None or len(boards.held()) < 2:
        return
    board_id, name, kind = join.board_of(path, identities=options["identities"],
                                         passphrase=options["passphrase"])
    held = boards.for_board(board_id)
    if held is None:
        what = "join it with: ocgboard join FILE" if kind in join.KINDS else \
            "import it on a laptop that holds that board"
        raise InputError(f"this file is for the board '{name}', which this laptop does not "
                         f"hold: {what}")
    ctx.db = str(held.path)


def _report(result, args, *, preview: bool) -> None:
    summary = result.summary
    if args.json:
        emit_json({"applied": result.applied, "signer": result.signer.name,
                   "scope": result.manifest.get("scope"), "warnings": result.warnings,
                   "backup": str(result.backup) if result.backup else None,
                   **summary.as_dict()})
        return
    for warning in result.warnings:
        sys.stderr.write(warning + "\n")
    verb = "would change" if preview else "imported"
    print(f"{'Preview' if preview else 'Applied'}: file from {result.signer.name} {verb}: "
          f"{summary.headline()}")
    for line in summary.lines[:SHOWN]:
        print(f"  {line}")
    if len(summary.lines) > SHOWN:
        print(f"  ... and {len(summary.lines) - SHOWN} more")
    for line in summary.conflicts:
        print(f"  CONFLICT {line}")
    for line in summary.held:
        print(f"  HELD BACK {line}")
    if result.applied and not result.signer.trusted:
        print(f"  {result.signer.name} is now in your address book")
    if result.backup:
        print(f"  ({importer.kept_words(result.backup)})")


def conflicts_list(ctx, args) -> None:
    with ctx.read() as s:
        rows = [{"id": c.id, "entity": c.entity, "row": c.row_id, "field": c.field,
                 "values": [{"value": side.value, "device": side.device, "author": side.author,
                             "when": side.when, "mine": side.mine} for side in sides]}
                for c, sides in conflicts.listing(s)]
    if args.json:
        emit_json(rows)
        return
    if not rows:
        print("no open conflicts")
    for row in rows:
        print(f"[{row['id']}] {row['entity']} {row['row'][:8]}.{row['field']}")
        for side in row["values"]:
            who = "mine  " if side["mine"] else "theirs"
            print(f"    {who} {side['value']!r}  — {side['author']} on {side['device']}, "
                  f"{side['when']}")


def held_list(ctx, args) -> None:
    with ctx.read() as s:
        rows = waiting.listing(s)
    if args.json:
        emit_json([vars(row) for row in rows])
        return
    if not rows:
        print("nothing is held back")
    for row in rows:
        print(f"{row.device[:8]} {row.name}: {row.records:,} record(s), {row.first}–{row.last}; "
              f"{row.reason}")


def held_discard(ctx, args) -> None:
    with ctx.write() as s:
        gone = waiting.discard(s, args.device)
        done(f"discarded {gone.records:,} held-back record(s) of {gone.name}")


def conflicts_resolve(ctx, args) -> None:
    with ctx.write() as s:
        kept = conflicts.resolve(s, conflicts.get(s, args.id), keep=args.keep,
                                 value=args.value)
        done(f"conflict {args.id} resolved: {kept!r}")
