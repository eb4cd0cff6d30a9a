"""A look that belongs on a desktop: the current cell of a table with keyboard focus
is framed so that it shows on a selected row too; columns are fitted to what they
hold the first time, a main column takes the width left, and widths a person set
are kept."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView

from ocgboard.gui import columns, look
from ocgboard.gui.main_window import MainWindow
from ocgboard.gui.threats.page import ThreatsPage


@pytest.fixture
def table(qtbot):
    model = QStandardItemModel(3, 3)
    for row in range(3):
        for column in range(3):
            model.setItem(row, column, QStandardItem(f"cell {row}.{column}"))
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setStyle(look.FocusStyle())
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show()
    qtbot.waitExposed(view)
    view.setCurrentIndex(model.index(1, 1))
    return view


def edge_colour(view: QTableView) -> QColor:
    """The colour just inside the current cell's left edge, halfway down."""
    rect = view.visualRect(view.currentIndex())
    image = view.viewport().grab().toImage()
    return image.pixelColor(rect.left() + 1, rect.center().y())


def test_the_current_cell_of_a_focused_table_is_framed_on_its_selected_row(table, qtbot):
    table.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    framed = edge_colour(table)
    table.clearFocus()
    qtbot.waitUntil(lambda: not table.hasFocus())
    plain = edge_colour(table)
    assert framed != plain
    text = table.palette().color(QPalette.ColorRole.HighlightedText)
    assert framed == text  # the frame stands out against the row's highlight


def test_the_app_draws_with_that_style():
    app = QApplication.instance()
    name = app.style().name()
    try:
        look.dress(app)
        assert isinstance(app.style(), look.FocusStyle)
    finally:
        app.setStyle(name)


def shown_register(context, qtbot, size=None):
    """A new main window on the Threats page, its register filled."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(window.pages.index(window.page(ThreatsPage)))
    register = window.page(ThreatsPage).ui.register
    qtbot.waitUntil(lambda: register.model().rowCount() > 0)
    return window, register


def test_columns_fit_their_content_once_and_the_main_one_stretches(context, qtbot):
    _window, register = shown_register(context, qtbot, (1600, 900))
    header = register.horizontalHeader()
    qtbot.waitUntil(lambda: header.property(columns.FITTED) is True)
    first = register.sizeHintForColumn(0)
    assert header.sectionSize(0) >= min(first, columns.WIDEST)
    stretched = [i for i in range(header.count())
                 if header.sectionResizeMode(i) == QHeaderView.ResizeMode.Stretch]
    assert stretched or header.stretchLastSection()
    used = header.length()
    assert used >= register.viewport().width() - 1  # no empty band to the right


def test_widths_a_person_set_are_kept(context, qtbot):
    window, register = shown_register(context, qtbot)
    register.horizontalHeader().resizeSection(0, 217)
    window.close()
    _again, kept = shown_register(context, qtbot)
    qtbot.wait(50)
    assert kept.horizontalHeader().sectionSize(0) == 217
