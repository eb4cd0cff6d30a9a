"""Which automatic backups to keep: the last few, then one a week for a while.

Every import that changes a board writes its undo point first (a backup of
the store, or an undo file for a big store). Kept for ever they would fill
the disk, so after each import the automatic ones of that store are pruned:
the newest `keep_last` are kept, and beyond them the newest of each ISO week
for `keep_weeks` weeks; older ones go. Backups a person asked for (manual),
and those made before an upgrade or a restore, are never pruned.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from ocgboard import paths

AUTOMATIC = ("before-import",)
_NAME = re.compile(r"(?P<stem>.+)-(?P<stamp>\d{8}T\d{12})-(?P<label>[a-z0-9-]+)"
                   r"(?P<suffix>\.sqlite|\.undo)")


@dataclass(frozen=True)
class Policy:
    keep_last: int = 5
    keep_weeks: int = 13  # about three months

    def __post_init__(self) -> None:
        if self.keep_last < 1 or self.keep_weeks < 0:
            raise ValueError("keep at least the last backup, and a week count of 0 or more")


@dataclass(frozen=True)
class Held:
    """A backup or undo file of a store: when it was made (the laptop's local time),
    why (its label: manual, before-import, before-restore, before-<revision>), and
    its size in bytes."""

    path: Path
    when: dt.datetime
    label: str
    size: int


def held(of: Path) -> list[Held]:
    """The store's backups and undo files in the backups folder, newest first."""
    found = []
    for path in paths.backups_dir().iterdir():
        named = _NAME.fullmatch(path.name)
        if named is None or named["stem"] != of.stem:
            continue
        try:
            size = path.stat().st_size
        except OSError:  # pruned or moved meanwhile
            continue
        found.append(Held(path, dt.datetime.strptime(named["stamp"], "%Y%m%dT%H%M%S%f"),
                          named["label"], size))
    return sorted(found, key=lambda h: (h.when, h.path.name), reverse=True)


def automatic(of: Path) -> list[tuple[dt.datetime, Path]]:
    """(when, file) of the store's automatic backups and undo files, newest first."""
    return [(h.when, h.path) for h in held(of) if h.label in AUTOMATIC]


def to_remove(found: list[tuple[dt.datetime, Path]], now: dt.datetime,
              policy: Policy) -> list[Path]:
    """What the policy lets go of, from (when, file) newest first."""
    kept_weeks: set[tuple[int, int]] = set()
    gone = []
    for rank, (when, path) in enumerate(found):
        week = when.isocalendar()[:2]
        recent = now - when <= dt.timedelta(weeks=policy.keep_weeks)
        if rank < policy.keep_last or recent and week not in kept_weeks:
            kept_weeks.add(week)
        else:
            gone.append(path)
    return gone


def prune(of: Path, now: dt.datetime, policy: Policy) -> list[Path]:
    """Remove what the policy lets go of; the files removed. A file that cannot be
    removed is left for the next time: pruning never fails an import."""
    removed = []
    for path in to_remove(automatic(of), now.replace(tzinfo=None), policy):
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed
