"""Render the application icon's PNG sizes from resources/icons/app/ocgboard.svg.

Desktops and window managers that do not scale SVG pick the nearest PNG, so the
sizes they ask for most are made once here and kept beside the SVG:

    .venv/bin/python tools/app_icon.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from ocgboard.gui.look import APP_ICON, APP_ICON_SIZES

    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(APP_ICON))
    if not renderer.isValid():
        sys.exit(f"cannot read {APP_ICON}")
    for size in APP_ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = APP_ICON.with_name(f"ocgboard-{size}.png")
        image.save(str(target))
        print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
