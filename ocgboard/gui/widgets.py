"""Small pieces every page uses: RAG swatches (always with words), messages."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
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
