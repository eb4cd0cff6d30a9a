"""How the app presents itself to the desktop: its icon, its name for the desktop
entry, and a style that shows where the keyboard is in a table.

The platform's own style draws everything; FocusStyle only frames the current
cell of an item view that has keyboard focus. Styles draw that frame faintly, or
only after a key press, and in the highlight's own colour, so on a selected row
(most tables here select whole rows) it vanished: a keyboard user could not see
which cell the arrow keys move from.

Where the app colours text itself (a refusal in red, a withdrawn action dimmed), the
colour is chosen from the palette it is drawn on, so that it reads on a dark desktop
theme as on a light one: at least the 4.5:1 contrast WCAG asks of body text.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPalette, QPen
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


LEGIBLE = 4.5  # WCAG 2 AA, for text of ordinary size
# A red for a refusal or a warning: the darker one on a light window, the lighter on a
# dark one; each is over 4.5:1 against the windows and bases themes commonly have.
WARNING_ON_LIGHT, WARNING_ON_DARK = "#b3261e", "#ff8a80"


def luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of an opaque colour."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4
    return (0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
            + 0.0722 * linear(colour.blueF()))


def contrast(one: QColor, other: QColor) -> float:
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def is_dark(palette: QPalette) -> bool:
    """Whether the theme draws light text on dark windows."""
    return palette.color(QPalette.ColorRole.Window).lightnessF() < \
        palette.color(QPalette.ColorRole.WindowText).lightnessF()


def warning(palette: QPalette) -> QColor:
    return QColor(WARNING_ON_DARK if is_dark(palette) else WARNING_ON_LIGHT)


def dimmed(palette: QPalette, text: QPalette.ColorRole = QPalette.ColorRole.Text,
           grounds: tuple[QPalette.ColorRole, ...] = (QPalette.ColorRole.Base,
                                                       QPalette.ColorRole.AlternateBase)
           ) -> QColor:
    """Text that reads as secondary yet stays legible: the `text` role's colour faded
    toward the first of `grounds` only as far as it keeps 4.5:1 on each of them. A
    theme's own placeholder and disabled colours are fainter than that (about 4:1 and
    under 2:1), fit for an empty field's hint but not for words a person must read."""
    ink, behind = palette.color(text), [palette.color(role) for role in grounds]
    for step in range(50, 101, 5):
        share = step / 100
        made = QColor.fromRgbF(*(share * getattr(ink, c)() + (1 - share) * getattr(
            behind[0], c)() for c in ("redF", "greenF", "blueF")))
        if all(contrast(made, ground) >= LEGIBLE + 0.1 for ground in behind):
            return made
    return ink


def dark_palette() -> QPalette:
    """A palette as a dark desktop theme gives the app, for the screenshots' dark set
    and the tests: Qt's offscreen and plain X11 platforms report no colour scheme and
    ignore QStyleHints.setColorScheme, so Fusion is given the palette itself."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    text, window, base = QColor("#e6e6e6"), QColor("#2b2b2b"), QColor("#1e1e1e")
    palette = QPalette(*(QBrush(c) for c in (text, QColor("#353535"), QColor("#4a4a4a"),
                                             QColor("#1a1a1a"), QColor("#262626"), text,
                                             QColor("#ffffff"), base, window)))
    for name, colour in ((role.AlternateBase, "#262626"), (role.Highlight, "#3d7ab8"),
                         (role.HighlightedText, "#ffffff"), (role.ToolTipBase, "#353535"),
                         (role.ToolTipText, "#e6e6e6"), (role.Link, "#8ab4f8"),
                         (role.LinkVisited, "#c58af9"), (role.Accent, "#3d7ab8")):
        palette.setColor(name, QColor(colour))
    faded = QColor(text)
    faded.setAlpha(128)  # as Qt and the desktops derive it: half the text's colour
    palette.setColor(role.PlaceholderText, faded)
    for name in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, name, QColor("#8c8c8c"))
    return palette


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
