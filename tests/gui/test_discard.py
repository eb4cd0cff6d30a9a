"""A dialog with unsaved changes asks "Discard your changes?" before Escape, Cancel or
closing it throws them away; an unchanged one just closes."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from ocgboard.core.rows import plans as plan_rows
from ocgboard.gui.plans.action_dialog import ActionDialog
from ocgboard.gui.plans.status_dialog import StatusDialog
from ocgboard.gui.plans.tactic_picker import TacticPicker
from tests.gui.plans.test_plans import choose_row, first_action_row, tab  # noqa: F401 (a fixture)

LEFT = Qt.MouseButton.LeftButton
CANCEL = QDialogButtonBox.StandardButton.Cancel
ESCAPE = Qt.Key.Key_Escape


class Asked(list):
    """The questions asked; each is answered with the next of `replies`."""

    def __init__(self):
        super().__init__()
        self.replies: list = []


@pytest.fixture
def answers(monkeypatch) -> Asked:
    asked = Asked()

    def question(_parent, _title, text, *_args):
        asked.append(text.split("\n")[0])
        return asked.replies.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def open_editor(shown, qtbot) -> ActionDialog:
    choose_row(shown.ui.plan, first_action_row(shown))
    qtbot.mouseClick(shown.ui.edit, LEFT)
    dialog = shown.dialog
    assert isinstance(dialog, ActionDialog) and dialog.isVisible()
    return dialog


def test_escape_on_an_unchanged_dialog_just_closes(tab, qtbot):  # noqa: F811
    dialog = open_editor(tab, qtbot)
    qtbot.keyClick(dialog, ESCAPE)  # an unexpected question would fail the test
    assert not dialog.isVisible()


def test_escape_asks_and_keeping_on_keeps_what_was_typed(tab, qtbot, context, answers):  # noqa: F811
    dialog = open_editor(tab, qtbot)
    before = context.backend.read(plan_rows.action, dialog.row.id)
    qtbot.keyClicks(dialog.ui.measurable, " Two warrants a month")
    answers.replies.append(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, ESCAPE)
    assert answers == ["Discard your changes?"]
    assert dialog.isVisible()
    assert dialog.ui.measurable.toPlainText().startswith(" Two warrants a month")
    answers.replies.append(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog, ESCAPE)
    assert not dialog.isVisible()
    assert context.backend.read(plan_rows.action, dialog.row.id) == before


def test_cancel_and_the_close_button_ask_too(tab, qtbot, answers):  # noqa: F811
    dialog = open_editor(tab, qtbot)
    qtbot.keyClicks(dialog.ui.timebound, " by March")
    answers.replies += [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel]
    qtbot.mouseClick(dialog.ui.buttons.button(CANCEL), LEFT)
    assert dialog.isVisible()
    dialog.close()  # the window's close button
    assert dialog.isVisible() and len(answers) == 2
    answers.replies.append(QMessageBox.StandardButton.Discard)
    qtbot.mouseClick(dialog.ui.buttons.button(CANCEL), LEFT)
    assert not dialog.isVisible()


def test_typing_back_what_was_there_is_no_change(tab, qtbot):  # noqa: F811
    dialog = open_editor(tab, qtbot)
    qtbot.keyClicks(dialog.ui.timebound, "x")
    qtbot.keyClick(dialog.ui.timebound, Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog, ESCAPE)
    assert not dialog.isVisible()


def test_a_status_update_being_written_is_not_lost_to_escape(tab, qtbot, answers):  # noqa: F811
    choose_row(tab.ui.plan, first_action_row(tab))
    qtbot.mouseClick(tab.ui.changeStatus, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, StatusDialog)
    qtbot.keyClicks(dialog.ui.comment, "Warrant executed at the car wash")
    answers.replies.append(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, ESCAPE)
    assert dialog.isVisible() and answers == ["Discard your changes?"]


def test_the_picker_asks_once_a_tactic_is_ticked_and_not_before(tab, qtbot, answers):  # noqa: F811
    qtbot.mouseClick(tab.ui.addFromLibrary, LEFT)
    picker = tab.dialog
    assert isinstance(picker, TacticPicker)
    qtbot.keyClicks(picker.ui.words, "165A")  # filtering is not a change to lose
    choose_row(picker.ui.tactics, 0)
    qtbot.keyClick(picker.ui.tactics, Qt.Key.Key_Space)
    answers.replies.append(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(picker, ESCAPE)
    assert picker.isVisible() and answers == ["Discard your changes?"]
    qtbot.keyClick(picker.ui.tactics, Qt.Key.Key_Space)  # unticked: nothing to lose
    qtbot.keyClick(picker, ESCAPE)
    assert not picker.isVisible()
