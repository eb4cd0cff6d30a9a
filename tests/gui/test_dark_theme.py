"""Under a dark desktop theme, every colour the app chooses for text itself keeps the
4.5:1 contrast WCAG 2 asks of body text against what it is drawn on: a date read or
refused beside its field, a refusal under a field, "Not encrypted" in the status bar,
a withdrawn action and "as above" in the 4P plan. The contrast is worked out here from
WCAG's own formula, not from the app's helper."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWidget

from ocgboard.gui import field_note, look
from ocgboard.gui.date_field import DateField
from ocgboard.gui.plans.plan_model import AS_ABOVE
from ocgboard.store import vault
from tests.gui.plans.test_withdraw import shown, tab, withdraw  # noqa: F401 (fixtures)

ROLE = QPalette.ColorRole
BODY_TEXT = 4.5


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + \
        0.0722 * channel(colour.blue())


def over(ink: QColor, ground: QColor) -> QColor:
    """A translucent colour as painted on its ground (a theme's placeholder is half text)."""
    a = ink.alphaF()
    return QColor.fromRgbF(*(a * getattr(ink, c)() + (1 - a) * getattr(ground, c)()
                             for c in ("redF", "greenF", "blueF")))


def ratio(ink: QColor, ground: QColor) -> float:
    lighter, darker = sorted((_luminance(over(ink, ground)), _luminance(ground)),
                             reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.fixture
def dark(qapp):
    """The whole app on a dark desktop's palette, as it is before any window opens."""
    kept = QPalette(qapp.palette())
    qapp.setPalette(look.dark_palette())
    yield qapp.palette()
    qapp.setPalette(kept)


def test_the_dark_palette_is_dark_and_its_own_text_reads(dark):
    assert look.is_dark(dark)
    assert ratio(dark.color(ROLE.WindowText), dark.color(ROLE.Window)) >= 7
    assert ratio(dark.color(ROLE.Text), dark.color(ROLE.Base)) >= 7


def label_contrast(label) -> float:
    palette = label.palette()
    return ratio(palette.color(ROLE.WindowText), palette.color(ROLE.Window))


@pytest.fixture
def date(dark, qtbot) -> DateField:
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    return field


def test_the_date_read_beside_a_field_reads(date, qtbot):
    date.edit.setText("31/01/2027")
    date.edit.editingFinished.emit()
    assert date.note.text() == "31 Jan 2027"
    assert label_contrast(date.note) >= BODY_TEXT


def test_a_refused_date_reads_in_its_red(date):
    date.show_refusal("15 Feb 3202 is more than ten years from today")
    assert date.note.palette().color(ROLE.WindowText).red() > \
        date.note.palette().color(ROLE.WindowText).green()  # still a red
    assert label_contrast(date.note) >= BODY_TEXT


def test_a_refusal_under_a_field_reads(dark, qtbot):
    form = QWidget()
    layout = QFormLayout(form)
    name = QLineEdit()
    name.setObjectName("name")
    layout.addRow("Name", name)
    qtbot.addWidget(form)
    note = field_note.note_under(name)
    field_note.say(note, "a name is required")
    form.show()
    assert label_contrast(note) >= BODY_TEXT


def test_not_encrypted_reads_in_the_status_bar(dark, window, monkeypatch):
    monkeypatch.setattr(vault, "encrypted", lambda: False)
    window.refresh_status()
    said = window.lock_label.text()
    assert "Not encrypted" in said
    found = re.search(r"color='(#[0-9a-fA-F]{6})'", said)
    ink = QColor(found.group(1)) if found else window.lock_label.palette().color(
        ROLE.WindowText)
    assert ratio(ink, window.lock_label.palette().color(ROLE.Window)) >= BODY_TEXT


def test_withdrawn_and_as_above_read_on_every_row(dark, tab, qtbot):  # noqa: F811
    chosen = withdraw(qtbot, tab, "Raised in error")
    qtbot.waitUntil(lambda: shown(tab, chosen.id).status == "withdrawn")
    model, palette = tab.model, tab.ui.plan.palette()
    row = model.find(chosen.id)
    struck = model.index(row, 1)
    assert struck.data(Qt.ItemDataRole.FontRole).strikeOut()
    inks = [struck.data(Qt.ItemDataRole.ForegroundRole)]
    above = [model.index(r, c) for r in range(model.rowCount())
             for c in range(model.columnCount()) if model.index(r, c).data() == AS_ABOVE]
    inks += [index.data(Qt.ItemDataRole.ForegroundRole) for index in above[:1]]
    assert len(inks) == 2, "the demo plan has an 'as above' cell"
    for ink in inks:
        colour = ink.color() if hasattr(ink, "color") else QColor(ink)
        for ground in (ROLE.Base, ROLE.AlternateBase):
            assert ratio(colour, palette.color(ground)) >= BODY_TEXT, (
                colour.name(QColor.NameFormat.HexArgb), ground)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_helpers_keep_body_text_contrast_on_either_theme(qapp, scheme):
    palette = look.dark_palette() if scheme == "dark" else QApplication.style().standardPalette()
    assert look.is_dark(palette) == (scheme == "dark")
    assert ratio(look.warning(palette), palette.color(ROLE.Window)) >= BODY_TEXT
    assert ratio(look.warning(palette), palette.color(ROLE.Base)) >= BODY_TEXT
    for ground in (ROLE.Base, ROLE.AlternateBase):
        assert ratio(look.dimmed(palette), palette.color(ground)) >= BODY_TEXT
