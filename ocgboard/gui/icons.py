"""The icons of the sections and the main actions.

Each has an icon shipped in resources/icons (a subset of Lucide, whose licence is
beside them) and, where freedesktop names one, the icon theme's name for it: a
desktop whose theme has that icon shows its own, so the app looks like the rest of
the desktop; elsewhere (Windows, a bare window manager) the shipped one is drawn.
The shipped icons are line drawings in `currentColor`, drawn here in the palette's
text colour, so they stay legible in dark mode.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ocgboard import paths

# name: (file in resources/icons, freedesktop icon name or None)
ICONS: dict[str, tuple[str, str | None]] = {
    # the sections
    "dashboard": ("layout-dashboard.svg", None),
    "threats": ("shield-alert.svg", None),
    "actions": ("list-checks.svg", None),
    "tasks": ("list-todo.svg", None),
    "agencies": ("users.svg", None),
    "meetings": ("calendar-days.svg", None),
    "library": ("library-big.svg", None),
    "strategy": ("target.svg", None),
    "control": ("shield-alert.svg", None),  # none of the shipped set says it better yet
    "exchange": ("arrow-left-right.svg", None),
    "history": ("history.svg", None),
    # the main actions
    "boards": ("folder-open.svg", "document-open"),
    "board-settings": ("sliders-horizontal.svg", "document-properties"),
    "new": ("file-plus.svg", "document-new"),
    "print": ("printer.svg", "document-print"),
    "import": ("file-input.svg", "document-import"),
    "export": ("file-output.svg", "document-export"),
    "back-up": ("hard-drive-download.svg", "document-save"),
    "restore": ("archive-restore.svg", "document-revert"),
    "lock": ("lock.svg", "system-lock-screen"),
    "quit": ("log-out.svg", "application-exit"),
    "undo": ("undo-2.svg", "edit-undo"),
    "redo": ("redo-2.svg", "edit-redo"),
    "find": ("search.svg", "edit-find"),
    "preferences": ("settings.svg", "preferences-system"),
    "guide": ("book-open.svg", "help-contents"),
    "shortcuts": ("keyboard.svg", "preferences-desktop-keyboard"),
    "about": ("info.svg", "help-about"),
}
SIZES = (16, 20, 24, 32, 48, 64)


def icon(name: str) -> QIcon:
    """The theme's icon for `name` where the desktop has one, else the shipped one."""
    file, theme = ICONS[name]
    if theme and QIcon.hasThemeIcon(theme):
        return QIcon.fromTheme(theme)
    return QIcon(_shipped(file, _ink().name()))


def _ink():
    app = QGuiApplication.instance()
    palette = app.palette() if isinstance(app, QGuiApplication) else QPalette()
    return palette.color(QPalette.ColorRole.WindowText)


@cache
def _shipped(file: str, colour: str) -> QIcon:
    svg = (paths.resources_dir() / "icons" / file).read_text(encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode()))
    made = QIcon()
    for size in SIZES:
        for ratio in (1, 2):  # sharp on a high-density screen too
            image = QImage(size * ratio, size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
            painter.end()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            made.addPixmap(pixmap)
    return made


# The main window's actions (by their name in ui/main_window.ui) and their icons.
ACTIONS = {
    "menuBoards": "boards", "actionBoardSettings": "board-settings", "actionNew": "new",
    "actionPrint": "print", "actionImport": "import", "actionExport": "export",
    "actionBackUp": "back-up", "actionRestore": "restore", "actionLock": "lock",
    "actionQuit": "quit", "actionFind": "find", "actionPreferences": "preferences",
    "actionGuide": "guide", "actionShortcuts": "shortcuts", "actionAbout": "about",
}


def dress_actions(ui) -> None:
    """Each of the window's actions (and the Open board menu) its icon."""
    for attribute, name in ACTIONS.items():
        getattr(ui, attribute).setIcon(icon(name))
