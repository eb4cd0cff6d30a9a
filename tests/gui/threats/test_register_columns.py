"""The register's next review, the column that says a review is overdue, is seen whole
with its header when the Threats page first opens."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ocgboard.gui.threats.models import ThreatsModel
from ocgboard.gui.threats.page import ThreatsPage

REVIEW = ThreatsModel.C.NEXT_REVIEW


def test_the_next_review_column_is_seen_whole_with_its_header(window, qtbot, context):
    window.resize(1920, 1080)  # beside the editor, which keeps the width its tabs need
    page = window.page(ThreatsPage)
    window.show_page(window.pages.index(page))
    qtbot.waitUntil(lambda: len(page.model.rows) > 0)
    view = page.ui.register
    header = view.horizontalHeader()
    assert page.model.headerData(REVIEW, Qt.Orientation.Horizontal) == "Next review"
    widest = max(view.fontMetrics().horizontalAdvance(page.model.index(row, REVIEW).data())
                 for row in range(page.model.rowCount()))
    assert view.columnWidth(REVIEW) >= widest  # "Due in 89 days (…)", not "Due in 89"
    qtbot.waitUntil(lambda: header.sectionViewportPosition(REVIEW) + header.sectionSize(REVIEW)
                    <= view.viewport().width())
    # Read from the left, its header shows where the pane's edge cuts the column.
    assert header.defaultAlignment() & Qt.AlignmentFlag.AlignLeft
    qtbot.waitUntil(lambda: not context.runner.tasks, timeout=30_000)
