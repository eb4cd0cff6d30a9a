"""The members tab: who is in the threat, added, edited and removed undoably."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ocgboard.core import dates, plural, vocab
from ocgboard.core.rows import members as member_rows
from ocgboard.core.rows.common import iso
from ocgboard.gui import undo
from ocgboard.gui.discard import KeepsEdits
from ocgboard.gui.forms.ui_member_dialog import Ui_MemberDialog
from ocgboard.gui.table import KEY_ROLE, ROW_ROLE, SORT_ROLE
from ocgboard.gui.threats import undo as undo_register
from ocgboard.gui.threats.models import MembersModel
from ocgboard.gui.threats.tables import fit_columns
from ocgboard.gui.widgets import refused


class MemberDialog(KeepsEdits, QDialog):
    """Add a member (member None) or edit one; the edit is made when OK is pressed."""

    def __init__(self, context, tid: str, member: member_rows.MemberRow | None, parent=None):
        super().__init__(parent)
        self.context, self.tid, self.member = context, tid, member
        self.ui = Ui_MemberDialog()
        self.ui.setupUi(self)
        for value in vocab.values("standings"):
            self.ui.standing.addItem(value, value)
        self.ui.dateOfBirth.setup("date of birth", dates.BIRTH, context.backend.today,
                                  optional=True, empty="not known")
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Add member" if member is None else "&Save")
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        if member is None:
            self.setWindowTitle("Add a member")
            self.ui.standing.setCurrentIndex(self.ui.standing.findData("Peripheral Subject"))
        else:
            self.setWindowTitle(f"Edit member: {member.name}")
            self._show(member)
        self.keep_edits()

    def _show(self, member: member_rows.MemberRow) -> None:
        ui = self.ui
        ui.name.setText(member.name)
        ui.aliases.setText(", ".join(member.aliases))
        ui.dateOfBirth.set_date(dates.parse(member.date_of_birth))
        ui.standing.setCurrentIndex(max(0, ui.standing.findData(member.standing)))
        ui.roles.setText(member.roles)
        ui.disseminable.setChecked(member.disseminable)

    def fields(self) -> dict:
        """The form; a date of birth that cannot be taken refuses (dates.DateRefused)."""
        ui = self.ui
        return {"name": ui.name.text(),
                "aliases": [a.strip() for a in ui.aliases.text().split(",") if a.strip()],
                "date_of_birth": iso(ui.dateOfBirth.value()),
                "standing": ui.standing.currentData(), "roles": ui.roles.text().strip(),
                "disseminable": ui.disseminable.isChecked()}

    def accept(self) -> None:
        try:
            fields = self.fields()
        except dates.DateRefused as refused:
            self.ui.message.setText(f"Not saved: {refused.message}")
            return
        if self.member is None:
            command = undo_register.AddMember(self.context, self.tid, fields)
        else:
            command = undo_register.EditMember(self.context, self.member, fields)
            if not command.new:
                super().accept()
                return
        message = undo.push(self.context, command)
        if message:
            self.ui.message.setText(f"Not saved: {message}")
            return
        self.added = getattr(command, "mid", None)
        super().accept()


class MembersTab(QObject):
    def __init__(self, context, ui, parent: QWidget):
        super().__init__(parent)
        self.context, self.ui, self.host = context, ui, parent
        self.tid: str | None = None
        self.dialog: MemberDialog | None = None
        self.model = MembersModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        ui.members.setModel(self.proxy)
        ui.members.sortByColumn(MembersModel.Columns.NAME, Qt.SortOrder.AscendingOrder)
        ui.members.activated.connect(lambda _index: self.edit())
        ui.members.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        ui.addMember.clicked.connect(self.add)
        ui.editMember.clicked.connect(self.edit)
        ui.removeMember.clicked.connect(self.remove)
        remove = QShortcut(QKeySequence.StandardKey.Delete, ui.members)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove)
        self._enable()

    def load(self, tid: str) -> None:
        chosen = self.current()
        self.tid = tid
        found = self.context.backend.read(member_rows.member_rows, tid)
        self.model.set_rows(found)
        count = len(found)
        self.ui.memberCount.setText(plural.count(count, "member"))
        fit_columns(self.ui.members)
        if chosen is not None:
            self.select(chosen.id)
        self._enable()

    def current(self) -> member_rows.MemberRow | None:
        index = self.ui.members.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select(self, mid: str) -> bool:
        for n in range(self.proxy.rowCount()):
            if self.proxy.index(n, 0).data(KEY_ROLE) == mid:
                self.ui.members.selectRow(n)
                self.ui.members.scrollTo(self.proxy.index(n, 0))
                return True
        return False

    def _enable(self) -> None:
        chosen = self.ui.members.selectionModel().hasSelection()
        self.ui.editMember.setEnabled(chosen)
        self.ui.removeMember.setEnabled(chosen)
        self.ui.addMember.setEnabled(self.tid is not None)

    def add(self) -> None:
        self._open(MemberDialog(self.context, self.tid, None, self.host))

    def edit(self) -> None:
        member = self.current()
        if member is not None:
            self._open(MemberDialog(self.context, self.tid, member, self.host))

    def _open(self, dialog: MemberDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._closed(dialog, result))
        dialog.open()

    def _closed(self, dialog: MemberDialog, result: int) -> None:
        if result == QDialog.DialogCode.Accepted and getattr(dialog, "added", None):
            self.select(dialog.added)
        if self.dialog is dialog:
            self.dialog = None

    def remove(self) -> None:
        member = self.current()
        if member is None:
            return
        message = undo.push(self.context, undo_register.RemoveMember(self.context,
                                                                              member))
        if message:
            refused(self.host, "Not removed", message)
        else:
            self.context.status(f"Removed {member.name} (Edit > Undo brings them back)")
