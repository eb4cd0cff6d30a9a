"""Keeping the store sound: history (cmd_history.py), verify, backup, restore."""

from __future__ import annotations

import sys
from pathlib import Path

from ocgboard import paths
from ocgboard.cli import cmd_history
from ocgboard.cli.common import add_json, done, emit_json
from ocgboard.core import keeping
from ocgboard.errors import InputError
from ocgboard.store import pruning
from ocgboard.store import restore as restoring
from ocgboard.store.verify import verify


def register(commands) -> None:
    cmd_history.register(commands)

    p = commands.add_parser("verify", help="check the database and the change log's hash chain")
    add_json(p)
    p.set_defaults(func=run_verify)

    p = commands.add_parser("backup", help="save a consistent copy of the whole store")
    p.add_argument("-o", "--output", metavar="FILE", help="where (default: the backups folder)")
    p.add_argument("--keep-last", type=int, metavar="N",
                   help="keep the last N automatic backups (before imports; default 5)")
    p.add_argument("--keep-weeks", type=int, metavar="W",
                   help="and the newest of each week for W weeks (default 13)")
    p.set_defaults(func=run_backup)

    p = commands.add_parser("restore", help="replace the store with a backup, or undo an "
                               "import from its .undo file (the board is saved first)")
    p.add_argument("file", help="a backup (.sqlite) or an import's undo file (.undo)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=run_restore)


def run_verify(ctx, args) -> int:
    store = ctx.store()
    with store.engine.connect() as conn:
        report = verify(conn)
    if args.json:
        emit_json({"ok": report.ok, "records": report.records, "rows": report.rows,
                   "problems": report.problems, "notes": report.notes})
    else:
        for note in report.notes:
            print(f"note: {note}")
        for problem in report.problems:
            print(f"PROBLEM: {problem}")
        verdict = "OK" if report.ok else f"{len(report.problems)} problem(s)"
        print(f"verify: {verdict} — {report.records:,} change records, {report.rows:,} rows")
    return 0 if report.ok else 1


def run_backup(ctx, args) -> None:
    if args.keep_last is not None or args.keep_weeks is not None:
        with ctx.write() as s:
            chosen = keeping.set_policy(s, args.keep_last, args.keep_weeks)
        store = ctx.store()
        gone = pruning.prune(store.path, store.clock.local_now(), chosen) if store.path else []
        done(f"automatic backups kept: the last {chosen.keep_last}, then one a week for "
             f"{chosen.keep_weeks} weeks; {len(gone)} older removed")
        return
    target = Path(args.output).expanduser().resolve() if args.output else None
    saved = restoring.take_backup(ctx.store(), target)
    done(f"backup written to {saved}")


def run_restore(ctx, args) -> None:
    source = Path(args.file).expanduser().resolve()
    if not args.yes:
        if not sys.stdin.isatty():
            raise InputError("restore replaces the whole board: add --yes to confirm")
        answer = input(f"Replace the board with {source.name}? The current one is saved first. "
                       "[y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            raise InputError("restore cancelled; nothing changed")
    ctx.close()
    safety, store = restoring.restore(paths.db_url(ctx.database()), source)
    store.close()
    done(f"restored from {source.name}; the previous board was saved to {safety}")
