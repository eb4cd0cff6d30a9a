"""The Control strategy page: seed 002's strategy, its must-win battles added,
reworded and withdrawn through their dialogs (each undone with Ctrl+Z), a battle
no live work serves said so in words, and a new strategy adopted with the old one
kept read-only for the record."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from ocgboard.core import control, control_tasking, rag
from ocgboard.core.register import CLOSED
from ocgboard.gui import ask, look
from ocgboard.gui.control import tree
from ocgboard.gui.control.page import ControlPage
from ocgboard.store.models import Action, Threat
from tests.gui.keys import type_date

OK = QDialogButtonBox.StandardButton.Ok
SEEDED = "Interim Strategic Assessment; Control Strategy May 2024"


def open_page(window, qtbot) -> ControlPage:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, "8", Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert isinstance(page, ControlPage)
    return page


def items(page):
    """Every item of the tree, top to bottom."""
    found, view = [], page.ui.areas
    item = view.topLevelItem(0)
    while item is not None:
        found.append(item)
        item = view.itemBelow(item)
    return found


def item(page, starts: str):
    return next(i for i in items(page) if i.text(tree.NAME).startswith(starts))


def texts(page) -> list[str]:
    return [i.text(tree.NAME) for i in items(page)]


def click(qtbot, page, starts: str) -> None:
    view = page.ui.areas
    found = item(page, starts)
    view.scrollToItem(found)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualItemRect(found).center())
    assert view.currentItem() is found


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.buttons.button(OK), Qt.MouseButton.LeftButton)


def battle_texts(context, area: str) -> list[str]:
    def read(s):
        return [b.text for b in control.battles(s, control.area(s, area))]
    return context.backend.read(read)


def test_the_seeded_strategy_shows_its_areas_battles_and_priorities(window, qtbot):
    page = open_page(window, qtbot)
    summary = page.ui.summary.text()
    assert SEEDED in summary and "in force from 1 May 2024" in summary
    assert "Exploitation of the Vulnerable" in summary and "Aim: Effectively" in summary
    shown = texts(page)
    assert "Commodity" in shown and "4. Drug Supply (Force-led, ROCU-assisted)" in shown
    assert shown.index("4.2 Disrupt the middle market") == \
        shown.index("4. Drug Supply (Force-led, ROCU-assisted)") + 2
    assert page.ui.priorities.item(0).text() == "1. MSHT (facilitated by OIC)"
    assert [page.ui.strategy.itemText(n) for n in range(page.ui.strategy.count())] == [
        f"{SEEDED} (in force from 1 May 2024)"]
    assert not page.ui.adriftBox.isVisible()


def test_adding_a_battle_through_the_dialog(window, qtbot, context):
    page = open_page(window, qtbot)
    click(qtbot, page, "4.1 ")
    assert page.ui.rewordBattle.isEnabled()
    qtbot.mouseClick(page.ui.addBattle, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.ui.area.currentText() == "4. Drug Supply"  # the area chosen
    qtbot.keyClicks(dialog.ui.text, "Close cuckooed addresses")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert page.ui.areas.currentItem().text(tree.NAME) == "4.3 Close cuckooed addresses"
    assert battle_texts(context, "Drug Supply")[-1] == "Close cuckooed addresses"
    context.undo.undo()
    assert "Close cuckooed addresses" not in battle_texts(context, "Drug Supply")
    assert not any(t.startswith("4.3") for t in texts(page))


def test_rewording_a_battle(window, qtbot, context):
    page = open_page(window, qtbot)
    click(qtbot, page, "4.2 ")
    qtbot.mouseClick(page.ui.rewordBattle, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.ui.text.text() == "Disrupt the middle market"
    assert not dialog.ui.area.isEnabled()
    qtbot.keyClick(dialog.ui.text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.ui.text, "Dismantle the middle market")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert "4.2 Dismantle the middle market" in texts(page)
    assert battle_texts(context, "Drug Supply")[1] == "Dismantle the middle market"
    context.undo.undo()
    assert battle_texts(context, "Drug Supply")[1] == "Disrupt the middle market"
    assert "4.2 Disrupt the middle market" in texts(page)


def test_withdrawing_asks_first(window, qtbot, context, monkeypatch):
    page = open_page(window, qtbot)
    asked, answer = [], [False]
    monkeypatch.setattr(ask, "before", lambda _p, _t, text, verb:
                        asked.append((text, verb)) or answer[0])
    click(qtbot, page, "7.2 ")
    qtbot.mouseClick(page.ui.withdrawBattle, Qt.MouseButton.LeftButton)
    assert "7.2 'Target harden infrastructure vulnerabilities'" in asked[0][0]
    assert len(battle_texts(context, "OIC")) == 2  # Cancel: nothing struck
    answer[0] = True
    qtbot.mouseClick(page.ui.withdrawBattle, Qt.MouseButton.LeftButton)
    assert battle_texts(context, "OIC") == ["Significantly improve intelligence picture"]
    assert not any(t.startswith("7.2") for t in texts(page))
    context.undo.undo()
    assert len(battle_texts(context, "OIC")) == 2
    assert "7.2 Target harden infrastructure vulnerabilities" in texts(page)


def _serve_4_2(session) -> str:
    action = session.scalars(
        select(Action).join(Threat, Threat.id == Action.threat_id)
        .where(~Action.deleted, Action.status.in_(rag.OPEN), ~Threat.deleted,
               Threat.status.not_in(CLOSED)).order_by(Action.id)).first()
    control_tasking.serve(session, action, "4.2")
    return action.specific


def test_a_battle_no_live_work_serves_says_so_until_an_action_serves_it(
        window, qtbot, context, monkeypatch):
    page = open_page(window, qtbot)
    found = item(page, "4.2 ")
    assert found.text(tree.WORK) == "No live action"  # in words, not colour alone
    assert found.foreground(tree.WORK).color() == look.warning(page.ui.areas.palette())
    click(qtbot, page, "4.2 ")
    assert "No live action" in page.ui.battle.text()
    assert page.work.rowCount() == 0

    specific = context.backend.write(_serve_4_2)  # the page hears the change
    found = item(page, "4.2 ")
    assert found.text(tree.WORK) == "1 action, 0 strategic actions"
    assert page.ui.areas.currentItem() is found  # still the battle chosen
    assert "No live action" not in page.ui.battle.text()
    assert [row.text for row in page.work.rows] == [specific]
    assert item(page, "4.1 ").text(tree.WORK) == "No live action"

    # Withdrawn with its work: the work is listed as on a battle no longer in the strategy.
    monkeypatch.setattr(ask, "before", lambda *_a: True)
    qtbot.mouseClick(page.ui.withdrawBattle, Qt.MouseButton.LeftButton)
    assert page.ui.adriftBox.isVisible()
    assert [row.text for row in page.adrift.rows] == [specific]
    assert "(withdrawn)" in page.adrift.rows[0].battle


def test_adopting_a_new_strategy_keeps_the_old_one_read_only(window, qtbot, context):
    page = open_page(window, qtbot)
    qtbot.mouseClick(page.ui.adopt, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.ui.title, "Control Strategy November 2026")
    type_date(qtbot, dialog.ui.adoptedOn, "23 Nov 2026")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    combo = page.ui.strategy
    assert [combo.itemText(n) for n in range(combo.count())] == [
        "Control Strategy November 2026 (in force from 23 Nov 2026)",
        f"{SEEDED} (superseded on 23 Nov 2026)"]
    assert combo.currentIndex() == 0
    assert "Control Strategy November 2026</b>, in force from 23 Nov 2026" in \
        page.ui.summary.text()
    assert "4.2 Disrupt the middle market" in texts(page)  # a copy of the old
    assert page.ui.addBattle.isEnabled() and page.ui.adopt.isEnabled()

    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the older one, for the record
    assert SEEDED in page.ui.summary.text()
    assert "superseded on 23 Nov 2026" in page.ui.summary.text()
    click(qtbot, page, "4.2 ")
    for button in (page.ui.addBattle, page.ui.rewordBattle, page.ui.withdrawBattle,
                   page.ui.adopt):
        assert not button.isEnabled(), button.objectName()
    assert "Kept for the record" in page.ui.readOnly.text()
    assert not page.new_record()  # File > New makes nothing here
    assert page.ui.areas.isColumnHidden(tree.WORK)
    qtbot.keyClick(page.ui.areas, Qt.Key.Key_Return)  # Enter rewords: not here
    assert page.dialog is None or not page.dialog.isVisible()


def test_bad_battles_are_refused_in_a_line_and_change_nothing(window, qtbot, context):
    page = open_page(window, qtbot)
    click(qtbot, page, "4.1 ")
    steps = context.undo.count()
    before = battle_texts(context, "Drug Supply")
    qtbot.mouseClick(page.ui.addBattle, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.message.text() == "the must-win battle must not be empty"
    qtbot.keyClicks(dialog.ui.text, "disrupt the MIDDLE market")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.message.text() == \
        "Drug Supply already has the must-win battle 'disrupt the MIDDLE market'"
    assert "\n" not in dialog.ui.message.text()
    assert battle_texts(context, "Drug Supply") == before
    assert context.undo.count() == steps


def test_a_strategy_adopted_from_a_later_day_is_the_one_edited(window, qtbot, context):
    page = open_page(window, qtbot)
    qtbot.mouseClick(page.ui.adopt, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.ui.title, "Control Strategy 2027")
    type_date(qtbot, dialog.ui.adoptedOn, "1 Jan 2027")
    press_ok(qtbot, dialog)
    combo = page.ui.strategy
    assert [combo.itemText(n) for n in range(combo.count())] == [
        "Control Strategy 2027 (adopted, in force from 1 Jan 2027)",
        f"{SEEDED} (in force from 1 May 2024 until 1 Jan 2027)"]
    assert page.ui.addBattle.isEnabled()  # the newest, though not yet in force
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert not page.ui.addBattle.isEnabled()
    assert "only the newest strategy is edited" in page.ui.readOnly.text()
