"""Typing as a person does, shared by the GUI tests."""

from __future__ import annotations

from PySide6.QtCore import Qt


def type_date(qtbot, field, text: str) -> None:
    """Into a date field, Ctrl+A over what is there, and type."""
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.edit, text)
