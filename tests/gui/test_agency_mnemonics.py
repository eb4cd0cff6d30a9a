"""An agency's laptop has a window of its own (My tasks, History, sending the
return): no two controls seen together there share an Alt letter either, and its
pages' titles are its own."""

from __future__ import annotations

from ocgboard.gui.board.desk import Desk
from ocgboard.gui.main_window import MainWindow
from tests.gui.plans.test_my_tasks import dwp  # noqa: F401 (a fixture)
from tests.gui.test_mnemonics import clashes, letter, menus, views


def test_an_agency_laptop_has_no_alt_letter_twice(dwp, qtbot):  # noqa: F811
    with dwp.on():
        desk = Desk(MainWindow)
        try:
            assert desk.start()
            window = desk.window
            qtbot.waitExposed(window)
            context = window.context
            found = menus(window)
            bar = [(letter(a.text()), f"menu '{a.text()}'")
                   for a in window.menuBar().actions() if a.isVisible() and letter(a.text())]
            around = [bar + seen for seen in views(window, skip=window.ui.pages)]
            assert window.role is not None  # the agency's own window, not the board's
            for number, page in enumerate(window.pages):
                window.show_page(number)
                qtbot.waitUntil(lambda p=page: p.isVisible())
                qtbot.waitUntil(lambda: not context.runner.tasks, timeout=30_000)
                found |= clashes(f"{page.title} page",
                                 [outer + seen for outer in around for seen in views(page)])
            titles = [page.title for page in window.pages]
            assert len(titles) == len(set(titles)), titles
            assert not found, "\n".join(sorted(found))
        finally:
            desk.close()
