"""How the app presents itself to the desktop: its icon, its name for the desktop
entry, and a style that shows where the keyboard is in a table.

The platform's own style draws everything; FocusStyle only frames the current
cell of an item view that has keyboard focus. Styles draw that frame faintly, or
only after a key press, and in the highlight's own colour, so on a selected row
(most tables here select whole rows) it vanished: a keyboard user could not see
which cell the arrow keys move from.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QIcon, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QApplication, QProxyStyle, QStyle

from ocgboard import paths

APP_ICON = paths.resources_dir() / "icons" / "app" / "ocgboard.svg"
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
DESKTOP_ENTRY = "ocgboard"  # packaging/linux/ocgboard.desktop, without its suffix


def app_icon() -> QIcon:
    made = QIcon()
    for size in APP_ICON_SIZES:
        made.addFile(str(APP_ICON.with_name(f"ocgboard-{size}.png")))
    return made


def dress(app: QApplication) -> None:
    """The application's icon (and so every window's), its desktop entry, its style."""
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(DESKTOP_ENTRY)  # Wayland finds the icon and name by it
    app.setStyle(FocusStyle())


class FocusStyle(QProxyStyle):
    """The platform's style, with the current cell of a focused table framed."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802
        if element != QStyle.PrimitiveElement.PE_FrameFocusRect or \
                not isinstance(widget, QAbstractItemView):
            super().drawPrimitive(element, option, painter, widget)
            return
        # Against the row's highlight when selected, else in the highlight's colour.
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        pen = QPen(option.palette.color(role), 2)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing, False)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1))
        painter.restore()
