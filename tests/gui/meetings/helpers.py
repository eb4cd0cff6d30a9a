"""The Meetings page tests' shared words: the demo meetings and a few steps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from ocgboard.core import meetings
from ocgboard.core.rows import meetings as meeting_rows

PLANNED = "2026-12-03"  # the demo board's next meeting
HELD = "2026-10-12"  # its last held one
CHAIR = "Delroy Adeyemi"
LEFT = Qt.MouseButton.LeftButton


def meeting_id(context, on: str) -> str:
    return context.backend.read(lambda s: meetings.get(s, on).id.hex)


def show(page, context, on: str) -> str:
    key = meeting_id(context, on)
    assert page.select(key)
    assert page.selected().id == key
    return key


def click_ok(qtbot, dialog, button=QDialogButtonBox.StandardButton.Ok) -> None:
    qtbot.mouseClick(dialog.ui.buttons.button(button), LEFT)


def agenda_ids(context, key: str) -> list[str]:
    return [row.id for row in context.backend.read(meeting_rows.agenda_rows, key)]
