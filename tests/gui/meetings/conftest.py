"""The Meetings page, driven through its real widgets on the small demo board."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from ocgboard.gui.meetings.page import MeetingsPage


@pytest.fixture(autouse=True)
def refusals(monkeypatch) -> list[str]:
    """A refusal is a modal box: record it instead, so a failing test fails, not hangs."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: said.append(text))
    return said


@pytest.fixture
def page(window) -> MeetingsPage:
    found = window.page(MeetingsPage)
    window.show_page(window.pages.index(found))
    return found
