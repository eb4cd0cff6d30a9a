"""The Actions page (the chair's chase list) and the Tactic library page."""


import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from ocgboard.core import dates, members, plans
from ocgboard.core.rows import chase as chase_rows
from ocgboard.core.rows import plans as plan_rows
from ocgboard.gui.library.page import LibraryPage
from ocgboard.gui.plans.action_dialog import ActionDialog
from ocgboard.gui.plans.actions_page import ActionsPage
from ocgboard.gui.plans.models import ActionsModel
from ocgboard.gui.plans.status_dialog import StatusDialog
from ocgboard.store.models import ActionUpdate, Member, Threat
from tests.conftest import TODAY
from tests.gui.keys import type_date


def go_to(window, qtbot, context, page_class):
    """Choose the page in the navigation list, as a click would."""
    qtbot.waitUntil(lambda: not context.runner.tasks)  # the dashboard's figures
    window.ui.navigation.setCurrentRow(window.pages.index(window.page(page_class)))
    shown = window.current_page()
    assert isinstance(shown, page_class)
    return shown


@pytest.fixture
def page(window, qtbot, context):
    return go_to(window, qtbot, context, ActionsPage)


def listed(context, **filters):
    return {a.id.hex for a in context.backend.read(plans.listing, today=TODAY, **filters)}


def shown_ids(page):
    return {row.id for row in page.model.rows}


def choose(page, action_id):
    index = page.model.index(page.model.find(action_id), 0)
    page.ui.actions.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


def test_every_live_action_with_threat_owner_and_rag_in_words(page, context):
    assert shown_ids(page) == listed(context) and len(page.model.rows) == 150
    late = next(n for n, row in enumerate(page.model.rows) if row.rating.overdue_days)
    rag_cell = page.model.index(late, ActionsModel.C.RAG)
    days = page.model.rows[late].rating.overdue_days
    assert rag_cell.data() == f"Overdue by {days} day{'s' if days != 1 else ''}"
    assert rag_cell.data(Qt.ItemDataRole.DecorationRole) is not None
    specific = page.model.index(late, ActionsModel.C.SPECIFIC)
    assert specific.data(Qt.ItemDataRole.ToolTipRole) == page.model.rows[late].specific
    assert len(specific.data()) <= 90
    assert page.ui.count.text().startswith("150 of 150 actions shown")


def test_chase_list_filters_overdue_and_agency(page, qtbot, context):
    qtbot.mouseClick(page.ui.overdue, Qt.MouseButton.LeftButton)
    assert shown_ids(page) == listed(context, overdue=True) != set()
    assert all("Overdue by" in row.rating.label for row in page.model.rows)
    page.ui.agency.setCurrentIndex(page.ui.agency.findText("Police"))
    assert shown_ids(page) == listed(context, overdue=True, agency="Police")
    assert {row.owner for row in page.model.rows} <= {"Police"}
    qtbot.mouseClick(page.ui.overdue, Qt.MouseButton.LeftButton)
    assert shown_ids(page) == listed(context, agency="Police")
    page.ui.strand.setCurrentIndex(page.ui.strand.findData("Pursue"))
    page.ui.status.setCurrentIndex(page.ui.status.findData("in progress"))
    assert shown_ids(page) == listed(context, agency="Police", strand="Pursue",
                                     status="in progress")
    qtbot.mouseClick(page.ui.clearFilters, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ui.openOnly, Qt.MouseButton.LeftButton)
    type_date(qtbot, page.ui.dueDate, dates.typed(TODAY))
    assert shown_ids(page) == listed(context, open_only=True, due_before=TODAY)


