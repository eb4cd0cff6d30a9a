"""Need to know in the app: what a partner output withholds, said before it leaves.

Where text is written (a comment, a SMART field, a justification, a
decision), a line under it says at once whose withheld name it holds
(`watch`). A pack or an extract is built on the task runner: the first time,
the build stops before writing anything if it would withhold a name, and
brings back the places (`Withheld`); the chair reads them in a dialog and
either writes the output as it is (the build runs again, confirmed) or goes
back to reword the text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from ocgboard.core import plural
from ocgboard.core.withheld import Place

SHOWN = 30  # places in the dialog's text; all of them under "Show Details"


@dataclass(frozen=True)
class Withheld:
    """What a build brought back instead of a file: the places to review."""

    places: list[Place]


class Stopped(Exception):
    def __init__(self, places: list[Place]):
        super().__init__(f"{plural.count(len(places), 'place')} "
                         f"{'withholds' if len(places) == 1 else 'withhold'} a name")
        self.places = places


def confirm(confirmed: bool) -> Callable[[list[Place]], None]:
    """For pack.build and export.export on the worker: before the chair has seen the
    places, stop there (the unit of work rolls back)."""
    def check(places: list[Place]) -> None:
        if not confirmed:
            raise Stopped(places)
    return check


def ask(parent: QWidget, what: str, places: list[Place]) -> bool:
    """The places, and whether the chair writes `what` ("the partner pack") as it is."""
    n = len(places)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Names withheld from partners")
    box.setText(f"{what[:1].upper()}{what[1:]} withholds a name in {n} "
                f"{plural.noun(n, 'place')}: partners see [withheld] there.")
    listed = "\n".join(f"• {p.line()}" for p in places[:SHOWN])
    more = f"\n… and {n - SHOWN} more (Show Details)" if n > SHOWN else ""
    box.setInformativeText(f"{listed}{more}\n\nWrite it as it is, or go back and reword "
                           "the text.")
    box.setDetailedText("\n".join(p.line() for p in places))
    write = box.addButton("&Write it", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Go &back", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(write)
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 36em; }")  # wider
    box.setAccessibleName("Review of names withheld from partners")
    box.exec()
    return box.clickedButton() is write


# -- at once, where text is written --------------------------------------------------


def watch(backend, hint: QLabel, *fields: QLineEdit | QPlainTextEdit) -> Callable[[], None]:
    """Say under the fields, as they are typed, whose withheld name they hold; the
    board's names are read at the first keystroke, not when the dialog opens."""
    def update() -> None:
        texts = [_text_of(f) for f in fields]
        found = [] if not any(texts) else list(dict.fromkeys(
            who for text in texts for who in backend.withheld_names().names(text)))
        hint.setVisible(bool(found))
        if found:
            hint.setText(f"<b>⚠ Names {escape(', '.join(found))}</b>, withheld from partners: "
                         "partner packs and agency extracts show [withheld] in its place.")
    for field in fields:
        field.textChanged.connect(update)
    if any(_text_of(f) for f in fields):
        update()
    return update


def _text_of(field: QLineEdit | QPlainTextEdit) -> str:
    return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
