"""The Agenda tab: items in order, moved by keyboard, buttons or drag; each change undoable."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from ocgboard.core import plural, vocab
from ocgboard.core.rows import attendance as attendance_rows
from ocgboard.core.rows import meetings as meeting_rows
from ocgboard.gui import undo
from ocgboard.gui.context import Context
from ocgboard.gui.discard import KeepsEdits
from ocgboard.gui.forms.ui_agenda_item_dialog import Ui_AgendaItemDialog
from ocgboard.gui.meetings import undo as undo_meetings
from ocgboard.gui.meetings.agenda_model import AgendaModel
from ocgboard.gui.meetings.views import tidy

THREAT_REVIEW = "threat review"


class AgendaItemDialog(KeepsEdits, QDialog):
    """A new item: its kind, the threat under review, title, purpose, presenter, time."""

    def __init__(self, context: Context, meeting_id: str, size: int, parent=None):
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.ui = Ui_AgendaItemDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.kind.addItems([k.capitalize() for k in vocab.values("agenda_kinds")])
        ui.purpose.addItems([p.capitalize() for p in vocab.values("agenda_purposes")])
        ui.purpose.setCurrentText("Discussion")
        for threat in context.backend.read(meeting_rows.threat_choices):
            ui.threat.addItem(f"{threat.reference} · {threat.name}", threat.reference)
        ui.threat.setCurrentIndex(-1)
        ui.threat.lineEdit().setPlaceholderText("Type a reference or name, or pick one")
        ui.presenter.addItem("")
        ui.presenter.addItems([p.name for p in context.backend.read(attendance_rows.people)])
        ui.position.setMaximum(size + 1)
        ui.position.setValue(size + 1)
        ui.kind.currentTextChanged.connect(self._kind_changed)
        ui.kind.setCurrentText(THREAT_REVIEW.capitalize())
        self._kind_changed(ui.kind.currentText())
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self.keep_edits()

    def _kind_changed(self, kind: str) -> None:
        review = kind.lower() == THREAT_REVIEW
        self.ui.threat.setEnabled(review)
        self.ui.minutes.setValue(10 if review else 5)

    def fields(self) -> dict:
        ui = self.ui
        kind = ui.kind.currentText().lower()
        threat = None
        if kind == THREAT_REVIEW:
            found = ui.threat.findText(ui.threat.currentText())
            threat = ui.threat.itemData(found) if found >= 0 else ui.threat.currentText()
        return {"kind": kind, "title": ui.title.text().strip() or None,
                "purpose": ui.purpose.currentText().lower(),
                "presenter": ui.presenter.currentText().strip() or None,
                "minutes": ui.minutes.value(), "threat": threat or None,
                "position": ui.position.value()}

    def accept(self) -> None:
        command = undo_meetings.AddItem(self.context, self.meeting_id, self.fields())
        message = undo.push(self.context, command)
        if message is not None:
            self.ui.message.setText(message)
            return
        super().accept()


class AgendaTab(QObject):
    """Wires the page's agenda widgets; the page tells it which meeting to show."""

    def __init__(self, page, context: Context):
        super().__init__(page)
        self.page = page
        self.context = context
        self.ui = page.ui
        self.meeting_id: str | None = None
        self.model = AgendaModel(self)
        view = self.ui.agendaView
        view.setModel(self.model)
        c = AgendaModel.Columns
        tidy(view, {c.NUMBER: 44, c.ITEM: 420, c.PURPOSE: 100, c.PRESENTER: 240, c.MINUTES: 56})
        self.model.move_requested.connect(self.move_to)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._shortcut("Record decision… (Enter)", "", self.decide)
        self._shortcut("Move up", "Alt+Up", lambda: self.move_by(-1))
        self._shortcut("Move down", "Alt+Down", lambda: self.move_by(1))
        self._shortcut("Remove from the agenda", "Delete", self.remove)
        self._shortcut("Open the threat under review", "Ctrl+Return", self.open_threat)
        self.ui.moveUpButton.clicked.connect(lambda: self.move_by(-1))
        self.ui.moveDownButton.clicked.connect(lambda: self.move_by(1))
        self.ui.addItemButton.clicked.connect(self.add)
        self.ui.removeItemButton.clicked.connect(self.remove)
        self.ui.decideItemButton.clicked.connect(self.decide)
        view.activated.connect(lambda _index: self.decide())
        view.selectionModel().selectionChanged.connect(self.enable_buttons)
        self.enable_buttons()

    def _shortcut(self, text: str, keys: str, slot) -> None:
        action = QAction(text, self.ui.agendaView)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.ui.agendaView.addAction(action)

    def show_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        keep = self.selected()
        rows = self.context.backend.read(meeting_rows.agenda_rows, meeting_id) if meeting_id \
            else []
        self.model.set_rows(rows)
        minutes = sum(r.minutes for r in rows)
        self.ui.agendaTotal.setText(f"{plural.count(len(rows), 'item')} · {minutes // 60} h "
                                    f"{minutes % 60:02d} min" if rows else "")
        if keep is not None:
            self.select(keep.id)
        self.enable_buttons()

    def selected(self):
        index = self.ui.agendaView.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def select(self, item_id: str) -> None:
        row = self.model.find(item_id)
        if row >= 0:
            self.ui.agendaView.selectRow(row)

    def enable_buttons(self, *_args) -> None:
        row = self.selected()
        ui, count = self.ui, len(self.model.rows)
        ui.moveUpButton.setEnabled(row is not None and row.position > 1)
        ui.moveDownButton.setEnabled(row is not None and row.position < count)
        ui.removeItemButton.setEnabled(row is not None)
        decisions = getattr(self.page, "decisions", None)  # made after this tab
        waiting = decisions.not_yet() if decisions is not None else None
        ui.decideItemButton.setEnabled(row is not None and waiting is None)
        ui.decideItemButton.setToolTip(waiting or "")
        ui.addItemButton.setEnabled(self.meeting_id is not None)

    # -- edits ----------------------------------------------------------------

    def move_by(self, step: int) -> None:
        row = self.selected()
        if row is not None and 1 <= row.position + step <= len(self.model.rows):
            self.move_to(row.id, row.position + step)

    def move_to(self, item_id: str, to: int) -> None:
        row = self.model.row_at(self.model.find(item_id))
        if row is None or row.position == to:
            return
        command = undo_meetings.MoveItem(self.context, self.meeting_id, item_id, to, row.title)
        if undo_meetings.push(self.context, self.page, command):
            self.select(item_id)

    def add(self) -> None:
        if self.meeting_id is None:
            return
        dialog = AgendaItemDialog(self.context, self.meeting_id, len(self.model.rows),
                                  self.page)
        self.page.open_dialog(dialog)

    def remove(self) -> None:
        row = self.selected()
        if row is not None:
            undo_meetings.push(self.context, self.page,
                               undo_meetings.RemoveItem(self.context, self.meeting_id, row))

    def decide(self) -> None:
        row = self.selected()
        if row is not None:
            self.page.decisions.decide_on_item(row.id)

    def open_threat(self) -> None:
        row = self.selected()
        if row is not None and row.threat:
            self.context.open_record("threat", row.threat)
