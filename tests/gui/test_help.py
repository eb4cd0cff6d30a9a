"""Help: a getting-started guide in the board's words, shown in the app from its
resource file, and the keyboard shortcuts as the window's actions really have them."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from ocgboard import paths
from ocgboard.gui.help import GUIDE, GuideWindow, ShortcutsWindow
from tests.gui.board.test_lock import new_laptop, started  # noqa: F401 (fixtures)


def shortcut_rows(window) -> dict[str, str]:
    table = window.help_shortcuts.ui.table
    return {table.item(row, 0).text(): table.item(row, 1).text()
            for row in range(table.rowCount())}


def test_help_opens_the_getting_started_guide(window, qtbot):
    help_menu = window.ui.menuHelp.actions()
    assert window.ui.actionGuide in help_menu and window.ui.actionShortcuts in help_menu
    assert GUIDE.is_relative_to(paths.resources_dir()) and GUIDE.is_file()
    window.ui.actionGuide.trigger()
    guide = window.help_guide
    assert isinstance(guide, GuideWindow)
    qtbot.waitExposed(guide)
    text = guide.ui.text.toPlainText()
    for step in ("Set up the board", "Record an OCG", "members", "tactic library",
                 "status", "disruption", "meeting", "pack", "Exchange", "Lock"):
        assert step in text, step
    assert "#" not in text  # the guide's Markdown is shown as headings, not as marks
    window.ui.actionGuide.trigger()
    assert window.help_guide is guide  # one guide, brought forward


def test_keyboard_shortcuts_list_the_actions_real_shortcuts(window, qtbot):
    window.ui.actionShortcuts.trigger()
    shown = window.help_shortcuts
    assert isinstance(shown, ShortcutsWindow)
    qtbot.waitExposed(shown)
    rows = shortcut_rows(window)
    native = QKeySequence.SequenceFormat.NativeText
    for action, keys in ((window.ui.actionFind, "Ctrl+F"), (window.ui.actionPrint, "Ctrl+P"),
                         (window.ui.actionQuit, "Ctrl+Q"), (window.ui.actionGuide, "F1")):
        assert rows[action.text().replace("&", "")] == QKeySequence(keys).toString(native)
    assert rows["Threats"] == QKeySequence("Ctrl+2").toString(native)  # from the Go menu
    assert "Undo" in rows
    assert all(keys for keys in rows.values())  # actions without a shortcut are left out
    assert "Lock" not in rows  # a laptop kept unencrypted has no lock, nor its key


def test_an_encrypted_laptop_lists_ctrl_l_for_its_lock(started, qtbot):  # noqa: F811
    desk, _seen = started
    window = desk.window
    qtbot.waitExposed(window)
    window.ui.actionShortcuts.trigger()
    native = QKeySequence.SequenceFormat.NativeText
    assert shortcut_rows(window)["Lock"] == QKeySequence("Ctrl+L").toString(native)


def test_the_table_follows_a_changed_shortcut(window, qtbot):
    window.ui.actionFind.setShortcut(QKeySequence("Ctrl+K"))
    window.ui.actionShortcuts.trigger()
    native = QKeySequence.SequenceFormat.NativeText
    assert shortcut_rows(window)["Find…"] == QKeySequence("Ctrl+K").toString(native)
