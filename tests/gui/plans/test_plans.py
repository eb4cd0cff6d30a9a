"""The 4P plan tab: adding tactics from the library, status changes, edits, undo."""

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from ocgboard.core import control, dates, vocab
from ocgboard.core.rows import chase as chase_rows
from ocgboard.core.rows import plans as plan_rows
from ocgboard.gui.plans.action_dialog import ActionDialog
from ocgboard.gui.plans.plan_tab import PlanTab
from ocgboard.gui.plans.status_dialog import StatusDialog
from ocgboard.gui.plans.tactic_picker import TacticPicker
from tests.conftest import TODAY
from tests.gui.keys import type_date


@pytest.fixture
def tab(context, qtbot):
    shown = PlanTab(context)
    qtbot.addWidget(shown)
    shown.resize(1200, 800)
    shown.show()
    reference = context.backend.read(chase_rows.action_rows)[0].threat_ref
    shown.show_threat(reference)
    return shown


@pytest.fixture
def again(monkeypatch) -> list:
    """Adding a tactic the plan holds already is asked first: answered Yes, and recorded."""
    asked: list = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, title, *_a:
                        asked.append(title) or QMessageBox.StandardButton.Yes)
    return asked


def plan_ids(context, reference):
    return {a.id for a in context.backend.read(plan_rows.plan, reference).actions}


def choose_row(view, row):
    index = view.model().index(row, 0)
    view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


def tick(qtbot, picker, words, code):
    """Find a tactic by typing, then tick it with the keyboard."""
    picker.ui.words.clear()
    qtbot.keyClicks(picker.ui.words, words)
    assert [t.code for t in picker.model.rows] == [code]
    choose_row(picker.ui.tactics, 0)
    qtbot.keyClick(picker.ui.tactics, Qt.Key.Key_Space)


def first_action_row(tab):
    return next(n for n, row in enumerate(tab.model.rows)
                if isinstance(row, plan_rows.PlanRow) and row.status in ("proposed", "agreed"))


def test_plan_shows_actions_under_their_strands_with_rag_in_words(tab):
    headings = [tab.model.rows[n].strand for n in tab.model.headings()]
    assert headings == ["Pursue", "Protect", "Prepare", "Prevent"]
    first = tab.model.headings()[0]  # the strand's name, up to the wording said once
    said = tab.model.rows[first].shared
    assert tab.ui.plan.columnSpan(first, 0) == min(said, default=len(tab.model.Columns))
    row = first_action_row(tab)
    rag_cell = tab.model.index(row, tab.model.Columns.RAG)
    assert rag_cell.data() == tab.model.rows[row].rating.label  # words, beside the swatch
    assert rag_cell.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "4P plan for" in tab.ui.summary.text()
    assert not tab.ui.changeStatus.isEnabled()
    choose_row(tab.ui.plan, row)
    assert tab.ui.changeStatus.isEnabled()
    assert tab.details.model.rowCount() == len(tab.model.rows[row].updates) >= 1


def test_adding_tactics_from_the_picker_fills_the_reference_and_takes_the_owner(
        tab, qtbot, context, again):
    before = plan_ids(context, tab.plan.reference)
    qtbot.mouseClick(tab.ui.addFromLibrary, Qt.MouseButton.LeftButton)
    picker = tab.dialog
    assert isinstance(picker, TacticPicker) and picker.isVisible()
    assert not picker.add_button.isEnabled()
    picker.ui.strand.setCurrentIndex(picker.ui.strand.findData("Pursue"))
    assert {t.strand for t in picker.model.rows} == {"Pursue"}
    tick(qtbot, picker, "165A", "PUR-08")
    tick(qtbot, picker, "DVPN", "PUR-03")
    assert picker.model.chosen == ["PUR-08", "PUR-03"]
    assert picker.current_code() == "PUR-03"  # the one ticked last is shown to edit
    preview = picker.ui.preview.text()
    assert tab.plan.reference in preview and "OCG number" not in preview
    assert picker.ui.owner.currentText() == "Police"  # the tactic's default owner
    picker.ui.owner.setCurrentIndex(picker.ui.owner.findText("HM Revenue & Customs"))
    picker.ui.measurable.clear()
    qtbot.keyClicks(picker.ui.measurable, "Two DVPNs served")
    type_date(qtbot, picker.ui.due, dates.typed(TODAY + dt.timedelta(weeks=12, days=7)))
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    assert not picker.isVisible()

    added = {a.id: a for a in tab.plan.actions if a.id not in before}
    assert len(added) == 2
    by_code = {a.tactic_code: a for a in added.values()}
    assert by_code["PUR-03"].owner_name == "HM Revenue & Customs"
    assert by_code["PUR-03"].measurable == "Two DVPNs served"
    assert by_code["PUR-03"].due_on == TODAY + dt.timedelta(weeks=12, days=7)
    assert by_code["PUR-08"].owner_name == "Police"
    assert all(tab.plan.reference in a.specific and "**" not in a.specific
               for a in added.values())
    assert tab.current_action().id in added  # the new actions are shown, first one chosen