def test_sorting_by_a_header_click_puts_the_most_overdue_first(page, qtbot):
    header = page.ui.actions.horizontalHeader()
    column = ActionsModel.C.RAG
    spot = QPoint(header.sectionViewportPosition(column) + 20, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    if page.model.sort_order != Qt.SortOrder.AscendingOrder:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    days = [row.rating.overdue_days for row in page.model.rows if row.rating.rag == "red"]
    assert page.model.rows[0].rating.rag == "red" and days == sorted(days, reverse=True)


def test_status_change_from_the_chase_list_updates_the_row_and_the_trail(
        page, qtbot, context, monkeypatch):
    qtbot.mouseClick(page.ui.openOnly, Qt.MouseButton.LeftButton)
    row = next(r for r in page.model.rows if r.status == "agreed")
    choose(page, row.id)
    qtbot.mouseClick(page.ui.changeStatus, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, StatusDialog)
    dialog.choose("completed")
    qtbot.keyClicks(dialog.ui.comment, "Order granted at court")
    everything = page.model.all
    monkeypatch.setattr(chase_rows, "action_rows", _only_some(chase_rows.action_rows))
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    now = page.model.rows[page.model.find(row.id)]
    assert (now.status, now.rating.label) == ("completed", "Completed")
    assert len(page.model.all) == len(everything)  # one row read again, not the whole list
    page._show_details()
    last = page.details.model.rows[-1]
    assert (last.status, last.comment, last.dated_on) == (
        "completed", "Order granted at court", TODAY)
    context.undo.undo()
    assert page.model.rows[page.model.find(row.id)].status == "agreed"


def _only_some(real):
    def read(session, ids=None, today=None):
        assert ids is not None, "the page reloaded every action for a change to one"
        return real(session, ids=ids, today=today)
    return read


def test_enter_on_a_row_opens_the_action_dialog(page, qtbot):
    choose(page, page.model.rows[3].id)
    page.ui.actions.setFocus()
    qtbot.keyClick(page.ui.actions, Qt.Key.Key_Return)
    assert isinstance(page.dialog, ActionDialog)
    assert page.dialog.row.id == page.model.rows[3].id
    page.dialog.reject()


def test_dashboard_drill_down_and_open_record(page, window, context):
    window.show_page(0)
    context.show_filtered("actions", status="In progress", strand="Protect")
    assert window.current_page() is page
    assert shown_ids(page) == listed(context, status="in progress", strand="protect")
    context.show_filtered("actions", overdue=True, agency="LA")
    assert page.ui.agency.currentText() == "Local Authority" and page.ui.overdue.isChecked()
    assert shown_ids(page) == listed(context, overdue=True, agency="LA")
    hidden = next(key for key in listed(context, status="completed"))
    window.show_page(0)
    context.open_record("action", hidden)
    assert window.current_page() is page and page.current_id() == hidden
    assert not page.ui.overdue.isChecked()  # the filters gave way to show it


def test_an_edit_elsewhere_reaches_the_page(page, context):
    key = next(row.id for row in page.model.rows if row.status == "proposed")
    context.backend.write(plan_rows.edit, key, rag_override="green")
    assert page.model.rows[page.model.find(key)].rating.rag == "green"


@pytest.fixture
def library(window, qtbot, context):
    return go_to(window, qtbot, context, LibraryPage)


def test_library_filters_and_shows_a_tactic_with_its_guidance(library, qtbot):
    assert library.proxy.rowCount() == 27 and library.current().code == "PUR-01"
    library.ui.strand.setCurrentIndex(library.ui.strand.findData("Prevent"))
    assert {t.strand for t in library.model.rows} == {"Prevent"}
    assert library.ui.count.text() == "4 of 27 tactics shown"
    library.ui.strand.setCurrentIndex(0)
    library.ui.area.setCurrentIndex(library.ui.area.findData("vehicles"))
    assert [t.code for t in library.model.rows] == ["PUR-08"]
    library.ui.area.setCurrentIndex(0)
    library.ui.agency.setCurrentIndex(library.ui.agency.findData("Trading Standards"))
    assert [t.code for t in library.model.rows] == ["PUR-12"]
    library.ui.agency.setCurrentIndex(0)
    qtbot.keyClicks(library.ui.words, "Gangmasters")
    library.typing.timeout.emit()
    assert [t.code for t in library.model.rows] == ["PUR-05"]
    text = library.ui.details.toPlainText()
    for words in ("Specific:", "Legislation:", "Default owner: Gangmasters",
                  "Measurable:", "What it is.", "Procedure.", "Who can help.",
                  "What to watch out for."):
        assert words in text
    assert "is replaced by the threat's reference" in text


def test_the_chase_list_moves_on_at_midnight_by_the_clock(page, window, context, clock):
    key = next(row.id for row in page.model.rows if row.status == "agreed")
    tomorrow = clock.today() + dt.timedelta(days=1)
    context.backend.write(plan_rows.edit, key, due_on=tomorrow)
    assert page.model.rows[page.model.find(key)].rating.label == "Due in 1 day"
    clock.set(dt.datetime.combine(tomorrow, dt.time(0, 0, 30)))  # past midnight
    page.refresh()  # the page is shown again, or the chair comes back to it
    assert page.model.rows[page.model.find(key)].rating.label == "Due today"
    clock.advance(days=1)
    page.refresh()
    assert page.model.rows[page.model.find(key)].rating.label == "Overdue by 1 day"


def test_a_comment_naming_a_withheld_member_says_so_at_once(page, qtbot, context):
    row = page.model.rows[0]

    def add_member(s):
        threat = s.scalars(select(Threat)).first()
        members.add(s, threat, "Grigore Secretescu", aliases=["Tănase"], disseminable=False,
                    today=TODAY)

    def share(s):
        for member in s.scalars(select(Member).where(Member.name == "Grigore Secretescu")):
            member.disseminable = True

    context.backend.write(add_member)
    choose(page, row.id)
    qtbot.mouseClick(page.ui.changeStatus, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    hint = dialog.ui.withheldHint
    assert hint.isHidden()
    qtbot.keyClicks(dialog.ui.comment, "Seen at the yard with ")
    assert hint.isHidden()
    qtbot.keyClicks(dialog.ui.comment, "G. Secretescu")
    assert hint.isVisible() and "Grigore Secretescu" in hint.text()
    assert "withheld from partners" in hint.text()
    dialog.ui.comment.setPlainText("Seen at the yard with tanase")
    assert hint.isVisible() and "Tănase" in hint.text()
    dialog.ui.comment.setPlainText("Seen at the yard")
    assert hint.isHidden()
    # A member made disseminable is no longer withheld: the names are read again.
    context.backend.write(share)
    dialog.ui.comment.setPlainText("Seen with G. Secretescu")
    assert hint.isHidden()
    dialog.ui.comment.clear()  # nothing typed left to lose: closes without asking
    dialog.reject()


@pytest.mark.parametrize("disseminable", [True, False])
def test_the_board_only_box_starts_as_the_threat_says_and_is_what_is_recorded(
        context, qtbot, disseminable):
    def an_action(s):
        threat = s.scalars(select(Threat).where(Threat.disseminable == disseminable)).first()
        threat_id = threat.id
        return next(a.id.hex for a in plans.listing(s, threat=threat)
                    if a.threat_id == threat_id)

    action_id = context.backend.read(an_action)
    dialog = StatusDialog(context, action_id)
    qtbot.addWidget(dialog)
    box = dialog.ui.boardOnly
    assert box.isChecked() is (not disseminable)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)  # the author decides otherwise
    qtbot.keyClicks(dialog.ui.comment, "Spoke to the landlord")
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    marked = context.backend.read(lambda s: s.scalars(
        select(ActionUpdate.board_only).where(ActionUpdate.comment == "Spoke to the landlord")
    ).one())
    assert marked is disseminable
