"""Column widths: fitted to what the columns hold the first time a table has rows,
with the width left over going to a column rather than to an empty band beside
the last; after that, whatever widths the person set, as remembered (settings.py).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

FITTED = "ocgboardFitted"  # a header's property, once its columns have been fitted
WIDEST = 420  # pixels: a long text column is cut here, the rest seen by its tooltip
_SIGNALS = ("modelReset", "rowsInserted", "layoutChanged")


def fill_width(header: QHeaderView) -> None:
    """The last column takes the width left, unless a main column already does."""
    stretched = any(header.sectionResizeMode(i) == QHeaderView.ResizeMode.Stretch
                    for i in range(header.count()))
    if not stretched:
        header.setStretchLastSection(True)


def fit_when_filled(header: QHeaderView) -> None:
    """Fit the columns to their content once the table first has rows (a page loads
    its rows only when it is first shown)."""
    view, model = header.parentWidget(), header.model()
    if not isinstance(view, QAbstractItemView) or model is None:
        return
    if model.rowCount() > 0:
        fit(view, header)
        return

    def filled(*_args) -> None:
        # The model may outlive its view: a page's table closed with its window.
        if not shiboken6.isValid(header) or not shiboken6.isValid(view):
            return
        if model.rowCount() == 0 or header.property(FITTED):
            return
        for name in _SIGNALS:
            getattr(model, name).disconnect(filled)
        fit(view, header)

    for name in _SIGNALS:
        getattr(model, name).connect(filled)


def fit(view: QAbstractItemView, header: QHeaderView) -> None:
    """Each column the person may resize as wide as its header and the rows in sight
    need, up to WIDEST; columns the page sizes another way are left to it."""
    for column in range(header.count()):
        if header.isSectionHidden(column) or \
                header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
            continue
        wanted = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        header.resizeSection(column, min(wanted, WIDEST))
    header.setProperty(FITTED, True)
