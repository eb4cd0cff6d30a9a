"""Counts in the app read as a person says them: "1 threat", "2 threats"."""

from __future__ import annotations

from ocgboard.core import register
from ocgboard.gui.app import make_context
from ocgboard.gui.main_window import MainWindow
from ocgboard.gui.meetings.print_dialog import PrintDialog
from ocgboard.gui.threats.page import ThreatsPage
from ocgboard.reports import printing

A4 = (595.0, 842.0)


def test_a_register_of_one_threat_says_1_threat(store, qtbot):
    context = make_context(store)
    context.backend.write(register.add, "OCG 99/00001", "Late arrivals")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.page(ThreatsPage)
    window.show_page(window.pages.index(page))
    qtbot.waitUntil(lambda: page.ui.count.text() != "")
    assert page.ui.count.text() == "1 threat"
    context.backend.write(register.add, "OCG 99/00002", "Early leavers")
    qtbot.waitUntil(lambda: page.ui.count.text() == "2 threats")
    page.ui.search.setText("Late")
    qtbot.waitUntil(lambda: page.ui.count.text() == "Showing 1 of 2 threats")
    context.runner.wait(30_000)


def test_printing_a_one_page_pack_says_1_page(qtbot):
    dialog = PrintDialog(printing.Queues(("office",), "office"), 1, A4)
    qtbot.addWidget(dialog)
    assert dialog.ui.orientation.text().startswith("1 page, portrait A4")
    assert dialog.ui.pages.placeholderText() == "all 1 page, or such as 1-3,7"
