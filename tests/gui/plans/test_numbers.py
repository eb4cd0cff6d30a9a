"""The desktop shows each action by the number papers cite it by: the 4P plan's No.
column, the chase list's (and My tasks') "OCG 05/00123 · 4", the action's details; and
the Distribution tab shows which version of the pack each copy was, and whose."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from ocgboard.core import distribution, meetings
from ocgboard.core.rows import chase as chase_rows
from ocgboard.core.rows import plans as plan_rows
from ocgboard.gui.meetings.models import DistributionModel
from ocgboard.gui.meetings.page import MeetingsPage
from ocgboard.gui.plans.actions_page import ActionsPage
from ocgboard.gui.plans.models import ActionsModel
from ocgboard.gui.plans.plan_tab import PlanTab
from tests.gui.meetings.helpers import CHAIR, HELD, show
from tests.gui.plans.test_actions import go_to
from tests.gui.plans.test_plans import choose_row


def test_the_plan_lists_each_strand_by_the_numbers_its_actions_were_given(context, qtbot):
    tab = PlanTab(context)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    reference = context.backend.read(chase_rows.action_rows)[0].threat_ref
    tab.show_threat(reference)
    actions = [(n, row) for n, row in enumerate(tab.model.rows)
               if isinstance(row, plan_rows.PlanRow)]
    assert actions
    by_strand: dict = {}
    for n, row in actions:
        cell = tab.model.index(n, tab.model.Columns.NUMBER)
        assert cell.data() == str(row.number)
        assert cell.data(Qt.ItemDataRole.ToolTipRole) == f"{reference} · {row.number}"
        by_strand.setdefault(row.strand, []).append(row.number)
    for numbers in by_strand.values():
        assert numbers == sorted(numbers)
    assert sorted(n for numbers in by_strand.values() for n in numbers) == \
        list(range(1, len(actions) + 1))
    choose_row(tab.ui.plan, actions[0][0])
    assert f"{reference} · {actions[0][1].number}" in tab.details.text.toPlainText()


def test_the_chase_list_names_each_action_by_its_threat_and_number(window, qtbot, context):
    page = go_to(window, qtbot, context, ActionsPage)
    model = page.model
    assert model.headerData(ActionsModel.C.THREAT, Qt.Orientation.Horizontal) == \
        "Threat · no."
    for n, row in enumerate(model.rows[:20]):
        assert model.index(n, ActionsModel.C.THREAT).data() == \
            f"{row.threat_ref} · {row.number}"


def test_the_distribution_tab_shows_each_copys_version_and_agency(window, context):
    page = window.page(MeetingsPage)
    window.show_page(window.pages.index(page))
    key = show(page, context, HELD)

    def issue(s):
        held = meetings.get(s, HELD)
        distribution.issue(s, held, CHAIR, today=dt.date(2026, 10, 12))
        distribution.issue(s, held, CHAIR, "agency", agency="DWP", today=dt.date(2026, 10, 12))

    context.backend.write(issue)
    page.distribution.show_meeting(key)
    model = page.distribution.model
    c = DistributionModel.Columns
    assert [(model.index(n, c.VERSION).data(), model.index(n, c.VARIANT).data())
            for n in range(model.rowCount())] == [
        ("1", "Chair pack"), ("2", "Agency pack for Department for Work and Pensions")]
