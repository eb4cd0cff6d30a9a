"""The Threats page and the threat editor, driven through their real widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from ocgboard.core import control_areas, lookup, members, register
from ocgboard.core.rows import disruptions as disruption_rows
from ocgboard.core.rows import members as member_rows
from ocgboard.core.rows import register as rows
from ocgboard.gui.threats.editor import Tab
from ocgboard.gui.threats.page import ThreatsPage
from tests.conftest import TODAY
from tests.gui.keys import type_date

OK = QDialogButtonBox.StandardButton.Ok
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(window, qtbot):
    """The main window, closed only once the worker is idle.

    The dashboard counts its figures on the worker; closing the window while
    it does would stop on the "a task is still running" question.
    """
    yield window
    qtbot.waitUntil(lambda: not window.context.runner.tasks, timeout=30_000)


@pytest.fixture
def page(window, qtbot) -> ThreatsPage:
    shown = window.page(ThreatsPage)
    window.show_page(window.pages.index(shown))
    assert window.current_page() is shown
    qtbot.waitUntil(lambda: len(shown.model.rows) > 0)
    return shown


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    """A refusal would pop a modal box: record it instead, and fail if one is unexpected."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    return shown


def stored(context, reference: str) -> dict:
    return context.backend.read(lambda s: rows.profile(s, lookup.threat(s, reference).id.hex))


def shown_refs(page) -> list[str]:
    return [row.reference for row in page.model.rows]


