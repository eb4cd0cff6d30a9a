"""A form with unsaved changes asks before it goes; an unchanged one just closes.

Escape, Cancel and the window's close button all end in QDialog.reject(), so a
dialog that mixes in KeepsEdits (before QDialog) asks "Discard your changes?"
there, and stays open, with everything typed, unless the person discards.
What a form holds is read from its input widgets (texts, choices, ticks,
numbers, times), so a dialog only calls keep_edits() once it is filled; one
with more to lose than its widgets show (the tactic picker's chosen tactics)
gives its own edits().
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

QUESTION = "Discard your changes?"


def form_state(form: QWidget) -> tuple:
    """What the person can change in `form`, in a comparable form."""
    found: list = []
    for child in form.findChildren(QWidget):
        if isinstance(child, QLineEdit):
            found.append(child.text())
        elif isinstance(child, (QPlainTextEdit, QTextEdit)):
            found.append(child.toPlainText())
        elif isinstance(child, QComboBox):
            found.append((child.currentIndex(), child.currentText()))
        elif isinstance(child, QAbstractSpinBox):
            found.append(child.text())
        elif isinstance(child, QAbstractButton) and child.isCheckable():
            found.append(child.isChecked())
    return tuple(found)


def discard(parent: QWidget) -> bool:
    """Ask; True when the person chooses to lose what they typed."""
    answer = QMessageBox.question(
        parent, parent.windowTitle() or QUESTION,
        f"{QUESTION}\n\nWhat you typed here has not been saved.",
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard


class KeepsEdits:
    """Mixed into a QDialog (listed before it)."""

    _kept: object = None

    def keep_edits(self) -> None:
        """The form as it is now counts as unchanged: call once it is filled."""
        self._kept = self.edits()

    def edits(self) -> object:
        return form_state(self)  # type: ignore[arg-type]  # mixed into a QWidget

    def has_changes(self) -> bool:
        return self._kept is not None and self.edits() != self._kept

    def reject(self) -> None:
        if self.has_changes() and not discard(self):  # type: ignore[arg-type]
            return
        super().reject()  # type: ignore[misc]  # QDialog's