def test_undo_of_add_to_plan_takes_the_tactics_back_and_redo_restores_them(
        tab, qtbot, context, again):
    before = plan_ids(context, tab.plan.reference)
    qtbot.mouseClick(tab.ui.addFromLibrary, Qt.MouseButton.LeftButton)
    picker = tab.dialog
    tick(qtbot, picker, "165A", "PUR-08")
    tick(qtbot, picker, "harbouring", "PUR-06")
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    made = plan_ids(context, tab.plan.reference) - before
    assert len(made) == 2 and context.undo.undoText().startswith("Add 2 tactics")
    context.undo.undo()
    assert plan_ids(context, tab.plan.reference) == before
    assert {a.id for a in tab.plan.actions} == before  # the tab followed
    context.undo.redo()
    assert plan_ids(context, tab.plan.reference) == before | made


def test_a_refused_tactic_keeps_the_picker_open_with_the_reason(tab, qtbot, context, again):
    before = plan_ids(context, tab.plan.reference)
    qtbot.mouseClick(tab.ui.addFromLibrary, Qt.MouseButton.LeftButton)
    picker = tab.dialog
    tick(qtbot, picker, "165A", "PUR-08")
    picker.ui.owner.setCurrentIndex(-1)
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    assert picker.isVisible()
    assert picker.ui.message.text() == "PUR-08: choose the owner agency"
    assert plan_ids(context, tab.plan.reference) == before


def test_status_change_needs_a_comment_and_shows_the_dated_update_in_the_trail(
        tab, qtbot, context):
    row = first_action_row(tab)
    action = tab.model.rows[row]
    choose_row(tab.ui.plan, row)
    qtbot.mouseClick(tab.ui.changeStatus, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, StatusDialog)
    offered = [dialog.ui.status.itemData(n) for n in range(dialog.ui.status.count())]
    assert offered == [None, *vocab.transitions(action.status)]
    dialog.choose("in progress")
    assert dialog.ui.dated.value() == TODAY and dialog.ui.dated.rule is dates.EVENT
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.ui.message.text() == "comment must not be empty"
    assert context.backend.read(plan_rows.action, action.id).updates == action.updates
    qtbot.keyClicks(dialog.ui.comment, "Warrant granted; search booked")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    assert tab.current_action().id == action.id and tab.current_action().status == "in progress"
    last = tab.details.model.rows[-1]
    assert (last.dated_on, last.status, last.comment) == (
        TODAY, "in progress", "Warrant granted; search booked")
    trail = tab.details.model
    assert trail.index(trail.rowCount() - 1, 0).data() == "23 Nov 2026"
    context.undo.undo()
    assert tab.current_action().status == action.status
    assert len(tab.current_action().updates) == len(action.updates)


def test_edit_dialog_saves_smart_fields_and_rag_override_undoably(tab, qtbot, context):
    row = first_action_row(tab)
    action = tab.model.rows[row]
    choose_row(tab.ui.plan, row)
    qtbot.keyClick(tab.ui.plan, Qt.Key.Key_Return)  # Enter opens the selected action
    dialog = tab.dialog
    assert isinstance(dialog, ActionDialog)
    assert dialog.ui.measurable.toPlainText() == (action.measurable or "")
    dialog.ui.timebound.clear()
    qtbot.keyClicks(dialog.ui.timebound, "Before the March board")
    dialog.ui.rag.setCurrentIndex(dialog.ui.rag.findData("green"))
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    edited = tab.current_action()
    assert (edited.timebound, edited.rag_override) == ("Before the March board", "green")
    assert edited.rating.label == "Green (set by the board)"
    rag_cell = tab.model.index(tab.ui.plan.currentIndex().row(), tab.model.Columns.RAG)
    assert rag_cell.data() == "Green (set by the board)"
    context.undo.undo()
    back = tab.current_action()
    assert (back.timebound, back.rag_override) == (action.timebound, action.rag_override)


