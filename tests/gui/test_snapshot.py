"""OCGBOARD_SNAPSHOT: the app's first main window saved as a picture, with when it
was shown, for the bundle's smoke test and its start-up benchmark."""

from __future__ import annotations

import json

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QMainWindow

from ocgboard.gui import snapshot


def test_without_the_variable_nothing_is_armed(qapp, monkeypatch):
    monkeypatch.delenv(snapshot.ENV, raising=False)
    assert snapshot.arm(qapp) is None


def test_the_first_main_window_shown_is_saved(qapp, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "shots" / "window.png"
    monkeypatch.setenv(snapshot.ENV, str(target))
    monkeypatch.setattr(snapshot, "SETTLE_MS", 0)
    exits = []
    monkeypatch.setattr(qapp, "exit", exits.append)
    armed = snapshot.arm(qapp)
    assert armed is not None
    try:
        label = QLabel("a dialog's label, not a main window")
        qtbot.addWidget(label)
        label.show()
        window = QMainWindow()
        window.setWindowTitle("Northshire board")
        window.setCentralWidget(QLabel("the board"))
        window.resize(320, 200)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: exits == [0], timeout=5000)
    finally:
        qapp.removeEventFilter(armed)
        armed.waited.stop()
        armed.deleteLater()
    picture = QImage(str(target))
    assert not picture.isNull() and picture.width() >= 320
    facts = json.loads((tmp_path / "shots" / "window.png.json").read_text())
    assert facts["title"] == "Northshire board"
    assert facts["shown_at"] <= facts["saved_at"]
