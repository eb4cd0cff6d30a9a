"""The picker's drafts: one due date given to every ticked tactic at once, and a
text over its limit refused with the reason, nothing typed lost."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from ocgboard.core import dates
from tests.conftest import TODAY
from tests.gui.keys import type_date
from tests.gui.plans.test_picker_marks import picker  # noqa: F401 (a fixture)
from tests.gui.plans.test_plans import again, plan_ids, tab, tick  # noqa: F401 (fixtures)

LEFT = Qt.MouseButton.LeftButton


def test_one_date_typed_is_given_to_every_ticked_tactic(tab, picker, qtbot, context,  # noqa: F811
                                                        again):  # noqa: F811
    before = plan_ids(context, tab.plan.reference)
    tick(qtbot, picker, "165A", "PUR-08")
    assert not picker.ui.dueForAll.isVisibleTo(picker)  # one tactic: nothing to share
    tick(qtbot, picker, "DVPN", "PUR-03")
    assert picker.ui.dueForAll.isVisibleTo(picker)
    assert picker.ui.dueForAll.text() == "This date for &every ticked tactic"
    wanted = TODAY + dt.timedelta(days=40)
    type_date(qtbot, picker.ui.due, dates.typed(wanted))
    qtbot.mouseClick(picker.ui.dueForAll, LEFT)
    assert picker.ui.message.text() == f"All 2 ticked tactics are due {dates.day(wanted)}."
    qtbot.mouseClick(picker.add_button, LEFT)
    assert not picker.isVisible()
    made = [a for a in tab.plan.actions if a.id not in before]
    assert sorted(a.tactic_code for a in made) == ["PUR-03", "PUR-08"]
    assert {a.due_on for a in made} == {wanted}


def test_without_the_button_each_tactic_keeps_its_own_date(tab, picker, qtbot, context,  # noqa: F811
                                                          again):  # noqa: F811
    before = plan_ids(context, tab.plan.reference)
    tick(qtbot, picker, "165A", "PUR-08")
    tick(qtbot, picker, "DVPN", "PUR-03")
    wanted = TODAY + dt.timedelta(days=40)
    type_date(qtbot, picker.ui.due, dates.typed(wanted))
    qtbot.mouseClick(picker.add_button, LEFT)
    due = {a.tactic_code: a.due_on for a in tab.plan.actions if a.id not in before}
    assert due["PUR-03"] == wanted and due["PUR-08"] != wanted


def test_a_timebound_over_its_limit_is_refused_and_kept(tab, picker, qtbot, context,  # noqa: F811
                                                        again):  # noqa: F811
    before = plan_ids(context, tab.plan.reference)
    tick(qtbot, picker, "165A", "PUR-08")
    long = "By the March 2027 board, " * 12  # 300 characters: typing is never cut short
    picker.ui.timebound.setFocus()
    qtbot.keyClicks(picker.ui.timebound, long)
    assert picker.ui.timebound.text() == long
    qtbot.mouseClick(picker.add_button, LEFT)
    assert picker.isVisible()
    assert picker.ui.message.text() == (
        "PUR-08: timebound is 300 characters long; the limit is 200")
    assert picker.ui.timebound.text() == long
    assert plan_ids(context, tab.plan.reference) == before


def test_an_action_whose_specific_would_not_fit_a_printed_page_is_refused_and_kept(
        tab, qtbot, context):  # noqa: F811
    qtbot.mouseClick(tab.ui.addFree, LEFT)
    dialog = tab.dialog
    dialog.ui.owner.setCurrentIndex(dialog.ui.owner.findData("Health and Safety Executive"))
    pasted = "Visit every car wash on the ring road with HSE. " * 40  # 1,919 characters, stripped
    dialog.ui.specific.setPlainText(pasted)
    before = plan_ids(context, tab.plan.reference)
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, LEFT)
    assert dialog.isVisible()
    assert dialog.ui.message.text() == "specific is 1,919 characters long; the limit is 1,500"
    assert dialog.ui.specific.toPlainText() == pasted
    assert plan_ids(context, tab.plan.reference) == before
