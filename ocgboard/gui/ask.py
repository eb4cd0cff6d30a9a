"""A question before a step that takes something away, answered by what it does.

"Delete" and "Cancel" say what each button will do; "Yes" and "No" make the
reader go back to the question. Cancel is the default, so Enter takes nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def before(parent: QWidget | None, title: str, text: str, verb: str) -> bool:
    """True when the person chose `verb` (e.g. "&Delete"); Cancel, Escape or closing
    the box is False."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.NoButton, parent)
    act = box.addButton(verb, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is act
