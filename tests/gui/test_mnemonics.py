"""No two controls a person sees together answer the same Alt+letter.

Qt gives a repeated mnemonic to each control in turn, so Alt+A on a dialog
with "&Agency" and "&Add" reaches the one the person did not mean half the
time. This walks each window as it is shown: the menu bar and each menu, every
page of the main window and every tab of every tab widget on it, and every
dialog and wizard page, and names the letters used twice.

A tab widget's or stack's pages are seen one at a time, each with what is
around it; a widget hidden in the state the window opens in is left out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QWidget,
    QWizard,
)

from tests.gui.every_window import listed, windows

ROOT = Path(__file__).resolve().parents[2]
DIALOG_CLASS = re.compile(r"^class (\w+)\((?:KeepsEdits, )?(?:QDialog|QWizard)\)", re.M)
FIND_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly
WIZARD_BUTTONS = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                  QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                  QWizard.WizardButton.CancelButton, QWizard.WizardButton.CustomButton1,
                  QWizard.WizardButton.CustomButton2, QWizard.WizardButton.CustomButton3)
Items = list[tuple[str, str]]  # (letter, what carries it)
MNEMONIC = re.compile(r"&(&|.)")


def letter(text: str) -> str | None:
    for match in MNEMONIC.finditer(text):
        if match.group(1) != "&":
            return match.group(1).lower()
    return None


def _own(widget: QWidget) -> Items:
    text = ""
    # A label's '&' is a mnemonic only when it has a buddy; else it is shown as is.
    if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel)
                                               and widget.buddy() is not None):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    found = letter(text)
    return [(found, f"{type(widget).__name__} '{text}'")] if found else []


def _tabs(tabs: QTabWidget) -> Items:
    found = []
    for index in range(tabs.count()):
        text = tabs.tabText(index)
        if tabs.isTabVisible(index) and letter(text):
            found.append((letter(text), f"tab '{text}'"))
    return found


def views(widget: QWidget, skip: QWidget | None = None) -> list[Items]:
    """Each set of items seen together in `widget`, one set for each choice of page
    in the tab widgets and stacks inside it."""
    if isinstance(widget, QTabWidget):
        return [_tabs(widget) + seen for index in range(widget.count())
                for seen in views(widget.widget(index))]
    if isinstance(widget, QStackedWidget):
        return [seen for index in range(widget.count()) for seen in views(widget.widget(index))]
    seen_together: list[Items] = [_own(widget)]
    for child in widget.findChildren(QWidget, options=FIND_DIRECT):
        if child.isHidden() or child.isWindow() or child is skip:
            continue
        inner = views(child, skip)
        seen_together = [outer + more for outer in seen_together for more in inner]
    return seen_together


def _wizard_views(wizard: QWizard) -> list[Items]:
    buttons = [(letter(wizard.buttonText(kind)), f"wizard button '{wizard.buttonText(kind)}'")
               for kind in WIZARD_BUTTONS if letter(wizard.buttonText(kind))]
    pages = [wizard.page(number) for number in wizard.pageIds()]
    return [buttons + seen for page in pages for seen in views(page)]


def clashes(where: str, seen_together: list[Items]) -> set[str]:
    found = set()
    for items in seen_together:
        by_letter = defaultdict(list)
        for key, what in items:
            by_letter[key].append(what)
        for key, whats in by_letter.items():
            if len(whats) > 1:
                found.add(f"{where}: Alt+{key.upper()} for {', '.join(sorted(whats))}")
    return found


def menu_items(menu: QMenu) -> Items:
    return [(letter(action.text()), f"'{action.text()}'") for action in menu.actions()
            if action.isVisible() and letter(action.text())]


def menus(window) -> set[str]:
    found = set()
    bar = window.menuBar()
    titles = [action for action in bar.actions() if action.isVisible()]
    found |= clashes("menu bar", [[(letter(a.text()), f"menu '{a.text()}'")
                                   for a in titles if letter(a.text())]])
    for title in titles:
        menu = title.menu()
        menu.aboutToShow.emit()  # the Boards menu is filled as it opens
        found |= clashes(f"menu '{title.text()}'", [menu_items(menu)])
        for action in menu.actions():
            if action.menu() is not None:
                action.menu().aboutToShow.emit()
                found |= clashes(f"menu '{action.text()}'", [menu_items(action.menu())])
    return found


def test_no_two_controls_seen_together_share_an_alt_letter(window, qtbot, context):
    found = menus(window)
    # Alt+F opens the File menu from any page: the menu bar is seen with each of them.
    bar = [(letter(a.text()), f"menu '{a.text()}'") for a in window.menuBar().actions()
           if a.isVisible() and letter(a.text())]
    around = [bar + seen for seen in views(window, skip=window.ui.pages)]
    for number, page in enumerate(window.pages):
        window.show_page(number)
        qtbot.waitUntil(lambda p=page: p.isVisible())
        qtbot.waitUntil(lambda: not context.runner.tasks, timeout=30_000)
        found |= clashes(f"{page.title} page",
                         [outer + seen for outer in around for seen in views(page)])
    qtbot.waitUntil(lambda: not context.runner.tasks, timeout=30_000)
    for name, dialog in windows(window):
        seen = _wizard_views(dialog) if isinstance(dialog, QWizard) else views(dialog)
        found |= clashes(name, seen)
    qtbot.waitUntil(lambda: not context.runner.tasks, timeout=30_000)
    assert not found, "\n".join(sorted(found))


def test_every_dialog_is_listed():
    made = set()
    for source in (ROOT / "ocgboard" / "gui").rglob("*.py"):
        made |= set(DIALOG_CLASS.findall(source.read_text(encoding="utf-8")))
    assert made == listed()

