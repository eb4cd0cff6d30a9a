"""The Agencies & people page: the board's partners and who works for them."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QDialog, QHeaderView

from ocgboard.core.rows import people as people_rows
from ocgboard.gui.discard import KeepsEdits
from ocgboard.gui.forms.ui_agencies_page import Ui_AgenciesPage
from ocgboard.gui.forms.ui_agency_dialog import Ui_AgencyDialog
from ocgboard.gui.forms.ui_person_dialog import Ui_PersonDialog
from ocgboard.gui.page import Page
from ocgboard.gui.people.models import AgenciesModel, PeopleModel
from ocgboard.gui.people.undo import AddAgency, AddPerson, EditPerson
from ocgboard.gui.table import ROW_ROLE, SORT_ROLE
from ocgboard.gui.undo import push
from ocgboard.gui.widgets import select_key_or_first


def _table(view, model, parent) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view.setModel(proxy)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    return proxy


def _widths(view, widths: dict) -> None:
    for column, width in widths.items():
        view.setColumnWidth(column, width)


def _current(view):
    index = view.selectionModel().currentIndex()
    return index.data(ROW_ROLE) if index.isValid() else None


class AgenciesPage(Page):
    title = "Agencies & people"
    name = "agencies"
    watches = ("agency", "person")

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.dialog: QDialog | None = None
        self.ui = Ui_AgenciesPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.agencies = AgenciesModel(self)
        self.agency_proxy = _table(ui.agencies, self.agencies, self)
        self.people = PeopleModel(self)
        self.people_proxy = _table(ui.people, self.people, self)
        _widths(ui.agencies, {AgenciesModel.Columns.NAME: 250, AgenciesModel.Columns.SHORT: 90})
        _widths(ui.people, {PeopleModel.Columns.NAME: 150, PeopleModel.Columns.ROLE: 150,
                            PeopleModel.Columns.EMAIL: 200})
        ui.splitter.setSizes([420, 600])
        ui.agencies.selectionModel().currentRowChanged.connect(lambda *_: self._load_people())
        ui.people.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        ui.people.activated.connect(lambda _index: self.edit_person())
        ui.addAgency.clicked.connect(self.add_agency)
        ui.addPerson.clicked.connect(self.add_person)
        ui.editPerson.clicked.connect(self.edit_person)
        settings = context.settings
        settings.restore_header("agencies", ui.agencies.horizontalHeader())
        settings.restore_header("people", ui.people.horizontalHeader())
        settings.restore_splitter("agencies", ui.splitter)
        self._enable()

    # -- reading ---------------------------------------------------------------------

    def reload(self, _changes) -> None:
        self.load()

    def load(self, agency_id: str | None = None, person_id: str | None = None) -> None:
        self.watch.loaded()
        agency = _current(self.ui.agencies)
        self.agencies.set_rows(self.context.backend.read(people_rows.agency_rows))
        select_key_or_first(self.ui.agencies, self.agency_proxy, self.agencies,
                agency_id if agency_id is not None else (agency.id if agency else None))
        self._load_people(person_id)

    def _load_people(self, person_id: str | None = None) -> None:
        agency = _current(self.ui.agencies)
        person = _current(self.ui.people)
        rows = self.context.backend.read(people_rows.people_rows, agency.id) if agency else []
        self.people.set_rows(rows)
        self.ui.peopleLabel.setText(f"&People of {agency.name}:" if agency else "&People:")
        select_key_or_first(self.ui.people, self.people_proxy, self.people,
                person_id or (person.id if person else None))
        self._enable()

    def _enable(self) -> None:
        self.ui.addPerson.setEnabled(_current(self.ui.agencies) is not None)
        self.ui.editPerson.setEnabled(_current(self.ui.people) is not None)

    # -- editing ----------------------------------------------------------------------

    def new_record(self) -> bool:
        self.add_person()
        return True

    def add_agency(self) -> None:
        self.dialog = AgencyDialog(self)
        self.dialog.open()

    def agency_added(self, command: AddAgency) -> None:
        self.load(agency_id=command.row_id)
        self.context.status(f"Agency {command.name} added (Ctrl+Z undoes)")

    def add_person(self) -> None:
        agency = _current(self.ui.agencies)
        fields = {"agency": agency.name if agency and agency.id else None}
        self.dialog = PersonDialog(self, fields, person_id=None)
        self.dialog.open()

    def edit_person(self) -> None:
        person = _current(self.ui.people)
        if person is None:
            return
        fields = self.context.backend.read(people_rows.person_fields, person.id)
        self.dialog = PersonDialog(self, fields, person_id=person.id)
        self.dialog.open()

    def person_saved(self, person_id: str, name: str, added: bool) -> None:
        self.load(person_id=person_id)
        self.context.status(f"{name} {'added' if added else 'saved'} (Ctrl+Z undoes)")

    def save_state(self) -> None:
        settings, ui = self.context.settings, self.ui
        settings.save_header("agencies", ui.agencies.horizontalHeader())
        settings.save_header("people", ui.people.horizontalHeader())
        settings.save_splitter("agencies", ui.splitter)


class AgencyDialog(KeepsEdits, QDialog):
    def __init__(self, page: AgenciesPage):
        super().__init__(page)
        self.page = page
        self.ui = Ui_AgencyDialog()
        self.ui.setupUi(self)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.keep_edits()

    def accept(self) -> None:
        command = AddAgency(self.page.context, self.ui.name.text(), self.ui.shortName.text())
        refusal = push(self.page.context, command)
        if refusal:
            self.ui.message.setText(refusal)
            return
        super().accept()
        self.page.agency_added(command)


class PersonDialog(KeepsEdits, QDialog):
    """Add a person, or edit one: saved on OK, undoable with Ctrl+Z."""

    def __init__(self, page: AgenciesPage, fields: dict, person_id: str | None):
        super().__init__(page)
        self.page, self.old, self.person_id = page, fields, person_id
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle("Add a person" if person_id is None else f"Edit {fields['name']}")
        ui.agency.addItem("(no agency)", None)
        for row in page.agencies.rows:
            if row.id:
                ui.agency.addItem(row.name, row.name)
        ui.agency.setCurrentIndex(max(0, ui.agency.findData(fields.get("agency"))))
        for key in ("name", "role", "email", "phone"):
            getattr(ui, key).setText(fields.get(key) or "")
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self.keep_edits()

    def fields(self) -> dict:
        ui = self.ui
        return {"name": ui.name.text(), "agency": ui.agency.currentData(),
                "role": ui.role.text(), "email": ui.email.text(), "phone": ui.phone.text()}

    def accept(self) -> None:
        context, new = self.page.context, self.fields()
        if self.person_id is None:
            command = AddPerson(context, new)
        else:
            command = EditPerson(context, self.person_id, self.old, new)
            if not command.new:
                super().accept()
                return
        refusal = push(context, command)
        if refusal:
            self.ui.message.setText(refusal)
            return
        super().accept()
        self.page.person_saved(command.row_id, new["name"].strip(), self.person_id is None)
