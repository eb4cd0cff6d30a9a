"""A row of controls that goes on to a second line when the window is too narrow for it.

Designer has no such layout, so a form lays the row out as a QHBoxLayout and the
page puts it in a flow with `wrap`. A row in one line asks the window for the
width of all its controls together, and on a laptop's screen the splitter takes
that width from the sections list; a flow asks only for its widest control.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QLayout, QLayoutItem

GAP = 6  # where the row had no spacing of its own to keep


class FlowLayout(QLayout):
    """Items left to right at their preferred widths, as many lines as the width needs,
    each item centred on its line's height."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """All in one line, as it is where there is room."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown) + self._gap() * max(
            len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:
        """The widest item alone on a line: a narrower window wraps the rest."""
        shown = self._shown()
        width = max((item.minimumSize().width() for item in shown), default=0)
        height = max((item.minimumSize().height() for item in shown), default=0)
        return self._with_margins(QSize(width, height))

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        return self.spacing() if self.spacing() >= 0 else GAP

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _lines(self, width: int) -> list[list[tuple[QLayoutItem, int]]]:
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]
        used = 0
        for item in self._shown():
            wide = max(min(item.sizeHint().width(), width), item.minimumSize().width())
            if lines[-1] and used + self._gap() + wide > width:
                lines.append([])
                used = 0
            used += (self._gap() if lines[-1] else 0) + wide
            lines[-1].append((item, wide))
        return lines

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in `rect` (only measure, unless `move`): the height used."""
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = inner.y()
        lines = [line for line in self._lines(inner.width()) if line]
        for number, line in enumerate(lines):
            tall = max(item.sizeHint().height() for item, _wide in line)
            x = inner.x()
            for item, wide in line:
                high = min(item.sizeHint().height(), tall)
                if move:
                    item.setGeometry(QRect(QPoint(x, y + (tall - high) // 2), QSize(wide, high)))
                x += wide + self._gap()
            y += tall + (self._gap() if number < len(lines) - 1 else 0)
        return y - rect.y() + margins.bottom()


def wrap(row: QBoxLayout) -> FlowLayout:
    """Put a form's row in a flow, in the row's place: its controls in their order, a
    label with the control it names kept on one line, a layout inside the row kept
    whole (a check box and the field it enables), its spacers left out (a flow has no
    room to fill)."""
    outer = row.parent()
    assert isinstance(outer, QBoxLayout), "wrap() takes a row inside a box layout"
    index = outer.indexOf(row)
    flow = FlowLayout()
    flow.setSpacing(row.spacing())
    items = []
    while row.count():
        items.append(row.takeAt(0))
    pending: QLabel | None = None
    for item in items:
        widget, inner = item.widget(), item.layout()
        if pending is not None and widget is not None and pending.buddy() is widget:
            pair = QHBoxLayout()
            pair.setSpacing(row.spacing())
            flow.addChildLayout(pair)
            flow.addItem(pair)
            pair.addWidget(pending)
            pair.addWidget(widget)
            pending = None
            continue
        if pending is not None:
            flow.addWidget(pending)
            pending = None
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            pending = widget
        elif widget is not None:
            flow.addWidget(widget)
        elif inner is not None:
            inner.setParent(None)
            flow.addChildLayout(inner)
            flow.addItem(inner)
    if pending is not None:
        flow.addWidget(pending)
    outer.takeAt(index)
    outer.insertLayout(index, flow)
    row.deleteLater()
    return flow
