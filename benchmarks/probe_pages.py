"""Page measurements for gui_probe.py: the register's filter and the threat editor."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ocgboard.gui.threats.page import ThreatsPage

TYPED = "hartley"


def measure(app, window, settle) -> dict:
    page = window.page(ThreatsPage)
    window.show_page(window.pages.index(page))
    settle(app, until=lambda: len(page.model.all) > 0)
    search = page.ui.search
    search.setFocus()
    worst = 0.0
    for letter in TYPED:
        started = time.perf_counter()
        QTest.keyClick(search, letter)
        app.processEvents()
        worst = max(worst, time.perf_counter() - started)
    for _ in TYPED:  # and back again, as a person correcting a typo does
        started = time.perf_counter()
        QTest.keyClick(search, Qt.Key.Key_Backspace)
        app.processEvents()
        worst = max(worst, time.perf_counter() - started)
    threat_ids = [row.id for row in page.model.all[:: max(1, len(page.model.all) // 10)]][:10]
    slowest = 0.0
    for tid in threat_ids:
        started = time.perf_counter()
        page.editor.show_threat(tid)
        app.processEvents()
        slowest = max(slowest, time.perf_counter() - started)
    return {"filter_ms": worst * 1000, "keys": 2 * len(TYPED), "editor_ms": slowest * 1000,
            "threats": len(page.model.all)}
