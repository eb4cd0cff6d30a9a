"""A picture of the app's first window, for the smoke test of a desktop bundle and
for the benchmark of its start: with OCGBOARD_SNAPSHOT=FILE.png set, the app saves
its main window once it is shown and has settled, writes beside it FILE.png.json
(when the window was shown, by the system's monotonic clock, which every process
on the machine shares, so that the one that started the app can time its
start), and quits. A window that never shows (a dialog waiting for someone)
is pictured as it stands after WAIT_MS and the app ends with status 3.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

ENV = "OCGBOARD_SNAPSHOT"
SETTLE_MS = 1500  # the dashboard's figures are counted off the GUI thread
WAIT_MS = 60_000
NO_WINDOW = 3


class Snapshot(QObject):
    def __init__(self, app: QApplication, target: Path):
        super().__init__(app)
        self.app = app
        self.target = target
        self.shown_at: float | None = None
        self.waited = QTimer(self, singleShot=True, interval=WAIT_MS)
        self.waited.timeout.connect(self._gave_up)
        self.waited.start()
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (self.shown_at is None and event.type() == QEvent.Type.Show
                and isinstance(watched, QMainWindow)):
            self.shown_at = time.monotonic()
            self.waited.stop()
            QTimer.singleShot(SETTLE_MS, lambda: self._take(watched, 0))
        return False

    def _gave_up(self) -> None:
        window = self.app.activeWindow() or next(
            (w for w in self.app.topLevelWidgets() if w.isVisible()), None)
        self._take(window, NO_WINDOW)
        # The window waiting is a dialog's own event loop, which would swallow the
        # status; nothing is open yet that needs closing.
        os._exit(NO_WINDOW)

    def _take(self, window: QWidget | None, status: int) -> None:
        if window is not None:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            _picture(window).save(str(self.target), "PNG")
        facts = {"shown_at": self.shown_at, "saved_at": time.monotonic(),
                 "title": window.windowTitle() if window is not None else None,
                 "platform": self.app.platformName()}
        Path(f"{self.target}.json").write_text(json.dumps(facts), encoding="utf-8")
        self.app.exit(status)


def _picture(window: QWidget) -> QPixmap:
    """What the display shows of the window (under X, read back from the server),
    else the window drawn by itself where the platform cannot read the screen."""
    screen = window.screen()
    frame = window.frameGeometry()
    shot = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()) \
        if screen is not None else QPixmap()
    return shot if not shot.isNull() else window.grab()


def arm(app: QApplication) -> Snapshot | None:
    target = os.environ.get(ENV)
    return Snapshot(app, Path(target).expanduser().resolve()) if target else None
