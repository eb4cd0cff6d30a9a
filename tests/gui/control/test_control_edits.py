"""The rest of the strategy edited on the Control strategy page: a threat area's model,
group and theme, the local priorities, the strategy's title, aim and themes; each
through its dialog, into the store, undone with Ctrl+Z, a bad one refused in a line
that changes nothing, and none of it on a superseded strategy."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ocgboard.core import control
from ocgboard.gui import ask
from tests.gui.control.test_control_page import SEEDED, click, open_page, press_ok, texts
from tests.gui.keys import type_date

PRIORITIES = ["MSHT (facilitated by OIC)", "County Lines & Drugs Supply", "CSAE",
              "Cyber Dependent Crime", "Fraud"]


def area_words(context, name: str) -> tuple:
    def read(s):
        row = control.area(s, name)
        return row.management_model, row.group_name, row.theme
    return context.backend.read(read)


def priorities(context) -> list[str]:
    return context.backend.read(
        lambda s: [p.text for p in control.priorities(s, control.newest(s))])


def strategy_words(context) -> tuple:
    def read(s):
        row = control.newest(s)
        return row.title, row.aim, control.themes(row)
    return context.backend.read(read)


def choose_priority(qtbot, page, number: int) -> None:
    view = page.ui.priorities
    item = view.item(number - 1)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualItemRect(item).center())
    assert view.currentItem() is item


def retype(qtbot, field, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(field, text)
    else:
        qtbot.keyClick(field, Qt.Key.Key_Delete)


def test_editing_a_threat_area(window, qtbot, context):
    page = open_page(window, qtbot)
    assert not page.ui.editArea.isEnabled()  # nothing chosen yet
    click(qtbot, page, "7. OIC")
    qtbot.mouseClick(page.ui.editArea, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.ui.model.currentText() == "regionally-led"
    assert "Its name stays" in dialog.ui.explain.text()
    dialog.ui.model.setCurrentIndex(dialog.ui.model.findText("force-led"))
    retype(qtbot, dialog.ui.group.lineEdit(), "Prosperity")
    dialog.ui.theme.setCurrentIndex(dialog.ui.theme.findText("Exploitation of the Vulnerable"))
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert area_words(context, "OIC") == ("force-led", "Prosperity",
                                          "Exploitation of the Vulnerable")
    # Its group's other areas serve no theme: the area says its own.
    shown = "7. OIC (Force-led) — Exploitation of the Vulnerable"
    assert shown in texts(page) and "Prosperity" in texts(page)
    assert page.ui.areas.currentItem().text(0) == shown  # still chosen
    context.undo.undo()
    assert area_words(context, "OIC") == ("regionally-led", "Vulnerability", None)
    assert "7. OIC (Regionally-led)" in texts(page)


def test_a_bad_area_edit_is_refused_in_a_line(window, qtbot, context):
    page = open_page(window, qtbot)
    click(qtbot, page, "7.1 ")  # a battle: its area is the one edited
    steps = context.undo.count()
    qtbot.mouseClick(page.ui.editArea, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.windowTitle() == "Edit threat area 7"
    retype(qtbot, dialog.ui.group.lineEdit(), "")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.message.text() == "the area's group must not be empty"
    assert area_words(context, "OIC") == ("regionally-led", "Vulnerability", None)
    assert context.undo.count() == steps


def test_adding_rewording_and_removing_priorities(window, qtbot, context, monkeypatch):
    page = open_page(window, qtbot)
    assert page.ui.priorities.count() == 5
    assert not page.ui.rewordPriority.isEnabled()
    qtbot.mouseClick(page.ui.addPriority, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.ui.text, "Firearms supply")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert priorities(context) == [*PRIORITIES, "Firearms supply"]
    assert page.ui.priorities.currentItem().text() == "6. Firearms supply"

    choose_priority(qtbot, page, 4)
    qtbot.mouseClick(page.ui.rewordPriority, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.ui.text.text() == "Cyber Dependent Crime"
    retype(qtbot, dialog.ui.text, "Cyber crime")
    press_ok(qtbot, dialog)
    assert priorities(context)[3] == "Cyber crime"
    assert page.ui.priorities.item(3).text() == "4. Cyber crime"

    monkeypatch.setattr(ask, "before", lambda *_a: True)
    choose_priority(qtbot, page, 1)
    qtbot.mouseClick(page.ui.withdrawPriority, Qt.MouseButton.LeftButton)
    assert priorities(context) == [*PRIORITIES[1:3], "Cyber crime", "Fraud", "Firearms supply"]
    assert page.ui.priorities.item(0).text() == "1. County Lines & Drugs Supply"

    context.undo.undo()  # the removal
    assert priorities(context)[0] == PRIORITIES[0]
    context.undo.undo()  # the rewording
    assert priorities(context)[3] == "Cyber Dependent Crime"
    context.undo.undo()  # the addition
    assert priorities(context) == PRIORITIES
    assert page.ui.priorities.count() == 5


def test_a_bad_priority_is_refused_in_a_line(window, qtbot, context):
    page = open_page(window, qtbot)
    steps = context.undo.count()
    qtbot.mouseClick(page.ui.addPriority, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    press_ok(qtbot, dialog)
    assert dialog.ui.message.text() == "the local priority must not be empty"
    qtbot.keyClicks(dialog.ui.text, "csae")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.message.text() == "the control strategy already has the local priority " \
                                       "'CSAE'"
    assert priorities(context) == PRIORITIES and context.undo.count() == steps


def test_editing_the_strategys_title_aim_and_themes(window, qtbot, context):
    page = open_page(window, qtbot)
    qtbot.mouseClick(page.ui.editStrategy, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.ui.title.text() == SEEDED
    assert dialog.ui.themes.toPlainText().splitlines()[0] == "Exploitation of the Vulnerable"
    retype(qtbot, dialog.ui.title, "Control Strategy 2026")
    retype(qtbot, dialog.ui.aim, "")
    dialog.ui.themes.setFocus()
    qtbot.keyClick(dialog.ui.themes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.ui.themes, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.ui.themes, "Harm to the economy")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    title, aim, themes = strategy_words(context)
    assert (title, aim, themes[-1], len(themes)) == ("Control Strategy 2026", None,
                                                     "Harm to the economy", 4)
    summary = page.ui.summary.text()
    assert "Control Strategy 2026</b>" in summary and "Aim:" not in summary
    assert "Harm to the economy" in summary
    context.undo.undo()
    title, aim, themes = strategy_words(context)
    assert (title, aim.startswith("Effectively"), len(themes)) == (SEEDED, True, 3)
    assert SEEDED in page.ui.summary.text()


def test_a_bad_strategy_edit_is_refused_in_a_line(window, qtbot, context):
    page = open_page(window, qtbot)
    before, steps = strategy_words(context), context.undo.count()
    qtbot.mouseClick(page.ui.editStrategy, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.ui.themes.setPlainText("Harm\nharm")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.message.text() == "the theme 'harm' is listed twice"
    retype(qtbot, dialog.ui.title, "")
    press_ok(qtbot, dialog)
    assert dialog.ui.message.text() == "the strategy's title must not be empty"
    assert strategy_words(context) == before and context.undo.count() == steps


def test_a_superseded_strategys_edits_are_disabled(window, qtbot, context):
    page = open_page(window, qtbot)
    click(qtbot, page, "7. OIC")
    choose_priority(qtbot, page, 1)
    buttons = (page.ui.editArea, page.ui.editStrategy, page.ui.addPriority,
               page.ui.rewordPriority, page.ui.withdrawPriority)
    assert all(b.isEnabled() for b in buttons)
    qtbot.mouseClick(page.ui.adopt, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.ui.title, "Control Strategy November 2026")
    type_date(qtbot, dialog.ui.adoptedOn, "23 Nov 2026")
    press_ok(qtbot, dialog)
    combo = page.ui.strategy
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the older one, for the record
    assert SEEDED in page.ui.summary.text()
    click(qtbot, page, "7. OIC")
    choose_priority(qtbot, page, 1)
    for button in buttons:
        assert not button.isEnabled(), button.objectName()
    qtbot.keyClick(page.ui.priorities, Qt.Key.Key_Return)  # Enter rewords: not here
    assert page.dialog is dialog  # no new dialog opened


def test_undoing_a_strategy_edit_after_an_adoption_is_refused(window, qtbot, context,
                                                              monkeypatch):
    page = open_page(window, qtbot)
    qtbot.mouseClick(page.ui.editStrategy, Qt.MouseButton.LeftButton)
    retype(qtbot, page.dialog.ui.aim, "Reduce the harm")
    press_ok(qtbot, page.dialog)
    qtbot.mouseClick(page.ui.adopt, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.dialog.ui.title, "Control Strategy 2027")
    type_date(qtbot, page.dialog.ui.adoptedOn, "1 Jan 2027")
    press_ok(qtbot, page.dialog)
    told = []
    monkeypatch.setattr("ocgboard.gui.undo.refused", lambda _w, title, text: told.append(text))
    context.undo.undo()  # the adoption is not on the stack: this is the aim's
    assert told and "superseded" in told[0]
    assert strategy_words(context)[1] == "Reduce the harm"  # the new one's, copied
