"""Office files on the command line: `ocgboard office import` for Word plans and
Excel trackers, `ocgboard office export` for plans, trackers and tasking sheets."""

from __future__ import annotations

from ocgboard.cli import office_export, office_import


def register(commands) -> None:
    p = commands.add_parser("office", help="Word plans and Excel trackers: in and out")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    office_import.register(verbs)
    office_export.register(verbs)
