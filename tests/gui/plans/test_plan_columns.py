"""The 4P plan reads like the template: every SMART column where there is room, the
least needed ones dropped one by one as the panel narrows (and said so), text wrapped
to a limit, the template's stock wording said once a strand, the chosen action in
full below, columns fitted to what they hold and widths a person set kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ocgboard.core import dates
from ocgboard.core.rows import chase as chase_rows
from ocgboard.core.rows import plans as plan_rows
from ocgboard.gui.plans import plan_columns
from ocgboard.gui.plans.plan_model import AS_ABOVE, PlanModel
from ocgboard.gui.plans.plan_tab import MAX_LINES, PlanTab
from ocgboard.gui.threats.editor import Tab
from ocgboard.gui.threats.page import ThreatsPage
from tests.gui.plans.test_plans import choose_row

C = PlanModel.Columns
KEPT = {C.NUMBER, C.SPECIFIC, C.OWNER, C.STATUS, C.RAG}


def biggest_plan(context) -> str:
    """The demo threat with the most actions: every strand has some."""
    refs = [row.threat_ref for row in context.backend.read(chase_rows.action_rows)]
    return max(set(refs), key=refs.count)


def make_tab(context, qtbot, width: int, reference: str | None = None) -> PlanTab:
    tab = PlanTab(context)
    qtbot.addWidget(tab)
    tab.resize(width, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.show_threat(reference or biggest_plan(context))
    settle(tab, qtbot)
    return tab


@pytest.fixture
def tab(context, qtbot):
    return make_tab(context, qtbot, 1700)


def settle(tab, qtbot) -> None:
    """The columns are fitted to the width the table has now."""
    qtbot.waitUntil(lambda: tab.columns.fitted_to == tab.ui.plan.viewport().width())


def hidden(tab) -> list[C]:
    return [c for c in C if tab.ui.plan.isColumnHidden(c)]


def header(column: C) -> str:
    return PlanModel.COLUMNS[column].header


def assert_the_hint_is_true(tab) -> None:
    gone = hidden(tab)
    summary = tab.ui.summary.text()
    named = [c for c in C if c not in KEPT and header(c) in summary]
    assert named == [c for c in C if c in gone]  # every hidden column, and only those
    assert ("hidden" in summary) == bool(gone)


def assert_the_shown_columns_fit(tab) -> None:
    view = tab.ui.plan
    used = sum(view.columnWidth(c) for c in C if not view.isColumnHidden(c))
    assert used <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()


@pytest.fixture
def plan_window(window, qtbot, context):
    page = window.page(ThreatsPage)
    window.show_page(window.pages.index(page))
    qtbot.waitUntil(lambda: len(page.model.rows) > 0)
    reference = biggest_plan(context)
    tid = next(row.id for row in page.model.all if row.reference == reference)
    page.select(tid)
    page.editor.show_threat(tid, Tab.PLAN)
    tab = page.editor.plan
    qtbot.waitUntil(lambda: tab.plan is not None and tab.isVisible())
    yield window, tab
    qtbot.waitUntil(lambda: not context.runner.tasks, timeout=30_000)


@pytest.mark.parametrize("width", [1024, 1440, 1920])
def test_the_plan_shows_what_fits_and_says_which_columns_are_hidden(plan_window, qtbot, width):
    window, tab = plan_window
    window.resize(width, 900)
    qtbot.waitUntil(lambda: window.width() == max(width, window.minimumSizeHint().width()))
    settle(tab, qtbot)
    gone = hidden(tab)
    assert KEPT.isdisjoint(gone)
    assert gone == sorted(plan_columns.DROP[:len(gone)])  # the least needed go first
    assert_the_shown_columns_fit(tab)
    assert_the_hint_is_true(tab)
    if width == 1440:  # the template's columns that say most stay: Timebound, Due
        assert set(gone) <= {C.MEASURABLE, C.ACHIEVABLE, C.RELEVANT}
    if width == 1920:
        assert gone == []


def test_columns_go_one_by_one_as_the_plan_narrows_and_come_back(context, qtbot):
    tab = make_tab(context, qtbot, 1800)
    counts = []
    least = tab.minimumSizeHint().width()  # as narrow as the tab goes
    for width in [*range(1800, least, -60), *range(least, 1850, 100)]:
        tab.resize(width, 800)
        settle(tab, qtbot)
        gone = hidden(tab)
        assert set(gone) == set(plan_columns.DROP[:len(gone)])
        assert_the_hint_is_true(tab)
        counts.append(len(gone))
    narrowest = counts.index(max(counts))
    assert counts[0] == counts[-1] == 0 and max(counts) >= 3
    assert counts[:narrowest + 1] == sorted(counts[:narrowest + 1])
    assert counts[narrowest:] == sorted(counts[narrowest:], reverse=True)


def test_rows_grow_to_their_wrapped_text_up_to_a_limit_beyond_which_a_tooltip_has_it(
        tab, qtbot, context):
    long = " ".join(["Review every licence held by the group's associates"] * 12)
    made = context.backend.write(plan_rows.add_free, tab.plan.threat_id, "Prepare", long,
                                 owner="Police")
    tab.reload()
    settle(tab, qtbot)
    view, model = tab.ui.plan, tab.model
    line = view.fontMetrics().lineSpacing()
    number = model.find(made)
    assert MAX_LINES * line <= view.rowHeight(number) <= MAX_LINES * line + 16
    cell = model.index(number, C.SPECIFIC)
    assert cell.data() == long and cell.data(Qt.ItemDataRole.ToolTipRole) == long
    short = next(n for n, row in enumerate(model.rows)
                 if isinstance(row, plan_rows.PlanRow) and len(row.specific) < 120)
    assert line < view.rowHeight(short) < view.rowHeight(number)  # wrapped, not clipped


def test_wording_every_action_of_a_strand_shares_is_said_once_under_its_heading(
        tab, qtbot, context):
    model = tab.model
    heading = model.headings()[0]
    first = model.rows[heading + 1]
    stock = first.measurable
    assert stock and model.index(heading, C.MEASURABLE).data() == stock
    strand = [n for n, row in enumerate(model.rows)
              if isinstance(row, plan_rows.PlanRow) and row.strand == first.strand]
    for number in strand:
        cell = model.index(number, C.MEASURABLE)
        assert cell.data() == AS_ABOVE and cell.data(Qt.ItemDataRole.ToolTipRole) == stock
    choose_row(tab.ui.plan, strand[-1])
    assert stock in tab.details.text.toPlainText()  # each action's own text, in full
    context.backend.write(plan_rows.edit, first.id, measurable="Two closure orders by March")
    tab.reload()
    assert model.index(heading, C.MEASURABLE).data() in ("", None)
    assert model.index(heading + 1, C.MEASURABLE).data() == "Two closure orders by March"
    assert model.index(heading + 2, C.MEASURABLE).data() == stock


def test_the_chosen_action_is_shown_in_full_below_the_plan(tab, qtbot, context):
    rows = [(n, row) for n, row in enumerate(tab.model.rows)
            if isinstance(row, plan_rows.PlanRow) and row.officer and row.updates]
    number, row = rows[0]
    choose_row(tab.ui.plan, number)
    text = " ".join(tab.details.text.toPlainText().split())
    latest = row.updates[-1]
    for wanted in (row.specific, row.measurable, row.achievable, row.relevant,
                   row.owner_name, row.officer, dates.day(row.due_on), row.status,
                   f"{row.threat_ref} · {row.number}", dates.day(latest.dated_on),
                   " ".join((latest.comment or "").split()), latest.author):
        assert " ".join(wanted.split()) in text
    splitter = tab.ui.splitter
    assert splitter.orientation() == Qt.Orientation.Vertical
    assert splitter.indexOf(tab.ui.plan) < splitter.indexOf(tab.ui.details)  # below it


def test_columns_fit_what_they_hold_and_widths_a_person_sets_are_kept(tab, qtbot, context):
    view = tab.ui.plan
    head = view.horizontalHeader()
    for column in (C.NUMBER, C.DUE, C.STATUS, C.RAG):
        needed = max(view.sizeHintForColumn(column), head.sectionSizeHint(column))
        assert view.columnWidth(column) >= needed
    used = sum(view.columnWidth(c) for c in C if not view.isColumnHidden(c))
    assert used >= view.viewport().width() - 1  # no empty band on the right
    head.resizeSection(C.OWNER, 211)  # as when a person drags the column's edge
    tab.close()
    again = make_tab(context, qtbot, 1700)
    assert again.ui.plan.columnWidth(C.OWNER) == 211