def test_free_text_action_goes_under_its_strand(tab, qtbot, context):
    qtbot.mouseClick(tab.ui.addFree, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    dialog.ui.strand.setCurrentText("Protect")
    qtbot.keyClicks(dialog.ui.specific, "Visit the car washes with HSE and Immigration")
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.ui.message.text() == "choose the owner agency"
    dialog.ui.owner.setCurrentIndex(dialog.ui.owner.findData("Health and Safety Executive"))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    made = tab.current_action()
    assert (made.strand, made.owner, made.tactic_code) == ("Protect", "HSE", None)
    heading = max(n for n in tab.model.headings()
                  if tab.model.rows[n].strand == "Protect")
    assert tab.model.rows.index(made) > heading


def test_enter_in_the_picker_ticks_a_tactic_and_never_adds_behind_the_chairs_back(
        tab, qtbot, context):
    before = plan_ids(context, tab.plan.reference)
    qtbot.mouseClick(tab.ui.addFromLibrary, Qt.MouseButton.LeftButton)
    picker = tab.dialog
    qtbot.keyClicks(picker.ui.words, "165A")
    qtbot.keyClick(picker.ui.words, Qt.Key.Key_Return)  # on to the list, first tactic current
    assert picker.isVisible() and picker.ui.tactics.currentIndex().row() == 0
    qtbot.keyClick(picker.ui.tactics, Qt.Key.Key_Return)
    assert picker.model.chosen == ["PUR-08"] and picker.add_button.isEnabled()
    qtbot.keyClick(picker.ui.words, Qt.Key.Key_Return)
    assert picker.isVisible() and plan_ids(context, tab.plan.reference) == before
    qtbot.keyClick(picker.ui.tactics, Qt.Key.Key_Space)
    assert picker.model.chosen == [] and not picker.add_button.isEnabled()


def test_a_narrow_plan_keeps_number_specific_owner_status_and_rag(tab, qtbot):
    columns = tab.model.Columns
    tab.resize(600, 700)
    qtbot.waitUntil(lambda: tab.compact)
    shown = [c.name for c in columns if not tab.ui.plan.isColumnHidden(c)]
    assert {"NUMBER", "SPECIFIC", "OWNER", "STATUS", "RAG"} <= set(shown) and len(shown) < 10
    assert "hidden for want of room" in tab.ui.summary.text()
    assert tab.ui.details.orientation() == Qt.Orientation.Vertical
    tab.resize(1900, 700)
    qtbot.waitUntil(lambda: not tab.compact)
    qtbot.waitUntil(lambda: not any(tab.ui.plan.isColumnHidden(c) for c in columns))
    assert "hidden" not in tab.ui.summary.text()


def test_the_action_dialog_ties_an_action_to_a_must_win_battle_undoably(tab, qtbot, context):
    row = first_action_row(tab)
    choose_row(tab.ui.plan, row)
    qtbot.keyClick(tab.ui.plan, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert dialog.ui.battle.isVisibleTo(dialog) and dialog.ui.battle.currentData() == ""
    labels = [dialog.ui.battle.itemText(n) for n in range(dialog.ui.battle.count())]
    assert labels[0] == "(none)" and "4.2 Drug Supply: Disrupt the middle market" in labels
    dialog.ui.battle.setCurrentIndex(labels.index("4.2 Drug Supply: Disrupt the middle market"))
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    served = tab.current_action().battle
    assert served is not None and served[1] == "4.2 Drug Supply: Disrupt the middle market"
    context.undo.undo()
    assert tab.current_action().battle is None
    context.undo.redo()
    assert tab.current_action().battle == served

    def withdraw(s):
        control.withdraw_battle(s, control.battle(s, "Drug Supply", 2))
    context.backend.write(withdraw)
    qtbot.keyClick(tab.ui.plan, Qt.Key.Key_Return)  # a battle withdrawn is still shown
    dialog = tab.dialog
    assert dialog.ui.battle.currentText() == "Drug Supply: Disrupt the middle market (withdrawn)"
    dialog.ui.timebound.setText("By the spring board")
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)  # another field edited: the battle stays
    assert tab.current_action().battle == (served[0], dialog.ui.battle.currentText())


def test_a_free_text_action_may_serve_a_battle(tab, qtbot, context):
    qtbot.mouseClick(tab.ui.addFree, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    qtbot.keyClicks(dialog.ui.specific, "Trading standards visit the car washes")
    dialog.ui.owner.setCurrentIndex(dialog.ui.owner.findData("Health and Safety Executive"))
    found = next(n for n in range(dialog.ui.battle.count())
                 if dialog.ui.battle.itemText(n).startswith("6.1 MSHT: "))
    dialog.ui.battle.setCurrentIndex(found)
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    made = tab.current_action()
    assert made.specific.startswith("Trading standards") and made.battle is not None
    assert made.battle[1].startswith("6.1 MSHT: ")
