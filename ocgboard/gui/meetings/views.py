"""How the meeting tables are laid out: compact rows, widths that fit their words."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView


def tidy(view: QTableView, widths: dict[int, int] | None = None) -> None:
    """One line per row, a little air around it, and starting column widths (the
    user's own widths, restored from settings afterwards, win)."""
    view.setWordWrap(False)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    for column, width in (widths or {}).items():
        view.setColumnWidth(column, width)
