"""Every date field of every form and dialog, typed into with real keys, and what is saved.

Each case opens the real dialog (or page) on the demo board, selects the whole
field with Ctrl+A, types a date as a chair would, saves the way a chair does
and reads the stored value back through the façade. `FIELDS` names every date
field in the forms; a test fails when a form gains a date field no case types
into, or when a QDateEdit comes back.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox

from ocgboard.core import dates, lookup
from ocgboard.core.rows import chase as chase_rows
from ocgboard.core.rows import control as control_rows
from ocgboard.core.rows import disruptions as disruption_rows
from ocgboard.core.rows import meetings as meeting_rows
from ocgboard.core.rows import members as member_rows
from ocgboard.core.rows import plans as plan_rows
from ocgboard.core.rows import register as register_rows
from ocgboard.core.rows import strategy as strategy_rows
from ocgboard.gui.control.dialogs import AdoptDialog
from ocgboard.gui.control.page import ControlPage
from ocgboard.gui.meetings.dialog import MeetingDialog
from ocgboard.gui.plans.action_dialog import ActionDialog
from ocgboard.gui.plans.actions_page import ActionsPage
from ocgboard.gui.plans.status_dialog import StatusDialog
from ocgboard.gui.plans.tactic_picker import TacticPicker
from ocgboard.gui.plans.withdraw_dialog import WithdrawDialog
from ocgboard.gui.strategy.page import ProgressDialog, StrategyDialog, StrategyPage
from ocgboard.gui.threats.disruptions_tab import DisruptionDialog
from ocgboard.gui.threats.members_tab import MemberDialog
from ocgboard.gui.threats.new_threat import NewThreatDialog
from ocgboard.gui.threats.profile import ThreatProfile
from tests.conftest import TODAY
from tests.gui.keys import type_date

ROOT = Path(__file__).resolve().parents[2]
OK = QDialogButtonBox.StandardButton.Ok
D = dt.date


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.buttons.button(OK), Qt.MouseButton.LeftButton)


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def a_threat(context) -> tuple[str, str]:
    reference = context.backend.read(chase_rows.action_rows)[0].threat_ref
    return context.backend.read(register_rows.threat_id, reference), reference


def an_action(context) -> plan_rows.PlanRow:
    row = next(r for r in context.backend.read(chase_rows.action_rows)
               if r.status in ("agreed", "in progress"))
    return context.backend.read(plan_rows.action, row.id)


def profile_of(context, tid: str) -> dict:
    return context.backend.read(register_rows.profile, tid)


# -- one case per date field ---------------------------------------------------------


def new_threat_dates(context, qtbot):
    dialog = shown(qtbot, NewThreatDialog(context))
    qtbot.keyClicks(dialog.ui.reference, "OCG 05/09999")
    qtbot.keyClicks(dialog.ui.name, "Canal Street crew")
    type_date(qtbot, dialog.ui.mappedOn, "02.11.2026")
    type_date(qtbot, dialog.ui.nextReviewOn, "31 January 2027")
    press_ok(qtbot, dialog)
    assert dialog.added, dialog.ui.message.text()
    saved = profile_of(context, dialog.added[0])
    return saved["mapped_on"], saved["next_review_on"]


def profile_dates(context, qtbot):
    tid, _reference = a_threat(context)
    profile = shown(qtbot, ThreatProfile(context))
    profile.load(profile_of(context, tid))
    for name, text in (("mappedOn", "01/02/2024"), ("lastAssessedOn", "20-11-2026"),
                       ("nextReviewOn", "2027-01-31")):
        field = getattr(profile.ui, name)
        type_date(qtbot, field, text)
        qtbot.keyClick(field.edit, Qt.Key.Key_Return)
        assert not field.refused(), field.note.text()
    saved = profile_of(context, tid)
    return saved["mapped_on"], saved["last_assessed_on"], saved["next_review_on"]


def member_birth_date(context, qtbot):
    tid, _reference = a_threat(context)
    dialog = shown(qtbot, MemberDialog(context, tid, None))
    dialog.ui.name.setText("Jo Fane")
    type_date(qtbot, dialog.ui.dateOfBirth, "2/4/1988")
    press_ok(qtbot, dialog)
    found = [m for m in context.backend.read(member_rows.member_rows, tid) if m.name == "Jo Fane"]
    return found[0].date_of_birth


def disruption_date(context, qtbot):
    tid, reference = a_threat(context)
    before = {d.id for d in context.backend.read(disruption_rows.disruption_rows, tid)}
    dialog = shown(qtbot, DisruptionDialog(context, tid, reference))
    type_date(qtbot, dialog.ui.date, "16 Nov 2026")
    qtbot.keyClicks(dialog.ui.justification, "Cash seized at a stop")
    press_ok(qtbot, dialog)
    made = [d for d in context.backend.read(disruption_rows.disruption_rows, tid)
            if d.id not in before]
    return made[0].dated_on


def action_due_date(context, qtbot):
    action = an_action(context)
    dialog = shown(qtbot, ActionDialog(context, action.id))
    type_date(qtbot, dialog.ui.due, "31/01/2027")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.ui.message.text()
    return context.backend.read(plan_rows.action, action.id).due_on


def tactic_due_date(context, qtbot):
    _tid, reference = a_threat(context)
    plan = context.backend.read(plan_rows.plan, reference)
    before = {a.id for a in plan.actions}
    picker = shown(qtbot, TacticPicker(context, plan))
    there = {a.tactic_code for a in plan.actions}  # adding one of these again is asked first
    picker.model.toggle(next(n for n, t in enumerate(picker.model.rows) if t.code not in there))
    type_date(qtbot, picker.ui.due, "28 February 2027")
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    assert not picker.isVisible(), picker.ui.message.text()
    added = [a for a in context.backend.read(plan_rows.plan, reference).actions
             if a.id not in before]
    return added[0].due_on


def status_update_date(context, qtbot):
    action = an_action(context)
    on = max(action.raised_on, TODAY - dt.timedelta(days=2))
    dialog = shown(qtbot, StatusDialog(context, action.id))
    type_date(qtbot, dialog.ui.dated, dates.typed(on).replace("/", "-"))
    qtbot.keyClicks(dialog.ui.comment, "Warrant granted")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.ui.message.text()
    return context.backend.read(plan_rows.action, action.id).updates[-1].dated_on, on


def withdrawal_date(context, qtbot):
    action = an_action(context)
    on = max(action.raised_on, TODAY - dt.timedelta(days=1))
    dialog = shown(qtbot, WithdrawDialog(context, action.id))
    type_date(qtbot, dialog.ui.dated, dates.typed(on))
    qtbot.keyClicks(dialog.ui.reason, "A duplicate of another action")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.ui.message.text()
    return context.backend.read(plan_rows.action, action.id).updates[-1].dated_on, on


def meeting_dates(context, qtbot):
    dialog = shown(qtbot, MeetingDialog(context))
    type_date(qtbot, dialog.ui.date, "14/01/2027")
    type_date(qtbot, dialog.ui.nextDate, "25 Feb 2027")
    press_ok(qtbot, dialog)
    assert dialog.made, dialog.ui.message.text()
    made = context.backend.read(meeting_rows.meeting_detail, dialog.made)
    return made.starts_at.date(), made.next_meeting_on


def strategy_dates(context, qtbot):
    page = shown(qtbot, StrategyPage(context))
    page.load()
    dialog = StrategyDialog(page)
    dialog.show()
    qtbot.keyClicks(dialog.ui.action, "Run an awareness week in schools")
    type_date(qtbot, dialog.ui.targetOn, "31 May 2027")
    press_ok(qtbot, dialog)
    item = next(r for r in context.backend.read(strategy_rows.item_rows)
                if r.action.startswith("Run an awareness week"))
    progress = ProgressDialog(page, item)
    progress.show()
    type_date(qtbot, progress.ui.date, "20/11/2026")
    qtbot.keyClicks(progress.ui.comment, "Four schools booked")
    press_ok(qtbot, progress)
    trail = context.backend.read(strategy_rows.trail_rows, item.number)
    return item.target_on, trail[-1].dated_on


def adoption_date(context, qtbot):
    page = shown(qtbot, ControlPage(context))
    page.load()
    dialog = AdoptDialog(page, page.choices[0])
    dialog.show()
    qtbot.keyClicks(dialog.ui.title, "Control Strategy 2027")
    type_date(qtbot, dialog.ui.adoptedOn, "4/1/2027")
    press_ok(qtbot, dialog)
    return context.backend.read(control_rows.choices)[0].adopted_on


def due_by_filter(context, qtbot):
    page = shown(qtbot, ActionsPage(context))
    page.load()
    type_date(qtbot, page.ui.dueDate, "31/12/2026")
    rows = page.model.rows
    assert rows and all(r.due_on and r.due_on <= D(2026, 12, 31) for r in rows)
    return page.current_filter().due_before


CASES = {
    new_threat_dates: (("new_threat", "mappedOn"), ("new_threat", "nextReviewOn")),
    profile_dates: (("threat_profile", "mappedOn"), ("threat_profile", "lastAssessedOn"),
                    ("threat_profile", "nextReviewOn")),
    member_birth_date: (("member_dialog", "dateOfBirth"),),
    disruption_date: (("disruption_dialog", "date"),),
    action_due_date: (("action_dialog", "due"),),
    tactic_due_date: (("tactic_picker", "due"),),
    status_update_date: (("status_dialog", "dated"),),
    withdrawal_date: (("withdraw_dialog", "dated"),),
    meeting_dates: (("meeting_dialog", "date"), ("meeting_dialog", "nextDate")),
    strategy_dates: (("strategy_dialog", "targetOn"), ("strategy_progress_dialog", "date")),
    due_by_filter: (("actions_page", "dueDate"),),
    adoption_date: (("control_adopt_dialog", "adoptedOn"),),
}
EXPECTED = {
    new_threat_dates: ("2026-11-02", "2027-01-31"),
    profile_dates: ("2024-02-01", "2026-11-20", "2027-01-31"),
    member_birth_date: "1988-04-02",
    disruption_date: "2026-11-16",
    action_due_date: D(2027, 1, 31),
    tactic_due_date: D(2027, 2, 28),
    meeting_dates: (D(2027, 1, 14), D(2027, 2, 25)),
    strategy_dates: (D(2027, 5, 31), D(2026, 11, 20)),
    due_by_filter: D(2026, 12, 31),
    adoption_date: D(2027, 1, 4),
}


@pytest.mark.parametrize("case", list(CASES), ids=lambda case: case.__name__)
def test_a_date_typed_into_the_field_is_the_date_saved(context, qtbot, case):
    saved = case(context, qtbot)
    if case in (status_update_date, withdrawal_date):
        saved, expected = saved
    else:
        expected = EXPECTED[case]
    assert saved == expected


def test_every_date_field_in_the_forms_is_a_date_field_and_typed_into_here():
    found = set()
    for form in sorted((ROOT / "ui").glob("*.ui")):
        text = form.read_text(encoding="utf-8")
        assert not re.search(r'class="Q(Date|DateTime)Edit"', text), form.name
        found |= {(form.stem, name) for name in re.findall(r'class="DateField" name="(\w+)"', text)}
    covered = {field for fields in CASES.values() for field in fields}
    assert found == covered


# -- refused: the reason beside the field, nothing saved ------------------------------------


def test_a_slip_of_the_year_in_a_due_date_is_refused_and_nothing_is_saved(context, qtbot):
    action = an_action(context)
    dialog = shown(qtbot, ActionDialog(context, action.id))
    type_date(qtbot, dialog.ui.due, "15/02/3202")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.due.note.text() == "15 Feb 3202 is more than ten years from today"
    assert dialog.ui.message.text() == "due date 15 Feb 3202 is more than ten years from today"
    assert dialog.ui.due.text() == "15/02/3202"  # as typed, to be put right
    assert context.backend.read(plan_rows.action, action.id).due_on == action.due_on


def test_a_partial_date_is_not_saved_nor_replaced_by_the_old_one(context, qtbot):
    tid, _reference = a_threat(context)
    before = profile_of(context, tid)
    profile = shown(qtbot, ThreatProfile(context))
    profile.load(before)
    field = profile.ui.nextReviewOn
    type_date(qtbot, field, "31/01/20")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.text() == "31/01/20"
    assert field.note.text() == "give the year in full (dd/mm/yyyy)"
    assert profile_of(context, tid)["next_review_on"] == before["next_review_on"]
    area = profile.ui.area  # another field saved reloads the profile: the date stays
    area.selectAll()
    qtbot.keyClicks(area, "Ashby Wharf")
    qtbot.keyClick(area, Qt.Key.Key_Return)
    assert profile_of(context, tid)["area"] == "Ashby Wharf"
    assert field.text() == "31/01/20" and field.refused()


def test_a_date_the_register_refuses_keeps_its_text_and_says_why_beside_it(context, qtbot):
    tid, _reference = a_threat(context)
    before = profile_of(context, tid)
    profile = shown(qtbot, ThreatProfile(context))
    profile.load(before)
    field = profile.ui.lastAssessedOn
    type_date(qtbot, field, "01/01/2001")  # before the threat was mapped
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.text() == "01/01/2001"
    assert field.note.text().startswith("last assessed date 1 Jan 2001 is before mapped date")
    assert profile_of(context, tid)["last_assessed_on"] == before["last_assessed_on"]


# -- a new threat's mapped date ---------------------------------------------------------


def test_a_new_threat_is_not_given_a_mapped_date_so_last_weeks_disruption_is_taken(
        context, qtbot):
    dialog = shown(qtbot, NewThreatDialog(context))
    assert dialog.ui.mappedOn.text() == ""  # no guess at when it was mapped
    qtbot.keyClicks(dialog.ui.reference, "OCG 05/09998")
    qtbot.keyClicks(dialog.ui.name, "Mill Lane group")
    press_ok(qtbot, dialog)
    tid, reference = dialog.added
    assert profile_of(context, tid)["mapped_on"] == ""
    record = shown(qtbot, DisruptionDialog(context, tid, reference))
    last_week = TODAY - dt.timedelta(days=7)
    type_date(qtbot, record.ui.date, dates.typed(last_week))
    qtbot.keyClicks(record.ui.justification, "Drugs seized in a warrant")
    # No action and no lead agency to go by: the chair says whose work it was.
    record.ui.agency.setCurrentIndex(record.ui.agency.findData("Police"))
    press_ok(qtbot, record)
    assert not record.isVisible(), record.ui.message.text()
    found = context.backend.read(disruption_rows.disruption_rows, tid)
    assert [d.dated_on for d in found] == [last_week.isoformat()]
    assert context.backend.read(lambda s: lookup.threat(s, reference).mapped_on) is None


def test_a_day_chosen_from_the_calendar_is_saved_in_the_profile(context, qtbot):
    tid, _reference = a_threat(context)
    profile = shown(qtbot, ThreatProfile(context))
    profile.load(profile_of(context, tid))
    field = profile.ui.nextReviewOn
    type_date(qtbot, field, "31/01/2027")
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    days = field.popup.calendar.findChild(QAbstractItemView)
    qtbot.keyClick(days, Qt.Key.Key_Down)  # a week on
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert field.text() == "07/02/2027"
    assert profile_of(context, tid)["next_review_on"] == "2027-02-07"
