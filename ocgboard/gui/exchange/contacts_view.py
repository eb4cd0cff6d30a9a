"""This laptop's card and the address book of partners' laptops.

A card carries a laptop's public keys. It arrives by email, so before it is
trusted its fingerprint is read out over the phone: the fingerprints are
shown large, in a fixed-width font, grouped for reading aloud.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QWidget

from ocgboard import files, paths
from ocgboard.core.rows import people as people_rows
from ocgboard.errors import BoardError, InputError
from ocgboard.gui.context import Context
from ocgboard.gui.exchange.models import ContactsModel, contact_rows
from ocgboard.gui.forms.ui_card_dialog import Ui_CardDialog
from ocgboard.gui.forms.ui_contacts_view import Ui_ContactsView
from ocgboard.gui.table import ROW_ROLE, SORT_ROLE
from ocgboard.gui.widgets import refused
from ocgboard.sync import contacts, keys

CARD_FILTER = "Contact cards (*.card);;All files (*)"


def fingerprint_font(base: QFont, scale: float) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(base.pointSizeF() * scale)
    font.setBold(True)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
    return font


def _add(session, card: keys.Card, agency: str | None, name: str) -> str:
    return contacts.add(session, card, agency=agency, board=agency is None, name=name).name


def _remove(session, name: str) -> str:
    return contacts.remove(session, name).name


class ContactsView(QWidget):
    def __init__(self, context: Context, parent=None):
        super().__init__(parent)
        self.context = context
        self.card_dialog: CardDialog | None = None
        self.ui = Ui_ContactsView()
        self.ui.setupUi(self)
        self.model = ContactsModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.ui.table.setModel(proxy)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((ContactsModel.Columns.NAME, 200),
                              (ContactsModel.Columns.ROLE, 130),
                              (ContactsModel.Columns.AGENCY, 260)):
            self.ui.table.setColumnWidth(column, width)
        self.ui.fingerprint.setFont(fingerprint_font(self.font(), 1.8))
        self.ui.saveCard.clicked.connect(self.save_card)
        self.ui.importCard.clicked.connect(self.import_card)
        self.ui.removeContact.clicked.connect(self.remove_selected)
        self.ui.table.selectionModel().selectionChanged.connect(self._enable)
        context.settings.restore_header("contacts", header)
        self._enable()

    def refresh(self) -> None:
        info = self.context.backend.info()
        try:
            mine = keys.load()
        except BoardError as exc:
            self.ui.fingerprint.setText("no keys")
            self.ui.laptop.setText(exc.message)
            return
        self.ui.fingerprint.setText(mine.fingerprint)
        board_name = info.name or "no board yet"
        self.ui.laptop.setTextFormat(Qt.TextFormat.PlainText)  # a name may hold < or '
        self.ui.laptop.setText(f"{info.device_name} — {board_name}")
        self.model.set_rows(self.context.backend.read(contact_rows))
        self._enable()

    def _enable(self) -> None:
        self.ui.removeContact.setEnabled(self.selected() is not None)

    def selected(self):
        rows = self.ui.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    # -- my card --------------------------------------------------------------------

    def card_text(self) -> str:
        info = self.context.backend.info()
        return keys.card(keys.load(), info.name or "(no board yet)", info.device_name)

    def save_card(self) -> None:
        info = self.context.backend.info()
        suggested = str(paths.home() / f"{_file_stem(info.device_name)}.card")
        chosen, _ = QFileDialog.getSaveFileName(self, "Save my contact card", suggested,
                                                CARD_FILTER)
        if not chosen:
            return
        try:
            files.write_private(Path(chosen), self.card_text().encode("utf-8"), "contact card")
        except BoardError as exc:
            refused(self, "Save my card", exc.message)
            return
        self.context.status(f"Card saved to {chosen}: send it to your partners, then read "
                            "them your fingerprint over the phone")

    # -- partners' cards ----------------------------------------------------------

    def import_card(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, "Import a contact card", str(Path.home()),
                                                CARD_FILTER)
        if not chosen:
            return
        try:
            card = self._read_card(Path(chosen))
        except BoardError as exc:
            refused(self, "Import a card", exc.message)
            return
        agencies = [row.name for row in self.context.backend.read(people_rows.agency_rows)]
        self.card_dialog = CardDialog(self.context, card, agencies, self)
        self.card_dialog.open()

    def _read_card(self, path: Path) -> keys.Card:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read the card {path.name}: {exc}") from None
        card = keys.parse_card(text)
        if card.key_id == keys.load().key_id.hex():
            raise InputError("that is this laptop's own card")
        return card

    def remove_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self, "Remove a contact",
            f"Remove {row.name} from the address book? Files it sends will be refused, "
            "and it cannot open what you send from now on.")
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            gone = self.context.backend.write(_remove, row.name)
        except BoardError as exc:
            refused(self, "Remove a contact", exc.message)
            return
        self.context.status(f"{gone} removed from the address book")

    def save_state(self) -> None:
        self.context.settings.save_header("contacts", self.ui.table.horizontalHeader())


class CardDialog(QDialog):
    """Whose laptop a card belongs to, after its fingerprint has been checked."""

    def __init__(self, context: Context, card: keys.Card, agencies: list[str], parent=None):
        super().__init__(parent)
        self.context = context
        self.card = card
        self.ui = Ui_CardDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.sender.setText(f"A card from the laptop <b>{escape(card.device)}</b> of the board "
                         f"<b>{escape(card.board)}</b>. Its fingerprint:")
        ui.fingerprint.setText(card.fingerprint)
        ui.fingerprint.setFont(fingerprint_font(self.font(), 1.8))
        ui.agency.addItems(agencies)
        ui.name.setText(card.device)
        ui.agencyLaptop.toggled.connect(ui.agency.setEnabled)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        ui = self.ui
        agency = ui.agency.currentText() if ui.agencyLaptop.isChecked() else None
        if ui.agencyLaptop.isChecked() and not agency:
            ui.message.setText("choose the agency whose laptop this is")
            return
        try:
            added = self.context.backend.write(_add, self.card, agency, ui.name.text())
        except BoardError as exc:
            ui.message.setText(exc.message)
            return
        self.context.status(f"{added} added to the address book; fingerprint "
                            f"{self.card.fingerprint}")
        super().accept()


def _file_stem(name: str) -> str:
    kept = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in name.strip())
    return kept.strip("-") or "my"
