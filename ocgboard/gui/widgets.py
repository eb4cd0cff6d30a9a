"""Small pieces every page uses: RAG swatches (always with words), messages."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMessageBox, QWidget

from ocgboard.core import rag


@cache
def rag_icon(rating: str) -> QIcon:
    """A small square of the RAG colour, outlined so it shows on light and dark themes.

    Colour is never the only signal: views put the rating's words beside it.
    """
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#202020"))
    painter.setBrush(QColor(rag.COLOURS.get(rating, "#999999")))
    painter.drawRect(1, 1, 11, 11)
    painter.end()
    return QIcon(pixmap)


def refused(parent: QWidget, title: str, message: str) -> None:
    """A one-line reason, as the services word it, when something is refused."""
    QMessageBox.warning(parent, title, message)


def select_row(view, index) -> None:
    """Make `index`'s row the view's current and only selected row."""
    view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


def select_key(view, model, key, proxy=None) -> bool:
    """Show the row of `model` with this key (through `proxy`, if the view sorts or
    filters); False when the model does not hold it."""
    number = model.find(key) if key is not None else -1
    if number < 0:
        return False
    index = model.index(number, 0)
    if proxy is not None:
        index = proxy.mapFromSource(index)
    select_row(view, index)
    view.scrollTo(index)
    return True


def select_key_or_first(view, proxy, model, key) -> None:
    """After a reload: the row with this key again, else the first row shown."""
    found = model.find(key) if key is not None else -1
    row = proxy.mapFromSource(model.index(found, 0)).row() if found >= 0 else 0
    if proxy.rowCount():
        select_row(view, proxy.index(row, 0))

