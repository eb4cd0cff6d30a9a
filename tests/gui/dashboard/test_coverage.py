"""The dashboard's control strategy coverage: its figures are core's, and each opens the
list of exactly what it counts."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt

from ocgboard.core import control, control_coverage, control_tasking, plans, stats
from ocgboard.core.rows import disruptions as disruption_rows
from ocgboard.gui.app import make_context
from ocgboard.gui.dashboard.coverage import AreasModel, BattlesModel
from ocgboard.gui.dashboard.page import DashboardPage
from ocgboard.gui.main_window import MainWindow
from ocgboard.gui.plans.actions_page import ActionsPage
from ocgboard.gui.threats.page import ThreatsPage
from ocgboard.store.models import Action
from tests.conftest import TODAY
from tests.gui.dashboard.test_dashboard import loaded
from tests.helpers import make_action, make_threat

CSAE = "CSAE (organised / online)"


@pytest.fixture
def board(store) -> dict:
    """Two live threats in CSAE (which the strategy's area matches without its
    qualifier), one in County Lines, one closed; open, overdue, completed actions and
    disruptions."""
    with store.session("Chair") as s:
        canal = make_threat(s, "OCG 05/00300", "Canal Street crew", threat_areas="CSAE")
        quay = make_threat(s, "OCG 05/00301", "Quay crew", threat_areas="fraud, csae")
        lines = make_threat(s, "OCG 05/00302", "Hartley Road network",
                            threat_areas="county lines")
        make_threat(s, "OCG 05/00303", "Closed crew", threat_areas="CSAE",
                    status="dismantled")
        late = make_action(s, canal, "PUR-03", due_on="2026-11-01")  # overdue on TODAY
        soon = make_action(s, quay, "PRO-01", due_on="2027-01-01")
        done = make_action(s, canal, "PUR-02", due_on="2026-10-01")
        plans.change_status(s, done, "completed", "Claims reviewed", today=TODAY)
        make_action(s, lines, "PUR-03", due_on="2026-11-01")
        found = {"canal": canal.id.hex, "quay": quay.id.hex, "late": late.id.hex,
                 "soon": soon.id.hex}
    with store.session("Chair") as s:
        for tid, level in ((found["canal"], "major"), (found["canal"], "none"),
                           (found["quay"], "minor")):
            disruption_rows.record_disruption(s, tid, agency="Police", strand="pursue",
                                              level=level, justification="Warrant",
                                              on="2026-11-01", today=TODAY)
    return found


@pytest.fixture
def board_window(store, board, qtbot):
    context = make_context(store)
    shown = MainWindow(context)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    context.runner.wait(30_000)


def area_row(page: DashboardPage, name: str) -> int:
    return next(n for n, (area, _lists) in enumerate(page.coverage.areas.rows)
                if area.name == name)


def shown(view, row: int, column: int) -> str:
    return view.model().index(row, column).data()


def activate(view, row: int, column: int, qtbot) -> None:
    """Enter on the cell, as a person at the keyboard opens a figure."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_Return)


def test_the_panel_lists_the_areas_of_the_strategy_in_force(window, qtbot, context):
    page = loaded(window, qtbot)
    with context.backend.store.reader() as s:
        names = [a.name for a in control.areas(s, control.in_force(s, TODAY))]
    assert len(names) == 12 and CSAE in names  # seed 002's, and three the demo board added
    view = page.ui.areas
    assert [shown(view, n, AreasModel.C.AREA) for n in range(view.model().rowCount())] == names
    assert not view.isHidden() and "Control Strategy May 2024" in page.ui.coverageNote.text()


def test_an_areas_figures_are_cores(board_window, qtbot):
    page = loaded(board_window, qtbot)
    start = stats.six_months_to(TODAY)
    with page.context.backend.store.reader() as s:
        core = {a.name: a for a in control_coverage.by_area(s, start, TODAY)}[CSAE]
    row, view, c = area_row(page, CSAE), page.ui.areas, AreasModel.C
    figures = [shown(view, row, column)
               for column in (c.THREATS, c.OPEN, c.OVERDUE, c.DISRUPTIONS)]
    assert figures == ["2", "2", "1", "2"]
    assert figures == [str(n) for n in (core.threats, core.open_actions, core.overdue,
                                        core.disruptions)]
    assert shown(view, row, c.MODEL) == core.management_model
    assert shown(view, row, c.STRANDS) == "Pursue, Protect"


