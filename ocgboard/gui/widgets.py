"""Small pieces every page uses: RAG swatches (always with words), messages."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF
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


def arrow_icon(colour: QColor, size: int = 16) -> QIcon:
    """A right-pointing arrow in the text's colour: Qt's own is dark on every theme."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF([QPointF(size * 0.3, size * 0.2), QPointF(size * 0.8, size * 0.5),
                                   QPointF(size * 0.3, size * 0.8)]))
    painter.end()
    return QIcon(pixmap)


def refused(parent: QWidget, title: str, message: str) -> None:
    """A one-line reason, as the services word it, when something is refused."""
    QMessageBox.warning(parent, title, message)
