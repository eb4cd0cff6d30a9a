"""A meeting's minutes from the Meetings page: written on the task runner, and approved.

The minutes are written as the pack is built: where to, then off the GUI
thread; partners' minutes first bring back the places where they withhold a
name, for the chair to review (gui/withheld), and are written once confirmed.
Approving the last meeting's minutes is a decision on the selected meeting's
"Minutes of the last meeting" item, on the undo stack like any other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu

from ocgboard.core import minutes as core_minutes
from ocgboard.core import plural
from ocgboard.core.rows import meetings as meeting_rows
from ocgboard.core.rows import minutes as minutes_rows
from ocgboard.core.rows.meetings import MeetingRow
from ocgboard.errors import BoardError
from ocgboard.gui import withheld
from ocgboard.gui.backend import Backend
from ocgboard.gui.context import Context
from ocgboard.gui.meetings.undo import DecideItem, push
from ocgboard.gui.widgets import refused


@dataclass(frozen=True)
class WrittenMinutes:
    meeting_id: str
    path: str
    pages: int
    variant: str
    draft: bool

    @property
    def note(self) -> str:
        """What the preview says it shows."""
        whose = "partners' minutes" if self.variant == "partner" else "minutes"
        return f"draft {whose}" if self.draft else whose


def default_name(meeting: MeetingRow, variant: str) -> str:
    whose = " for partners" if variant == "partner" else ""
    return re.sub(r'[\\/:*?"<>|]+', "-", f"{meeting.starts_at:%Y-%m-%d} minutes{whose}.pdf")


def _write(_progress, backend: Backend, meeting_id: str, target: str, variant: str,
           confirmed: bool) -> WrittenMinutes | withheld.Withheld:
    """On the worker thread: the minutes, or (partners' not yet reviewed) the places."""
    from ocgboard.reports import minutes  # reportlab loads on first use, not at start

    def run(session):
        return minutes.build(session, meeting_rows.meeting(session, meeting_id), target,
                             variant=variant, confirm=withheld.confirm(confirmed))

    try:
        made = backend.read(run)
    except withheld.Stopped as stop:
        return withheld.Withheld(stop.places)
    return WrittenMinutes(meeting_id, made.path, made.pages, made.variant, made.draft)


class MinutesWriter(QObject):
    """The Minutes button: asks where to save, writes them, says how it went (`written`)."""

    written = Signal(object)  # WrittenMinutes

    def __init__(self, page, context: Context):
        super().__init__(page)
        self.page, self.context = page, context
        self.task = None
        self.asked: tuple[MeetingRow, str, str] | None = None  # the last one asked for
        self.menu = QMenu(page)
        self.menu.addAction("Minutes for the &board (every word)…",
                            lambda: self.write(page.selected(), "chair"))
        self.menu.addAction("Minutes for &partners (withheld names removed)…",
                            lambda: self.write(page.selected(), "partner"))

    @property
    def running(self) -> bool:
        return self.task is not None

    def write(self, meeting: MeetingRow | None, variant: str = "chair") -> None:
        if meeting is None or self.running:
            return
        target = self._choose(meeting, variant)
        if target is not None:
            self._start(meeting, variant, target, confirmed=False)

    def _choose(self, meeting: MeetingRow, variant: str) -> str | None:
        settings = self.context.settings
        folder = Path(str(settings.value("packs/folder", "") or Path.home()))
        path, _ = QFileDialog.getSaveFileName(
            self.page, "Save the minutes", str(folder / default_name(meeting, variant)),
            "PDF files (*.pdf)")
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        settings.set_value("packs/folder", str(Path(path).parent))
        return path

    def _start(self, meeting: MeetingRow, variant: str, target: str, confirmed: bool) -> None:
        self.asked = (meeting, variant, target)
        self.context.status("Writing the minutes…")
        self.task = self.context.runner.start(
            "Minutes", _write, self.context.backend, meeting.id, target, variant, confirmed,
            on_done=self._done, on_failed=self._failed)

    def _done(self, made: WrittenMinutes | withheld.Withheld) -> None:
        self.task = None
        if isinstance(made, withheld.Withheld):
            assert self.asked is not None  # set by _start(), which wrote these
            meeting, variant, target = self.asked
            if withheld.ask(self.page, "the partners' minutes", made.places):
                self._start(meeting, variant, target, confirmed=True)
            else:
                self.context.status("Minutes not written: reword the text they name, then "
                                    "write them again.", 8000)
            return
        self.context.status(f"{made.note.capitalize()} written to {made.path}: "
                            f"{plural.count(made.pages, 'page')}", 10000)
        self.written.emit(made)

    def _failed(self, message: str) -> None:
        self.task = None
        refused(self.page, "Minutes", message)


def approve(page, context: Context, meeting: MeetingRow | None) -> bool:
    """Record at `meeting` that the last meeting's minutes are approved as a true record."""
    if meeting is None:
        return False
    try:
        approving = context.backend.read(minutes_rows.to_approve, meeting.id,
                                         context.backend.today())
    except BoardError as exc:
        refused(page, "Approve the last minutes", exc.message)
        return False
    said = f"the minutes of {core_minutes.day(approving.minutes_of)}"
    if approving.done:
        context.status(f"{said[:1].upper()}{said[1:]} are approved already: "
                       f"item {approving.item.position} says so.", 8000)
        return True
    if not push(context, page, DecideItem(context, meeting.id, approving.item, approving.text,
                                          board_only=False)):
        return False
    context.status(f"Recorded on item {approving.item.position}: {approving.text} "
                   "(Ctrl+Z undoes it)", 10000)
    return True
