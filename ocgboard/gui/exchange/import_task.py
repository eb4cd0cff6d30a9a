"""An import (or its preview) on the task runner, and its outcome as plain data.

The worker thread runs the whole merge; the wizard on the GUI thread only
ever sees an Outcome, never a session or an ORM object.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ocgboard.core import boards
from ocgboard.gui.runner import Progress
from ocgboard.sync import admission, container, importer, join, keys


@dataclass
class Outcome:
    """What an import (or its preview) did, as plain data for the GUI thread."""

    applied: bool
    signer: str
    trusted: bool
    is_self: bool
    signer_fingerprint: str
    scope: str
    headline: str
    lines: list[str]
    conflicts: list[str]
    changes_anything: bool
    records_new: int
    backup: str | None = None
    warnings: list[str] = field(default_factory=list)
    held: list[str] = field(default_factory=list)


@dataclass
class Elsewhere:
    """The file is for another board: which, as the file names it, and where this
    laptop holds that board (None when it does not)."""

    board_name: str
    held: str | None
    joinable: bool  # an extract or a full replica, which a laptop may join from


def outcome(result: importer.ImportResult) -> Outcome:
    sender = result.manifest.get("sender") or {}
    summary = result.summary
    return Outcome(
        result.applied, result.signer.name, result.signer.trusted, result.signer.is_self,
        keys.fingerprint(sender.get("age_recipient", ""), sender.get("signing_key", "")),
        container.scope_words(result.manifest),
        summary.headline(), list(summary.lines), list(summary.conflicts),
        summary.changes_anything, summary.records_new,
        str(result.backup) if result.backup else None, list(result.warnings),
        list(summary.held))


def import_task(progress: Progress, store, path: Path, options: dict,
                preview: bool) -> Outcome | Elsewhere:
    progress.report(5, "Decrypting, checking the signature and merging…" if not preview
                    else "Decrypting, checking the signature and working out the changes…")
    try:
        done = outcome(importer.import_file(store, path, preview=preview, **options))
    except admission.ForAnotherBoard as other:
        held = boards.for_board(other.board_id)
        return Elsewhere(other.name, str(held.path) if held else None,
                         other.kind in join.KINDS)
    if preview:
        progress.report(100, "Preview ready")  # a cancelled preview is simply dropped
    return done
