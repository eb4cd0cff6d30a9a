"""A horizontal bar chart that is also a list: every bar can be chosen.

Bars are drawn in the palette's own colours, so light and dark themes both
read; each bar carries its label and its number as text, never colour alone.
Up/Down move between bars, Enter opens the chosen one, as a click does.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

ROW = 24
GAP = 6
LABEL_WIDTH = 130
VALUE_WIDTH = 56


class BarChart(QWidget):
    chosen = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.bars: list[tuple[str, int]] = []
        self.current = -1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(title)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, counts: dict) -> None:
        self.bars = [(str(label), int(n)) for label, n in counts.items()]
        self.current = 0 if self.bars else -1
        described = "; ".join(f"{label}: {n}" for label, n in self.bars) or "no figures"
        self.setAccessibleDescription(described)
        self.setToolTip(f"{self.title}\n{described.replace('; ', chr(10))}\n"
                        "Click a bar, or use Up/Down and Enter, to open the list.")
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, self._top() + max(1, len(self.bars)) * (ROW + GAP) + GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.sizeHint().height())

    def _top(self) -> int:
        return QFontMetrics(self.font()).height() + 2 * GAP

    def _bar_rect(self, index: int) -> QRect:
        return QRect(0, self._top() + index * (ROW + GAP), self.width(), ROW)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.drawText(QRect(0, GAP, self.width(), self._top() - GAP),
                         Qt.AlignmentFlag.AlignLeft, self.title)
        painter.setFont(self.font())
        if not self.bars:
            painter.drawText(self._bar_rect(0), Qt.AlignmentFlag.AlignVCenter, "No figures yet")
            return
        biggest = max(n for _, n in self.bars) or 1
        track = max(10, self.width() - LABEL_WIDTH - VALUE_WIDTH - 2 * GAP)
        for index, (label, n) in enumerate(self.bars):
            self._paint_bar(painter, palette, index, label, n, n / biggest * track)

    def _paint_bar(self, painter, palette, index, label, n, length) -> None:
        area = self._bar_rect(index)
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.setPen(text)
        label_box = QRect(area.left(), area.top(), LABEL_WIDTH - GAP, ROW)
        painter.drawText(label_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                         QFontMetrics(self.font()).elidedText(label, Qt.TextElideMode.ElideRight,
                                                              LABEL_WIDTH - GAP))
        bar = QRect(LABEL_WIDTH, area.top() + 3, max(2, int(length)), ROW - 6)
        painter.fillRect(bar, palette.color(QPalette.ColorRole.Highlight))
        painter.drawText(QRect(bar.right() + GAP, area.top(), VALUE_WIDTH, ROW),
                         Qt.AlignmentFlag.AlignVCenter, f"{n:,}")
        if index == self.current and self.hasFocus():
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(area.adjusted(0, 0, -1, -1))

    def _index_at(self, y: int) -> int:
        index = (y - self._top()) // (ROW + GAP)
        return index if 0 <= index < len(self.bars) and y >= self._top() else -1

    def mouseMoveEvent(self, event) -> None:
        inside = self._index_at(int(event.position().y())) >= 0
        self.setCursor(Qt.CursorShape.PointingHandCursor if inside else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event) -> None:
        index = self._index_at(int(event.position().y()))
        if index >= 0:
            self.current = index
            self.update()
            self.chosen.emit(self.bars[index][0])

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.bars:
            step = 1 if key == Qt.Key.Key_Down else -1
            self.current = (self.current + step) % len(self.bars)
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.current >= 0:
            self.chosen.emit(self.bars[self.current][0])
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)
