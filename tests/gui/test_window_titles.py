"""Every window the app opens says what it is for, in a title no other window has: a
person choosing among open windows (Alt+Tab, the taskbar) can tell them apart."""

from __future__ import annotations

from collections import Counter

from tests.gui.every_window import windows


def test_every_window_has_a_title_of_its_own(window, qtbot, context):
    titles = {"main window": window.windowTitle()}
    for name, dialog in windows(window):
        titles[name] = dialog.windowTitle()
    qtbot.waitUntil(lambda: not context.runner.tasks, timeout=30_000)
    assert not [name for name, title in titles.items() if not title.strip()]
    twice = {title for title, n in Counter(titles.values()).items() if n > 1}
    assert not twice, {name: title for name, title in titles.items() if title in twice}
    assert titles["MemberDialog"] != "Member"  # says what the dialog does
