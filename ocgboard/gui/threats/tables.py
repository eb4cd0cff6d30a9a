"""How the threat editor's tables are laid out: one line a row, columns sized once."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView


def compact(view: QTableView) -> None:
    """One line a row, of a fixed height: no per-row height work on long lists."""
    view.setWordWrap(False)
    rows_header = view.verticalHeader()
    rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows_header.setDefaultSectionSize(view.fontMetrics().height() + 8)


def fit_columns(view: QTableView, widest: int = 240) -> None:
    """Columns as wide as their contents (short lists only), none wider than `widest`."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count() - 1):
        header.resizeSection(column, min(header.sectionSize(column), widest))
