"""A refused edit's reason, on the line under its field, with what was typed kept.

The note goes into the field's own layout (a form's next row, or the next
place in a column of widgets), so any form can have one without Designer
knowing of it. Empty, its row is hidden and takes no room. The colour is a
second signal only: the words say what is wrong.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLabel, QLayout, QWidget

from ocgboard.gui import look


def note_under(field: QWidget) -> QLabel:
    """A hidden note placed under `field`; say() shows it."""
    note = QLabel(field.parentWidget())
    note.setObjectName(f"{field.objectName()}Note")
    note.setWordWrap(True)
    note.setTextFormat(Qt.TextFormat.PlainText)
    note.setAccessibleName(f"Why {field.accessibleName() or field.objectName()} was not saved")
    layout = _holding(field.parentWidget().layout(), field)
    if isinstance(layout, QFormLayout):
        row, _role = layout.getWidgetPosition(field)
        layout.insertRow(row + 1, "", note)
    elif isinstance(layout, QBoxLayout):
        layout.insertWidget(layout.indexOf(field) + 1, note)
    say(note, "")
    return note


def say(note: QLabel, text: str) -> None:
    palette = note.palette()  # the red for the theme in use now, light or dark
    palette.setColor(QPalette.ColorRole.WindowText, look.warning(palette))
    note.setPalette(palette)
    note.setText(text)
    form = _holding(note.parentWidget().layout(), note)
    if isinstance(form, QFormLayout):
        form.setRowVisible(note, bool(text))
    else:
        note.setVisible(bool(text))


def _holding(layout: QLayout | None, widget: QWidget) -> QLayout | None:
    """The layout, among `layout` and those within it, that holds `widget` itself."""
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for n in range(layout.count()):
        inner = layout.itemAt(n).layout()
        found = _holding(inner, widget) if inner is not None else None
        if found is not None:
            return found
    return None
