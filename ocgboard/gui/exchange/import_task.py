"""An import (or its preview) on the task runner, and its outcome as plain data.

The worker thread runs the whole merge; the wizard on the GUI thread only
ever sees an Outcome, never a session or an ORM object.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ocgboard.gui.runner import Progress
from ocgboard.sync import container, importer, keys


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
                preview: bool) -> Outcome:
    progress.report(5, "Decrypting, checking the signature and merging…" if not preview
                    else "Decrypting, checking the signature and working out the changes…")
    done = outcome(importer.import_file(store, path, preview=preview, **options))
    if preview:
        progress.report(100, "Preview ready")  # a cancelled preview is simply dropped
    return done
