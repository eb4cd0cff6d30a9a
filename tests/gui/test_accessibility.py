"""Every control a person can reach has a name a screen reader speaks.

Qt builds the accessible name from a button's text, a field's buddy label or
an explicit accessibleName; this walks every page, and every tab of every
tab widget on it, and asks the accessibility layer itself.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox,
            QTextEdit, QPlainTextEdit)


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface else ""


def nameless(page: QWidget) -> list[str]:
    found = []
    for control in page.findChildren(QWidget):
        if not isinstance(control, CONTROLS) or not control.isVisibleTo(page):
            continue
        if isinstance(control, QHeaderView) or control.objectName() == \
                "qt_tableview_cornerbutton":
            continue  # headers speak their columns; the corner button selects all
        if isinstance(control, QLineEdit) and isinstance(control.parent(),
                                                         QComboBox | QAbstractSpinBox):
            continue  # the editor inside a combo or date box: the box has the name
        if not spoken_name(control):
            found.append(f"{type(page).__name__}: {type(control).__name__} "
                         f"'{control.objectName()}'")
    return found


def every_tab(page: QWidget):
    yield
    for tabs in page.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield


def test_every_control_on_every_page_and_tab_has_a_spoken_name(window, qtbot, context):
    missing = set()
    for number, page in enumerate(window.pages):
        window.show_page(number)
        qtbot.waitUntil(lambda p=page: p.isVisible())
        for _ in every_tab(page):
            missing.update(nameless(page))
    qtbot.waitUntil(lambda: not context.runner.tasks, timeout=30_000)
    assert not missing, "\n".join(sorted(missing))
