"""The main window on a laptop's screen: whole at 1280×800, usable at 1024×700.

A page that asks for more width than the window has takes it from the sections
list beside it, which the splitter squeezes until its titles read "Dashb…";
a filter bar in one long row was what asked for it.
"""

from __future__ import annotations

from ocgboard.gui.threats.models import ThreatsModel
from ocgboard.gui.threats.page import ThreatsPage
from tests.gui.plans.in_window import open_plan

WIDEST_PAGE = 1000


def titles_width(navigation) -> int:
    """The widest title of the sections list with its icon beside it."""
    metrics = navigation.fontMetrics()
    return max(metrics.horizontalAdvance(navigation.item(row).text())
               for row in range(navigation.count())) + navigation.iconSize().width()


def resized(window, qtbot, width: int, height: int) -> None:
    assert window.minimumSizeHint().width() <= width, window.minimumSizeHint()
    window.resize(width, height)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (width, height))


def test_at_1280_by_800_every_page_fits_beside_whole_section_titles(window, qtbot, context):
    resized(window, qtbot, 1280, 800)
    navigation, pages = window.ui.navigation, window.ui.pages
    for number, page in enumerate(window.pages):
        window.show_page(number)
        qtbot.waitUntil(lambda p=page: p.isVisible())
        qtbot.waitUntil(lambda: not context.runner.tasks, timeout=30_000)
        wanted = page.minimumSizeHint().width()
        assert wanted <= WIDEST_PAGE, f"{page.title} needs {wanted} px"
        assert wanted <= pages.width(), f"{page.title} needs {wanted} px of {pages.width()}"
    open_plan(window, qtbot, context)
    assert navigation.viewport().width() >= titles_width(navigation)
    assert navigation.viewport().width() >= navigation.sizeHintForColumn(0)
    plan = window.page(ThreatsPage).editor.plan
    for button in (plan.ui.addFromLibrary, plan.ui.addFree, plan.ui.changeStatus,
                   plan.ui.edit, plan.ui.withdraw):
        assert button.width() >= button.sizeHint().width(), button.text()
    qtbot.waitUntil(lambda: not context.runner.tasks, timeout=30_000)


def test_at_1024_by_700_the_window_still_fits_with_whole_section_titles(window, qtbot,
                                                                       context):
    open_plan(window, qtbot, context)
    resized(window, qtbot, 1024, 700)
    wanted = window.minimumSizeHint()
    assert wanted.width() <= 1024 and wanted.height() <= 700, wanted
    navigation = window.ui.navigation
    assert navigation.viewport().width() >= titles_width(navigation)
    window.ui.splitter.setSizes([40, 984])  # as a splitter dragged before might be restored
    assert navigation.viewport().width() >= titles_width(navigation)
    qtbot.waitUntil(lambda: not context.runner.tasks, timeout=30_000)


def test_at_1366_by_820_the_register_opens_under_its_filters_with_reviews_in_sight(
        window, qtbot, context):
    resized(window, qtbot, 1366, 820)
    page = window.page(ThreatsPage)
    window.show_page(window.pages.index(page))
    qtbot.waitUntil(lambda: page.isVisible() and page.model.rowCount() > 0)
    qtbot.waitUntil(lambda: not context.runner.tasks, timeout=30_000)
    qtbot.wait(50)  # the first split is set once the page is laid out
    view = page.ui.register
    # No band of empty space between the filters and the register: the filters are
    # as tall as their lines, and the register takes the rest.
    filters = page.ui.pageLayout.itemAt(1).geometry()
    assert filters.height() <= page.ui.pageLayout.itemAt(1).heightForWidth(
        filters.width()) + 2, filters
    # With no threat open, the editor beside it does not keep the room its tabs need.
    last = ThreatsModel.C.NEXT_REVIEW
    shown = view.columnViewportPosition(last) + view.columnWidth(last)
    assert shown <= view.viewport().width(), (shown, view.viewport().width())
