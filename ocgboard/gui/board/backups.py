"""Backing the board up from the File menu, and the backups a restore chooses from.

A backup is a copy of the whole store through SQLite's backup API (store/backup.py),
under the laptop's key where it has one; it runs on the runner, so the window goes
on while a big board is copied.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ocgboard.core import dates
from ocgboard.gui.context import Context
from ocgboard.gui.table import Column, RowsModel
from ocgboard.gui.widgets import refused
from ocgboard.store import restore as restoring
from ocgboard.store.pruning import Held

KINDS = {"manual": "Backed up by hand", "before-import": "Before an import",
         "before-restore": "Before a restore"}


def kind(held: Held) -> str:
    """Why the backup was made, in words."""
    if held.path.suffix == ".undo":
        return "Undo file of an import"
    if held.label.startswith("before-") and held.label[7:].isdigit():
        return "Before an upgrade"
    return KINDS.get(held.label, held.label)


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size // 1024} kB"
    return f"{size / 1024 / 1024:.1f} MB"


class BackupsModel(RowsModel):
    class Columns(RowsModel.Columns):
        WHEN = 0
        KIND = 1
        SIZE = 2

    C = Columns
    COLUMNS = {
        C.WHEN: Column("Made", lambda h: f"{dates.day(h.when.date())} {h.when:%H:%M:%S}",
                       sort=lambda h: h.when.isoformat(), tooltip=lambda h: h.path.name),
        C.KIND: Column("Kind", kind),
        C.SIZE: Column("Size", lambda h: size_text(h.size), sort=lambda h: h.size),
    }

    def key(self, row) -> object:
        return row.path


def back_up_now(context: Context, parent: QWidget) -> None:
    """A backup of the board in the backups folder, made in the background; then
    where it is and how big."""
    store = context.backend.store
    context.status("Backing up the board…", 0)

    def told(path) -> None:
        context.status(f"Backed up to {path.name}")
        QMessageBox.information(
            parent, "Backed up",
            f"The board is backed up to {path} ({size_text(path.stat().st_size)}). "
            "Backups you make are kept until you delete them.")

    def failed(message: str) -> None:
        context.status("")
        refused(parent, "Back up now", message)

    context.runner.start("Back up the board", lambda _progress: restoring.take_backup(store),
                         on_done=told, on_failed=failed)