def test_an_areas_threats_open_the_register_showing_exactly_them(board_window, board,
                                                                   qtbot):
    page = loaded(board_window, qtbot)
    activate(page.ui.areas, area_row(page, CSAE), AreasModel.C.THREATS, qtbot)
    threats = board_window.page(ThreatsPage)
    assert board_window.current_page() is threats
    qtbot.waitUntil(lambda: bool(threats.model.rows), timeout=5_000)
    assert sorted(r.id for r in threats.model.rows) == sorted([board["canal"], board["quay"]])


def test_an_areas_open_actions_open_the_chase_list_showing_exactly_them(board_window,
                                                                          board, qtbot):
    page = loaded(board_window, qtbot)
    view = page.ui.areas
    rect = view.visualRect(view.model().index(area_row(page, CSAE), AreasModel.C.OPEN))
    page.ui.scroll.ensureWidgetVisible(view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    actions = board_window.page(ActionsPage)
    assert board_window.current_page() is actions
    assert {r.id for r in actions.model.rows} == {board["late"], board["soon"]}
    assert f"only the open actions of {CSAE}" in actions.ui.count.text()
    qtbot.mouseClick(actions.ui.clearFilters, Qt.MouseButton.LeftButton)
    assert len(actions.model.rows) == 4  # every action again


def test_an_areas_overdue_and_disruptions_open_theirs(board_window, board, qtbot,
                                                        monkeypatch):
    page = loaded(board_window, qtbot)
    activate(page.ui.areas, area_row(page, CSAE), AreasModel.C.OVERDUE, qtbot)
    assert [r.id for r in board_window.page(ActionsPage).model.rows] == [board["late"]]
    board_window.show_page(board_window.pages.index(page))
    opened = []
    from ocgboard.gui.threats import disruption_log

    monkeypatch.setattr(disruption_log.DisruptionLogDialog, "open",
                        lambda dialog: opened.append(dialog))
    activate(page.ui.areas, area_row(page, CSAE), AreasModel.C.DISRUPTIONS, qtbot)
    (dialog,) = opened
    assert sorted(r.level for r in dialog.model.rows) == ["major", "minor"]  # not "none"
    assert "only the disruptions with an effect of CSAE" in dialog.ui.summary.text()


def test_a_battle_served_by_nothing_says_so_until_an_action_serves_it(board_window, board,
                                                                        qtbot):
    page = loaded(board_window, qtbot)
    view, c = page.ui.battles, BattlesModel.C
    row = next(n for n, b in enumerate(page.coverage.battles.rows) if b.number == "5.1")
    assert shown(view, row, c.WORK) == "no live action"
    assert "14 of 14 battles have no live action" in page.ui.battlesNote.text()

    def task(session, action_id):
        action = session.get(Action, uuid.UUID(action_id))
        control_tasking.serve(session, action, "5.1")

    page.context.backend.write(task, board["soon"])
    qtbot.waitUntil(lambda: shown(view, row, c.WORK) == "1 action", timeout=10_000)
    assert "13 of 14 battles have no live action" in page.ui.battlesNote.text()
    activate(view, row, c.WORK, qtbot)
    actions = board_window.page(ActionsPage)
    assert [r.id for r in actions.model.rows] == [board["soon"]]
    assert "serving battle 5.1" in actions.ui.count.text()


def test_no_strategy_in_force_is_said_in_one_line(window, qtbot):
    page = loaded(window, qtbot)
    glance = page.coverage.glance
    page.coverage.show(type(glance)(glance.start, glance.end, None, (), (), glance.battles))
    assert page.ui.areas.isHidden()
    assert page.ui.coverageNote.text().startswith("No control strategy was in force on 23 ")
