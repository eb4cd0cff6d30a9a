from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ocgboard.core.rows import people as people_rows
from ocgboard.gui.people.page import AgenciesPage
from ocgboard.gui.table import ROW_ROLE

OK = QDialogButtonBox.StandardButton.Ok


def open_page(window, qtbot) -> AgenciesPage:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, "4", Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert isinstance(page, AgenciesPage)
    return page


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.buttons.button(OK), Qt.MouseButton.LeftButton)


def current(view):
    return view.selectionModel().currentIndex().data(ROW_ROLE)


def people_names(page) -> list[str]:
    return sorted(row.name for row in page.people.rows)


def test_adding_an_agency_and_a_person_then_undoing(window, qtbot, context):
    page = open_page(window, qtbot)
    assert page.agencies.rowCount() == 16 and len(page.people.rows) == 3
    qtbot.mouseClick(page.ui.addAgency, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.ui.name, "North Water Authority")
    qtbot.keyClicks(dialog.ui.shortName, "NWA")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    chosen = current(page.ui.agencies)
    assert (chosen.name, chosen.short_name, chosen.people) == ("North Water Authority", "NWA", 0)
    assert page.people.rows == [] and "North Water Authority" in page.ui.peopleLabel.text()

    qtbot.mouseClick(page.ui.addPerson, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.ui.agency.currentText() == "North Water Authority"
    dialog.ui.name.setText("Siobhán Ó Súilleabháin")  # QTest types ASCII only
    qtbot.keyClicks(dialog.ui.role, "Investigations Manager")
    qtbot.keyClicks(dialog.ui.email, "siobhan@nwa.example")
    qtbot.keyClicks(dialog.ui.phone, "01632 960000")
    press_ok(qtbot, dialog)
    assert people_names(page) == ["Siobhán Ó Súilleabháin"]
    stored = context.backend.read(people_rows.people_rows, chosen.id)
    assert [(p.name, p.role, p.email, p.phone) for p in stored] == [
        ("Siobhán Ó Súilleabháin", "Investigations Manager", "siobhan@nwa.example",
         "01632 960000")]
    assert current(page.ui.agencies).people == 1

    context.undo.undo()
    assert context.backend.read(people_rows.people_rows, chosen.id) == []
    assert page.people.rows == []
    context.undo.redo()
    assert [p.id for p in context.backend.read(people_rows.people_rows, chosen.id)] == [
        stored[0].id]
    assert people_names(page) == ["Siobhán Ó Súilleabháin"]


def test_a_refused_field_keeps_the_dialog_open_and_adds_nothing(window, qtbot, context):
    page = open_page(window, qtbot)
    before = context.backend.read(people_rows.people_rows)
    qtbot.mouseClick(page.ui.addPerson, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.ui.name, "Tom Reed")
    qtbot.keyClicks(dialog.ui.email, "not an address")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "is not an email address" in dialog.ui.message.text()
    assert context.backend.read(people_rows.people_rows) == before
    assert not context.undo.canUndo()


def test_editing_a_person_from_the_keyboard_and_undoing(window, qtbot, context):
    page = open_page(window, qtbot)
    people = page.ui.people
    people.setFocus()
    people.selectionModel().setCurrentIndex(
        page.people_proxy.index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    person = current(people)
    qtbot.keyClick(people, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog.isVisible() and dialog.ui.name.text() == person.name
    dialog.ui.role.clear()
    qtbot.keyClicks(dialog.ui.role, "Deputy Director")
    press_ok(qtbot, dialog)
    assert context.backend.read(people_rows.person_fields, person.id)["role"] == "Deputy Director"
    assert current(people).role == "Deputy Director"
    assert context.undo.undoText() == f"Edit {person.name}"
    context.undo.undo()
    assert context.backend.read(people_rows.person_fields, person.id)["role"] == person.role
