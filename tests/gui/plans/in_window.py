"""A threat's 4P plan opened in the real main window, as a chair opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ocgboard.core.rows import chase as chase_rows
from ocgboard.gui.threats.editor import Tab
from ocgboard.gui.threats.page import ThreatsPage


def open_plan(window, qtbot, context) -> ThreatsPage:
    """The Threats page with the first chased action's threat on its plan tab."""
    page = window.page(ThreatsPage)
    window.show_page(window.pages.index(page))
    qtbot.waitUntil(lambda: len(page.model.rows) > 0)
    reference = context.backend.read(chase_rows.action_rows)[0].threat_ref
    assert page.open_record("threat", reference)
    bar = page.editor.ui.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(Tab.PLAN).center())
    plan = page.editor.plan
    qtbot.waitUntil(lambda: plan.plan is not None and plan.plan.reference == reference)
    return page