def choose_row(page, qtbot, reference: str) -> None:
    view = page.ui.register
    number = shown_refs(page).index(reference)
    view.setFocus()
    view.selectionModel().setCurrentIndex(
        page.model.index(number, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def open_in_editor(page, qtbot, reference: str):
    choose_row(page, qtbot, reference)
    qtbot.keyClick(page.ui.register, Qt.Key.Key_Return)
    assert page.editor.reference == reference
    return page.editor


def undo_action(window):
    return next(a for a in window.ui.menuEdit.actions() if a.text().startswith("&Undo"))


def test_new_threat_dialog_adds_it_to_the_register_and_refuses_bad_input(window, page, qtbot,
                                                                         context):
    window.ui.actionNew.trigger()  # File > New, Ctrl+N
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.ui.reference, "OCG 05/09999")
    qtbot.mouseClick(dialog.ui.buttons.button(OK), LEFT)
    assert dialog.isVisible() and "threat name must not be empty" in dialog.ui.message.text()
    qtbot.keyClicks(dialog.ui.name, "Canal Street crew")
    dialog.ui.band.setCurrentIndex(dialog.ui.band.findData("2A"))
    type_date(qtbot, dialog.ui.mappedOn, "01/02/2026")
    qtbot.mouseClick(dialog.ui.buttons.button(OK), LEFT)
    assert page.dialog is None
    assert "OCG 05/09999" in shown_refs(page)
    assert page.current_id() == page.editor.tid  # selected, and open in the editor
    assert page.editor.profile.ui.name.text() == "Canal Street crew"
    saved = stored(context, "OCG 05/09999")
    assert (saved["band"], saved["mapped_on"]) == ("2A", "2026-02-01")
    undo_action(window).trigger()  # a new threat can be taken back
    assert "OCG 05/09999" not in shown_refs(page)
    assert not context.backend.read(lookup.threat_reference_taken, "OCG 05/09999")


def test_typing_filters_accent_blind_and_combos_narrow_the_register(page, qtbot):
    everything = list(page.model.rows)
    accented = next(r for r in everything if not r.name.isascii())
    typed = rows.search_key(accented.name)  # 'Kovács line' is found by 'kovacs line'
    assert typed.isascii()
    qtbot.keyClicks(page.ui.search, typed)
    assert accented.reference in shown_refs(page)
    assert len(page.model.rows) < len(everything)
    assert "Showing" in page.ui.count.text()
    page.ui.search.clear()
    assert len(page.model.rows) == len(everything)
    band = everything[0].band
    page.ui.band.setCurrentIndex(page.ui.band.findData(band))
    assert {r.band for r in page.model.rows} == {band}
    qtbot.mouseClick(page.ui.clearFilters, LEFT)
    assert page.ui.band.currentIndex() == 0 and len(page.model.rows) == len(everything)
    page.ui.status.setCurrentIndex(page.ui.status.findData(rows.ALL_STATUSES))
    assert len(page.model.rows) >= len(everything)  # closed threats come in


def test_register_sorts_by_a_header_click_and_keeps_the_selection(page, qtbot):
    choose_row(page, qtbot, page.model.rows[3].reference)
    chosen = page.current_id()
    header = page.ui.register.horizontalHeader()
    band = page.model.Columns.BAND
    qtbot.mouseClick(header.viewport(), LEFT,
                     pos=QPoint(header.sectionViewportPosition(band) + 5, 5))
    bands = [r.band for r in page.model.rows]
    order = rows_band_order(bands)
    assert order == sorted(order) or order == sorted(order, reverse=True)
    assert page.current_id() == chosen


def rows_band_order(bands):
    from ocgboard.core import vocab

    ranks = {b: n for n, b in enumerate(vocab.values("bands"))}
    return [ranks[b] for b in bands]


def test_overdue_reviews_are_flagged_in_words_and_colour(page, qtbot, context, today):
    reference = page.model.rows[0].reference
    tid = context.backend.read(rows.threat_id, reference)
    context.backend.write(rows.edit_threat, tid, next_review_on="2026-11-11", today=today)
    number = shown_refs(page).index(reference)
    cell = page.model.index(number, page.model.Columns.NEXT_REVIEW)
    days = (TODAY - dt.date(2026, 11, 11)).days
    assert cell.data() == f"Overdue by {days} days (11 Nov 2026)"
    assert cell.data(Qt.ItemDataRole.DecorationRole) is not None
    page.ui.overdueReview.click()
    assert reference in shown_refs(page)
    assert all(r.next_review_on < TODAY for r in page.model.rows)
    editor = open_in_editor(page, qtbot, reference)
    assert editor.ui.subheading.text().endswith(
        f"next review 11 Nov 2026 (Overdue by {days} days)")


def test_editing_a_profile_field_saves_at_once_and_undo_restores_it(window, page, qtbot,
                                                                    context):
    reference = page.model.rows[0].reference
    before = stored(context, reference)
    editor = open_in_editor(page, qtbot, reference)
    name = editor.profile.ui.name
    name.selectAll()
    qtbot.keyClicks(name, "Renamed network")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert stored(context, reference)["name"] == "Renamed network"
    assert page.model.rows[page.model.row_of(editor.tid)].name == "Renamed network"
    band = editor.profile.ui.band
    band.setFocus()
    qtbot.keyClick(band, Qt.Key.Key_Down)  # a combo saves when the user picks
    assert stored(context, reference)["band"] == band.currentData() != before["band"]
    undo_action(window).trigger()
    assert stored(context, reference)["band"] == before["band"]
    assert band.currentData() == before["band"]
    undo_action(window).trigger()
    assert stored(context, reference)["name"] == before["name"]
    assert name.text() == before["name"]


def test_a_refused_name_keeps_what_was_typed_with_the_reason_beside_it(page, qtbot, context,
                                                                       no_message_boxes):
    reference = page.model.rows[0].reference
    editor = open_in_editor(page, qtbot, reference)
    profile = editor.profile
    name = profile.ui.name
    before = stored(context, reference)["name"]
    name.selectAll()
    qtbot.keyClicks(name, "x" * 201)
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert not no_message_boxes  # beside the field, not in a box
    assert name.text() == "x" * 201  # kept, to be put right
    assert profile.notes["name"].text() == "threat name is 201 characters long; the limit is 200"
    assert profile.notes["name"].isVisibleTo(profile)
    assert stored(context, reference)["name"] == before
    qtbot.keyClick(name, Qt.Key.Key_Backspace)
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert stored(context, reference)["name"] == "x" * 200
    assert not profile.notes["name"].isVisibleTo(profile)


def test_a_pasted_summary_over_the_limit_is_kept_until_fixed_or_cancelled(page, qtbot, context,
                                                                          no_message_boxes):
    reference = page.model.rows[0].reference
    editor = open_in_editor(page, qtbot, reference)
    profile = editor.profile
    summary = profile.ui.summary
    before = stored(context, reference)["summary"]
    QApplication.clipboard().setText("Intelligence suggests " * 1000)  # 22,000 characters
    summary.setFocus()
    qtbot.keyClick(summary, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(summary, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    note = profile.notes["summary"]
    qtbot.waitUntil(lambda: note.isVisibleTo(profile))
    assert not no_message_boxes
    assert note.text() == "summary is 22,000 characters long; the limit is 10,000"
    assert len(summary.toPlainText()) == 22_000
    assert stored(context, reference)["summary"] == before
    area = profile.ui.area  # another field saved reloads the profile: the summary stays
    area.setFocus()
    area.selectAll()
    qtbot.keyClicks(area, "Ashby Wharf")
    qtbot.keyClick(area, Qt.Key.Key_Return)
    assert stored(context, reference)["area"] == "Ashby Wharf"
    assert len(summary.toPlainText()) == 22_000 and note.isVisibleTo(profile)
    summary.setFocus()
    qtbot.keyClick(summary, Qt.Key.Key_Escape)  # cancel: the stored summary back
    assert summary.toPlainText() == before and not note.isVisibleTo(profile)
    assert editor.isVisible()  # Escape put the field right; it did not leave the threat


def test_a_refused_profile_date_keeps_its_text_with_the_reason_beside_it(page, qtbot, context,
                                                                         no_message_boxes):
    reference = page.model.rows[0].reference
    editor = open_in_editor(page, qtbot, reference)
    review = editor.profile.ui.nextReviewOn
    before = stored(context, reference)["next_review_on"]
    type_date(qtbot, review, "31/02/2027")
    qtbot.keyClick(review.edit, Qt.Key.Key_Return)
    assert not no_message_boxes  # beside the field, not in a box
    assert review.note.text() == "February 2027 has 28 days"
    assert review.text() == "31/02/2027"  # never silently put back
    assert stored(context, reference)["next_review_on"] == before


def test_the_sharing_flag_is_labelled_and_saved(page, qtbot, context):
    reference = page.model.rows[0].reference
    editor = open_in_editor(page, qtbot, reference)
    flag = editor.profile.ui.disseminable
    assert flag.text() == "Partners may see this threat (name, band, areas, officers, summary)"
    was = stored(context, reference)["disseminable"]
    qtbot.mouseClick(flag, LEFT, pos=QPoint(8, flag.height() // 2))  # on the tick box
    assert stored(context, reference)["disseminable"] is (not was)


def test_adding_and_removing_a_member_is_undoable(window, page, qtbot, context):
    reference = page.model.rows[0].reference
    editor = open_in_editor(page, qtbot, reference)
    editor.ui.tabs.setCurrentIndex(Tab.MEMBERS)
    count = editor.members.model.rowCount()
    qtbot.mouseClick(editor.ui.addMember, LEFT)
    dialog = editor.members.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.ui.name.setText("Łukasz Wróblewski")  # QTest types ASCII only
    qtbot.keyClicks(dialog.ui.aliases, "Luke, Wrobel")
    dialog.ui.standing.setCurrentIndex(dialog.ui.standing.findData("Principal Subject"))
    qtbot.mouseClick(dialog.ui.disseminable, LEFT)
    qtbot.mouseClick(dialog.ui.buttons.button(OK), LEFT)
    assert editor.members.model.rowCount() == count + 1
    added = editor.members.current()
    assert added.name == "Łukasz Wróblewski" and added.aliases == ("Luke", "Wrobel")
    saved = context.backend.read(member_rows.member_rows, editor.tid)
    assert [m.standing for m in saved if m.name == "Łukasz Wróblewski"] == ["Principal Subject"]
    qtbot.mouseClick(editor.ui.removeMember, LEFT)
    assert editor.members.model.rowCount() == count
    undo_action(window).trigger()  # the removal
    assert editor.members.model.rowCount() == count + 1
    undo_action(window).trigger()  # the addition
    names = [m.name for m in context.backend.read(member_rows.member_rows, editor.tid)]
    assert "Łukasz Wróblewski" not in names


def test_a_member_dialog_refuses_a_future_birth_date(page, qtbot, monkeypatch):
    editor = open_in_editor(page, qtbot, page.model.rows[0].reference)
    editor.ui.tabs.setCurrentIndex(Tab.MEMBERS)
    qtbot.mouseClick(editor.ui.addMember, LEFT)
    dialog = editor.members.dialog
    qtbot.keyClicks(dialog.ui.name, "Someone")
    type_date(qtbot, dialog.ui.dateOfBirth, "01/01/2099")
    qtbot.mouseClick(dialog.ui.buttons.button(OK), LEFT)
    assert dialog.isVisible() and "is not in the past" in dialog.ui.message.text()
    assert dialog.ui.dateOfBirth.note.text() == "1 Jan 2099 is not in the past"
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)
    dialog.reject()  # what was typed is let go


def test_history_tab_tells_the_edit_first_in_words(page, qtbot, context, clock):
    reference = page.model.rows[0].reference
    editor = open_in_editor(page, qtbot, reference)
    area = editor.profile.ui.area
    before = area.text()
    clock.advance(minutes=5)  # a while after the demo was made
    area.selectAll()
    qtbot.keyClicks(area, "Ashby Wharf")
    qtbot.keyClick(area, Qt.Key.Key_Return)
    tabs = editor.ui.tabs
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(Tab.HISTORY).center())
    assert tabs.currentIndex() == Tab.HISTORY
    model = editor.history.view.model
    day = model.item(0)
    who = day.child(0)
    assert who.text() == context.backend.store.operator()
    newest = who.child(0).text()
    assert newest.endswith(f"changed {reference} '{stored(context, reference)['name']}': "
                           f"area from '{before}' to 'Ashby Wharf'")
    assert "newest first" in editor.history.view.ui.count.text()
    assert not editor.history.view.ui.threat.isVisibleTo(editor)  # it is this threat's


def test_recording_a_disruption(page, qtbot, context, today):
    editor = open_in_editor(page, qtbot, page.model.rows[0].reference)
    bar = editor.ui.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(Tab.DISRUPTIONS).center())
    count = editor.disruptions.model.rowCount()
    qtbot.mouseClick(editor.ui.recordDisruption, LEFT)
    dialog = editor.disruptions.dialog
    dialog.ui.agency.setCurrentIndex(dialog.ui.agency.findData("Police"))
    dialog.ui.level.setCurrentIndex(dialog.ui.level.findData("major"))
    qtbot.mouseClick(dialog.ui.buttons.button(OK), LEFT)
    assert "justification must not be empty" in dialog.ui.message.text()
    qtbot.keyClicks(dialog.ui.justification, "Cash seizure at the car wash")
    qtbot.mouseClick(dialog.ui.buttons.button(OK), LEFT)
    assert editor.disruptions.model.rowCount() == count + 1
    logged = context.backend.read(disruption_rows.disruption_rows, editor.tid)
    assert any(d.justification == "Cash seizure at the car wash" and d.level == "major"
               for d in logged)


def test_open_record_for_a_member_opens_its_threat_on_the_members_tab(window, context):
    member, reference = context.backend.read(
        lambda s: next((m.id.hex, lookup_ref(s, m)) for m in members.listing(s)))
    window.open_record("member", member)
    page = window.current_page()
    assert isinstance(page, ThreatsPage)
    assert page.editor.reference == reference
    assert page.editor.current_tab() == Tab.MEMBERS
    assert page.editor.members.current().id == member
    window.open_record("threat", reference)
    assert page.editor.reference == reference and page.current_id() == page.editor.tid


def lookup_ref(session, member) -> str:
    return next(t.reference for t in register.listing(session, include_closed=True)
                if t.id == member.threat_id)


def test_show_filtered_is_the_dashboards_drill_down(window, context):
    context.show_filtered("threats", band="2c", kind="ocg")
    page = window.current_page()
    assert isinstance(page, ThreatsPage)
    assert page.ui.band.currentData() == "2C" and page.ui.kind.currentData() == "OCG"
    assert page.model.rows and {(r.band, r.kind) for r in page.model.rows} == {("2C", "OCG")}
    context.show_filtered("threats", review_due=60)
    assert page.ui.reviewDue.isChecked() and page.ui.reviewDays.value() == 60
    horizon = TODAY + dt.timedelta(days=60)
    assert all(r.next_review_on <= horizon for r in page.model.rows)
    assert page.ui.band.currentIndex() == 0  # each drill-down starts afresh
    context.show_filtered("threats", status="dismantled")
    assert {r.status for r in page.model.rows} <= {"dismantled"}
    context.show_filtered("threats", overdue_review=True)
    assert page.ui.overdueReview.isChecked()
    assert all(r.next_review_on < TODAY for r in page.model.rows)
    context.show_filtered("threats", area="county lines")  # a control strategy figure
    assert page.ui.threatArea.currentData() == "County Lines"  # as the strategy says it
    assert page.model.rows and all("County Lines" in r.threat_areas for r in page.model.rows)


def test_column_widths_and_splitter_are_remembered(page, context, qtbot):
    page.ui.register.horizontalHeader().resizeSection(1, 333)
    page.ui.splitter.setSizes([500, 600])
    page.save_state()
    again = ThreatsPage(context)
    qtbot.addWidget(again)
    assert again.ui.register.horizontalHeader().sectionSize(1) == 333
    assert context.settings.value("splitter/threats") is not None


def test_the_profile_offers_the_strategys_areas_and_keeps_an_old_one(page, qtbot, context):
    reference = page.model.rows[0].reference

    def old_area(s):  # an old board's area, from before its strategy had none of the kind
        threat = lookup.threat(s, reference)
        threat.threat_areas = ["kidnap", "County Lines"]
    context.backend.write(old_area)
    profile = open_in_editor(page, qtbot, reference).profile
    qtbot.waitUntil(lambda: "kidnap" in profile.areas)
    assert list(profile.areas)[:9] == ["SOC Consistency", "Prison-related SOC", "County Lines",
                                       "Drug Supply", "CSAE (organised / online)", "MSHT",
                                       "OIC", "Cyber Crime", "Fraud"]
    assert profile.areas["kidnap"].isChecked() and profile.areas["County Lines"].isChecked()
    profile.areas["Fraud"].click()
    assert stored(context, reference)["threat_areas"] == ["County Lines", "Fraud", "kidnap"]
    context.backend.write(control_areas.add_area, "Kidnap", "Vulnerability", "force-led")
    profile.areas["kidnap"].click()  # unticked: the old area goes for good
    assert stored(context, reference)["threat_areas"] == ["County Lines", "Fraud"]
    qtbot.waitUntil(lambda: "kidnap" not in profile.areas)
    assert list(profile.areas)[-1] == "Kidnap" and not profile.areas["Kidnap"].isChecked()
