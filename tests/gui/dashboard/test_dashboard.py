from dataclasses import replace

from PySide6.QtCore import Qt

from ocgboard.core import dashboard
from ocgboard.gui.dashboard.page import DashboardPage
from ocgboard.gui.threats.disruption_log import DisruptionLogDialog


def loaded(window, qtbot) -> DashboardPage:
    page = window.page(DashboardPage)
    first = page.tiles["live_threats"]
    qtbot.waitUntil(lambda: not page.loading and not first.text().startswith("…"),
                    timeout=10_000)
    return page


def test_dashboard_shows_figures_and_charts(window, qtbot, context):
    page = loaded(window, qtbot)
    figures = context.backend.read(dashboard.collect)
    assert page.tiles["live_threats"].text() == f"{figures.live_threats:,} →"
    assert page.tiles["overdue_actions"].text() == f"{figures.overdue_actions:,} →"
    chart = page.charts["actions_by_strand"]
    assert [label for label, _n in chart.bars][0] == "Pursue"
    assert "Pursue" in chart.accessibleDescription()


def test_a_figure_opens_the_matching_list(window, qtbot, monkeypatch):
    page = loaded(window, qtbot)
    opened = []
    monkeypatch.setattr(page.context, "show_filtered",
                        lambda target, **filters: opened.append((target, filters)))
    qtbot.mouseClick(page.tiles["overdue_actions"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.tiles["reviews_overdue"], Qt.MouseButton.LeftButton)
    assert opened == [("actions", {"overdue": True}), ("threats", {"overdue_review": True})]


def test_bars_open_lists_by_keyboard_too(window, qtbot, monkeypatch):
    page = loaded(window, qtbot)
    opened = []
    monkeypatch.setattr(page.context, "show_filtered",
                        lambda target, **filters: opened.append((target, filters)))
    chart = page.charts["threats_by_band"]
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert opened == [("threats", {"band": chart.bars[1][0]})]


def test_disruptions_open_their_log_by_level(context, qtbot):
    dialog = DisruptionLogDialog(context, level="minor")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.level.currentText() == "Minor"
    assert dialog.model.rowCount() > 0
    assert all(row.level == "minor" for row in dialog.model.rows)
    dialog.ui.level.setCurrentText("All levels")
    assert {row.level for row in dialog.model.rows} >= {"minor"}


def test_a_figure_reads_as_a_link_and_opens_by_keyboard(window, qtbot, monkeypatch):
    page = loaded(window, qtbot)
    opened = []
    monkeypatch.setattr(page.context, "show_filtered",
                        lambda target, **filters: opened.append((target, filters)))
    tile = page.tiles["open_actions"]
    # The arrow after the figure, in the text's own colour; no triangle before it.
    assert tile.text().endswith(" →") and tile.icon().isNull()
    assert tile.iconSize().width() == 0
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Space)
    assert opened == [("actions", {"open_only": True})]


def test_a_figure_of_one_says_its_noun_once(window, qtbot, context):
    page = loaded(window, qtbot)
    figures = context.backend.read(dashboard.collect)
    page.show_figures(replace(figures, reviews_overdue=1))
    assert page.tiles["reviews_overdue"].description() == "review overdue"
    assert page.tiles["open_actions"].description() == "open actions"
